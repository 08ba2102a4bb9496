import { describe, expect, it } from 'vitest';
import {
  aggregateCsv,
  allFilters,
  clinicianKey,
  computeDashboard,
  csvField,
  csvText,
  dashboardQuerySchema,
  episodeFacts,
  episodeFactsSchema,
  episodesCsv,
  Ledger,
  quantile,
  sexGenderCategory,
} from '../../../src/shared/domain/outcomes';
import { emptyAnswers, type Session } from '../../../src/shared/session';
import { planContent } from '../../../src/shared/domain/episode';
import { sampleSession } from '../../support/sessions';
import { generateEpisodes } from '../../support/episodes-generator';

function phq9(total: number) {
  const answers: Record<string, number> = {};
  for (let item = 1; item <= 9; item += 1) answers[`phq9.${item}`] = Math.min(3, Math.max(0, total - (item - 1) * 3));
  return { instrument: 'phq9' as const, answers, workNotApplicable: false };
}

function episodeWithEverything(): Session {
  const answers = emptyAnswers();
  answers.worries = 'SECRET-WORRY';
  answers.questions = 'SECRET-QUESTION';
  answers.leaning = 'therapy';
  answers.aboutYou = { ...answers.aboutYou, ageGroup: '25-64', sexAndGender: 'Trans woman', otherMedicinesList: 'SECRET-MEDS' };
  answers.sure = {
    beforeOptions: { sure: false, understand: true, riskBenefit: true, encouragement: true },
    beforeAgreement: { sure: true, understand: true, riskBenefit: true, encouragement: true },
  };
  answers.collaborate = { understand: 4, listen: 4, include: 4 };
  answers.teachBack = { saidBack: [], patientCouldSayBack: true };
  answers.baseline = { date: '2025-01-02', measures: [phq9(18)] };
  answers.plan = { ...answers.plan, agreedOption: 'medication', goals: ['SECRET-GOAL'], patientConfirmed: true, clinicianConfirmed: true, agreedAt: '2025-01-02T10:00:00.000Z' };
  const session = sampleSession({ patientLabel: 'SECRET-LABEL', clinicianName: '  Dr.  Ríos ', answers });
  session.planVersions = [{ version: 1, agreedAt: '2025-01-02T10:00:00.000Z', followUpId: null, plan: { ...planContent(answers.plan), agreedOption: 'therapy' } }];
  session.followUps = [
    {
      id: '7b0f6f4e-1c7e-4a4c-9a51-2d7f0c9e3b11',
      createdAt: '2025-03-15T10:00:00.000Z',
      updatedAt: '2025-03-15T10:00:00.000Z',
      date: '2025-03-15',
      clinicianName: 'SECRET-OTHER-CLINICIAN',
      measures: [phq9(7)],
      adherence: { dosesMissedLast7Days: 1, therapySessionsPlanned: 6, therapySessionsAttended: 5 },
      goalProgress: [{ goal: 'SECRET-GOAL', rating: 5 }],
      patientWords: 'SECRET-WORDS',
      safetyCheck: { promptedAt: null, clinicianNote: 'SECRET-NOTE', safetyPlanReviewed: false },
      review: { decision: 'keep', reason: 'SECRET-REASON', relapsePlanInPlace: null },
      nextReviewDate: '',
      currentPart: 'review',
    },
  ];
  return session;
}

