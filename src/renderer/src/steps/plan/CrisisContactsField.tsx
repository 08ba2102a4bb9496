import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/locale';
import type { Answers } from '../../../../shared/session';
import { TextField } from '../../components/TextField';
import { withPlan } from './planAnswers';

interface CrisisContactsFieldProps {
  answers: Answers;
  onChange: (next: Answers) => void;
  locale: Locale;
  /** The practice's crisis line in the session's language: shown when nothing is written yet. */
  practiceCrisisLine: string | undefined;
}

/**
 * Crisis contacts, starting from the practice's crisis line. Nothing is stored until someone edits it:
 * the printed plan carries the practice line anyway, so an untouched box loses nothing.
 */
export function CrisisContactsField({ answers, onChange, locale, practiceCrisisLine }: CrisisContactsFieldProps) {
  const { t } = useTranslation('plan', { lng: locale });
  const written = answers.plan.crisisContacts;
  return (
    <section className="plan-section" aria-labelledby="plan-crisis-heading">
      <h2 id="plan-crisis-heading">{t('crisis.title')}</h2>
      <TextField
        label={t('crisis.label')}
        hint={t('crisis.hint')}
        multiline
        maxLength={4000}
        value={written === '' ? (practiceCrisisLine ?? '') : written}
        onChange={(text) => onChange(withPlan(answers, { crisisContacts: text }))}
      />
    </section>
  );
}
