import { useTranslation } from 'react-i18next';
import { SURE_ITEMS, emptySureAnswers, type SureItem, type SureMoment } from '../../../../shared/decision-quality';
import { scoreSure, SURE_REVISIT } from '../../../../shared/domain/sure';
import { stepsForMode } from '../../../../shared/domain/session-mode';
import type { Locale } from '../../../../shared/locale';
import type { Answers } from '../../../../shared/session';
import { canJumpTo, type StepId } from '../../../../shared/steps';
import { RadioGroup } from '../../components/RadioGroup';
import '../../styles/quality.css';

type YesNo = 'yes' | 'no';

interface SureCheckProps {
  moment: SureMoment;
  answers: Answers;
  onChange: (next: Answers) => void;
  locale: Locale;
}

/**
 * The SURE test (Légaré et al. 2010): four yes/no questions for the patient. Fewer than four "yes" answers suggest
 * decisional conflict; each "no" comes with what may help and, where a step can help, a way back to it.
 */
export function SureCheck({ moment, answers, onChange, locale }: SureCheckProps) {
  const { t } = useTranslation('quality', { lng: locale });
  const { t: tc } = useTranslation('common', { lng: locale });
  const stored = answers.sure[moment];
  const result = scoreSure(stored);
  const headingId = `sure-${moment}`;
  const reachable = stepsForMode(answers.mode);

  const answer = (item: SureItem, value: YesNo) => {
    const current = stored ?? emptySureAnswers();
    onChange({ ...answers, sure: { ...answers.sure, [moment]: { ...current, [item]: value === 'yes' } } });
  };
  // Only steps already reached and open in this mode, and not the one on screen, get a "Go to" button.
  const canOpen = (step: StepId) => step !== answers.currentStep && reachable.includes(step) && canJumpTo(step, answers.furthestStep);
  const choices = [
    { value: 'yes' as const, label: t('yes') },
    { value: 'no' as const, label: t('no') },
  ];

  return (
    <section className="quality-check" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`sure.${moment}.heading`)}</h2>
      <p>{t(`sure.${moment}.intro`)}</p>
      {SURE_ITEMS.map((item) => {
        const value = stored?.[item];
        return (
          <RadioGroup<YesNo>
            key={item}
            layout="row"
            legend={t(`sure.items.${item}`)}
            choices={choices}
            value={value === undefined || value === null ? null : value ? 'yes' : 'no'}
            onChange={(choice) => answer(item, choice)}
          />
        );
      })}
      <div aria-live="polite">
        {!result.complete && result.answered > 0 && <p className="field-hint">{t('sure.answeredSoFar', { answered: result.answered })}</p>}
        {result.complete && !result.conflict && (
          <p className="quality-result">
            <span aria-hidden="true">✓ </span>
            {t('sure.ready')}
          </p>
        )}
        {result.complete && result.conflict && (
          <>
            <p className="quality-result">
              {t(moment === 'beforeOptions' ? 'sure.notReadyBeforeOptions' : 'sure.notReady', { score: result.score })}
            </p>
            <ul className="quality-suggestions">
              {result.noItems.map((item) => (
                <li key={item}>
                  {t(`sure.suggestions.${item}`)}{' '}
                  {SURE_REVISIT[item].filter(canOpen).map((step) => (
                    <button
                      key={step}
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => onChange({ ...answers, currentStep: step })}
                    >
                      {t('sure.goTo', { step: tc(`steps.names.${step}`) })}
                    </button>
                  ))}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p className="quality-source">{t('sure.source')}</p>
    </section>
  );
}
