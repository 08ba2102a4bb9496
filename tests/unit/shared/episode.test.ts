import { describe, expect, it } from 'vitest';
import {
  asksForSafetyCheck,
  currentPlanVersion,
  daysBetween,
  dueState,
  DUE_WINDOW_DAYS,
  episodeTotals,
  episodeTrajectory,
  lastScore,
  nextReviewDate,
  planContent,
  primaryInstrument,
  recordPlanVersions,
  totalIn,
  type DueState,
} from '../../../src/shared/domain/episode';
import { applyAnswers } from '../../../src/shared/domain/answers';
import { applyFollowUp, newFollowUp } from '../../../src/shared/domain/follow-up-visits';
import type { MeasureResponse } from '../../../src/shared/measures';
import type { Session } from '../../../src/shared/session';
import { answersWithPlan, sampleSession } from '../../support/sessions';
import { seededRandom } from '../../support/seeded-random';
import { followUpAnswers, gad7, phq9 } from './episode-helpers';

const BOTH = { agreedOption: 'combined', patientConfirmed: true, clinicianConfirmed: true } as const;
const at = (day: string, time = '09:00') => new Date(`${day}T${time}:00.000Z`);
const ids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];

/** An episode with a baseline, then one follow-up per entry (measures and next review date), in that order. */
function episode(
  baseline: MeasureResponse[],
  visits: Array<{ day: string; measures: MeasureResponse[]; nextReviewDate?: string }>,
  overrides: Partial<Session> = {},
): Session {
  let session = sampleSession({
    createdAt: '2026-01-05T09:00:00.000Z',
    answers: { ...answersWithPlan({ ...BOTH, reviewDate: '2026-02-02' }), baseline: { date: baseline.length ? '2026-01-05' : '', measures: baseline } },
    ...overrides,
  });
  visits.forEach((visit, index) => {
    session = newFollowUp(session, ids[index]!, at(visit.day));
    session = applyFollowUp(session, ids[index]!, followUpAnswers({ date: visit.day, measures: visit.measures, nextReviewDate: visit.nextReviewDate ?? '' }), at(visit.day, '09:30'))!;
  });
  return session;
}

describe('the trajectory of an episode, on the published rules', () => {
  // PHQ-9 18 → 14 → 8: a 56% fall is response (≥ 50%), but 8 is not remission (< 5).
  const depression = episode([phq9(18)], [
    { day: '2026-02-02', measures: [phq9(14)] },
    { day: '2026-03-02', measures: [phq9(8)] },
  ]);

  it('PHQ-9 18 → 14 → 8: baseline, then each visit, oldest first', () => {
    expect(episodeTotals(depression, 'phq9')).toEqual([
      { date: '2026-01-05', total: 18 },
      { date: '2026-02-02', total: 14 },
      { date: '2026-03-02', total: 8 },
    ]);
    expect(episodeTrajectory(depression, 'phq9').points.map((point) => point.total)).toEqual([18, 14, 8]);
  });

  it('at 14 (a 4-point, 22% fall): no response, no reliable change (PHQ-9 needs 6 points)', () => {
    const first = episodeTrajectory({ ...depression, followUps: depression.followUps.slice(0, 1) }, 'phq9').change!;
    expect(first).toMatchObject({ baseline: 18, latest: 14, response: false, remission: false, reliableChange: 'none', verdict: 'noReliableChange' });
  });

  it('at 8 (a 10-point, 56% fall): response, reliable improvement, and not remission', () => {
    const change = episodeTrajectory(depression, 'phq9').change!;
    expect(change).toMatchObject({ baseline: 18, latest: 8, percentFall: 56, direction: 'better', response: true, remission: false, reliableChange: 'improvement' });
    expect(change.verdict).toBe('response');
  });

  it('remission is below 5: 5 is not remission, 4 is', () => {
    const atFive = episode([phq9(18)], [{ day: '2026-02-02', measures: [phq9(5)] }]);
    const atFour = episode([phq9(18)], [{ day: '2026-02-02', measures: [phq9(4)] }]);
    expect(episodeTrajectory(atFive, 'phq9').change).toMatchObject({ remission: false, verdict: 'response' });
    expect(episodeTrajectory(atFour, 'phq9').change).toMatchObject({ remission: true, verdict: 'remission' });
  });

  it('GAD-7 15 → 7: response and reliable improvement (4 points), not remission', () => {
    const anxiety = episode([gad7(15)], [{ day: '2026-02-02', measures: [gad7(7)] }], { conditionId: 'anxiety' });
    expect(episodeTrajectory(anxiety, 'gad7').change).toMatchObject({ response: true, remission: false, reliableChange: 'improvement', verdict: 'response' });
  });

  it('a visit without a complete questionnaire is no point on the line (no prorating)', () => {
    const incomplete: MeasureResponse = { instrument: 'phq9', answers: { ...phq9(12).answers, 'phq9.1': null }, workNotApplicable: false };
    expect(totalIn([incomplete], 'phq9')).toBeNull();
    const session = episode([phq9(18)], [{ day: '2026-02-02', measures: [incomplete] }, { day: '2026-03-02', measures: [phq9(9)] }]);
    const line = episodeTrajectory(session, 'phq9');
    expect(line.points.map((point) => point.total)).toEqual([18, 9]);
    expect(line.skipped).toBe(1);
  });

  it('without baseline measures the baseline point is missing and the first follow-up total is the baseline', () => {
    const session = episode([], [{ day: '2026-02-02', measures: [phq9(16)] }, { day: '2026-03-02', measures: [phq9(7)] }]);
    expect(episodeTotals(session, 'phq9')[0]).toEqual({ date: '2026-01-05', total: null });
    expect(episodeTrajectory(session, 'phq9').change).toMatchObject({ baseline: 16, latest: 7, response: true });
  });
});

