import { beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/shared/session';
import {
  aggregateCsv,
  allFilters,
  computeDashboard,
  episodeFacts,
  episodesCsv,
  type Dashboard,
  type DashboardQuery,
  type EpisodeFacts,
  type Split,
} from '../../../src/shared/domain/outcomes';
import { DEFAULT_AS_OF, generateEpisodes, visitCount } from '../../support/episodes-generator';

/**
 * The practice's figures over 10,000 generated episodes, checked against a second, deliberately plain
 * implementation written here from the sessions themselves (not from the facts): item answers added up by hand,
 * days counted with Date, quartiles by sorting. Every figure the dashboard shows must equal it; every figure it
 * hides must be one the suppression rule hides (a count under 5 for "fewer than 5", 5 or more for "hidden").
 */

const DAY = 86_400_000;
const ITEMS = { phq9: 9, gad7: 7, wsas: 5 } as const;
type Measure = keyof typeof ITEMS;
const MEASURES: Measure[] = ['phq9', 'gad7', 'wsas'];
const OPTIONS = ['therapy', 'medication', 'combined', 'waiting'] as const;
const CONDITIONS = ['depression', 'anxiety', 'adhd', 'ocd', 'psychosis', 'bpd', 'eating-disorders'] as const;
const ROLES = ['patient-decides', 'shared', 'clinician-recommends'] as const;

const days = (from: string, to: string) => Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY);

function totalOf(session: Session['answers']['baseline']['measures'], measure: Measure): number | null {
  const response = session.find((candidate) => candidate.instrument === measure);
  if (!response) return null;
  let total = 0;
  for (let item = 1; item <= ITEMS[measure]; item += 1) {
    const value = response.answers[`${measure}.${item}`];
    if (value === null || value === undefined) return null;
    total += value;
  }
  return total;
}

function quartiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    const position = (sorted.length - 1) * q;
    const low = sorted[Math.floor(position)]!;
    const high = sorted[Math.ceil(position)]!;
    return Math.round((low + (high - low) * (position - Math.floor(position))) * 10) / 10;
  };
  return { n: sorted.length, median: at(0.5), q1: at(0.25), q3: at(0.75) };
}

interface Plain {
  [key: string]: unknown;
}

/** The figures for a set of sessions, the plain way. Same shape as SegmentFigures, numbers only. */
const seriesCache = new Map<string, { day: number; total: number }[]>();

