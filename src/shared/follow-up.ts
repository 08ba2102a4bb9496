import { z } from 'zod';
import { measureResponseSchema } from './measures/response';

/**
 * Care over time: one care episode (the session document) holds the first visit (the decision, in `answers`) and
 * every follow-up visit after it. A follow-up measures how the person is doing, then reopens the decision.
 * Every field defaults, so a visit saved by an earlier version of this schema still parses.
 */

const text = (max: number) => z.string().max(max);
const shortText = text(200);
const longText = text(4000);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const optionalIsoDay = z.union([z.literal(''), isoDay]);

/** At most one response per instrument per visit; the scorer decides whether each value is allowed. */
export const visitMeasuresSchema = z
  .array(measureResponseSchema)
  .max(8)
  .refine((responses) => new Set(responses.map((response) => response.instrument)).size === responses.length, {
    message: 'One response per measure',
  });
export type VisitMeasures = z.infer<typeof visitMeasuresSchema>;

/** Measures taken at the first visit, before the plan starts. Optional: a baseline may also be the first follow-up. */
export const baselineSchema = z.object({
  /** The day the measures were taken ('' until one is). */
  date: optionalIsoDay.default(''),
  measures: visitMeasuresSchema.default([]),
});
export type Baseline = z.infer<typeof baselineSchema>;

export function emptyBaseline(): Baseline {
  return { date: '', measures: [] };
}

/** Taking the medicine and going to therapy, in the person's own count; null = not asked or not part of the plan. */
export const adherenceSchema = z.object({
  /** Doses of the medicine missed in the last 7 days. */
  dosesMissedLast7Days: z.number().int().min(0).max(99).nullable().default(null),
  therapySessionsPlanned: z.number().int().min(0).max(200).nullable().default(null),
  therapySessionsAttended: z.number().int().min(0).max(200).nullable().default(null),
});
export type Adherence = z.infer<typeof adherenceSchema>;

/** Progress on one of the plan's own goals, 0 (not at all) to 10 (fully there); null = not rated. */
export const goalProgressSchema = z.object({
  goal: shortText,
  rating: z.number().int().min(0).max(10).nullable(),
});
export type GoalProgress = z.infer<typeof goalProgressSchema>;

/**
 * PHQ-9 item 9 above 0 asks the clinician to assess safety now. Duet records that it asked and what the clinician
 * wrote; it never turns the answer into a risk score or a label.
 */
export const safetyCheckSchema = z.object({
  /** Set by main the first time the visit is saved with PHQ-9 item 9 above 0; never cleared. */
  promptedAt: z.string().nullable().default(null),
  /** What the clinician did and found, in their words. */
  clinicianNote: longText.default(''),
  safetyPlanReviewed: z.boolean().default(false),
});
export type SafetyCheck = z.infer<typeof safetyCheckSchema>;

/** What the people in the room decide at a follow-up. A change other than "keep going" leads to a new plan version. */
export const REVIEW_DECISIONS = ['keep', 'adjust-dose', 'add-therapy', 'add-medicine', 'switch', 'step-down', 'taper'] as const;
export const reviewDecisionSchema = z.enum(REVIEW_DECISIONS);
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export const reviewSchema = z.object({
  decision: reviewDecisionSchema.nullable().default(null),
  /** Why, in plain words; printed on the follow-up summary. */
  reason: longText.default(''),
  /** Taper only: is the relapse-prevention plan in place? (Tapering without one raises the chance of relapse.) */
  relapsePlanInPlace: z.enum(['yes', 'no']).nullable().default(null),
});
export type Review = z.infer<typeof reviewSchema>;

export const FOLLOW_UP_PARTS = ['measures', 'adherence', 'goals', 'review'] as const;
export const followUpPartSchema = z.enum(FOLLOW_UP_PARTS);
export type FollowUpPart = z.infer<typeof followUpPartSchema>;

/** What the page sends when it saves a follow-up visit (main keeps ids, times and the safety prompt's time). */
export const followUpAnswersSchema = z.object({
  /** The day of the visit. */
  date: isoDay,
  clinicianName: shortText.default(''),
  measures: visitMeasuresSchema.default([]),
  adherence: adherenceSchema.default(() => ({ dosesMissedLast7Days: null, therapySessionsPlanned: null, therapySessionsAttended: null })),
  goalProgress: z.array(goalProgressSchema).max(10).default([]),
  /** How the person says they are doing, in their own words. */
  patientWords: longText.default(''),
  safetyCheck: safetyCheckSchema.default(() => ({ promptedAt: null, clinicianNote: '', safetyPlanReviewed: false })),
  review: reviewSchema.default(() => ({ decision: null, reason: '', relapsePlanInPlace: null })),
  /** When the next review is due ('' = not set yet). */
  nextReviewDate: optionalIsoDay.default(''),
  /** The part of the follow-up screen last shown, to reopen where the people left off. */
  currentPart: followUpPartSchema.default('measures'),
});
export type FollowUpAnswers = z.infer<typeof followUpAnswersSchema>;

export const followUpVisitSchema = followUpAnswersSchema.extend({
  id: z.string().uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FollowUpVisit = z.infer<typeof followUpVisitSchema>;