describe('the last score Home shows', () => {
  it('is the newest total of the condition\'s own measure, with its direction against the one before', () => {
    const depression = episode([phq9(18)], [{ day: '2026-02-02', measures: [phq9(14), gad7(3)] }, { day: '2026-03-02', measures: [phq9(8)] }]);
    expect(lastScore(depression)).toEqual({ instrument: 'phq9', total: 8, date: '2026-03-02', direction: 'better' });
  });

  it('worse, the same, and no direction with one total', () => {
    expect(lastScore(episode([phq9(8)], [{ day: '2026-02-02', measures: [phq9(12)] }]))?.direction).toBe('worse');
    expect(lastScore(episode([phq9(8)], [{ day: '2026-02-02', measures: [phq9(8)] }]))?.direction).toBe('same');
    expect(lastScore(episode([phq9(8)], []))).toEqual({ instrument: 'phq9', total: 8, date: '2026-01-05', direction: null });
  });

  it('anxiety and OCD show GAD-7 first; without any GAD-7 the PHQ-9; without either, nothing', () => {
    expect(primaryInstrument('anxiety')).toBe('gad7');
    expect(primaryInstrument('ocd')).toBe('gad7');
    expect(primaryInstrument('psychosis')).toBe('phq9');
    const anxiety = episode([gad7(12), phq9(10)], [{ day: '2026-02-02', measures: [gad7(9), phq9(11)] }], { conditionId: 'anxiety' });
    expect(lastScore(anxiety)).toMatchObject({ instrument: 'gad7', total: 9, direction: 'better' });
    const onlyPhq = episode([phq9(10)], [], { conditionId: 'anxiety' });
    expect(lastScore(onlyPhq)).toMatchObject({ instrument: 'phq9', total: 10 });
    expect(lastScore(episode([], [{ day: '2026-02-02', measures: [] }]))).toBeNull();
  });
});

describe('the PHQ-9 safety item', () => {
  it('item 9 above 0 asks for a safety check, even in an incomplete questionnaire; 0 or blank does not', () => {
    expect(asksForSafetyCheck([phq9(10, 1)])).toBe(true);
    expect(asksForSafetyCheck([phq9(10, 0)])).toBe(false);
    expect(asksForSafetyCheck([{ instrument: 'phq9', answers: { 'phq9.9': 2 }, workNotApplicable: false }])).toBe(true);
    expect(asksForSafetyCheck([{ instrument: 'phq9', answers: { 'phq9.9': null }, workNotApplicable: false }])).toBe(false);
    expect(asksForSafetyCheck([gad7(21)])).toBe(false);
    expect(asksForSafetyCheck([])).toBe(false);
  });
});

