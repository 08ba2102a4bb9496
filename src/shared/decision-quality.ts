import { z } from 'zod';
import { optionKindSchema } from './content/ids';

/**
 * What the decision-quality checks store in a session's answers. Every field has a default so that
 * session files saved before these checks existed still parse (they get "not asked yet").
 */

/** SURE test items (Légaré et al. 2010), in the published order: Sure of myself, Understand, Risk–benefit, Encouragement. */
export const SURE_ITEMS = ['sure', 'understand', 'riskBenefit', 'encouragement'] as const;
export type SureItem = (typeof SURE_ITEMS)[number];

/** One answer per item: true = yes, false = no, null = not answered yet. */
export const sureAnswersSchema = z.object({
  sure: z.boolean().nullable().default(null),
  understand: z.boolean().nullable().default(null),
  riskBenefit: z.boolean().nullable().default(null),
  encouragement: z.boolean().nullable().default(null),
});
export type SureAnswers = z.infer<typeof sureAnswersSchema>;

/** The SURE test is asked twice: at the end of the Condition step, and on the Plan step before agreeing. */
export const SURE_MOMENTS = ['beforeOptions', 'beforeAgreement'] as const;
export type SureMoment = (typeof SURE_MOMENTS)[number];

export const sureRecordSchema = z.object({
  beforeOptions: sureAnswersSchema.nullable().default(null),
  beforeAgreement: sureAnswersSchema.nullable().default(null),
});
export type SureRecord = z.infer<typeof sureRecordSchema>;

/** Teach-back before the plan is agreed: which options the patient said back in their own words. */
export const teachBackSchema = z.object({
  saidBack: z.array(optionKindSchema).max(4).default([]),
  /** The clinician's overall judgement: the patient could say the main points back. */
  patientCouldSayBack: z.boolean().default(false),
});
export type TeachBack = z.infer<typeof teachBackSchema>;

/** CollaboRATE (Barr, Elwyn et al. 2014), 5-point version: 0 = no effort was made … 4 = every effort was made. */
export const COLLABORATE_ITEMS = ['understand', 'listen', 'include'] as const;
export type CollaborateItem = (typeof COLLABORATE_ITEMS)[number];
const effortSchema = z.number().int().min(0).max(4).nullable().default(null);
export const collaborateAnswersSchema = z.object({
  understand: effortSchema,
  listen: effortSchema,
  include: effortSchema,
});
export type CollaborateAnswers = z.infer<typeof collaborateAnswersSchema>;

/** 'prepare': the patient goes through the first steps alone before the clinician joins. */
export const SESSION_MODES = ['visit', 'prepare'] as const;
export const sessionModeSchema = z.enum(SESSION_MODES);
export type SessionMode = z.infer<typeof sessionModeSchema>;

export function emptySureRecord(): SureRecord {
  return { beforeOptions: null, beforeAgreement: null };
}

export function emptySureAnswers(): SureAnswers {
  return { sure: null, understand: null, riskBenefit: null, encouragement: null };
}

export function emptyTeachBack(): TeachBack {
  return { saidBack: [], patientCouldSayBack: false };
}

export function emptyCollaborate(): CollaborateAnswers {
  return { understand: null, listen: null, include: null };
}
