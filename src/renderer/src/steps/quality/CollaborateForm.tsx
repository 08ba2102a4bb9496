import { useTranslation } from 'react-i18next';
import { COLLABORATE_ITEMS, emptyCollaborate, type CollaborateItem } from '../../../../shared/decision-quality';
import { scoreCollaborate } from '../../../../shared/domain/collaborate';
import type { Locale } from '../../../../shared/locale';
import type { Answers } from '../../../../shared/session';
import { RadioGroup } from '../../components/RadioGroup';
import '../../styles/quality.css';

const EFFORT = ['0', '1', '2', '3', '4'] as const;
type Effort = (typeof EFFORT)[number];

interface CollaborateFormProps {
  answers: Answers;
  onChange: (next: Answers) => void;
  locale: Locale;
}

/** CollaboRATE (Barr, Elwyn et al. 2014), optional, once the plan is agreed: three questions for the practice. */
export function CollaborateForm({ answers, onChange, locale }: CollaborateFormProps) {
  const { t } = useTranslation('quality', { lng: locale });
  const stored = answers.collaborate;
  const result = scoreCollaborate(stored);
  const choices = EFFORT.map((effort) => ({ value: effort, label: t(`collaborate.scale.${effort}`) }));

  const answer = (item: CollaborateItem, effort: Effort) =>
    onChange({ ...answers, collaborate: { ...(stored ?? emptyCollaborate()), [item]: Number(effort) } });

  return (
    <section className="plan-section quality-check" aria-labelledby="collaborate-heading">
      <h2 id="collaborate-heading">{t('collaborate.heading')}</h2>
      <p>{t('collaborate.intro')}</p>
      {COLLABORATE_ITEMS.map((item) => {
        const value = stored?.[item];
        return (
          <RadioGroup<Effort>
            key={item}
            legend={t(`collaborate.items.${item}`)}
            choices={choices}
            value={value === undefined || value === null ? null : (String(value) as Effort)}
            onChange={(effort) => answer(item, effort)}
          />
        );
      })}
      <div aria-live="polite">
        {result.complete && (
          <>
            <p className="quality-result">
              <span aria-hidden="true">✓ </span>
              {t('collaborate.thanks')}
            </p>
            <p className="field-hint">{t('collaborate.score', { sum: result.sum, percent: new Intl.NumberFormat(locale).format(result.percent) })}</p>
          </>
        )}
      </div>
      {stored && (
        <button type="button" className="button button-secondary" onClick={() => onChange({ ...answers, collaborate: null })}>
          {t('collaborate.clear')}
        </button>
      )}
      <p className="quality-source">{t('collaborate.source')}</p>
    </section>
  );
}
