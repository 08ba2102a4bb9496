import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/locale';
import type { Answers, Plan } from '../../../../shared/session';
import { TextField } from '../../components/TextField';
import { withPlan } from './planAnswers';

/** The free-text parts of a combined-care plan, each in its own section with a plain question as its label. */
type CareDetail = keyof Pick<Plan, 'progressMeasures' | 'sequencing' | 'coordination' | 'monitoring' | 'warningSigns' | 'copingSteps'>;

interface CareDetailsProps {
  answers: Answers;
  onChange: (next: Answers) => void;
  locale: Locale;
}

function DetailField({ field, answers, onChange, locale }: CareDetailsProps & { field: CareDetail }) {
  const { t } = useTranslation('plan', { lng: locale });
  return (
    <TextField
      label={t(`details.${field}.label`)}
      hint={t(`details.${field}.hint`)}
      multiline
      maxLength={4000}
      value={answers.plan[field]}
      onChange={(text) => onChange(withPlan(answers, { [field]: text }))}
    />
  );
}

type DetailSectionId = 'sequencing' | 'teamwork' | 'relapse';

function DetailSection({ id, fields, note, ...props }: CareDetailsProps & { id: DetailSectionId; fields: CareDetail[]; note?: string }) {
  const { t } = useTranslation('plan', { lng: props.locale });
  return (
    <section className="plan-section" aria-labelledby={`plan-${id}-heading`}>
      <h2 id={`plan-${id}-heading`}>{t(`details.sections.${id}`)}</h2>
      {note && <p className="note">{note}</p>}
      {fields.map((field) => (
        <DetailField key={field} field={field} {...props} />
      ))}
    </section>
  );
}

/** How progress is measured, right after the goals. */
export function ProgressField(props: CareDetailsProps) {
  return <DetailField field="progressMeasures" {...props} />;
}

/** Sequencing, coordination, monitoring and relapse prevention: how the combined care will run. */
export function CareDetailsFields(props: CareDetailsProps) {
  const { t } = useTranslation('plan', { lng: props.locale });
  return (
    <>
      <DetailSection id="sequencing" fields={['sequencing']} note={t('details.sequencingRule')} {...props} />
      <DetailSection id="teamwork" fields={['coordination', 'monitoring']} {...props} />
      <DetailSection id="relapse" fields={['warningSigns', 'copingSteps']} {...props} />
    </>
  );
}
