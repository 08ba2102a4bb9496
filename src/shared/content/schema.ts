import { z } from 'zod';
import { localizedSchema } from '../locale';

export {
  CAUTION_KINDS,
  CERTAINTY_LEVELS,
  CONDITION_IDS,
  OPTION_KINDS,
  PERSONAL_FACTORS,
  certaintySchema,
  conditionIdSchema,
  optionKindSchema,
  personalFactorSchema,
  type Certainty,
  type ConditionId,
  type OptionKind,
  type PersonalFactor,
} from './ids';
import { CAUTION_KINDS, CONDITION_IDS, certaintySchema, conditionIdSchema, optionKindSchema, personalFactorSchema } from './ids';

const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');
const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

export const sourceSchema = z.object({
  id: idSchema,
  /** "Cuijpers P, Noma H, Karyotaki E, et al." */
  authors: z.string().min(1),
  year: z.number().int().min(1950).max(2100),
  title: z.string().min(1),
  /** Journal with volume and pages, or the issuing body for a guideline. */
  publication: z.string().min(1),
  kind: z.enum([
    'network-meta-analysis',
    'meta-analysis',
    'systematic-review',
    'rct',
    'cohort',
    'guideline',
    'survey',
  ]),
  /** DOI or PMID, so a reviewer can find the exact paper. */
  identifier: z.string().min(1).optional(),
  /** When a Duet author last checked the figures against this source. */
  checkedOn: isoDateSchema,
});
export type Source = z.infer<typeof sourceSchema>;

export const modalitySchema = z.object({
  id: idSchema,
  name: localizedSchema,
  /** Abbreviations differ by language (CBT / TCC). */
  abbreviation: localizedSchema.optional(),
  description: localizedSchema,
});
export type Modality = z.infer<typeof modalitySchema>;

/** What living with an option is like for the patient (IPDAS Q6). */
export const whatItInvolvesSchema = z.object({
  timeEachWeek: localizedSchema,
  howSoonItHelps: localizedSchema,
  commonBurdens: localizedSchema,
  costs: localizedSchema,
});

export const optionSchema = z.object({
  kind: optionKindSchema,
  summary: localizedSchema,
  modalities: z.array(modalitySchema),
  involves: whatItInvolvesSchema.optional(),
  benefits: z.array(localizedSchema).optional(),
  harms: z.array(localizedSchema).optional(),
  /** Honest caveat shown with the option, e.g. "no medicine is approved for BPD itself". */
  caveat: localizedSchema.optional(),
});
export type TreatmentOption = z.infer<typeof optionSchema>;

/** A published effect estimate, kept beside the natural frequencies derived from it. */
export const effectEstimateSchema = z.object({
  measure: z.enum(['RR', 'OR', 'g', 'percent']),
  value: z.number(),
  ciLow: z.number().optional(),
  ciHigh: z.number().optional(),
  /** "Combined vs medication alone" */
  comparison: localizedSchema,
  sourceId: idSchema,
});

/** A benefit the options aim for, or a harm they can cause (IPDAS: harms in the same detail as benefits). */
export const OUTCOME_KINDS = ['benefit', 'harm'] as const;

export const outcomeSchema = z.object({
  id: idSchema,
  /** Absent means 'benefit'. Harms are shown exactly like benefits: icon array, words, certainty, time, source. */
  kind: z.enum(OUTCOME_KINDS).optional(),
  /** "Feel much better": what the patient would notice. */
  label: localizedSchema,
  /** How the studies measured it, in plain words. */
  definition: localizedSchema,
  /** Who the numbers apply to (IPDAS reference class). */
  population: localizedSchema,
  timeFrame: localizedSchema,
  higherIsBetter: z.boolean(),
  /** Out of 100 people like the patient, how many have this outcome under each option. */
  results: z
    .array(z.object({ option: optionKindSchema, per100: z.number().int().min(0).max(100) }))
    .min(2),
  certainty: certaintySchema,
  certaintyReason: localizedSchema,
  /** How the per-100 numbers were made from the published figures. */
  derivation: localizedSchema,
  effects: z.array(effectEstimateSchema),
  sourceIds: z.array(idSchema).min(1),
});
export type Outcome = z.infer<typeof outcomeSchema>;

/**
 * What the studies found, in words, for a condition whose trials report only score differences (standardised mean
 * differences) and no sourced rate under the comparison care to turn them into "out of 100" (clinical review M2).
 * Shown on the Evidence step with its certainty and sources, never as an icon array.
 */
export const evidenceInWordsSchema = z.object({
  title: localizedSchema,
  /** One finding per line, each naming the effect size and what it was compared with. */
  findings: z.array(localizedSchema).min(1),
  /** Why no "out of 100" figures are shown. */
  whyNoNumbers: localizedSchema,
  certainty: certaintySchema,
  certaintyReason: localizedSchema,
  sourceIds: z.array(idSchema).min(1),
});
export type EvidenceInWords = z.infer<typeof evidenceInWordsSchema>;

export const mythSchema = z.object({
  id: idSchema,
  myth: localizedSchema,
  fact: localizedSchema,
  sourceIds: z.array(idSchema),
});
export type Myth = z.infer<typeof mythSchema>;

export const cautionSchema = z.object({
  id: idSchema,
  kind: z.enum(CAUTION_KINDS),
  text: localizedSchema,
  sourceIds: z.array(idSchema),
  /** Which "About you" answers make this caution apply to the person. */
  appliesTo: z.array(personalFactorSchema).optional(),
});
export type Caution = z.infer<typeof cautionSchema>;