describe('episode facts', () => {
  it('keep what the figures need and nothing that names or quotes anyone', () => {
    const facts = episodeFacts(episodeWithEverything());
    expect(episodeFactsSchema.parse(facts)).toEqual(facts);
    expect(JSON.stringify(facts)).not.toContain('SECRET');
    expect(facts).toMatchObject({
      startDay: '2025-01-02',
      condition: 'depression',
      clinicianKey: 'dr rios',
      clinicianName: 'Dr. Ríos',
      ageGroup: '25-64',
      sexGender: 'woman',
      decisionRole: 'shared',
      leaning: 'therapy',
      agreed: true,
      // The option agreed first, not the plan's current one.
      agreedOption: 'therapy',
      sureBeforeOptions: 3,
      sureBeforeAgreement: 4,
      collaborateTopBox: true,
      teachBackDone: true,
      measures: { phq9: [{ day: 0, total: 18 }, { day: 72, total: 7 }], gad7: [], wsas: [] },
      adherence: [{ day: 72, dosesMissed: 1, sessionsPlanned: 6, sessionsAttended: 5 }],
    });
  });

  it('an episode with nothing filled in is started, not agreed, with nothing recorded', () => {
    const facts = episodeFacts(sampleSession());
    expect(facts).toMatchObject({
      agreed: false,
      agreedOption: null,
      ageGroup: 'not-recorded',
      sexGender: 'not-recorded',
      sureBeforeOptions: null,
      collaborateTopBox: null,
      teachBackDone: false,
      measures: { phq9: [], gad7: [], wsas: [] },
    });
  });

  it.each([
    ['Woman', 'woman'],
    ['female', 'woman'],
    ['F', 'woman'],
    ['Mujer', 'woman'],
    ['trans woman', 'woman'],
    ['Male', 'man'],
    ['hombre', 'man'],
    ['Trans man', 'man'],
    ['non-binary', 'non-binary'],
    ['Non Binary', 'non-binary'],
    ['no binarie', 'non-binary'],
    ['genderqueer', 'non-binary'],
    ['Two-spirit', 'self-described'],
    ['female to male', 'self-described'],
    ['Prefer not to say', 'self-described'],
    ['   ', 'not-recorded'],
    ['', 'not-recorded'],
    // "woman" must not be read as containing "man".
    ['Womanhood', 'self-described'],
  ])('sex/gender "%s" is %s', (recorded, category) => {
    expect(sexGenderCategory(recorded)).toBe(category);
  });

  it('clinician keys join spellings of one name and keep different names apart', () => {
    expect(clinicianKey('Dr. Rivera')).toBe(clinicianKey(' dr  rivera '));
    expect(clinicianKey('DR. RIVERA')).toBe(clinicianKey('Dr Rivera'));
    expect(clinicianKey('Dra. Núñez')).toBe(clinicianKey('dra nunez'));
    expect(clinicianKey('Dr. Rivera')).not.toBe(clinicianKey('Rivera'));
  });
});

