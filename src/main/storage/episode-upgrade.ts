import { planContent } from '../../shared/domain/episode';
import type { Session } from '../../shared/session';

/**
 * Sessions saved before follow-up visits existed (before the care-episode model) become episodes of one visit
 * when read. The session schema already gives them `followUps: []` and `planVersions: []`; this adds the one
 * thing a default cannot: an agreed plan becomes plan version 1, agreed when it was agreed, at the first visit.
 *
 * Without it, the first save after the upgrade would record that same plan as version 1 agreed "now"
 * (recordPlanVersions sees no version yet), and the agreement date would be lost. It runs on every read of a
 * session file (and of Duet 0.1's duet.json) through `storedSessionSchema` (schema.ts), so the files on disk need
 * no rewrite and no schema version bump; it is idempotent: a session with any plan version is left as it is, and
 * every session saved by this version of Duet that has an agreed plan has a version (applyAnswers records it).
 * See docs/decisions.md, "Sessions saved before follow-ups".
 */
export function asEpisode(session: Session): Session {
  const plan = session.answers.plan;
  if (session.planVersions.length > 0 || plan.agreedAt === null) return session;
  return {
    ...session,
    planVersions: [{ version: 1, agreedAt: plan.agreedAt, followUpId: null, plan: planContent(plan) }],
  };
}
