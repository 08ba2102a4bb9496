import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/locale';
import type { DecisionRole } from '../../../../shared/session';

/** How the people chose to decide, from the start of the session. A clinician's recommendation is a legitimate outcome. */
export function DecisionRoleNote({ role, locale }: { role: DecisionRole; locale: Locale }) {
  const { t } = useTranslation('quality', { lng: locale });
  const { t: tc } = useTranslation('common', { lng: locale });
  return (
    <section className="plan-section" aria-labelledby="plan-role-heading">
      <h2 id="plan-role-heading">{t('role.heading')}</h2>
      <p>
        <strong>{tc(`decisionRoles.${role}.label`)}</strong>
      </p>
      <p>{tc(`decisionRoles.${role}.explained`)}</p>
    </section>
  );
}

/** The agreement's wording for each way of deciding. */
export function useAgreementWording(role: DecisionRole, locale: Locale): { intro: string; patient: string; clinician: string } {
  const { t } = useTranslation('quality', { lng: locale });
  return {
    intro: t(`role.agreement.${role}.intro`),
    patient: t(`role.agreement.${role}.patient`),
    clinician: t(`role.agreement.${role}.clinician`),
  };
}