function plainFigures(sessions: Session[], asOf: string): Plain {
  const agreedOption = (session: Session) => session.planVersions[0]?.plan.agreedOption ?? (session.answers.plan.agreedAt ? session.answers.plan.agreedOption : null);
  const agreed = sessions.filter((session) => agreedOption(session) !== null);
  const rate = (numerator: number, denominator: number) => ({ numerator, denominator });
  const sureScore = (answers: Session['answers']['sure']['beforeOptions']) => {
    if (!answers) return null;
    const values = [answers.sure, answers.understand, answers.riskBenefit, answers.encouragement];
    return values.some((value) => value === null) ? null : values.filter((value) => value === true).length;
  };
  const sureRate = (pick: (session: Session) => Session['answers']['sure']['beforeOptions']) => {
    const complete = sessions.filter((session) => sureScore(pick(session)) !== null);
    return rate(complete.filter((session) => sureScore(pick(session)) === 4).length, complete.length);
  };
  const collaborated = sessions.filter((session) => {
    const answers = session.answers.collaborate;
    return answers !== null && answers.understand !== null && answers.listen !== null && answers.include !== null;
  });
  const leaned = agreed.filter((session) => session.answers.leaning !== null && session.answers.leaning !== 'unsure');

  const series = (session: Session, measure: Measure) => {
    const key = `${session.id}:${measure}`;
    const known = seriesCache.get(key);
    if (known) return known;
    const found = seriesOf(session, measure);
    seriesCache.set(key, found);
    return found;
  };
  const seriesOf = (session: Session, measure: Measure) => {
    const start = session.createdAt.slice(0, 10);
    const visits = [
      { date: session.answers.baseline.date || start, total: totalOf(session.answers.baseline.measures, measure) },
      ...session.followUps.map((visit) => ({ date: visit.date, total: totalOf(visit.measures, measure) })),
    ];
    return visits
      .filter((visit): visit is { date: string; total: number } => visit.total !== null)
      .map((visit) => ({ day: days(start, visit.date), total: visit.total }))
      .sort((a, b) => a.day - b.day);
  };
  const windows = [
    { window: 'weeks-8-12', from: 56, to: 84 },
    { window: 'month-6', from: 154, to: 210 },
  ];
  const outcomes = MEASURES.map((measure) => {
    const withBaseline = sessions.filter((session) => series(session, measure).length > 0);
    return {
      measure,
      withBaseline: withBaseline.length,
      noBaseline: sessions.length - withBaseline.length,
      windows: windows.map(({ window, from, to }) => {
        const found: { baseline: number; total: number }[] = [];
        let none = 0;
        let notYet = 0;
        for (const session of withBaseline) {
          const points = series(session, measure);
          const baseline = points[0]!;
          const inWindow = points.slice(1).filter((point) => point.day - baseline.day >= from && point.day - baseline.day <= to);
          if (inWindow.length > 0) found.push({ baseline: baseline.total, total: inWindow.at(-1)!.total });
          else if (days(session.createdAt, asOf) - baseline.day > to) none += 1;
          else notYet += 1;
        }
        const rules = measure !== 'wsas';
        const eligible = found.filter((pair) => pair.baseline >= 5);
        return {
          window,
          withFollowUp: found.length,
          noFollowUp: none,
          notYetDue: notYet,
          response: rules ? rate(found.filter((pair) => pair.baseline > 0 && pair.total <= pair.baseline / 2).length, found.length) : null,
          remission: rules ? rate(eligible.filter((pair) => pair.total < 5).length, eligible.length) : null,
          change: quartiles(found.map((pair) => pair.total - pair.baseline)),
        };
      }),
      trajectories: [...OPTIONS, 'none' as const].map((option) => ({
        option,
        points: [0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52].map((week) => {
          const totals: number[] = [];
          for (const session of withBaseline) {
            if ((agreedOption(session) ?? 'none') !== option) continue;
            const points = series(session, measure);
            const baseline = points[0]!;
            if (week === 0) {
              totals.push(baseline.total);
              continue;
            }
            const inBin = points.slice(1).filter((point) => point.day - baseline.day > week * 7 - 28 && point.day - baseline.day <= week * 7);
            if (inBin.length > 0) totals.push(inBin.at(-1)!.total);
          }
          return { week, totals: quartiles(totals) };
        }),
      })),
    };
  });

  const latest = <T,>(session: Session, pick: (visit: Session['followUps'][number]) => T | null): T | null => {
    const values = [...session.followUps].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map(pick).filter((value) => value !== null);
    return values.at(-1) ?? null;
  };
  const doses = sessions.map((session) => latest(session, (visit) => visit.adherence.dosesMissedLast7Days)).filter((value) => value !== null);
  const attended = sessions
    .map((session) =>
      latest(session, (visit) =>
        visit.adherence.therapySessionsPlanned && visit.adherence.therapySessionsAttended !== null
          ? Math.round((visit.adherence.therapySessionsAttended / visit.adherence.therapySessionsPlanned) * 100)
          : null,
      ),
    )
    .filter((value) => value !== null);

  return {
    decisions: {
      started: sessions.length,
      agreed: rate(agreed.length, sessions.length),
      byCondition: CONDITIONS.map((condition) => {
        const here = sessions.filter((session) => session.conditionId === condition);
        return { condition, started: here.length, agreed: rate(here.filter((session) => agreedOption(session) !== null).length, here.length) };
      }),
      byOption: OPTIONS.map((option) => ({ option, agreed: rate(agreed.filter((session) => agreedOption(session) === option).length, agreed.length) })),
      matchedLeaning: rate(leaned.filter((session) => session.answers.leaning === agreedOption(session)).length, leaned.length),
      noLeaning: agreed.length - leaned.length,
      roles: ROLES.map((role) => ({ role, episodes: rate(sessions.filter((session) => session.decisionRole === role).length, sessions.length) })),
    },
    quality: {
      sureBeforeOptions: sureRate((session) => session.answers.sure.beforeOptions),
      sureBeforeAgreement: sureRate((session) => session.answers.sure.beforeAgreement),
      collaborateTopBox: rate(
        collaborated.filter((session) => [session.answers.collaborate!.understand, session.answers.collaborate!.listen, session.answers.collaborate!.include].every((value) => value === 4)).length,
        collaborated.length,
      ),
      teachBack: rate(agreed.filter((session) => session.answers.teachBack.patientCouldSayBack || session.answers.teachBack.saidBack.length > 0).length, agreed.length),
    },
    outcomes,
    adherence: {
      dosesReported: doses.length,
      noneMissed: rate(doses.filter((value) => value === 0).length, doses.length),
      dosesMissed: quartiles(doses),
      sessionsReported: attended.length,
      allAttended: rate(attended.filter((value) => value >= 100).length, attended.length),
      percentAttended: quartiles(attended),
    },
  };
}

