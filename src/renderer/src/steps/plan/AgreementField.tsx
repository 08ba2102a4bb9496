import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/locale';
import type { Answers } from '../../../../shared/session';
import { formatDay } from '../../components/formatDate';
import { agreementComplete, withPlan } from './planAnswers';

interface AgreementFieldProps {
  answers: Answers;
  /** When main recorded the agreement, from the saved session (main, not the page, sets it). */
  savedAgreedAt: string | null;
  onChange: (next: Answers) => void;
  locale: Locale;
  /** Wording that fits how the people chose to decide; the plain "agrees" wording when absent. */
  wording?: { intro: string; patient: string; clinician: string };
  /** Shown above the boxes, e.g. that teach-back is not done yet. Never blocks the agreement. */
  reminder?: ReactNode;
}

/** Two people, two boxes: the plan counts as agreed only when both tick theirs and an option is chosen. */
export function AgreementField({ answers, savedAgreedAt, onChange, locale, wording, reminder }: AgreementFieldProps) {
  const { t } = useTranslation('plan', { lng: locale });
  const { plan } = answers;
  const bothConfirmed = plan.patientConfirmed && plan.clinicianConfirmed;
  const complete = agreementComplete(plan);

  let status: { text: string; kind: 'hint' | 'error' | 'agreed' };
  if (complete && savedAgreedAt) status = { text: t('agreement.agreedOn', { date: formatDay(savedAgreedAt, locale) }), kind: 'agreed' };
  else if (complete) status = { text: t('agreement.saving'), kind: 'hint' };
  else if (bothConfirmed) status = { text: t('agreement.needsOption'), kind: 'error' };
  else status = { text: t('agreement.hint'), kind: 'hint' };

  return (
    <section className="plan-section plan-agreement" aria-labelledby="plan-agreement-heading">
      <h2 id="plan-agreement-heading">{t('agreement.title')}</h2>
      {wording && <p>{wording.intro}</p>}
      {reminder}
      <div className="choices">
        <label className="choice">
          <input
            type="checkbox"
            checked={plan.patientConfirmed}
            onChange={(event) => onChange(withPlan(answers, { patientConfirmed: event.target.checked }))}
          />
          <span className="choice-label">{wording?.patient ?? t('agreement.patient')}</span>
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={plan.clinicianConfirmed}
            onChange={(event) => onChange(withPlan(answers, { clinicianConfirmed: event.target.checked }))}
          />
          <span className="choice-label">{wording?.clinician ?? t('agreement.clinician')}</span>
        </label>
      </div>
      <p className={`plan-agreement__status plan-agreement__status--${status.kind}`} role="status">
        {status.kind === 'agreed' && <span aria-hidden="true">✓ </span>}
        {status.kind === 'error' && <span aria-hidden="true">⚠ </span>}
        {status.text}
      </p>
    </section>
  );
}