describe('when the next review is due', () => {
  it('the newest follow-up that set a date wins; otherwise the plan\'s', () => {
    expect(nextReviewDate(episode([], []))).toBe('2026-02-02');
    const two = episode([], [
      { day: '2026-02-02', measures: [], nextReviewDate: '2026-03-02' },
      { day: '2026-03-02', measures: [] },
    ]);
    expect(nextReviewDate(two)).toBe('2026-03-02');
    const three = episode([], [
      { day: '2026-02-02', measures: [], nextReviewDate: '2026-03-02' },
      { day: '2026-03-02', measures: [], nextReviewDate: '2026-04-13' },
    ]);
    expect(nextReviewDate(three)).toBe('2026-04-13');
  });

  it.each<[string, DueState]>([
    ['2026-02-28', 'overdue'],
    ['2025-12-31', 'overdue'],
    ['2026-03-01', 'due-soon'],
    ['2026-03-02', 'due-soon'],
    ['2026-03-08', 'due-soon'],
    ['2026-03-09', 'later'],
    ['2027-03-01', 'later'],
    ['', 'none'],
    ['next week', 'none'],
    ['2026-3-8', 'none'],
  ])('today 2026-03-01, review %s: %s', (review, state) => {
    expect(dueState(review, '2026-03-01')).toBe(state);
  });

  it('the 7-day edge holds across month, year and leap-day boundaries', () => {
    expect(DUE_WINDOW_DAYS).toBe(7);
    expect(dueState('2027-01-07', '2026-12-31')).toBe('due-soon');
    expect(dueState('2027-01-08', '2026-12-31')).toBe('later');
    expect(dueState('2028-03-07', '2028-02-29')).toBe('due-soon');
    expect(dueState('2028-03-08', '2028-02-29')).toBe('later');
    expect(dueState('2028-02-28', '2028-02-29')).toBe('overdue');
    // Daylight saving never shifts a day: every date is a UTC calendar day.
    expect(daysBetween('2026-03-01', '2026-03-08')).toBe(7);
    expect(daysBetween('2026-10-25', '2026-11-01')).toBe(7);
  });

  it('property: for any day within two years either side, the state follows the days to the review', () => {
    const random = seededRandom(2026);
    const DAY = 86_400_000;
    for (let run = 0; run < 2000; run += 1) {
      const today = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 3 * 365) * DAY);
      const offset = Math.floor(random() * 1461) - 730;
      const review = new Date(today.getTime() + offset * DAY);
      const expected: DueState = offset < 0 ? 'overdue' : offset <= 7 ? 'due-soon' : 'later';
      expect(dueState(review.toISOString().slice(0, 10), today.toISOString().slice(0, 10)), `${offset} days`).toBe(expected);
    }
  });
});