interface Checked {
  shown: number;
  hidden: number;
}

/** Walks a dashboard row beside the plain figures: shown numbers must be equal, hidden ones hidden for a reason. */
function compare(actual: unknown, expected: unknown, path: string, checked: Checked): void {
  if (actual !== null && typeof actual === 'object' && 'shown' in actual) {
    const cell = actual as Record<string, unknown>;
    const plain = expected as number | { numerator: number; denominator: number } | { n: number; median: number; q1: number; q3: number };
    if (typeof plain === 'number') {
      if (cell.shown) {
        expect(cell.value, path).toBe(plain);
        checked.shown += 1;
      } else {
        expect(Object.keys(cell).sort(), path).toEqual(['reason', 'shown']);
        if (cell.reason === 'fewer-than-5') expect(plain, path).toBeLessThan(5);
        else expect(plain, path).toBeGreaterThanOrEqual(5);
        checked.hidden += 1;
      }
    } else if ('numerator' in plain) {
      if (cell.shown) {
        expect({ numerator: cell.numerator, denominator: cell.denominator }, path).toEqual(plain);
        expect(cell.percent, path).toBe(Math.round((plain.numerator / plain.denominator) * 100));
        checked.shown += 1;
      } else {
        compare(cell.numerator, plain.numerator, `${path}.numerator`, checked);
        compare(cell.denominator, plain.denominator, `${path}.denominator`, checked);
        expect(cell, path).not.toHaveProperty('percent');
      }
    } else {
      if (cell.shown) {
        expect({ n: cell.n, median: cell.median, q1: cell.q1, q3: cell.q3 }, path).toEqual(plain);
        checked.shown += 1;
      } else {
        compare(cell.n, plain.n, `${path}.n`, checked);
        expect(cell, path).not.toHaveProperty('median');
      }
    }
    return;
  }
  if (Array.isArray(actual)) {
    expect(Array.isArray(expected) && expected.length, path).toBe(actual.length);
    actual.forEach((item, index) => compare(item, (expected as unknown[])[index], `${path}[${index}]`, checked));
    return;
  }
  if (actual !== null && typeof actual === 'object') {
    for (const [key, value] of Object.entries(actual)) {
      if (key === 'segment') continue;
      compare(value, (expected as Plain)[key], `${path}.${key}`, checked);
    }
    return;
  }
  expect(actual, path).toBe(expected);
}

function segmentSessions(sessions: Session[], facts: EpisodeFacts[], split: Split, key: string): Session[] {
  return sessions.filter((_session, index) => {
    const episode = facts[index]!;
    switch (split) {
      case 'none':
        return true;
      case 'age-group':
        return episode.ageGroup === key;
      case 'sex-gender':
        return episode.sexGender === key;
      case 'condition':
        return episode.condition === key;
      case 'agreed-option':
        return (episode.agreedOption ?? 'none') === key;
      case 'clinician':
        return episode.clinicianKey === key;
    }
  });
}

