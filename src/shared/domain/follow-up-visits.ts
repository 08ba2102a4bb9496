import type { FollowUpAnswers, FollowUpVisit } from '../follow-up';
import type { Session } from '../session';
import { asksForSafetyCheck, dayOf } from './episode';

/**
 * How main changes an episode's follow-up visits. The page sends what the people typed; main keeps the visit's id
 * and times, and records when the PHQ-9 safety prompt was first shown (never cleared, never a score).
 */

/** A new follow-up visit dated today, by the clinician of the newest visit, with the plan's goals to rate. */
export function newFollowUp(session: Session, visitId: string, now: Date): Session {
  const previous = session.followUps.at(-1);
  const at = now.toISOString();
  const visit: FollowUpVisit = {
    id: visitId,
    createdAt: at,
    updatedAt: at,
    date: dayOf(at),
    clinicianName: previous?.clinicianName ?? session.clinicianName,
    measures: [],
    adherence: { dosesMissedLast7Days: null, therapySessionsPlanned: null, therapySessionsAttended: null },
    goalProgress: session.answers.plan.goals.map((goal) => ({ goal, rating: null })),
    patientWords: '',
    safetyCheck: { promptedAt: null, clinicianNote: '', safetyPlanReviewed: false },
    review: { decision: null, reason: '', relapsePlanInPlace: null },
    nextReviewDate: '',
    currentPart: 'measures',
  };
  return { ...session, updatedAt: at, followUps: [...session.followUps, visit] };
}

/** The episode with visit `visitId` saved as `answers`; null when the episode has no such visit. */
export function applyFollowUp(session: Session, visitId: string, answers: FollowUpAnswers, now: Date): Session | null {
  const index = session.followUps.findIndex((visit) => visit.id === visitId);
  const existing = session.followUps[index];
  if (!existing) return null;
  const at = now.toISOString();
  const promptedAt = existing.safetyCheck.promptedAt ?? (asksForSafetyCheck(answers.measures) ? at : null);
  const visit: FollowUpVisit = {
    ...answers,
    id: existing.id,
    createdAt: existing.createdAt,
    updatedAt: at,
    safetyCheck: { ...answers.safetyCheck, promptedAt },
  };
  return { ...session, updatedAt: at, followUps: session.followUps.map((candidate, position) => (position === index ? visit : candidate)) };
}

/** The episode without visit `visitId`; null when there is no such visit. Plan versions are history and stay. */
export function removeFollowUp(session: Session, visitId: string, now: Date): Session | null {
  if (!session.followUps.some((visit) => visit.id === visitId)) return null;
  return { ...session, updatedAt: now.toISOString(), followUps: session.followUps.filter((visit) => visit.id !== visitId) };
}
