import { useTranslation } from 'react-i18next';
import { pick } from '../../../shared/locale';
import { GlossaryScope } from '../components/GlossaryScope';
import { GlossaryText } from '../components/GlossaryText';
import { BaselineSection } from '../follow-up/BaselineSection';
import { AboutYouSection } from './about/AboutYou';
import { SureCheck } from './quality/SureCheck';
import type { StepProps } from './types';

/**
 * What the condition is, what tends to happen without treatment, and the decision on the table. In a visit it
 * starts with the optional "About you" questions, which the clinician fills in with the patient.
 */
export function ConditionStep({ session, condition, answers, onChange }: StepProps) {
  const { t } = useTranslation('steps');
  const { t: tc } = useTranslation('common');
  const locale = session.language;
  const name = pick(condition.name, locale);
  return (
    <GlossaryScope>
      <div className="step-content">
        {answers.mode === 'visit' && <AboutYouSection answers={answers} onChange={onChange} locale={locale} />}
        {answers.mode === 'visit' && <BaselineSection session={session} condition={condition} answers={answers} onChange={onChange} />}
        <section aria-labelledby="condition-what">
          <h2 id="condition-what">{t('condition.whatItIs', { name })}</h2>
          <p>
            <GlossaryText text={pick(condition.whatItIs, locale)} locale={locale} />
          </p>
        </section>
        <section aria-labelledby="condition-course">
          <h2 id="condition-course">{t('condition.withoutTreatment')}</h2>
          {condition.naturalCourse ? (
            <p>
              <GlossaryText text={pick(condition.naturalCourse, locale)} locale={locale} />
            </p>
          ) : (
            <p className="note">{t('condition.naturalCourseComing', { name })}</p>
          )}
        </section>
        <section aria-labelledby="condition-decision" className="callout">
          <h2 id="condition-decision">{t('condition.decision')}</h2>
          <p>
            <GlossaryText text={pick(condition.decision, locale)} locale={locale} />
          </p>
        </section>
        <section aria-labelledby="condition-role">
          <h2 id="condition-role">{t('condition.howYouDecide')}</h2>
          <p>
            <strong>{tc(`decisionRoles.${session.decisionRole}.label`)}</strong>
          </p>
          <p>{tc(`decisionRoles.${session.decisionRole}.explained`)}</p>
        </section>
        <SureCheck moment="beforeOptions" answers={answers} onChange={onChange} locale={locale} />
      </div>
    </GlossaryScope>
  );
}
