import { applyAnswers } from '../../src/shared/domain/answers';
import { applyFollowUp, newFollowUp } from '../../src/shared/domain/follow-up-visits';
import type { FollowUpAnswers, VisitMeasures } from '../../src/shared/follow-up';
import type { Locale } from '../../src/shared/locale';
import { emptyAnswers, type Answers, type Session } from '../../src/shared/session';

/**
 * Care episodes built with the same pure rules main applies (applyAnswers, newFollowUp, applyFollowUp), for tests
 * of what shows an episode. Measure answers are spread over the items so the published scorer gives the total.
 */

/** PHQ-9 answers adding up to `total`, item 9 (thoughts of self-harm) left at 0 unless `item9` says otherwise. */
export function phq9Answers(total: number, item9 = 0): Record<string, number> {
  let left = total - item9;
  if (left < 0 || left > 24) throw new Error(`A PHQ-9 total of ${total} with item 9 at ${item9} is not possible`);
  const answers: Record<string, number> = {};
  for (let item = 1; item <= 8; item++) {
    const value = Math.min(3, left);
    answers[`phq9.${item}`] = value;
    left -= value;
  }
  answers['phq9.9'] = item9;
  return answers;
}

/** GAD-7 answers adding up to `total`. */
export function gad7Answers(total: number): Record<string, number> {
  let left = total;
  if (left < 0 || left > 21) throw new Error(`A GAD-7 total of ${total} is not possible`);
  const answers: Record<string, number> = {};
  for (let item = 1; item <= 7; item++) {
    const value = Math.min(3, left);
    answers[`gad7.${item}`] = value;
    left -= value;
  }
  return answers;
}

/** WSAS answers (five items, 0–8) adding up to `total`, the work item rated. */
export function wsasAnswers(total: number): Record<string, number> {
  let left = total;
  if (left < 0 || left > 40) throw new Error(`A WSAS total of ${total} is not possible`);
  const answers: Record<string, number> = {};
  for (let item = 1; item <= 5; item++) {
    const value = Math.min(8, left);
    answers[`wsas.${item}`] = value;
    left -= value;
  }
  return answers;
}

export function measures(totals: { phq9?: number; gad7?: number; wsas?: number; fibser?: [number, number, number] }): VisitMeasures {
  const list: VisitMeasures = [];
  if (totals.phq9 !== undefined) list.push({ instrument: 'phq9', answers: phq9Answers(totals.phq9), workNotApplicable: false });
  if (totals.gad7 !== undefined) list.push({ instrument: 'gad7', answers: gad7Answers(totals.gad7), workNotApplicable: false });
  if (totals.wsas !== undefined) list.push({ instrument: 'wsas', answers: wsasAnswers(totals.wsas), workNotApplicable: false });
  if (totals.fibser) {
    const [frequency, intensity, burden] = totals.fibser;
    list.push({
      instrument: 'fibser',
      answers: { 'fibser.frequency': frequency, 'fibser.intensity': intensity, 'fibser.burden': burden },
      workNotApplicable: false,
    });
  }
  return list;
}

/** An agreed plan (combined care, two goals, a review date), as the Plan step saves it once both confirm. */
export function agreedPlanAnswers(baseline: { date: string; measures: VisitMeasures }): Answers {
  const answers = emptyAnswers();
  return {
    ...answers,
    currentStep: 'plan',
    furthestStep: 'plan',
    baseline,
    plan: {
      ...answers.plan,
      agreedOption: 'combined',
      modalityIds: ['cbt', 'ssri'],
      goals: ['Sleep through most nights', 'Walk with my sister twice a week'],
      reviewDate: '2031-02-01',
      crisisContacts: 'Sister: 555-0188',
      patientConfirmed: true,
      clinicianConfirmed: true,
    },
  };
}

export function followUpAnswers(date: string, visitMeasures: VisitMeasures, extra: Partial<FollowUpAnswers> = {}): FollowUpAnswers {
  return {
    date,
    clinicianName: 'Dr. Rivera',
    measures: visitMeasures,
    adherence: { dosesMissedLast7Days: null, therapySessionsPlanned: null, therapySessionsAttended: null },
    goalProgress: [],
    patientWords: '',
    safetyCheck: { promptedAt: null, clinicianNote: '', safetyPlanReviewed: false },
    review: { decision: null, reason: '', relapsePlanInPlace: null },
    nextReviewDate: '',
    currentPart: 'review',
    ...extra,
  };
}

export interface EpisodeSpec {
  language?: Locale;
  /** Baseline measures at the first visit (the plan is agreed then: version 1). */
  baseline: { date: string; measures: VisitMeasures };
  followUps: Array<{
    answers: FollowUpAnswers;
    /** A changed plan both agree at this visit: a new plan version. */
    changePlan?: (plan: Answers['plan']) => Answers['plan'];
    /** When the plan change is agreed (ISO time). */
    agreedAt?: string;
  }>;
}

let ids = 0;
const nextId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

/** An episode: an agreed first visit with its baseline, then each follow-up saved, and any plan change agreed. */
export function episode(spec: EpisodeSpec): Session {
  const created = new Date(`${spec.baseline.date}T15:00:00Z`);
  const answers = emptyAnswers();
  let session: Session = {
    id: nextId(),
    clinicianName: 'Dr. Rivera',
    patientLabel: 'J.D.',
    conditionId: 'depression',
    language: spec.language ?? 'en',
    decisionRole: 'shared',
    createdAt: created.toISOString(),
    updatedAt: created.toISOString(),
    answers,
    followUps: [],
    planVersions: [],
  };
  session = applyAnswers(session, agreedPlanAnswers(spec.baseline), new Date(`${spec.baseline.date}T16:00:00Z`));
  for (const followUp of spec.followUps) {
    const at = new Date(`${followUp.answers.date}T15:00:00Z`);
    const visitId = nextId();
    session = newFollowUp(session, visitId, at);
    session = applyFollowUp(session, visitId, followUp.answers, at)!;
    if (followUp.changePlan) {
      const plan = followUp.changePlan(session.answers.plan);
      session = applyAnswers(session, { ...session.answers, plan }, new Date(followUp.agreedAt ?? `${followUp.answers.date}T16:00:00Z`));
    }
  }
  return session;
}
