import { describe, expect, it } from 'vitest';
import {
  ASK_FIRST_ABOVE_COUNT,
  LONGEST_BELIEVABLE_GAP_DAYS,
  planRetention,
  retentionClockProblem,
  sessionsDueForDeletion,
} from '../../src/shared/domain/retention';
import type { SessionStatus, SessionSummary } from '../../src/shared/session';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-06-01T12:00:00.000Z');

let counter = 0;
function summary(status: SessionStatus, updatedMsBeforeNow: number, id = `session-${(counter += 1)}`): SessionSummary {
  const updatedAt = new Date(NOW.getTime() - updatedMsBeforeNow).toISOString();
  return { id, patientLabel: 'J.M.', conditionId: 'depression', language: 'en', createdAt: updatedAt, updatedAt, status, reviewDate: '', followUpCount: 0, lastScore: null };
}

describe('sessionsDueForDeletion', () => {
  it('deletes an agreed session only once it is more than N days old, not at exactly N days', () => {
    const justOver = summary('agreed', 90 * DAY_MS + 1, 'just-over');
    const exactly = summary('agreed', 90 * DAY_MS, 'exactly');
    const justUnder = summary('agreed', 90 * DAY_MS - 1, 'just-under');
    expect(sessionsDueForDeletion([justOver, exactly, justUnder], 90, NOW, null)).toEqual(['just-over']);
  });

  it('counts days as 24 hours from the last change, whatever the retention choice', () => {
    const sessions = [summary('agreed', 364 * DAY_MS, 'a'), summary('agreed', 366 * DAY_MS, 'b'), summary('agreed', 800 * DAY_MS, 'c')];
    expect(sessionsDueForDeletion(sessions, 365, NOW, null)).toEqual(['b', 'c']);
    expect(sessionsDueForDeletion(sessions, 730, NOW, null)).toEqual(['c']);
    expect(sessionsDueForDeletion(sessions, 2555, NOW, null)).toEqual([]);
  });

  it('never deletes a session still in progress, however old', () => {
    const sessions = [summary('in-progress', 5000 * DAY_MS, 'old-draft'), summary('agreed', 200 * DAY_MS, 'old-plan')];
    expect(sessionsDueForDeletion(sessions, 90, NOW, null)).toEqual(['old-plan']);
  });

  it('deletes nothing when retention is off (null)', () => {
    const sessions = [summary('agreed', 5000 * DAY_MS), summary('in-progress', 5000 * DAY_MS)];
    expect(sessionsDueForDeletion(sessions, null, NOW, null)).toEqual([]);
  });

  it('skips the session that is open on screen', () => {
    const sessions = [summary('agreed', 400 * DAY_MS, 'open-one'), summary('agreed', 400 * DAY_MS, 'closed-one')];
    expect(sessionsDueForDeletion(sessions, 90, NOW, 'open-one')).toEqual(['closed-one']);
    expect(sessionsDueForDeletion(sessions, 90, NOW, 'someone-else')).toEqual(['open-one', 'closed-one']);
  });

  it('keeps a session whose last-change time cannot be read', () => {
    const unreadable = { ...summary('agreed', 400 * DAY_MS, 'unreadable'), updatedAt: 'not a date' };
    expect(sessionsDueForDeletion([unreadable], 90, NOW, null)).toEqual([]);
  });

  it('treats a session changed in the future (a clock set back) as recent', () => {
    expect(sessionsDueForDeletion([summary('agreed', -30 * DAY_MS)], 90, NOW, null)).toEqual([]);
  });
});

describe('retentionClockProblem: retention waits for a believable clock (M7)', () => {
  const lastRun = (msBeforeNow: number) => new Date(NOW.getTime() - msBeforeNow);

  it('accepts a clock just after the newest change and the last run', () => {
    expect(retentionClockProblem([summary('agreed', DAY_MS)], NOW, lastRun(DAY_MS))).toBeNull();
    expect(retentionClockProblem([], NOW, null)).toBeNull();
  });

  it('refuses a clock set back before the newest saved change or the last run', () => {
    expect(retentionClockProblem([summary('agreed', -DAY_MS)], NOW, null)).toBe('before-newest-change');
    expect(retentionClockProblem([summary('agreed', DAY_MS)], NOW, lastRun(-DAY_MS))).toBe('before-last-run');
  });

  it('refuses a clock far beyond the last run, or (before any run) far beyond the newest change', () => {
    const longGap = (LONGEST_BELIEVABLE_GAP_DAYS + 1) * DAY_MS;
    expect(retentionClockProblem([summary('agreed', DAY_MS)], NOW, lastRun(longGap))).toBe('far-after-last-run');
    expect(retentionClockProblem([summary('agreed', longGap)], NOW, null)).toBe('far-after-newest-change');
  });
});

describe('planRetention', () => {
  const base = { retentionDays: 90, now: NOW, openSessionId: null, lastRunAt: new Date(NOW.getTime() - DAY_MS) };

  it('deletes a few due sessions at once, and asks first when many, or most, would go', () => {
    const few = [summary('agreed', 100 * DAY_MS), summary('agreed', DAY_MS), summary('in-progress', DAY_MS)];
    expect(planRetention({ ...base, summaries: few })).toEqual({ kind: 'delete', ids: [few[0]!.id] });
    const many = Array.from({ length: ASK_FIRST_ABOVE_COUNT + 1 }, () => summary('agreed', 100 * DAY_MS));
    const recent = Array.from({ length: 20 }, () => summary('agreed', DAY_MS));
    expect(planRetention({ ...base, summaries: [...many, ...recent] })).toMatchObject({ kind: 'ask-first' });
    const most = [summary('agreed', 100 * DAY_MS), summary('agreed', 100 * DAY_MS), summary('agreed', 100 * DAY_MS), summary('agreed', DAY_MS)];
    expect(planRetention({ ...base, summaries: most })).toMatchObject({ kind: 'ask-first', ids: most.slice(0, 3).map((s) => s.id) });
  });

  it('does nothing when the clock looks wrong, or retention is off', () => {
    const old = [summary('agreed', 100 * DAY_MS)];
    expect(planRetention({ ...base, summaries: old, lastRunAt: new Date(NOW.getTime() + DAY_MS) })).toEqual({
      kind: 'clock-looks-wrong',
      problem: 'before-last-run',
    });
    expect(planRetention({ ...base, summaries: old, retentionDays: null })).toEqual({ kind: 'nothing-due' });
  });
});
