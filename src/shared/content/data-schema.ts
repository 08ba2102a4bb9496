import { z } from 'zod';
import { localizedSchema } from '../locale';
import {
  aboutSchema,
  cautionSchema,
  evidenceInWordsSchema,
  conditionIdSchema,
  considerationSchema,
  modalitySchema,
  mythSchema,
  optionKindSchema,
  optionSchema,
  outcomeSchema,
  sourceSchema,
} from './schema';

/**
 * The shape of the files in src/shared/content/data/, the source of truth for clinical content. They differ from
 * the app's Content types in two ways only, both to make review easier: a modality is written once and options
 * name it by id, and each outcome result is entered as its published inputs (the per-100 is computed at build by
 * computeOutcomeFigures in src/shared/domain/evidence.ts, never typed by hand).
 */

const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

const observedFigureSchema = z.strictObject({
  from: z.literal('observed'),
  percent: z.number().min(0).max(100),
  sourceId: idSchema,
});

const ratioFigureSchema = z.strictObject({
  from: z.literal('ratio'),
  baseline: optionKindSchema,
  measure: z.enum(['RR', 'OR']),
  publishedValue: z.number().positive(),
  appliedAs: z.enum(['as-published', 'reciprocal']),
  framing: z.enum(['direct', 'complement']).optional(),
  sourceId: idSchema,
  crossCheck: z
    .strictObject({ baseline: optionKindSchema, publishedValue: z.number().positive(), sourceId: idSchema })
    .optional(),
});

const smdFigureSchema = z.strictObject({
  from: z.literal('smd'),
  reference: optionKindSchema,
  publishedValue: z.number(),
  lowerScoreIsBetter: z.boolean(),
  sourceId: idSchema,
});

export const figureInputSchema = z.discriminatedUnion('from', [
  observedFigureSchema,
  ratioFigureSchema,
  smdFigureSchema,
  z.strictObject({ from: z.literal('smd-reference') }),
]);

export const figureEntrySchema = z.strictObject({ option: optionKindSchema, figure: figureInputSchema });

export const outcomeDataSchema = z.strictObject({
  ...outcomeSchema.omit({ results: true }).shape,
  results: z.array(figureEntrySchema).min(2),
});
export type OutcomeData = z.infer<typeof outcomeDataSchema>;

export const optionDataSchema = z.strictObject({
  ...optionSchema.omit({ modalities: true }).shape,
  /** Ids of modalities listed once, at the top of the condition file. */
  modalities: z.array(idSchema),
});

export const conditionDataSchema = z.strictObject({
  id: conditionIdSchema,
  /** Where in the repository the clinician-readable trace of each figure lives. */
  evidenceTrace: z.string().regex(/^docs\/[\w./-]+\.md$/).optional(),
  name: localizedSchema,
  tagline: localizedSchema,
  whatItIs: localizedSchema,
  naturalCourse: localizedSchema.optional(),
  decision: localizedSchema,
  completeness: z.enum(['full', 'outline']),
  modalities: z.array(modalitySchema),
  options: z.array(optionDataSchema),
  outcomes: z.array(outcomeDataSchema),
  /** Words instead of figures where no sourced rate exists for the comparison (BPD; clinical review M2). */
  evidenceInWords: evidenceInWordsSchema.optional(),
  myths: z.array(mythSchema),
  cautions: z.array(cautionSchema),
});
export type ConditionData = z.infer<typeof conditionDataSchema>;

export const sourcesDataSchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });
export const considerationsDataSchema = z.strictObject({ considerations: z.array(considerationSchema).min(4) });
export const aboutDataSchema = aboutSchema.strict();

/**
 * A clinician's sign-off of one condition at one content version. Entered only by the reviewer or from their
 * signed review packet: never invented.
 */
export const signoffSchema = z.strictObject({
  name: z.string().trim().min(1),
  role: z.string().trim().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD'),
  contentVersion: aboutSchema.shape.contentVersion,
  condition: conditionIdSchema,
  decision: z.enum(['approved', 'approved-with-changes', 'not-approved']),
  comments: z.string().optional(),
});
export type Signoff = z.infer<typeof signoffSchema>;
export const signoffsDataSchema = z.strictObject({ signoffs: z.array(signoffSchema) });
