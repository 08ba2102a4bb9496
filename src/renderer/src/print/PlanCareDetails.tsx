import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import type { Plan } from '../../../shared/session';
import { Section } from './PlanDocumentParts';

function Typed({ label, text }: { label: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <>
      <h3>{label}</h3>
      <p className="plan-document__typed">{text}</p>
    </>
  );
}

/**
 * How the combined care will run: what starts first, how the team works together, and what to do if it starts
 * to come back. A section prints only when something was written in it, so a short plan stays short.
 */
export function PlanCareDetails({ plan, locale }: { plan: Plan; locale: Locale }) {
  const { t } = useTranslation('print', { lng: locale });
  const { sequencing, coordination, monitoring, warningSigns, copingSteps } = plan;
  return (
    <>
      {sequencing.trim() && (
        <Section title={t('document.details.sequencing')}>
          <p className="plan-document__typed">{sequencing}</p>
        </Section>
      )}
      {(coordination.trim() || monitoring.trim()) && (
        <Section title={t('document.details.teamwork')}>
          <Typed label={t('document.details.coordination')} text={coordination} />
          <Typed label={t('document.details.monitoring')} text={monitoring} />
        </Section>
      )}
      {(warningSigns.trim() || copingSteps.trim()) && (
        <Section title={t('document.details.relapse')}>
          <Typed label={t('document.details.warningSigns')} text={warningSigns} />
          <Typed label={t('document.details.copingSteps')} text={copingSteps} />
        </Section>
      )}
    </>
  );
}
