import { useTranslation } from 'react-i18next';
import { currentPlanVersion } from '../../../shared/domain/episode';
import { REVIEW_DECISIONS, type ReviewDecision } from '../../../shared/follow-up';
import type { StepId } from '../../../shared/steps';
import { RadioGroup } from '../components/RadioGroup';
import { TextField } from '../components/TextField';
import { formatDay } from '../components/formatDate';
import { DateField } from '../steps/plan/DateField';
import { includesMedicine } from './episodeHelpers';
import { hrefFor } from '../routing/routes';
import type { PartProps } from './parts';
import { TrajectoryPanel } from './trajectory/TrajectoryPanel';

/** The session's steps that reopen the decision, one click away from the review. */
const CHANGE_STEPS: readonly StepId[] = ['options', 'evidence', 'values', 'plan'];

interface ReviewPartProps extends PartProps {
  /** Opens a step of the session (the visit is saved first). */
  onOpenStep: (step: StepId) => void;
}

/**
 * Look back (the trajectory) and decide again: keep going, adjust, add, switch, step down or taper, and why; the next
 * review date. Changing the plan happens on the session's own steps, where both confirm the new version.
 */
export function ReviewPart({ session, visitId, answers, onChange, locale, onOpenStep }: ReviewPartProps) {
  const { t } = useTranslation('followUp', { lng: locale });
  const { t: tc } = useTranslation('common', { lng: locale });
  const review = answers.review;
  const setReview = (changes: Partial<typeof review>) => onChange({ ...answers, review: { ...review, ...changes } });
  const version = currentPlanVersion(session);
  // Changing the dose or tapering needs a medicine in the plan (a choice already saved stays listed).
  const medicine = includesMedicine(session.answers.plan.agreedOption);
  const decisions = REVIEW_DECISIONS.filter(
    (decision) => medicine || (decision !== 'adjust-dose' && decision !== 'taper') || decision === review.decision,
  );
  const changedNotAgreed = version !== null && session.answers.plan.agreedAt === null;
  // The trajectory shows what is on screen now, this visit's unsaved answers included.
  const live = { ...session, followUps: session.followUps.map((visit) => (visit.id === visitId ? { ...visit, ...answers } : visit)) };

  return (
    <div className="follow-up-part">
      <section aria-labelledby="review-trajectory">
        <h2 id="review-trajectory">{t('review.trajectoryTitle')}</h2>
        <TrajectoryPanel session={live} />
      </section>

      <section aria-labelledby="review-plan">
        <h2 id="review-plan">{t('review.planTitle')}</h2>
        <p className="plan-version">
          {version ? t('review.currentVersion', { version: version.version, date: formatDay(version.agreedAt, locale) }) : t('review.noVersion')}
        </p>
        {changedNotAgreed && (
          <p className="note">
            <span aria-hidden="true">⚠ </span>
            {t('review.notAgreedNow')}
          </p>
        )}
      </section>

      <section aria-labelledby="review-decision">
        <h2 id="review-decision">{t('review.decisionTitle')}</h2>
        <RadioGroup<ReviewDecision>
          legend={t('review.decisionLegend')}
          choices={decisions.map((decision) => ({ value: decision, label: t(`review.decisions.${decision}`) }))}
          value={review.decision}
          onChange={(decision) => setReview({ decision, relapsePlanInPlace: decision === 'taper' ? review.relapsePlanInPlace : null })}
        />
        {review.decision === 'taper' && (
          <div className="taper-question">
            <RadioGroup<'yes' | 'no'>
              legend={t('review.relapseLegend')}
              hint={t('review.relapseWhy')}
              layout="row"
              choices={[
                { value: 'yes', label: t('review.relapseYes') },
                { value: 'no', label: t('review.relapseNo') },
              ]}
              value={review.relapsePlanInPlace}
              onChange={(relapsePlanInPlace) => setReview({ relapsePlanInPlace })}
            />
            {review.relapsePlanInPlace === 'no' && (
              <p className="note">
                {t('review.relapseMissing')}{' '}
                <button type="button" className="button button-secondary button-small" onClick={() => onOpenStep('plan')}>
                  {tc('steps.names.plan')}
                </button>
              </p>
            )}
          </div>
        )}
        <TextField
          label={t('review.reason')}
          hint={t('review.reasonHint')}
          multiline
          maxLength={4000}
          value={review.reason}
          onChange={(reason) => setReview({ reason })}
        />
        <DateField label={t('review.nextReview')} value={answers.nextReviewDate} onChange={(nextReviewDate) => onChange({ ...answers, nextReviewDate })} />
      </section>

      <section aria-labelledby="review-change">
        <h2 id="review-change">{t('review.changeTitle')}</h2>
        <p>{t('review.changeIntro')}</p>
        <nav aria-label={t('review.changeLabel')}>
          <ul className="change-plan-steps">
            {CHANGE_STEPS.map((step) => (
              <li key={step}>
                <button type="button" className="button button-secondary" onClick={() => onOpenStep(step)}>
                  {tc(`steps.names.${step}`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </section>

      <section aria-labelledby="review-take-home">
        <h2 id="review-take-home">{t('review.takeHomeTitle')}</h2>
        <p>{t('review.takeHomeIntro')}</p>
        <a className="button button-primary" href={hrefFor({ name: 'followUpPreview', id: session.id, visitId })}>
          {t('review.takeHomeLink')}
        </a>
      </section>
    </div>
  );
}
