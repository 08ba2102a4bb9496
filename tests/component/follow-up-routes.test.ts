import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../src/shared/session';
import { hrefFor, parseRoute } from '../../src/renderer/src/routing/routes';
import { dueEpisodes } from '../../src/renderer/src/screens/home/dueList';

const SESSION = '0b9d6a4e-3c1f-4c57-9a51-3f6f2f0b1a11';
const VISIT = '5f2b8c1e-7d4a-4e3b-9c6d-2a1b0c9d8e7f';

describe('the follow-up route', () => {
  it('reads #/session/<id>/follow-up/<visitId> and writes it back', () => {
    const route = parseRoute(`#/session/${SESSION}/follow-up/${VISIT}`);
    expect(route).toEqual({ name: 'follow-up', id: SESSION, visitId: VISIT });
    expect(hrefFor(route)).toBe(`#/session/${SESSION}/follow-up/${VISIT}`);
  });

  it('sends a half or overlong follow-up address Home, as every unknown address', () => {
    expect(parseRoute(`#/session/${SESSION}/follow-up`)).toEqual({ name: 'home' });
    expect(parseRoute(`#/session/${SESSION}/follow-up/${VISIT}/more`)).toEqual({ name: 'home' });
  });
});

const summary = (patientLabel: string, reviewDate: string): SessionSummary => ({
  id: `${patientLabel}-id`,
  patientLabel,
  conditionId: 'depression',
  language: 'en',
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  status: 'agreed',
  reviewDate,
  followUpCount: 0,
  lastScore: null,
});

describe('Due for review', () => {
  it('lists review dates passed or within 7 days, the longest overdue first, ties by label', () => {
    const today = '2026-11-29';
    const due = dueEpisodes(
      [
        summary('IN-8-DAYS', '2026-12-07'),
        summary('IN-7-DAYS', '2026-12-06'),
        summary('TODAY', '2026-11-29'),
        summary('B-LATE', '2026-11-20'),
        summary('A-LATE', '2026-11-20'),
        summary('YESTERDAY', '2026-11-28'),
        summary('NO-DATE', ''),
        summary('BAD-DATE', '2026-13-45'),
      ],
      today,
    );
    expect(due.map((entry) => [entry.session.patientLabel, entry.state, entry.days])).toEqual([
      ['A-LATE', 'overdue', -9],
      ['B-LATE', 'overdue', -9],
      ['YESTERDAY', 'overdue', -1],
      ['TODAY', 'due-soon', 0],
      ['IN-7-DAYS', 'due-soon', 7],
    ]);
  });
});