describe('suppression ledger', () => {
  it('hides counts under 5 and says why, and a hidden count has no number', () => {
    const ledger = new Ledger();
    const small = ledger.count(3);
    const zero = ledger.count(0);
    const big = ledger.count(12);
    ledger.settle();
    expect(ledger.get(small)).toEqual({ shown: false, reason: 'fewer-than-5' });
    expect(ledger.get(zero)).toEqual({ shown: false, reason: 'fewer-than-5' });
    expect(ledger.get(big)).toEqual({ shown: true, value: 12 });
  });

  it('hides a second part when one hidden part could be found by subtraction', () => {
    const ledger = new Ledger();
    const total = ledger.count(40);
    const parts = [ledger.count(3), ledger.count(17), ledger.count(20)];
    ledger.line(total, parts);
    ledger.settle();
    expect(parts.map((part) => ledger.get(part))).toEqual([
      { shown: false, reason: 'fewer-than-5' },
      { shown: false, reason: 'complementary' },
      { shown: true, value: 20 },
    ]);
    expect(ledger.get(total)).toEqual({ shown: true, value: 40 });
  });

  it('hides more when the hidden parts together are under 5', () => {
    const ledger = new Ledger();
    const total = ledger.count(31);
    const parts = [ledger.count(1), ledger.count(2), ledger.count(8), ledger.count(20)];
    ledger.line(total, parts);
    ledger.settle();
    expect(parts.map((part) => ledger.get(part).shown)).toEqual([false, false, false, true]);
  });

  it('hides a part when a hidden total could be found by adding its parts up, across linked lines', () => {
    const ledger = new Ledger();
    // The practice (50) = three segments (3, 22, 25); the 22 segment = agreed 12 + not agreed 10.
    const practice = ledger.count(50);
    const segments = [ledger.count(3), ledger.count(22), ledger.count(25)];
    ledger.line(practice, segments);
    const agreed = ledger.count(12);
    const notAgreed = ledger.count(10);
    ledger.line(segments[1]!, [agreed, notAgreed]);
    ledger.settle();
    expect(ledger.get(segments[1]!)).toEqual({ shown: false, reason: 'complementary' });
    expect([ledger.get(agreed).shown, ledger.get(notAgreed).shown]).toEqual([true, false]);
    expect(ledger.rate(agreed, segments[1]!)).toEqual({ shown: false, numerator: { shown: true, value: 12 }, denominator: { shown: false, reason: 'complementary' } });
  });

  it('checks that lines add up, and refuses reads before settling', () => {
    const ledger = new Ledger();
    const total = ledger.count(10);
    expect(() => ledger.line(total, [ledger.count(4), ledger.count(5)])).toThrow(/does not add up/);
    expect(() => ledger.get(total)).toThrow(/Settle/);
    expect(() => ledger.count(-1)).toThrow(RangeError);
    expect(() => ledger.count(1.5)).toThrow(RangeError);
  });

  it('shows a spread only over a shown count, with quartiles by interpolation', () => {
    const ledger = new Ledger();
    const five = ledger.count(5);
    const four = ledger.count(4);
    ledger.settle();
    expect(ledger.spread(five, [10, 1, 4, 3, 7])).toEqual({ shown: true, n: 5, median: 4, q1: 3, q3: 7 });
    expect(ledger.spread(four, [1, 2, 3, 4])).toEqual({ shown: false, n: { shown: false, reason: 'fewer-than-5' } });
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.8);
    expect(quantile([-3.5, 0.25], 0.5)).toBe(-1.6);
  });
});

describe('dashboard query', () => {
  it('needs the whole query and refuses what it does not know', () => {
    expect(dashboardQuerySchema.parse({ filters: allFilters(), split: 'none' })).toEqual({ filters: allFilters(), split: 'none' });
    expect(dashboardQuerySchema.safeParse({}).success).toBe(false);
    expect(dashboardQuerySchema.safeParse({ filters: {}, split: 'none' }).success).toBe(false);
    expect(dashboardQuerySchema.safeParse({ filters: { ...allFilters(), from: '2026-13-01' }, split: 'none' }).success).toBe(false);
    expect(dashboardQuerySchema.safeParse({ filters: { ...allFilters(), to: '2026-02-30' }, split: 'none' }).success).toBe(false);
    expect(dashboardQuerySchema.safeParse({ filters: { ...allFilters(), from: '2026-02-28', to: '2026-02-28' }, split: 'none' }).success).toBe(true);
    expect(dashboardQuerySchema.safeParse({ split: 'postcode' }).success).toBe(false);
    expect(dashboardQuerySchema.safeParse({ filters: { ...allFilters(), from: '2026-02-01', to: '2026-01-01' }, split: 'none' }).success).toBe(false);
    expect(dashboardQuerySchema.safeParse({ filters: { ...allFilters(), conditions: ['flu'] }, split: 'none' }).success).toBe(false);
    expect(dashboardQuerySchema.safeParse({ filters: { ...allFilters(), patientLabel: 'x' }, split: 'none' }).success).toBe(false);
    expect(dashboardQuerySchema.safeParse({ filters: allFilters(), split: 'none', extra: 1 }).success).toBe(false);
  });

  it('an empty store gives a dashboard of hidden cells, not an error', () => {
    const dashboard = computeDashboard([], { filters: allFilters(), split: 'age-group' }, '2026-11-29');
    expect(dashboard.rows).toHaveLength(6);
    expect(dashboard.rows[0]!.decisions.started).toEqual({ shown: false, reason: 'fewer-than-5' });
  });

  it('a window that has not passed yet is "not yet due", not lost to follow-up', () => {
    const facts = generateEpisodes({ episodes: 200, seed: 3 }).map(episodeFacts);
    const early = computeDashboard(facts, { filters: allFilters(), split: 'none' }, '2030-01-01').rows[0]!.outcomes[0]!.windows[0]!;
    expect(early.notYetDue).toEqual({ shown: false, reason: 'fewer-than-5' });
    const before = facts.map((episode) => ({ ...episode, startDay: '2026-11-20' }));
    const recent = computeDashboard(before, { filters: allFilters(), split: 'none' }, '2026-11-29').rows[0]!.outcomes[0]!.windows[0]!;
    expect(recent.noFollowUp.shown).toBe(false);
    expect(recent.notYetDue.shown).toBe(true);
  });
});