export const conditionSchema = z
  .object({
    id: conditionIdSchema,
    name: localizedSchema,
    /** One line for the condition picker. */
    tagline: localizedSchema,
    /** Three to five plain sentences. */
    whatItIs: localizedSchema,
    /** What tends to happen without treatment (IPDAS natural course). */
    naturalCourse: localizedSchema.optional(),
    /** The decision, stated explicitly (IPDAS Q2). */
    decision: localizedSchema,
    /** "full": every section is ready for patients. "outline": description and options only. */
    completeness: z.enum(['full', 'outline']),
    options: z.array(optionSchema).min(3),
    outcomes: z.array(outcomeSchema),
    evidenceInWords: evidenceInWordsSchema.optional(),
    myths: z.array(mythSchema),
    cautions: z.array(cautionSchema),
  })
  .superRefine((condition, ctx) => {
    const kinds = condition.options.map((option) => option.kind);
    if (new Set(kinds).size !== kinds.length) {
      ctx.addIssue({ code: 'custom', message: `${condition.id}: an option kind appears twice` });
    }
    for (const kind of ['therapy', 'medication', 'combined'] as const) {
      if (!kinds.includes(kind)) {
        ctx.addIssue({ code: 'custom', message: `${condition.id}: missing the ${kind} option` });
      }
    }
    if (condition.completeness !== 'full') return;
    if (!condition.naturalCourse) {
      ctx.addIssue({ code: 'custom', message: `${condition.id}: full content needs the natural course` });
    }
    for (const option of condition.options) {
      if (!option.involves || !option.benefits?.length || !option.harms?.length) {
        ctx.addIssue({
          code: 'custom',
          message: `${condition.id}/${option.kind}: full content needs what it involves, benefits and harms`,
        });
      }
    }
    if (condition.outcomes.length === 0 && !condition.evidenceInWords) {
      ctx.addIssue({ code: 'custom', message: `${condition.id}: full content needs at least one outcome, or the evidence in words` });
    }
    if (condition.myths.length < 4) {
      ctx.addIssue({ code: 'custom', message: `${condition.id}: full content needs the four core myths` });
    }
    if (condition.cautions.length === 0) {
      ctx.addIssue({ code: 'custom', message: `${condition.id}: full content needs cautions` });
    }
    for (const outcome of condition.outcomes) {
      for (const result of outcome.results) {
        if (!kinds.includes(result.option)) {
          ctx.addIssue({
            code: 'custom',
            message: `${condition.id}/${outcome.id}: result for ${result.option}, which is not an option here`,
          });
        }
      }
    }
  });
export type Condition = z.infer<typeof conditionSchema>;

/** A consideration the patient rates on the "What matters to you" step. */
export const considerationSchema = z.object({
  id: idSchema,
  label: localizedSchema,
});
export type Consideration = z.infer<typeof considerationSchema>;

/** IPDAS certifying items: date, update policy, authorship, funding, conflicts. */
export const aboutSchema = z.object({
  contentVersion: z.string().regex(/^\d{4}\.\d{2}\.\d+$/),
  publishedOn: isoDateSchema,
  nextReviewBy: isoDateSchema,
  reviewPolicy: localizedSchema,
  authorship: localizedSchema,
  funding: localizedSchema,
  conflicts: localizedSchema,
  howEvidenceWasChosen: localizedSchema,
  limitations: localizedSchema,
});
export type About = z.infer<typeof aboutSchema>;

export const contentLibrarySchema = z
  .object({
    about: aboutSchema,
    sources: z.array(sourceSchema).min(1),
    conditions: z.array(conditionSchema).length(CONDITION_IDS.length),
    considerations: z.array(considerationSchema).min(4),
  })
  .superRefine((library, ctx) => {
    const sourceIds = new Set(library.sources.map((source) => source.id));
    if (sourceIds.size !== library.sources.length) {
      ctx.addIssue({ code: 'custom', message: 'two sources share an id' });
    }
    const cited = new Set<string>();
    const cite = (id: string, where: string) => {
      cited.add(id);
      if (!sourceIds.has(id)) ctx.addIssue({ code: 'custom', message: `${where} cites unknown source ${id}` });
    };
    for (const condition of library.conditions) {
      for (const outcome of condition.outcomes) {
        outcome.sourceIds.forEach((id) => cite(id, `${condition.id}/${outcome.id}`));
        outcome.effects.forEach((effect) => cite(effect.sourceId, `${condition.id}/${outcome.id}`));
      }
      condition.evidenceInWords?.sourceIds.forEach((id) => cite(id, `${condition.id}/evidence-in-words`));
      condition.myths.forEach((myth) => myth.sourceIds.forEach((id) => cite(id, `${condition.id}/${myth.id}`)));
      condition.cautions.forEach((c) => c.sourceIds.forEach((id) => cite(id, `${condition.id}/${c.id}`)));
    }
    for (const id of sourceIds) {
      if (!cited.has(id)) ctx.addIssue({ code: 'custom', message: `source ${id} is never cited` });
    }
    const conditionIds = library.conditions.map((condition) => condition.id);
    for (const id of CONDITION_IDS) {
      if (!conditionIds.includes(id)) ctx.addIssue({ code: 'custom', message: `condition ${id} is missing` });
    }
  });
export type ContentLibrary = z.infer<typeof contentLibrarySchema>;
