import { useTranslation } from 'react-i18next';
import { cautionsForPerson, needsSafetyPlan, personalFactors } from '../../../shared/domain/personal-factors';
import { useSettings } from '../api/hooks';
import { BaselineInPlan } from '../follow-up/BaselineInPlan';
import { safetyPlanShown } from '../follow-up/episodeHelpers';
import { FollowUpVisitsSection } from '../follow-up/FollowUpVisitsSection';
import { hrefFor } from '../routing/routes';
import { AgreedOptionField } from './plan/AgreedOptionField';
import { AgreementField } from './plan/AgreementField';
import { BeforeStartingList } from './plan/BeforeStartingList';
import { CrisisContactsField } from './plan/CrisisContactsField';
import { DateField } from './plan/DateField';
import { CareDetailsFields, ProgressField } from './plan/CareDetailsFields';
import { CareTeamField, GoalsField, NextStepsField } from './plan/PlanListsFields';
import { SafetyPlanFields } from './plan/SafetyPlanFields';
import { agreementComplete, withPlan } from './plan/planAnswers';
import { CollaborateForm } from './quality/CollaborateForm';
import { DecisionRoleNote, useAgreementWording } from './quality/DecisionRoleNote';
import { SureCheck } from './quality/SureCheck';
import { TeachBackField, TeachBackStatus } from './quality/TeachBackField';
import type { StepProps } from './types';
import '../styles/plan.css';

/**
 * Step 6: the plan both people agree to, ready to print or save for the patient to take home. Thoughts of suicide
 * recorded in "About you" put the safety plan first; the cautions for this person follow the chosen option.
 */
export function PlanStep({ session, condition, answers, onChange }: StepProps) {
  const locale = session.language;
  const { t } = useTranslation('plan', { lng: locale });
  const settings = useSettings();
  const savedAgreedAt = session.answers.plan.agreedAt;
  const agreed = agreementComplete(answers.plan) && savedAgreedAt !== null;
  const fieldProps = { answers, onChange, locale };
  const agreementWording = useAgreementWording(session.decisionRole, locale);
  const practiceCrisisLine = settings.data?.crisisLine[locale];
  const forPerson = cautionsForPerson(condition.cautions, personalFactors(answers.aboutYou));

  return (
    <div className="step-content plan-step">
      <p className="lead">{t('intro')}</p>
      <DecisionRoleNote role={session.decisionRole} locale={locale} />
      {safetyPlanShown(answers, session.followUps) && (
        <SafetyPlanFields
          {...fieldProps}
          practiceCrisisLine={practiceCrisisLine}
          reason={needsSafetyPlan(answers.aboutYou) ? 'aboutYou' : 'measure'}
        />
      )}
      <AgreedOptionField condition={condition} {...fieldProps} />
      <BeforeStartingList cautions={forPerson} locale={locale} />
      <GoalsField {...fieldProps} />
      <ProgressField {...fieldProps} />
      <BaselineInPlan {...fieldProps} />
      <NextStepsField {...fieldProps} />
      <CareTeamField {...fieldProps} />
      <CareDetailsFields {...fieldProps} />
      <section className="plan-section" aria-labelledby="plan-review-heading">
        <h2 id="plan-review-heading">{t('review.title')}</h2>
        <DateField
          label={t('review.label')}
          value={answers.plan.reviewDate}
          onChange={(reviewDate) => onChange(withPlan(answers, { reviewDate }))}
        />
      </section>
      <CrisisContactsField {...fieldProps} practiceCrisisLine={practiceCrisisLine} />
      <SureCheck moment="beforeAgreement" {...fieldProps} />
      <TeachBackField condition={condition} {...fieldProps} />
      <AgreementField
        {...fieldProps}
        savedAgreedAt={savedAgreedAt}
        wording={agreementWording}
        reminder={agreed ? null : <TeachBackStatus done={answers.teachBack.patientCouldSayBack} locale={locale} />}
      />
      {agreed && <CollaborateForm {...fieldProps} />}
      <p className="plan-preview-link">
        <a className={agreed ? 'button button-primary button-large' : 'button button-secondary'} href={hrefFor({ name: 'preview', id: session.id })}>
          {t('printPreview')}
        </a>
        <span className="field-hint">{t('printPreviewHint')}</span>
      </p>
      {(session.planVersions.length > 0 || session.followUps.length > 0) && <FollowUpVisitsSection session={session} />}
    </div>
  );
}
