import type { SessionSummary } from '../session';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The practice's retention rule: a session is due for deletion once its plan is agreed and it has not changed
 * for more than `retentionDays` × 24 hours. In-progress sessions are never deleted automatically (a visit may
 * be picked up again), nor is the session open on screen (`skipId`). null keeps everything until deleted.
 */
export function sessionsDueForDeletion(
  summaries: readonly SessionSummary[],
  retentionDays: number | null,
  now: Date,
  skipId: string | null,
): string[] {
  if (retentionDays === null) return [];
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  return summaries
    .filter((summary) => summary.status === 'agreed' && summary.id !== skipId)
    .filter((summary) => {
      const updated = Date.parse(summary.updatedAt);
      // An unreadable time cannot prove the session is old: keep it.
      return Number.isFinite(updated) && updated < cutoff;
    })
    .map((summary) => summary.id);
}
