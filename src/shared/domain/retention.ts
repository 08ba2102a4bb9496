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

/** A clock this far behind the newest saved change, or the last run, has been set back: retention waits. */
const CLOCK_SLACK_MS = 10 * 60 * 1000;
/** More than this between runs (or, before the first run, since the newest change) looks like a wrong clock. */
export const LONGEST_BELIEVABLE_GAP_DAYS = 400;
/** Retention asks first when more sessions than this would go at once… */
export const ASK_FIRST_ABOVE_COUNT = 5;
/** …or when more than this share of all sessions would (with at least a few sessions saved). */
const ASK_FIRST_ABOVE_SHARE = 0.5;
const FEW_SESSIONS = 4;

export type RetentionClockProblem = 'before-newest-change' | 'before-last-run' | 'far-after-last-run' | 'far-after-newest-change';

/**
 * Offline exam-room computers have no time server: a clock set years ahead by mistake would delete every agreed
 * session at once (security review M7). Retention runs only when `now` fits what the data and the last run say.
 */
export function retentionClockProblem(
  summaries: readonly SessionSummary[],
  now: Date,
  lastRunAt: Date | null,
): RetentionClockProblem | null {
  const nowMs = now.getTime();
  const gapMs = LONGEST_BELIEVABLE_GAP_DAYS * DAY_MS;
  const newest = Math.max(...summaries.map((summary) => Date.parse(summary.updatedAt)).filter(Number.isFinite), Number.NEGATIVE_INFINITY);
  if (Number.isFinite(newest) && nowMs < newest - CLOCK_SLACK_MS) return 'before-newest-change';
  if (lastRunAt) {
    if (nowMs < lastRunAt.getTime() - CLOCK_SLACK_MS) return 'before-last-run';
    if (nowMs - lastRunAt.getTime() > gapMs) return 'far-after-last-run';
  } else if (Number.isFinite(newest) && nowMs - newest > gapMs) {
    return 'far-after-newest-change';
  }
  return null;
}

/** True when the deletion is big enough that someone should say yes to it first. */
export function retentionNeedsConfirmation(dueCount: number, totalCount: number): boolean {
  if (dueCount > ASK_FIRST_ABOVE_COUNT) return true;
  return totalCount >= FEW_SESSIONS && dueCount / totalCount > ASK_FIRST_ABOVE_SHARE;
}

export type RetentionPlan =
  | { kind: 'nothing-due' }
  | { kind: 'clock-looks-wrong'; problem: RetentionClockProblem }
  | { kind: 'ask-first'; ids: string[] }
  | { kind: 'delete'; ids: string[] };

/** What a retention run should do now. */
export function planRetention(options: {
  summaries: readonly SessionSummary[];
  retentionDays: number | null;
  now: Date;
  openSessionId: string | null;
  lastRunAt: Date | null;
}): RetentionPlan {
  const { summaries, retentionDays, now, openSessionId, lastRunAt } = options;
  if (retentionDays === null) return { kind: 'nothing-due' };
  const problem = retentionClockProblem(summaries, now, lastRunAt);
  if (problem) return { kind: 'clock-looks-wrong', problem };
  const ids = sessionsDueForDeletion(summaries, retentionDays, now, openSessionId);
  if (ids.length === 0) return { kind: 'nothing-due' };
  return retentionNeedsConfirmation(ids.length, summaries.length) ? { kind: 'ask-first', ids } : { kind: 'delete', ids };
}
