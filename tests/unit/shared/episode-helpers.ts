import type { FollowUpAnswers } from '../../../src/shared/follow-up';
import type { MeasureResponse } from '../../../src/shared/measures';
import { answersTotalling } from '../measures-helpers';

/** A complete PHQ-9 adding up to `total`, with item 9 as given (0 unless the test is about the safety prompt). */
export function phq9(total: number, item9 = 0): MeasureResponse {
  const answers = answersTotalling('phq9', total - item9);
  return { instrument: 'phq9', answers: { ...answers, 'phq9.9': item9 + (answers['phq9.9'] ?? 0) }, workNotApplicable: false };
}

export function gad7(total: number): MeasureResponse {
  return { instrument: 'gad7', answers: answersTotalling('gad7', total), workNotApplicable: false };
}

/** What the follow-up page saves, with every field set; `change` adjusts it. */
export function followUpAnswers(change: Partial<FollowUpAnswers> = {}): FollowUpAnswers {
  return {
    date: '2026-03-02',
    clinicianName: 'Dr. Rivera',
    measures: [],
    adherence: { dosesMissedLast7Days: null, therapySessionsPlanned: null, therapySessionsAttended: null },
    goalProgress: [],
    patientWords: '',
    safetyCheck: { promptedAt: null, clinicianNote: '', safetyPlanReviewed: false },
    review: { decision: null, reason: '', relapsePlanInPlace: null },
    nextReviewDate: '',
    currentPart: 'measures',
    ...change,
  };
}
