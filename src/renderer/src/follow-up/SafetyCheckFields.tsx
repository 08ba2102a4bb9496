import { useTranslation } from 'react-i18next';
import type { FollowUpAnswers } from '../../../shared/follow-up';
import type { Locale } from '../../../shared/locale';
import { TextField } from '../components/TextField';
import { formatDay } from '../components/formatDate';

interface SafetyCheckFieldsProps {
  answers: FollowUpAnswers;
  onChange: (next: FollowUpAnswers) => void;
  locale: Locale;
}

/** What the clinician did about the safety prompt, kept with the visit (safetyCheck). */
export function SafetyCheckFields({ answers, onChange, locale }: SafetyCheckFieldsProps) {
  const { t } = useTranslation('followUp', { lng: locale });
  const check = answers.safetyCheck;
  return (
    <div className="safety-check-fields">
      <TextField
        label={t('safety.noteLabel')}
        hint={t('safety.noteHint')}
        multiline
        maxLength={4000}
        value={check.clinicianNote}
        onChange={(clinicianNote) => onChange({ ...answers, safetyCheck: { ...check, clinicianNote } })}
      />
      <div className="choices">
        <label className="choice">
          <input
            type="checkbox"
            checked={check.safetyPlanReviewed}
            onChange={(event) => onChange({ ...answers, safetyCheck: { ...check, safetyPlanReviewed: event.target.checked } })}
          />
          <span className="choice-label">{t('safety.reviewed')}</span>
        </label>
      </div>
      {check.promptedAt && <p className="field-hint">{t('safety.recorded', { date: formatDay(check.promptedAt, locale) })}</p>}
    </div>
  );
}