let sessions: Session[];
let facts: EpisodeFacts[];

beforeAll(() => {
  sessions = generateEpisodes();
  facts = sessions.map(episodeFacts);
});

describe('the generated practice', () => {
  it('has 10,000 episodes and 30,000 visits, the same for the same seed', () => {
    expect(sessions).toHaveLength(10_000);
    expect(visitCount(sessions)).toBe(30_000);
    expect(generateEpisodes({ episodes: 50 })).toEqual(generateEpisodes({ episodes: 50 }));
    expect(generateEpisodes({ episodes: 50, seed: 2 })).not.toEqual(generateEpisodes({ episodes: 50 }));
  });
});

describe('the dashboard equals a plain recomputation from the sessions', () => {
  const cases: [string, DashboardQuery][] = [
    ['everything', { filters: allFilters(), split: 'none' }],
    ['anxiety, by age group', { filters: { ...allFilters(), conditions: ['anxiety'] }, split: 'age-group' }],
    ['2026 only, by sex or gender', { filters: { ...allFilters(), from: '2026-01-01', to: '2026-12-31' }, split: 'sex-gender' }],
    ['therapy or nothing agreed, by clinician', { filters: { ...allFilters(), options: ['therapy', 'none'] }, split: 'clinician' }],
    ['one clinician, by condition', { filters: { ...allFilters(), clinicians: ['dr rivera'] }, split: 'condition' }],
    ['everything, by agreed option', { filters: allFilters(), split: 'agreed-option' }],
  ];

  it.each(cases)('%s', (_name, query) => {
    const dashboard = computeDashboard(facts, query, DEFAULT_AS_OF);
    const inScope = sessions.filter((session, index) => {
      const episode = facts[index]!;
      const { from, to, conditions, clinicians, options } = query.filters;
      const day = session.createdAt.slice(0, 10);
      return (
        (!from || day >= from) &&
        (!to || day <= to) &&
        (conditions.length === 0 || conditions.includes(session.conditionId)) &&
        (clinicians.length === 0 || clinicians.includes(episode.clinicianKey)) &&
        (options.length === 0 || options.includes(episode.agreedOption ?? 'none'))
      );
    });
    const scopeFacts = inScope.map(episodeFacts);
    const checked: Checked = { shown: 0, hidden: 0 };
    expect(dashboard.rows[0]!.segment).toEqual({ split: 'none', key: 'all', name: null });
    compare(dashboard.rows[0], plainFigures(inScope, DEFAULT_AS_OF), 'all', checked);
    for (const row of dashboard.rows.slice(1)) {
      compare(row, plainFigures(segmentSessions(inScope, scopeFacts, query.split, row.segment.key), DEFAULT_AS_OF), row.segment.key, checked);
    }
    // The segments of a split cover the whole scope.
    if (query.split !== 'none') {
      const covered = dashboard.rows.slice(1).reduce((sum, row) => sum + segmentSessions(inScope, scopeFacts, query.split, row.segment.key).length, 0);
      expect(covered).toBe(inScope.length);
    }
    expect(checked.shown).toBeGreaterThan(100);
  }, 120_000);

  it('keeps loss to follow-up visible: every window accounts for every episode with a baseline', () => {
    const dashboard = computeDashboard(facts, { filters: allFilters(), split: 'none' }, DEFAULT_AS_OF);
    for (const measure of dashboard.rows[0]!.outcomes) {
      if (!measure.withBaseline.shown) continue;
      for (const window of measure.windows) {
        const parts = [window.withFollowUp, window.noFollowUp, window.notYetDue];
        if (parts.every((part) => part.shown)) {
          expect(parts.reduce((sum, part) => sum + (part.shown ? part.value : 0), 0)).toBe(measure.withBaseline.value);
        }
        expect(window.noFollowUp.shown && window.noFollowUp.value).toBeGreaterThan(0);
      }
    }
  });
});

