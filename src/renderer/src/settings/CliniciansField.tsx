import { useTranslation } from 'react-i18next';
import { MAX_CLINICIANS, type Clinician } from '../../../shared/settings';
import { TextField } from '../components/TextField';

export type ClinicianProblems = Record<number, { name?: string; role?: string }>;

interface CliniciansFieldProps {
  clinicians: Clinician[];
  onChange: (clinicians: Clinician[]) => void;
  /** Translated messages by row. */
  problems: ClinicianProblems;
}

/** The practice's clinicians (name and role), offered as suggestions on the new-session form. */
export function CliniciansField({ clinicians, onChange, problems }: CliniciansFieldProps) {
  const { t } = useTranslation('settings');
  const setRow = (index: number, row: Clinician) => onChange(clinicians.map((current, at) => (at === index ? row : current)));
  return (
    <fieldset className="field clinicians-field">
      <legend className="field-label">{t('clinicians.legend')}</legend>
      <p className="field-hint">{t('clinicians.hint')}</p>
      {clinicians.length === 0 && <p>{t('clinicians.none')}</p>}
      {clinicians.map((clinician, index) => {
        const number = index + 1;
        return (
          <fieldset key={index} className="clinicians-field__row">
            <legend>{t('clinicians.person', { number })}</legend>
            <TextField
              label={t('clinicians.name')}
              value={clinician.name}
              maxLength={200}
              onChange={(name) => setRow(index, { ...clinician, name })}
              error={problems[index]?.name}
            />
            <TextField
              label={t('clinicians.role')}
              value={clinician.role}
              maxLength={120}
              onChange={(role) => setRow(index, { ...clinician, role })}
              error={problems[index]?.role}
            />
            <button
              type="button"
              className="button button-secondary"
              onClick={() => onChange(clinicians.filter((_, at) => at !== index))}
            >
              {t('clinicians.remove', { number })}
            </button>
          </fieldset>
        );
      })}
      {clinicians.length < MAX_CLINICIANS && (
        <button type="button" className="button button-secondary" onClick={() => onChange([...clinicians, { name: '', role: '' }])}>
          {t('clinicians.add')}
        </button>
      )}
    </fieldset>
  );
}
