import { z } from 'zod';

// The content's fixed vocabularies (condition ids, option kinds, certainty levels, caution kinds, personal factors):
// small enums the session and the screens use at run time. The content's own schemas (schema.ts) build on them and
// re-export them; keeping them apart lets the renderer use these without building every content schema at start
// (issue 14: the content is validated at build time, never in the app).

export const CONDITION_IDS = [
  'depression',
  'anxiety',
  'adhd',
  'ocd',
  'psychosis',
  'bpd',
  'eating-disorders',
] as const;
export const conditionIdSchema = z.enum(CONDITION_IDS);
export type ConditionId = z.infer<typeof conditionIdSchema>;

/** The four kinds of choice Duet puts side by side. "waiting" = watchful waiting / not now. */
export const OPTION_KINDS = ['therapy', 'medication', 'combined', 'waiting'] as const;
export const optionKindSchema = z.enum(OPTION_KINDS);
export type OptionKind = z.infer<typeof optionKindSchema>;

/** GRADE-style certainty of the evidence behind a figure. */
export const CERTAINTY_LEVELS = ['high', 'moderate', 'low', 'very-low'] as const;
export const certaintySchema = z.enum(CERTAINTY_LEVELS);
export type Certainty = z.infer<typeof certaintySchema>;

export const CAUTION_KINDS = ['not-needed', 'thin-evidence', 'medication-first', 'medicine-safety', 'red-flag'] as const;

/**
 * Facts about the person, recorded (optionally) in the "About you" panel, that make a caution apply to them.
 * A caution tagged with one of these comes first, marked "This applies to you"; nothing is ever hidden.
 */
export const PERSONAL_FACTORS = [
  'under-18',
  'under-25',
  'older-adult',
  'pregnancy',
  'bipolar',
  'substance-use',
  'suicidal-thoughts',
  'seizures',
  'heart',
  'liver-kidney',
  'other-medicines',
] as const;
export const personalFactorSchema = z.enum(PERSONAL_FACTORS);
export type PersonalFactor = z.infer<typeof personalFactorSchema>;
