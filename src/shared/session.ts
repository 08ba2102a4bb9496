import { z } from 'zod';
import { localeSchema } from './locale';
import { conditionIdSchema, optionKindSchema } from './content/ids';
import { STEP_IDS } from './steps';
import {
  collaborateAnswersSchema,
  emptySureRecord,
  emptyTeachBack,
  sessionModeSchema,
  sureRecordSchema,
  teachBackSchema,
} from './decision-quality';
import { baselineSchema, emptyBaseline, followUpVisitSchema } from './follow-up';
import type { InstrumentId } from './measures';
import type { Direction } from './domain/measures';

/** Free text a person types: bounded so a stuck key or a paste cannot bloat the store. */
const text = (max: number) => z.string().max(max);
const shortText = text(200);
const longText = text(4000);
const isoDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

export const stepIdSchema = z.enum(STEP_IDS);

export const DECISION_ROLES = ['patient-decides', 'shared', 'clinician-recommends'] as const;
export const decisionRoleSchema = z.enum(DECISION_ROLES);
export type DecisionRole = z.infer<typeof decisionRoleSchema>;

/** 0 = does not matter … 4 = matters a great deal. */
export const importanceSchema = z.number().int().min(0).max(4);

/**
 * The Stanley–Brown safety plan, filled in together when the person has thoughts of suicide or self-harm. Each part
 * is the person's own words; the professionals part starts from the practice's crisis line.
 */
export const SAFETY_PLAN_PARTS = [
  'warningSigns',
  'onMyOwn',
  'peopleAndPlaces',
  'peopleToAsk',
  'professionals',
  'saferSurroundings',
] as const;
export type SafetyPlanPart = (typeof SAFETY_PLAN_PARTS)[number];
export const safetyPlanSchema = z.object({
  warningSigns: longText.default(''),
  onMyOwn: longText.default(''),
  peopleAndPlaces: longText.default(''),
  peopleToAsk: longText.default(''),
  professionals: longText.default(''),
  saferSurroundings: longText.default(''),
});
export type SafetyPlan = z.infer<typeof safetyPlanSchema>;

export function emptySafetyPlan(): SafetyPlan {
  return { warningSigns: '', onMyOwn: '', peopleAndPlaces: '', peopleToAsk: '', professionals: '', saferSurroundings: '' };
}

/** An "About you" question answered yes or no; null = left blank, which is always allowed. */
export const yesNoSchema = z.enum(['yes', 'no']).nullable();
export type YesNo = z.infer<typeof yesNoSchema>;

export const AGE_GROUPS = ['under-18', '18-24', '25-64', '65-plus'] as const;
export const PREGNANCY_STATES = ['pregnant', 'could-become-pregnant', 'breastfeeding'] as const;
export const HEALTH_CONDITIONS = ['seizures', 'heart', 'liver-kidney'] as const;

/**
 * "About you": optional facts the clinician records with the person so that the cautions that apply to them come
 * first. Nothing here hides or reorders an option, and every item may stay blank.
 */
export const aboutYouSchema = z.object({
  ageGroup: z.enum(AGE_GROUPS).nullable().default(null),
  /** Sex and gender as the person chooses to record them, in their own words. */
  sexAndGender: shortText.default(''),
  pregnancy: z.array(z.enum(PREGNANCY_STATES)).max(PREGNANCY_STATES.length).default([]),
  /** Ever had very high moods, or bipolar disorder, in themselves or close family. */
  bipolar: yesNoSchema.default(null),
  substanceUse: yesNoSchema.default(null),
  suicidalThoughts: yesNoSchema.default(null),
  healthConditions: z.array(z.enum(HEALTH_CONDITIONS)).max(HEALTH_CONDITIONS.length).default([]),
  otherMedicines: yesNoSchema.default(null),
  /** Which other medicines, in the person's words. */
  otherMedicinesList: shortText.default(''),
});
export type AboutYou = z.infer<typeof aboutYouSchema>;

export function emptyAboutYou(): AboutYou {
  return {
    ageGroup: null,
    sexAndGender: '',
    pregnancy: [],
    bipolar: null,
    substanceUse: null,
    suicidalThoughts: null,
    healthConditions: [],
    otherMedicines: null,
    otherMedicinesList: '',
  };
}

export const nextStepSchema = z.object({ text: shortText, date: isoDate, done: z.boolean() });
export const careTeamMemberSchema = z.object({ role: shortText, name: shortText, contact: shortText });

export const planSchema = z.object({
  agreedOption: optionKindSchema.nullable(),
  /** Modality ids from the condition's content. */
  modalityIds: z.array(shortText).max(20),
  goals: z.array(shortText).max(10),
  nextSteps: z.array(nextStepSchema).max(10),
  careTeam: z.array(careTeamMemberSchema).max(10),
  reviewDate: isoDate,
  crisisContacts: longText,
  // Added after the first release: each defaults, so plans saved before still parse.
  /** How progress towards the goals will be measured (a symptom score, a daily task, a return to work). */
  progressMeasures: longText.default(''),
  /** What starts first and when the rest follows. */
  sequencing: longText.default(''),
  /** How the prescriber and the therapist keep in touch, and whom the patient calls for what. */
  coordination: longText.default(''),
  /** What is checked (symptoms, side effects, taking the medicine, readiness for therapy) and how often. */
  monitoring: longText.default(''),
  /** Relapse prevention: the patient's early warning signs, and what to do when they appear. */
  warningSigns: longText.default(''),
  copingSteps: longText.default(''),
  /** Filled in when the person has thoughts of suicide or self-harm (About you); printed only then. */
  safetyPlan: safetyPlanSchema.default(emptySafetyPlan),
  patientConfirmed: z.boolean(),
  clinicianConfirmed: z.boolean(),
  /** Set by main when both have confirmed; cleared when either withdraws. */
  agreedAt: z.string().nullable(),
});
export type Plan = z.infer<typeof planSchema>;