/** A small RFC 4180 reader, to read the files back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  expect(field).toBe('');
  return rows;
}

describe('CSV', () => {
  it('quotes per RFC 4180 and never lets a spreadsheet run a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+SUM(A1)')).toBe("'+SUM(A1)");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('\tTAB')).toBe("'\tTAB");
    expect(csvField('＝1')).toBe("'＝1");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField('-4')).toBe('-4');
    expect(csvField(true)).toBe('yes');
    expect(csvField(null)).toBe('');
    expect(csvText(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('the aggregate file reads back into the dashboard figures, clinician names made harmless', () => {
    const facts = generateEpisodes({ episodes: 2_000, seed: 11 }).map(episodeFacts);
    const dashboard = computeDashboard(facts, { filters: allFilters(), split: 'clinician' }, '2026-11-29');
    const rows = parseCsv(aggregateCsv(dashboard));
    const header = rows[0]!;
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const col = (name: string) => header.indexOf(name);
    const started = rows.find((row) => row[col('segment')] === 'all' && row[col('figure')] === 'started')!;
    expect(started[col('count')]).toBe(String(dashboard.rows[0]!.decisions.started.shown && dashboard.rows[0]!.decisions.started.value));
    const agreed = rows.find((row) => row[col('segment')] === 'all' && row[col('figure')] === 'agreed')!;
    const rate = dashboard.rows[0]!.decisions.agreed;
    expect(rate.shown && [agreed[col('count')], agreed[col('of')], agreed[col('percent')]]).toEqual(rate.shown && [String(rate.numerator), String(rate.denominator), String(rate.percent)]);
    const evil = rows.filter((row) => row[col('segment')]!.includes('HYPERLINK'));
    expect(evil.length).toBeGreaterThan(0);
    expect(evil.every((row) => row[col('segment')]!.startsWith("'="))).toBe(true);
    const change = rows.find((row) => row[col('segment')] === 'all' && row[col('figure')] === 'change-from-baseline')!;
    expect(Number(change[col('median')])).toBeLessThan(0);
  });

  it('the episode file has no label, id, date, name or free text, and days count from the first visit', () => {
    const sessions = generateEpisodes({ episodes: 300, seed: 5 });
    const text = episodesCsv(sessions.map(episodeFacts), allFilters());
    expect(text).not.toMatch(/Patient \d|free text|note|Dr\.|Rivera|HYPERLINK|\d{4}-\d{2}-\d{2}/i);
    for (const session of sessions) expect(text).not.toContain(session.id);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(301);
    const header = rows[0]!;
    expect(header).toContain('phq9_baseline_day');
    const clinicians = new Set(rows.slice(1).map((row) => row[header.indexOf('clinician')]));
    expect([...clinicians].every((code) => /^C\d+$/.test(code!) || code === 'fewer than 5')).toBe(true);
    expect(rows.slice(1).map((row) => Number(row[0]))).toEqual(Array.from({ length: 300 }, (_, index) => index + 1));
  });

  it('the episode file keeps only the episodes in the filters', () => {
    const facts = generateEpisodes({ episodes: 300, seed: 5 }).map(episodeFacts);
    const anxiety = facts.filter((episode) => episode.condition === 'anxiety').length;
    expect(parseCsv(episodesCsv(facts, { ...allFilters(), conditions: ['anxiety'] }))).toHaveLength(anxiety + 1);
  });
});
