import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/locale';
import { SAFETY_PLAN_PARTS, type Answers, type SafetyPlanPart } from '../../../../shared/session';
import { TextField } from '../../components/TextField';
import { withPlan } from './planAnswers';

interface SafetyPlanFieldsProps {
  answers: Answers;
  onChange: (next: Answers) => void;
  locale: Locale;
  /** The practice's crisis line: the professionals part starts from it until someone edits it. */
  practiceCrisisLine: string | undefined;
  /** Why the safety plan is shown: "About you" recorded thoughts of suicide, or a PHQ-9 item 9 answer asked for a check. */
  reason?: 'aboutYou' | 'measure';
}

/**
 * The Stanley–Brown safety plan, shown only when "About you" records thoughts of suicide or self-harm. It opens with
 * a plain prompt to the clinician to check safety now. Duet never scores or labels risk: that is the clinician's
 * judgement, made in the room.
 */
export function SafetyPlanFields({ answers, onChange, locale, practiceCrisisLine, reason = 'aboutYou' }: SafetyPlanFieldsProps) {
  const { t } = useTranslation('plan', { lng: locale });
  const safetyPlan = answers.plan.safetyPlan;
  const shown = (part: SafetyPlanPart) =>
    part === 'professionals' && safetyPlan.professionals === '' ? (practiceCrisisLine ?? '') : safetyPlan[part];
  return (
    <section className="plan-section safety-plan" aria-labelledby="plan-safety-heading">
      <h2 id="plan-safety-heading" tabIndex={-1}>{t('safetyPlan.title')}</h2>
      <p className="note safety-plan-prompt" role="note">
        {reason === 'aboutYou' ? t('safetyPlan.prompt') : t('safetyPlan.promptFromMeasure')}
      </p>
      <p>{t('safetyPlan.intro')}</p>
      {SAFETY_PLAN_PARTS.map((part) => (
        <TextField
          key={part}
          label={t(`safetyPlan.parts.${part}.label`)}
          hint={t(`safetyPlan.parts.${part}.hint`)}
          multiline
          maxLength={4000}
          value={shown(part)}
          onChange={(text) => onChange(withPlan(answers, { safetyPlan: { ...safetyPlan, [part]: text } }))}
        />
      ))}
    </section>
  );
}
