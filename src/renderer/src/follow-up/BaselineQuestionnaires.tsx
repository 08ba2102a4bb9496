import { useTranslation } from 'react-i18next';
import { measuresForVisit } from '../../../shared/measures';
import { furthestOf } from '../../../shared/steps';
import { formatCalendarDate } from '../components/formatDate';
import { requestArrivalFocus } from '../routing/arrivalFocus';
import type { StepProps } from '../steps/types';
import { problemNames, withResponse } from './episodeHelpers';
import { MeasureForm } from './MeasureForm';
import { SafetyPrompt } from './SafetyPrompt';
import { todayIso } from './today';

/** The baseline questionnaires themselves, shown once the section is opened (see BaselineSection). */
export default function BaselineQuestionnaires({ session, condition, answers, onChange }: StepProps) {
  const locale = session.language;
  const { t } = useTranslation('measures', { lng: locale });
  const baseline = answers.baseline;
  const instruments = measuresForVisit(condition.id, { includesMedicine: false });
  const problem = problemNames(condition);
  const openSafetyPlan = () => {
    requestArrivalFocus('plan-safety-heading');
    onChange({ ...answers, currentStep: 'plan', furthestStep: furthestOf(answers.furthestStep, 'plan') });
  };
  return (
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
  );
}
