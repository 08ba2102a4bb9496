import type { Answers, Session, SessionSummary } from '../session';
import { sessionStatus } from '../session';
import { furthestOf } from '../steps';

function isAgreed(plan: Answers['plan']): boolean {
  return plan.agreedOption !== null && plan.patientConfirmed && plan.clinicianConfirmed;
}

/**
 * The session after the people in the room saved `answers`. Main decides when the plan was agreed (the page's
 * agreedAt is ignored): set once both confirm a chosen option, kept while they still agree to that option,
 * cleared when either withdraws or the option is cleared. The session never forgets how far it got.
 */
export function applyAnswers(session: Session, answers: Answers, now: Date): Session {
  const before = session.answers.plan;
  const after = answers.plan;
  const stillSameAgreement = isAgreed(before) && before.agreedAt !== null && before.agreedOption === after.agreedOption;
  const agreedAt = isAgreed(after) ? (stillSameAgreement ? before.agreedAt : now.toISOString()) : null;
  const furthestStep = furthestOf(session.answers.furthestStep, furthestOf(answers.furthestStep, answers.currentStep));

  return {
    ...session,
    updatedAt: now.toISOString(),
    answers: { ...answers, furthestStep, plan: { ...after, agreedAt } },
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
  };
}
