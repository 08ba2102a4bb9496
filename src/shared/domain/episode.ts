import type { ConditionId } from '../content/schema';
import type { VisitMeasures } from '../follow-up';
import type { InstrumentId } from '../measures';
import type { LastScore, Plan, PlanContent, PlanVersion, Session } from '../session';
import { scoreMeasure, trajectory, type Trajectory, type VisitTotal } from './measures';

/**
 * Care over time, as pure rules over one episode (a session and its follow-up visits): which totals make its
 * trajectory, when the next review is due, which plan versions were agreed.
 */

/** The day part of an ISO date-time (or an ISO day unchanged). */
export function dayOf(isoDateOrTime: string): string {
  return isoDateOrTime.slice(0, 10);
}

/** The total of `instrument` in a visit's measures; null when it was not taken, is incomplete or is not a sum. */
export function totalIn(measures: VisitMeasures, instrument: InstrumentId): number | null {
  const response = measures.find((candidate) => candidate.instrument === instrument);
  if (!response) return null;
  const score = scoreMeasure(response);
  return score.kind === 'total' ? score.total : null;
}

/** True when any questionnaire of the visit asks the clinician to assess safety now (PHQ-9 item 9 above 0). */
export function asksForSafetyCheck(measures: VisitMeasures): boolean {
  return measures.some((response) => {
    const score = scoreMeasure(response);
    return (score.kind === 'total' || score.kind === 'incomplete') && score.safetyPrompt;
  });
}

/** Every visit's total of `instrument`, baseline first (dated the day it was taken, or the day the episode began). */
export function episodeTotals(session: Pick<Session, 'createdAt' | 'answers' | 'followUps'>, instrument: InstrumentId): VisitTotal[] {
  const baseline = session.answers.baseline;
  const first: VisitTotal = { date: baseline.date || dayOf(session.createdAt), total: totalIn(baseline.measures, instrument) };
  return [first, ...session.followUps.map((visit) => ({ date: visit.date, total: totalIn(visit.measures, instrument) }))];
}

export function episodeTrajectory(session: Pick<Session, 'createdAt' | 'answers' | 'followUps'>, instrument: InstrumentId): Trajectory {
  return trajectory(instrument, episodeTotals(session, instrument));
}

/** The symptom measure Home shows first for a condition: anxiety-type conditions GAD-7, every other PHQ-9. */
export function primaryInstrument(condition: ConditionId): InstrumentId {
  return condition === 'anxiety' || condition === 'ocd' ? 'gad7' : 'phq9';
}

/**
 * The newest symptom total of the episode: the condition's primary measure if it has any total, else the other
 * symptom measure; with its direction against the total before it.
 */
export function lastScore(session: Pick<Session, 'createdAt' | 'conditionId' | 'answers' | 'followUps'>): LastScore | null {
  const primary = primaryInstrument(session.conditionId);
  const order: InstrumentId[] = [primary, primary === 'phq9' ? 'gad7' : 'phq9'];
  for (const instrument of order) {
    const points = episodeTrajectory(session, instrument).points;
    const latest = points.at(-1);
    if (!latest) continue;
    const before = points.at(-2);
    const direction = before === undefined ? null : latest.total < before.total ? 'better' : latest.total > before.total ? 'worse' : 'same';
    return { instrument, total: latest.total, date: dayOf(latest.date), direction };
  }
  return null;
}

/** The newest follow-up's next review date if it set one, else the plan's review date ('' when neither is set). */
export function nextReviewDate(session: Pick<Session, 'answers' | 'followUps'>): string {
  for (let index = session.followUps.length - 1; index >= 0; index -= 1) {
    const date = session.followUps[index]?.nextReviewDate;
    if (date) return date;
  }
  return session.answers.plan.reviewDate;
}

export type DueState = 'overdue' | 'due-soon' | 'later' | 'none';

/** How many days ahead of a review date Home lists an episode as due. */
export const DUE_WINDOW_DAYS = 7;

/** Whole days from `fromDay` to `toDay` (ISO days, UTC calendar). */
export function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 86_400_000);
}

/** Due when the review date has passed ('overdue') or falls within the next 7 days ('due-soon'), today included. */
export function dueState(reviewDate: string, today: string): DueState {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewDate)) return 'none';
  const days = daysBetween(today, reviewDate);
  if (Number.isNaN(days)) return 'none';
  if (days < 0) return 'overdue';
  return days <= DUE_WINDOW_DAYS ? 'due-soon' : 'later';
}

export function planContent(plan: Plan): PlanContent {
  const { patientConfirmed: _patient, clinicianConfirmed: _clinician, agreedAt: _agreedAt, ...content } = plan;
  return content;
}

function sameContent(a: PlanContent, b: PlanContent): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Key order must not make two equal plans differ. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

function isAgreed(plan: Plan): boolean {
  return plan.agreedOption !== null && plan.patientConfirmed && plan.clinicianConfirmed;
}

/**
 * The plan's agreed time and the version list after a save of `next`. An agreed plan whose content equals the
 * newest version keeps that version's time; an agreed plan with new content is a new version, agreed now, at the
 * newest follow-up (or the first visit when there is none). A plan not agreed has no agreed time; versions stay.
 */
export function recordPlanVersions(
  session: Pick<Session, 'planVersions' | 'followUps'>,
  next: Plan,
  now: Date,
): { agreedAt: string | null; planVersions: PlanVersion[] } {
  if (!isAgreed(next)) return { agreedAt: null, planVersions: session.planVersions };
  const content = planContent(next);
  const newest = session.planVersions.at(-1);
  if (newest && sameContent(newest.plan, content)) return { agreedAt: newest.agreedAt, planVersions: session.planVersions };
  const agreedAt = now.toISOString();
  const version: PlanVersion = {
    version: (newest?.version ?? 0) + 1,
    agreedAt,
    followUpId: session.followUps.at(-1)?.id ?? null,
    plan: content,
  };
  return { agreedAt, planVersions: [...session.planVersions, version] };
}

/** The plan version in force: the newest one (null before the first agreement). */
export function currentPlanVersion(session: Pick<Session, 'planVersions'>): PlanVersion | null {
  return session.planVersions.at(-1) ?? null;
}
