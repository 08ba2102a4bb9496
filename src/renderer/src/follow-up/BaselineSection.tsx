import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { totalIn } from '../../../shared/domain/episode';
import type { Locale } from '../../../shared/locale';
import { INSTRUMENTS, measuresForVisit } from '../../../shared/measures';
import type { Answers } from '../../../shared/session';
import { furthestOf } from '../../../shared/steps';
import { formatCalendarDate } from '../components/formatDate';
import { requestArrivalFocus } from '../routing/arrivalFocus';
import { withPlan } from '../steps/plan/planAnswers';
import type { StepProps } from '../steps/types';
import { problemNames, todayIso, withResponse } from './episodeHelpers';
import { MeasureForm } from './MeasureForm';
import { SafetyPrompt } from './SafetyPrompt';

/**
 * "How are you doing now?": optional baseline measures at the first visit (Condition step, clinician's visit only),
 * saved as answers.baseline through the session's autosave. No medicine has started yet, so no side-effect rating.
 */
export function BaselineSection({ session, condition, answers, onChange }: StepProps) {
  const locale = session.language;
  const { t } = useTranslation('measures', { lng: locale });
  const baseline = answers.baseline;
  const [open, setOpen] = useState(baseline.measures.length > 0);
  const regionId = useId();
  const instruments = measuresForVisit(condition.id, { includesMedicine: false });
  const problem = problemNames(condition);
  const openSafetyPlan = () => {
    requestArrivalFocus('plan-safety-heading');
    onChange({ ...answers, currentStep: 'plan', furthestStep: furthestOf(answers.furthestStep, 'plan') });
  };
  return (
    <section className="baseline-section" aria-labelledby="baseline-heading">
      <h2 id="baseline-heading">{t('baseline.title')}</h2>
      <p>{t('baseline.intro')}</p>
      <button type="button" className="button button-secondary" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        {open ? t('baseline.hide') : t('baseline.show')}
      </button>
      <div id={regionId} hidden={!open}>
        {open && (
          <>
            {baseline.date && <p className="field-hint">{t('baseline.takenOn', { date: formatCalendarDate(baseline.date, locale) })}</p>}
            {instruments.map((instrument) => (
              <MeasureForm
                key={instrument}
                instrument={instrument}
                locale={locale}
                problem={problem}
                response={baseline.measures.find((response) => response.instrument === instrument)}
                onChange={(response) =>
                  onChange({ ...answers, baseline: { date: baseline.date || todayIso(), measures: withResponse(baseline.measures, response) } })
                }
                safetyPrompt={<SafetyPrompt locale={locale} onOpenSafetyPlan={openSafetyPlan} />}
              />
            ))}
          </>
        )}
      </div>
    </section>
  );
}

/** The starting scores as one line of the plan's "How we will know it is working", in the session's language. */
export function baselinePlanLine(answers: Answers, locale: Locale, line: (date: string, scores: string) => string): string | null {
  const scores = (['phq9', 'gad7', 'wsas'] as const)
    .map((instrument) => {
      const total = totalIn(answers.baseline.measures, instrument);
      return total === null ? null : `${INSTRUMENTS[instrument].shortName} ${String(total)}`;
    })
    .filter((score): score is string => score !== null);
  if (scores.length === 0 || !answers.baseline.date) return null;
  return line(formatCalendarDate(answers.baseline.date, locale), scores.join(', '));
}

/** On the Plan step, under "How we will know it is working": one click adds the starting scores to it. */
export function BaselineInPlan({ answers, onChange, locale }: { answers: Answers; onChange: (next: Answers) => void; locale: Locale }) {
  const { t } = useTranslation('measures', { lng: locale });
  if (answers.baseline.measures.length === 0) return null;
  const line = baselinePlanLine(answers, locale, (date, scores) => t('baseline.planLine', { date, scores }));
  if (line === null) return <p className="field-hint">{t('baseline.noTotals')}</p>;
  if (answers.plan.progressMeasures.includes(line)) return null;
  const add = () => {
    const before = answers.plan.progressMeasures.trim();
    onChange(withPlan(answers, { progressMeasures: before ? `${before}\n${line}` : line }));
  };
  return (
    <p className="baseline-in-plan">
      <button type="button" className="button button-secondary" onClick={add}>
        {t('baseline.useInPlan')}
      </button>{' '}
      <span className="field-hint">{t('baseline.useInPlanHint')}</span>
    </p>
  );
}