/** Every number in a value, wherever it sits, and the paths of hidden cells that carry one (there must be none). */
function numbersInHidden(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => numbersInHidden(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = record.shown === false ? Object.entries(record).filter(([, item]) => typeof item === 'number').map(([key]) => `${path}.${key}`) : [];
  return [...own, ...Object.entries(record).flatMap(([key, item]) => numbersInHidden(item, `${path}.${key}`))];
}

describe('small cells', () => {
  /** 40 episodes of everything, and 3 in the 65-plus age group. */
  function smallPractice(): { facts: EpisodeFacts[]; dashboard: Dashboard } {
    const small = generateEpisodes({ episodes: 400, seed: 7 }).map(episodeFacts);
    const others = small.filter((episode) => episode.ageGroup !== '65-plus').slice(0, 40);
    const older = small.filter((episode) => episode.ageGroup === '65-plus').slice(0, 3);
    expect(older).toHaveLength(3);
    const practice = [...others, ...older];
    return { facts: practice, dashboard: computeDashboard(practice, { filters: allFilters(), split: 'age-group' }, DEFAULT_AS_OF) };
  }

  it('a segment of 3 shows neither its count nor any rate, and cannot be worked out from the others', () => {
    const { dashboard } = smallPractice();
    const older = dashboard.rows.find((row) => row.segment.key === '65-plus')!;
    expect(older.decisions.started).toEqual({ shown: false, reason: 'fewer-than-5' });
    expect(older.decisions.agreed.shown).toBe(false);
    expect(numbersInHidden(older)).toEqual([]);
    const shownNumbers = JSON.stringify(older).match(/"(value|numerator|denominator|percent|n|median|q1|q3)":-?\d/g);
    expect(shownNumbers).toBeNull();
    // The whole practice is shown (43), so another segment is hidden too: 43 minus the rest would give 3.
    const all = dashboard.rows[0]!;
    expect(all.decisions.started).toEqual({ shown: true, value: 43 });
    const others = dashboard.rows.slice(1).filter((row) => row.segment.key !== '65-plus');
    const shownStarted = others.reduce((sum, row) => sum + (row.decisions.started.shown ? row.decisions.started.value : 0), 0);
    const hiddenSegments = dashboard.rows.slice(1).filter((row) => !row.decisions.started.shown);
    expect(hiddenSegments.length).toBeGreaterThanOrEqual(2);
    expect(43 - shownStarted).toBeGreaterThanOrEqual(5);
  });

  it('no hidden cell anywhere carries a number', () => {
    const { dashboard } = smallPractice();
    expect(numbersInHidden(dashboard)).toEqual([]);
    const big = computeDashboard(facts, { filters: allFilters(), split: 'clinician' }, DEFAULT_AS_OF);
    expect(numbersInHidden(big)).toEqual([]);
  });

  it('the aggregate CSV of that practice never gives the segment of 3 a count, rate or statistic', () => {
    const { dashboard } = smallPractice();
    const lines = aggregateCsv(dashboard).split('\r\n');
    const header = lines[0]!.split(',');
    const rows = lines.slice(1).filter((line) => line.startsWith('age-group,65-plus,'));
    expect(rows.length).toBeGreaterThan(50);
    for (const line of rows) {
      const fields = line.split(',');
      for (const column of ['count', 'of', 'percent', 'n', 'median', 'q1', 'q3']) {
        const value = fields[header.indexOf(column)]!;
        expect(['', 'fewer than 5', 'hidden'], `${column} in ${line}`).toContain(value);
      }
    }
    expect(rows.find((line) => line.includes(',decisions,started,'))).toContain('fewer than 5');
  });

  it('the episode-level CSV writes an age group that fewer than 5 share as "fewer than 5"', () => {
    const { facts: practice } = smallPractice();
    const text = episodesCsv(practice, allFilters());
    expect(text).not.toContain('65-plus');
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(44);
    const ageColumn = lines[0]!.split(',').indexOf('age_group');
    expect(lines.slice(1).filter((line) => line.split(',')[ageColumn] === 'fewer than 5').length).toBeGreaterThanOrEqual(3);
  });
});
