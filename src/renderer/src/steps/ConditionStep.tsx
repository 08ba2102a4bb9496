import { useTranslation } from 'react-i18next';
import { pick } from '../../../shared/locale';
import type { StepProps } from './types';

/** What the condition is, what tends to happen without treatment, and the decision on the table. */
export function ConditionStep({ session, condition }: StepProps) {
  const { t } = useTranslation('steps');
  const { t: tc } = useTranslation('common');
  const locale = session.language;
  const name = pick(condition.name, locale);
  return (
    <div className="step-content">
      <section aria-labelledby="condition-what">
        <h2 id="condition-what">{t('condition.whatItIs', { name })}</h2>
        <p>{pick(condition.whatItIs, locale)}</p>
      </section>
      <section aria-labelledby="condition-course">
        <h2 id="condition-course">{t('condition.withoutTreatment')}</h2>
        {condition.naturalCourse ? (
          <p>{pick(condition.naturalCourse, locale)}</p>
        ) : (
          <p className="note">{t('condition.naturalCourseComing', { name })}</p>
        )}
      </section>
      <section aria-labelledby="condition-decision" className="callout">
        <h2 id="condition-decision">{t('condition.decision')}</h2>
        <p>{pick(condition.decision, locale)}</p>
      </section>
      <section aria-labelledby="condition-role">
        <h2 id="condition-role">{t('condition.howYouDecide')}</h2>
        <p>
          <strong>{tc(`decisionRoles.${session.decisionRole}.label`)}</strong>
        </p>
        <p>{tc(`decisionRoles.${session.decisionRole}.explained`)}</p>
      </section>
    </div>
  );
}
