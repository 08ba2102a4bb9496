import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import { SAFETY_PLAN_PARTS, type SafetyPlan } from '../../../shared/session';
import { Section } from './PlanDocumentParts';
import { crisisTextsToPrint } from './planDocumentData';

interface PlanSafetyPlanProps {
  safetyPlan: SafetyPlan;
  locale: Locale;
  /** The practice's crisis line in this language: always printed under "Professionals and crisis lines". */
  practiceCrisisLine: string;
  /** What was typed under professionals, without the session language's practice line when printing the other. */
  professionals: string;
}

/**
 * The Stanley–Brown safety plan on paper, printed only when "About you" records thoughts of suicide or self-harm.
 * A part left empty keeps its heading and a line to write on, so the plan can be finished by hand.
 */
export function PlanSafetyPlan({ safetyPlan, locale, practiceCrisisLine, professionals }: PlanSafetyPlanProps) {
  const { t } = useTranslation('print', { lng: locale });
  const { t: tp } = useTranslation('plan', { lng: locale });
  return (
    <Section title={t('document.safetyPlan.title')} className="plan-document__safety-plan">
      <p>{t('document.safetyPlan.firstRule')}</p>
      {SAFETY_PLAN_PARTS.map((part) => {
        const texts = part === 'professionals' ? crisisTextsToPrint(practiceCrisisLine, professionals) : [safetyPlan[part].trim()].filter(Boolean);
        return (
          <div key={part} className="plan-document__safety-part">
            <h3>{tp(`safetyPlan.parts.${part}.label`)}</h3>
            {texts.length > 0 ? (
              texts.map((text, index) => (
                <p key={index} className="plan-document__typed">
                  {text}
                </p>
              ))
            ) : (
              <p className="plan-document__write-here">
                {t('document.safetyPlan.writeHere')} <span className="plan-document__signature-rule" aria-hidden="true" />
              </p>
            )}
          </div>
        );
      })}
    </Section>
  );
}
