import { useTranslation } from 'react-i18next';
import { totalIn } from '../../../shared/domain/episode';
import type { Locale } from '../../../shared/locale';
import { INSTRUMENTS } from '../../../shared/measures';
import type { Answers } from '../../../shared/session';
import { formatCalendarDate } from '../components/formatDate';
import { withPlan } from '../steps/plan/planAnswers';

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
