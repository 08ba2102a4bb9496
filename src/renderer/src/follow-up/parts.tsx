import { useTranslation } from 'react-i18next';
import type { Condition } from '../../../shared/content/schema';
import { measuresForVisit } from '../../../shared/measures';
import type { FollowUpAnswers } from '../../../shared/follow-up';
import type { Locale } from '../../../shared/locale';
import type { Session } from '../../../shared/session';
import { RadioGroup } from '../components/RadioGroup';
import { TextField } from '../components/TextField';
import { replaceAt } from '../steps/plan/planAnswers';
import { includesMedicine, includesTherapy, problemNames, withResponse } from './episodeHelpers';
import { MeasureForm, safetyItemAboveZero } from './MeasureForm';
import { NumberField } from './NumberField';
import { SafetyCheckFields } from './SafetyCheckFields';
import { SafetyPrompt } from './SafetyPrompt';

/** What every part of the follow-up screen receives. Parts never save: they call onChange and the screen autosaves. */
export interface PartProps {
  session: Session;
  /** The visit shown. */
  visitId: string;
  condition: Condition;
  answers: FollowUpAnswers;
  onChange: (next: FollowUpAnswers) => void;
  locale: Locale;
  /** Opens the safety plan on the session's Plan step. */
  onOpenSafetyPlan: () => void;
}

/** PHQ-9, GAD-7 and WSAS at every visit; FIBSER when a medicine is part of the plan. */
export function MeasuresPart({ session, condition, answers, onChange, locale, onOpenSafetyPlan }: PartProps) {
  const { t } = useTranslation('followUp', { lng: locale });
  const instruments = measuresForVisit(condition.id, { includesMedicine: includesMedicine(session.answers.plan.agreedOption) });
  const problem = problemNames(condition);
  const check = answers.safetyCheck;
  const phq9 = answers.measures.find((response) => response.instrument === 'phq9');
  // Once prompted (or written), what the clinician recorded stays on screen even if item 9 is changed back to 0.
  const keptRecord = !safetyItemAboveZero(phq9) && (check.promptedAt !== null || check.clinicianNote !== '' || check.safetyPlanReviewed);
  return (
    <div className="follow-up-part">
      <p className="lead">{t('measures.intro')}</p>
      {instruments.map((instrument) => (
        <MeasureForm
          key={instrument}
          instrument={instrument}
          locale={locale}
          problem={problem}
          headingLevel={2}
          response={answers.measures.find((response) => response.instrument === instrument)}
          onChange={(response) => onChange({ ...answers, measures: withResponse(answers.measures, response) })}
          safetyPrompt={
            <SafetyPrompt locale={locale} onOpenSafetyPlan={onOpenSafetyPlan}>
              <SafetyCheckFields answers={answers} onChange={onChange} locale={locale} />
            </SafetyPrompt>
          }
        />
      ))}
      {keptRecord && <SafetyCheckFields answers={answers} onChange={onChange} locale={locale} />}
    </div>
  );
}

/** Doses missed in the last 7 days (medicine), sessions planned and attended (therapy). */
export function AdherencePart({ session, answers, onChange, locale }: PartProps) {
  const { t } = useTranslation('followUp', { lng: locale });
  const option = session.answers.plan.agreedOption;
  const adherence = answers.adherence;
  const set = (changes: Partial<FollowUpAnswers['adherence']>) => onChange({ ...answers, adherence: { ...adherence, ...changes } });
  const medicine = includesMedicine(option);
  const therapy = includesTherapy(option);
  const overPlanned =
    adherence.therapySessionsAttended !== null &&
    adherence.therapySessionsPlanned !== null &&
    adherence.therapySessionsAttended > adherence.therapySessionsPlanned;
  return (
    <div className="follow-up-part">
      {!medicine && !therapy && <p>{t('adherence.nothingToAsk')}</p>}
      {medicine && (
        <section aria-labelledby="adherence-medicine">
          <h2 id="adherence-medicine">{t('adherence.medicineTitle')}</h2>
          <NumberField
            label={t('adherence.dosesMissed')}
            hint={t('adherence.dosesMissedHint')}
            value={adherence.dosesMissedLast7Days}
            onChange={(dosesMissedLast7Days) => set({ dosesMissedLast7Days })}
            max={99}
            problem={t('adherence.numberProblem', { max: 99 })}
          />
        </section>
      )}
      {therapy && (
        <section aria-labelledby="adherence-therapy">
          <h2 id="adherence-therapy">{t('adherence.therapyTitle')}</h2>
          <NumberField
            label={t('adherence.planned')}
            hint={t('adherence.countHint')}
            value={adherence.therapySessionsPlanned}
            onChange={(therapySessionsPlanned) => set({ therapySessionsPlanned })}
            max={200}
            problem={t('adherence.numberProblem', { max: 200 })}
          />
          <NumberField
            label={t('adherence.attended')}
            hint={t('adherence.countHint')}
            value={adherence.therapySessionsAttended}
            onChange={(therapySessionsAttended) => set({ therapySessionsAttended })}
            max={200}
            problem={t('adherence.numberProblem', { max: 200 })}
            warning={overPlanned ? t('adherence.moreThanPlanned') : undefined}
          />
        </section>
      )}
    </div>
  );
}

const RATINGS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;

/** Each of the plan's own goals rated 0–10, then how the person says they are doing, in their words. */
export function GoalsPart({ answers, onChange, locale }: PartProps) {
  const { t } = useTranslation('followUp', { lng: locale });
  return (
    <div className="follow-up-part">
      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">{t('goals.title')}</h2>
        {answers.goalProgress.length === 0 ? (
          <p>{t('goals.none')}</p>
        ) : (
          <>
            <p>{t('goals.intro')}</p>
            {answers.goalProgress.map((progress, index) => (
              <RadioGroup
                key={`${String(index)}-${progress.goal}`}
                layout="row"
                className="goal-rating"
                legend={progress.goal}
                hint={`${t('goals.scaleLow')} · ${t('goals.scaleHigh')}`}
                choices={RATINGS.map((rating) => ({ value: rating, label: rating }))}
                value={progress.rating === null ? null : String(progress.rating)}
                onChange={(rating) =>
                  onChange({ ...answers, goalProgress: replaceAt(answers.goalProgress, index, { ...progress, rating: Number(rating) }) })
                }
              />
            ))}
          </>
        )}
      </section>
      <TextField
        label={t('goals.wordsLabel')}
        hint={t('goals.wordsHint')}
        multiline
        maxLength={4000}
        value={answers.patientWords}
        onChange={(patientWords) => onChange({ ...answers, patientWords })}
      />
    </div>
  );
}
