import { dayOf, nextReviewDate } from '../../../../shared/domain/episode';
import type { FollowUpVisit } from '../../../../shared/follow-up';
import type { PlanVersion, Session } from '../../../../shared/session';

/**
 * The episode as it stood at the end of one follow-up visit: the visits up to and including it, and the plan
 * versions agreed by then. A summary printed later for an earlier visit says what was known at that visit, not
 * what happened after it. Null when the episode has no such visit.
 */
export function episodeAtVisit(session: Session, visitId: string): { episode: Session; visit: FollowUpVisit } | null {
  const index = session.followUps.findIndex((visit) => visit.id === visitId);
  const visit = session.followUps[index];
  if (!visit) return null;
  const followUps = session.followUps.filter((candidate, position) => position <= index || candidate.date < visit.date);
  const included = new Set(followUps.map((candidate) => candidate.id));
  const everVisits = new Set(session.followUps.map((candidate) => candidate.id));
  const planVersions = session.planVersions.filter(
    (version) =>
      version.followUpId === null ||
      included.has(version.followUpId) ||
      // A version agreed at a visit since deleted counts when it was agreed by the day of this visit.
      (!everVisits.has(version.followUpId) && dayOf(version.agreedAt) <= visit.date),
  );
  return { episode: { ...session, followUps, planVersions }, visit };
}

/** The plan version in force after the visit (the newest agreed by then), or null. */
export function planInForce(episode: Pick<Session, 'planVersions'>): PlanVersion | null {
  return episode.planVersions.at(-1) ?? null;
}

/** The review date set at this visit, else the one in force from before it ('' when none). */
export function reviewDateAfter(episode: Pick<Session, 'answers' | 'followUps'>, visit: FollowUpVisit): string {
  return visit.nextReviewDate || nextReviewDate(episode);
}