describe('plan versions', () => {
  const agreedOn = (session: Session, day: string, plan: Partial<Session['answers']['plan']> = {}) =>
    applyAnswers(session, answersWithPlan({ ...BOTH, ...plan }, session.answers), at(day));

  it('the first agreement is version 1, at the first visit', () => {
    const agreed = agreedOn(sampleSession(), '2026-01-05', { goals: ['Walk daily'] });
    expect(agreed.planVersions).toEqual([{ version: 1, agreedAt: at('2026-01-05').toISOString(), followUpId: null, plan: planContent(agreed.answers.plan) }]);
    expect(currentPlanVersion(agreed)).toEqual(agreed.planVersions[0]);
    expect(currentPlanVersion(sampleSession())).toBeNull();
  });

  it('the same content confirmed again keeps its version and its date, after a withdrawal too', () => {
    const agreed = agreedOn(sampleSession(), '2026-01-05', { goals: ['Walk daily'] });
    const withdrawn = applyAnswers(agreed, answersWithPlan({ ...agreed.answers.plan, patientConfirmed: false }, agreed.answers), at('2026-02-02'));
    expect(withdrawn.answers.plan.agreedAt).toBeNull();
    const again = applyAnswers(withdrawn, answersWithPlan({ ...agreed.answers.plan, patientConfirmed: true }, withdrawn.answers), at('2026-02-03'));
    expect(again.planVersions).toEqual(agreed.planVersions);
    expect(again.answers.plan.agreedAt).toBe(at('2026-01-05').toISOString());
  });

  it('new content confirmed at a follow-up is version n+1, with that follow-up\'s id; the versions before stay', () => {
    const agreed = agreedOn(sampleSession(), '2026-01-05', { goals: ['Walk daily'] });
    const withVisit = newFollowUp(agreed, ids[0]!, at('2026-02-02'));
    // The renderer withdraws both confirmations when the content changes; both confirm the new plan.
    const changing = applyAnswers(withVisit, answersWithPlan({ ...agreed.answers.plan, goals: ['Walk daily', 'Back to work'], patientConfirmed: false, clinicianConfirmed: false }, agreed.answers), at('2026-02-02', '09:10'));
    expect(changing.planVersions).toEqual(agreed.planVersions);
    const changed = applyAnswers(changing, answersWithPlan({ ...changing.answers.plan, ...BOTH }, changing.answers), at('2026-02-02', '09:20'));
    expect(changed.planVersions).toHaveLength(2);
    expect(changed.planVersions[0]).toEqual(agreed.planVersions[0]);
    expect(changed.planVersions[1]).toEqual({
      version: 2,
      agreedAt: at('2026-02-02', '09:20').toISOString(),
      followUpId: ids[0],
      plan: planContent(changed.answers.plan),
    });
    expect(changed.answers.plan.agreedAt).toBe(changed.planVersions[1]!.agreedAt);
  });

  it('the order of keys is not a change of content', () => {
    const agreed = agreedOn(sampleSession(), '2026-01-05', { goals: ['Walk daily'] });
    const reordered = Object.fromEntries(Object.entries(agreed.answers.plan).reverse()) as Session['answers']['plan'];
    expect(recordPlanVersions(agreed, reordered, at('2026-02-02')).planVersions).toBe(agreed.planVersions);
  });

  it('property: over any sequence of saves, versions are only ever added, numbered 1..n, each new content, never changed', () => {
    const random = seededRandom(11);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const goals = [['Walk daily'], ['Walk daily', 'Back to work'], ['Sleep by 11'], []];
    const options = ['therapy', 'medication', 'combined', null] as const;
    for (let run = 0; run < 200; run += 1) {
      let session = sampleSession();
      let clock = at('2026-01-05').getTime();
      for (let step = 0; step < 25; step += 1) {
        clock += 3_600_000;
        const before = session.planVersions;
        if (random() < 0.15 && session.followUps.length < 3) {
          session = newFollowUp(session, ids[session.followUps.length]!, new Date(clock));
        } else {
          const plan = {
            ...session.answers.plan,
            agreedOption: pick(options),
            goals: pick(goals),
            patientConfirmed: random() < 0.7,
            clinicianConfirmed: random() < 0.7,
          };
          session = applyAnswers(session, answersWithPlan(plan, session.answers), new Date(clock));
        }
        const after = session.planVersions;
        expect(after.slice(0, before.length)).toEqual(before);
        expect(after.length - before.length).toBeLessThanOrEqual(1);
        expect(after.map((version) => version.version)).toEqual(after.map((_version, index) => index + 1));
        for (let index = 1; index < after.length; index += 1) {
          expect(after[index]!.agreedAt > after[index - 1]!.agreedAt).toBe(true);
          expect(JSON.stringify(after[index]!.plan)).not.toBe(JSON.stringify(after[index - 1]!.plan));
        }
        const plan = session.answers.plan;
        const agreed = plan.agreedOption !== null && plan.patientConfirmed && plan.clinicianConfirmed;
        if (agreed) {
          expect(plan.agreedAt).toBe(after.at(-1)!.agreedAt);
          expect(after.at(-1)!.plan).toEqual(planContent(plan));
        } else expect(plan.agreedAt).toBeNull();
      }
    }
  });
});
