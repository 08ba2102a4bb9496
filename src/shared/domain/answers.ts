import type { Answers, Session, SessionSummary } from '../session';
import { sessionStatus } from '../session';
import { furthestOf } from '../steps';
import { lastScore, nextReviewDate, recordPlanVersions } from './episode';

/**
 * The session after the people in the room saved `answers`. Main decides when the plan was agreed (the page's
 * agreedAt is ignored): set once both confirm a chosen option, kept while they agree to the same plan, cleared when
 * either withdraws or the option is cleared. Each agreed plan with new content is a new plan version (see
 * recordPlanVersions). The session never forgets how far it got.
 */
export function applyAnswers(session: Session, answers: Answers, now: Date): Session {
  const { agreedAt, planVersions } = recordPlanVersions(session, answers.plan, now);
  const furthestStep = furthestOf(session.answers.furthestStep, furthestOf(answers.furthestStep, answers.currentStep));

  return {
    ...session,
    updatedAt: now.toISOString(),
    answers: { ...answers, furthestStep, plan: { ...answers.plan, agreedAt } },
    planVersions,
  };
}

export function summarise(session: Session): SessionSummary {
  return {
    id: session.id,
    patientLabel: session.patientLabel,
    conditionId: session.conditionId,
    language: session.language,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    status: sessionStatus(session),
    reviewDate: nextReviewDate(session),
    followUpCount: session.followUps.length,
    lastScore: lastScore(session),
  };
}
