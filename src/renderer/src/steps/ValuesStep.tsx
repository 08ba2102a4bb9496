import { useTranslation } from 'react-i18next';
import { considerations } from '../content/catalog';
import { pick } from '../../../shared/locale';
import type { Answers } from '../../../shared/session';
import { RadioGroup } from '../components/RadioGroup';
import { TextField } from '../components/TextField';
import { useOptionName } from '../components/useOptionName';
import type { StepProps } from './types';
import { FitPanel } from './values/FitPanel';

const RATINGS = ['0', '1', '2', '3', '4'] as const;
type Rating = (typeof RATINGS)[number];
type Leaning = NonNullable<Answers['leaning']>;

/** What matters to the patient: each consideration rated 0–4, how each option fits those ratings, worries, questions, and a leaning. */
export function ValuesStep({ session, condition, answers, onChange }: StepProps) {
  const { t } = useTranslation('steps');
  const locale = session.language;
  const optionName = useOptionName(locale);

  const ratingChoices = RATINGS.map((rating) => ({ value: rating, label: t(`values.ratings.${rating}`) }));
  const leaningChoices = [
    ...condition.options.map((option) => ({ value: option.kind as Leaning, label: optionName(option.kind) })),
    { value: 'unsure' as Leaning, label: t('values.unsure') },
  ];

  return (
    <div className="step-content">
      <section aria-labelledby="values-importance">
        <h2 id="values-importance">{t('values.importanceHeading')}</h2>
        <p>{t('values.importanceIntro')}</p>
        <div className="ratings">
          {considerations.map((consideration) => {
            const current = answers.importance[consideration.id];
            return (
              <RadioGroup<Rating>
                key={consideration.id}
                className="rating"
                layout="row"
                legend={pick(consideration.label, locale)}
                choices={ratingChoices}
                value={current === undefined ? null : (String(current) as Rating)}
                onChange={(rating) =>
                  onChange({ ...answers, importance: { ...answers.importance, [consideration.id]: Number(rating) } })
                }
              />
            );
          })}
        </div>
      </section>

      <FitPanel condition={condition} importance={answers.importance} locale={locale} />

      <section aria-labelledby="values-thoughts">
        <h2 id="values-thoughts">{t('values.thoughtsHeading')}</h2>
        <TextField
          label={t('values.worries')}
          hint={t('values.worriesHint')}
          multiline
          maxLength={4000}
          value={answers.worries}
          onChange={(worries) => onChange({ ...answers, worries })}
        />
        <TextField
          label={t('values.questions')}
          hint={t('values.questionsHint')}
          multiline
          maxLength={4000}
          value={answers.questions}
          onChange={(questions) => onChange({ ...answers, questions })}
        />
      </section>

      <section aria-labelledby="values-leaning">
        <h2 id="values-leaning">{t('values.leaningHeading')}</h2>
        <RadioGroup<Leaning>
          legend={t('values.leaningLegend')}
          hint={t('values.leaningHint')}
          choices={leaningChoices}
          value={answers.leaning}
          onChange={(leaning) => onChange({ ...answers, leaning })}
        />
      </section>
    </div>
  );
}