/** What a plan says, without who has confirmed it: the part a plan version keeps. */
export const planContentSchema = planSchema.omit({ patientConfirmed: true, clinicianConfirmed: true, agreedAt: true });
export type PlanContent = z.infer<typeof planContentSchema>;

/**
 * One agreed plan. Main adds a version each time both confirm a plan whose content differs from the last version
 * (see recordPlanVersions in domain/plan-versions.ts); versions are never changed or removed.
 */
export const planVersionSchema = z.object({
  version: z.number().int().min(1),
  agreedAt: z.string(),
  /** The follow-up visit at which this version was agreed; null for the first visit. */
  followUpId: z.string().uuid().nullable(),
  plan: planContentSchema,
});
export type PlanVersion = z.infer<typeof planVersionSchema>;

export const PRINT_LAYOUTS = ['session-language', 'bilingual'] as const;
export const printLayoutSchema = z.enum(PRINT_LAYOUTS);
export type PrintLayout = z.infer<typeof printLayoutSchema>;

/** Everything the people in the room type or choose. The renderer saves this whole object on each change. */
export const answersSchema = z.object({
  currentStep: stepIdSchema,
  furthestStep: stepIdSchema,
  /** Option kinds the patient wants to look at closely on the Options step. */
  optionsOfInterest: z.array(optionKindSchema).max(4),
  /** Option kinds shown side by side on the Evidence step. */
  comparedOptions: z.array(optionKindSchema).max(4),
  // Keys are consideration ids; the cap keeps a hostile or buggy page from storing an unbounded map.
  importance: z
    .record(z.string().max(60), importanceSchema)
    .refine((ratings) => Object.keys(ratings).length <= 50, 'At most 50 ratings'),
  worries: longText,
  questions: longText,
  leaning: z.union([optionKindSchema, z.literal('unsure')]).nullable(),
  plan: planSchema,
  /** How the take-home plan prints: the session's language alone, or that language then the other one. */
  printLayout: printLayoutSchema.default('session-language'),
  /** SURE decisional-conflict checks (before the options, before agreeing). */
  sure: sureRecordSchema.default(emptySureRecord),
  /** Teach-back done by the clinician before the plan is agreed. */
  teachBack: teachBackSchema.default(emptyTeachBack),
  /** Optional CollaboRATE answers after the visit; null until someone starts the form. */
  collaborate: collaborateAnswersSchema.nullable().default(null),
  /** 'prepare' while the patient goes through the first steps alone. */
  mode: sessionModeSchema.default('visit'),
  /** Optional facts about the person that bring the cautions for them to the top (never hide an option). */
  aboutYou: aboutYouSchema.default(emptyAboutYou),
  /** Symptom and functioning measures taken at the first visit (optional). */
  baseline: baselineSchema.default(emptyBaseline),
});
export type Answers = z.infer<typeof answersSchema>;

export const newSessionSchema = z.object({
  clinicianName: shortText.trim().min(1),
  /** Initials or a chart alias: never required to be a real name. */
  patientLabel: z.string().trim().min(1).max(40),
  conditionId: conditionIdSchema,
  language: localeSchema,
  decisionRole: decisionRoleSchema,
});
export type NewSession = z.infer<typeof newSessionSchema>;

export const sessionSchema = newSessionSchema.extend({
  id: z.string().uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
  answers: answersSchema,
  /**
   * A session is a care episode: the first visit is `answers`; follow-up visits come after it, oldest first.
   * Both lists default to empty, so a session saved before follow-ups existed is an episode of one visit.
   */
  followUps: z.array(followUpVisitSchema).max(500).default([]),
  /** Every agreed plan, oldest first; the last is the current one. */
  planVersions: z.array(planVersionSchema).max(500).default([]),
});
export type Session = z.infer<typeof sessionSchema>;

export type SessionStatus = 'in-progress' | 'agreed';

export interface SessionSummary {
  id: string;
  patientLabel: string;
  conditionId: Session['conditionId'];
  language: Session['language'];
  createdAt: string;
  updatedAt: string;
  status: SessionStatus;
  /** When the next review is due ('' = none set): the newest follow-up's date if it set one, else the plan's. */
  reviewDate: string;
  followUpCount: number;
  /** The newest symptom total and its direction against the one before it (null = fewer than two totals). */
  lastScore: LastScore | null;
}

export interface LastScore {
  instrument: InstrumentId;
  total: number;
  /** The day the score was taken. */
  date: string;
  direction: Direction | null;
}

export function sessionStatus(session: Pick<Session, 'answers'>): SessionStatus {
  return session.answers.plan.agreedAt ? 'agreed' : 'in-progress';
}

export function emptyAnswers(): Answers {
  return {
    currentStep: 'condition',
    furthestStep: 'condition',
    optionsOfInterest: [],
    comparedOptions: [],
    importance: {},
    worries: '',
    questions: '',
    leaning: null,
    plan: {
      agreedOption: null,
      modalityIds: [],
      goals: [],
      nextSteps: [],
      careTeam: [],
      reviewDate: '',
      crisisContacts: '',
      progressMeasures: '',
      sequencing: '',
      coordination: '',
      monitoring: '',
      warningSigns: '',
      copingSteps: '',
      safetyPlan: emptySafetyPlan(),
      patientConfirmed: false,
      clinicianConfirmed: false,
      agreedAt: null,
    },
    printLayout: 'session-language',
    sure: emptySureRecord(),
    teachBack: emptyTeachBack(),
    collaborate: null,
    mode: 'visit',
    aboutYou: emptyAboutYou(),
    baseline: emptyBaseline(),
  };
}
