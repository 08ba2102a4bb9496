import { z } from 'zod';
import { CONDITION_IDS, OPTION_KINDS, type ConditionId, type OptionKind } from '../../content/schema';
import { AGE_GROUPS, DECISION_ROLES, type DecisionRole, type Session } from '../../session';
import type { VisitMeasures } from '../../follow-up';
import { scoreSure } from '../sure';
import { scoreCollaborate } from '../collaborate';
import { daysBetween, dayOf, totalIn } from '../episode';

/**
 * The de-identified facts of one care episode that the practice's outcome figures are computed from (issue 12).
 * No patient label, no free text (worries, questions, goals, patient words, clinician notes, review reasons), no
 * "About you" answer other than the age group and the sex/gender category. Dates are whole days since the day
 * the episode began; only that first day is kept as a date, for the date-range filter.
 *
 * `id` and `updatedAt` are bookkeeping for main's facts file (which episode, and whether its facts are current);
 * they never reach a figure or an export.
 */

/** The measures whose totals make outcome figures: the two symptom measures and functioning. FIBSER has no total. */
export const OUTCOME_MEASURES = ['phq9', 'gad7', 'wsas'] as const;
export type OutcomeMeasure = (typeof OUTCOME_MEASURES)[number];

export const NOT_RECORDED = 'not-recorded' as const;

export const AGE_SEGMENTS = [...AGE_GROUPS, NOT_RECORDED] as const;
export type AgeSegment = (typeof AGE_SEGMENTS)[number];

/**
 * "Sex and gender" is typed in the person's own words. For figures it is read into a small set: woman, man,
 * non-binary, self-described (something recorded that is not clearly one of the three) or not recorded.
 * See `sexGenderCategory` for the exact rule.
 */
export const SEX_GENDER_SEGMENTS = ['woman', 'man', 'non-binary', 'self-described', NOT_RECORDED] as const;
export type SexGenderSegment = (typeof SEX_GENDER_SEGMENTS)[number];

/** The option agreed at the first agreement, or 'none' while no plan has been agreed. */
export const AGREED_OPTION_SEGMENTS = [...OPTION_KINDS, 'none'] as const;
export type AgreedOptionSegment = (typeof AGREED_OPTION_SEGMENTS)[number];

const day = z.number().int().min(-36_600).max(36_600);
const measurePointSchema = z.object({ day, total: z.number().int().min(0).max(40) }).strict();
export type MeasurePoint = z.infer<typeof measurePointSchema>;

const adherencePointSchema = z
  .object({
    day,
    dosesMissed: z.number().int().min(0).max(99).nullable(),
    sessionsPlanned: z.number().int().min(0).max(200).nullable(),
    sessionsAttended: z.number().int().min(0).max(200).nullable(),
  })
  .strict();
export type AdherencePoint = z.infer<typeof adherencePointSchema>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const episodeFactsSchema = z
  .object({
    id: z.string().uuid(),
    updatedAt: z.string().max(40),
    startDay: isoDay,
    condition: z.enum(CONDITION_IDS),
    /** The clinician as a segment key: see `clinicianKey`. */
    clinicianKey: z.string().max(200),
    /** The name as first written, spaces tidied: what the dashboard shows for the key. */
    clinicianName: z.string().max(200),
    ageGroup: z.enum(AGE_SEGMENTS),
    sexGender: z.enum(SEX_GENDER_SEGMENTS),
    decisionRole: z.enum(DECISION_ROLES),
    leaning: z.enum([...OPTION_KINDS, 'unsure']).nullable(),
    /** A plan was agreed at least once (a later change being talked through does not undo that). */
    agreed: z.boolean(),
    agreedOption: z.enum(OPTION_KINDS).nullable(),
    /** SURE score 0–4 when all four items were answered, else null. */
    sureBeforeOptions: z.number().int().min(0).max(4).nullable(),
    sureBeforeAgreement: z.number().int().min(0).max(4).nullable(),
    /** CollaboRATE: every item at "every effort was made" (null = not completed). */
    collaborateTopBox: z.boolean().nullable(),
    teachBackDone: z.boolean(),
    /** Each measure's totals, oldest first, days counted from `startDay`. */
    measures: z.object({ phq9: z.array(measurePointSchema), gad7: z.array(measurePointSchema), wsas: z.array(measurePointSchema) }).strict(),
    /** Follow-ups that recorded any adherence figure, oldest first. */
    adherence: z.array(adherencePointSchema),
  })
  .strict();
export type EpisodeFacts = z.infer<typeof episodeFactsSchema>;

/** Spaces tidied: what the dashboard shows for a clinician. */
export function tidyName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * The clinician as a segment key: the name with spaces tidied, compared without case or accents, and without
 * dots and commas ("Dr. Rivera", "dr rivera" and "DR. RIVERA" are one clinician; "Dr. Rivera" and "Rivera" are
 * two, since nothing safe can tell that they are the same person). Names are those the clinician typed when
 * starting the episode; the practice's clinician list (Settings) is a choice list, not an identity.
 */
export function clinicianKey(name: string): string {
  return tidyName(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.,]/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase('en');
}

const WOMAN = new Set(['woman', 'female', 'f', 'w', 'girl', 'mujer', 'femenino', 'femenina', 'fem', 'chica', 'ella', 'she']);
const MAN = new Set(['man', 'male', 'm', 'boy', 'hombre', 'masculino', 'masculina', 'varon', 'chico', 'el', 'he']);
const NON_BINARY = new Set(['nonbinary', 'enby', 'nb', 'genderqueer', 'genderfluid', 'agender', 'nobinario', 'nobinaria', 'nobinarie']);

/**
 * The recorded sex/gender, in the person's words, read into the dashboard's small set. The words are split on
 * anything that is not a letter (accents and case ignored; "non-binary", "non binary", "no binario" joined first);
 * words naming exactly one of woman / man / non-binary give that category, whatever else is written ("trans woman"
 * is woman); words naming more than one, or none, give "self-described"; nothing written gives "not recorded".
 */
export function sexGenderCategory(recorded: string): SexGenderSegment {
  const plain = recorded
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('en')
    .replace(/\bnon[\s-]*binary\b/g, 'nonbinary')
    .replace(/\bno[\s-]*binari([oae])\b/g, 'nobinari$1');
  const words = plain.split(/[^a-z]+/).filter((word) => word.length > 0);
  if (words.length === 0) return NOT_RECORDED;
  const found = new Set<SexGenderSegment>();
  for (const word of words) {
    if (WOMAN.has(word)) found.add('woman');
    else if (MAN.has(word)) found.add('man');
    else if (NON_BINARY.has(word)) found.add('non-binary');
  }
  return found.size === 1 ? [...found][0]! : 'self-described';
}

function pointsOf(startDay: string, visits: { date: string; measures: VisitMeasures }[], measure: OutcomeMeasure): MeasurePoint[] {
  const points: MeasurePoint[] = [];
  for (const visit of visits) {
    const total = totalIn(visit.measures, measure);
    const days = daysBetween(startDay, dayOf(visit.date));
    if (total === null || Number.isNaN(days)) continue;
    points.push({ day: days, total });
  }
  // Stable: visits on the same day keep their order.
  return points.map((point, order) => ({ point, order })).sort((a, b) => a.point.day - b.point.day || a.order - b.order).map(({ point }) => point);
}

/** The facts of one episode, de-identified (see the module comment). */
export function episodeFacts(session: Session): EpisodeFacts {
  const answers = session.answers;
  const startDay = dayOf(session.createdAt);
  const firstVersion = session.planVersions[0] ?? null;
  // Sessions agreed before plan versions existed have an agreed time and no version. A plan is only ever agreed
  // with an option chosen (see recordPlanVersions), so "agreed" and "an agreed option" go together.
  const agreedOption: OptionKind | null = firstVersion
    ? firstVersion.plan.agreedOption
    : answers.plan.agreedAt !== null
      ? answers.plan.agreedOption
      : null;
  const agreed = agreedOption !== null;
  const before = scoreSure(answers.sure.beforeOptions);
  const agreeing = scoreSure(answers.sure.beforeAgreement);
  let collaborateTopBox: boolean | null = null;
  try {
    const collaborate = scoreCollaborate(answers.collaborate);
    collaborateTopBox = collaborate.complete ? collaborate.topScore : null;
  } catch {
    collaborateTopBox = null;
  }
  const visits = [
    { date: answers.baseline.date || startDay, measures: answers.baseline.measures },
    ...session.followUps.map((visit) => ({ date: visit.date, measures: visit.measures })),
  ];
  const adherence: AdherencePoint[] = [];
  for (const visit of session.followUps) {
    const { dosesMissedLast7Days, therapySessionsPlanned, therapySessionsAttended } = visit.adherence;
    if (dosesMissedLast7Days === null && therapySessionsPlanned === null && therapySessionsAttended === null) continue;
    const days = daysBetween(startDay, visit.date);
    if (Number.isNaN(days)) continue;
    adherence.push({ day: days, dosesMissed: dosesMissedLast7Days, sessionsPlanned: therapySessionsPlanned, sessionsAttended: therapySessionsAttended });
  }
  adherence.sort((a, b) => a.day - b.day);

  return {
    id: session.id,
    updatedAt: session.updatedAt,
    startDay,
    condition: session.conditionId as ConditionId,
    clinicianKey: clinicianKey(session.clinicianName),
    clinicianName: tidyName(session.clinicianName),
    ageGroup: answers.aboutYou.ageGroup ?? NOT_RECORDED,
    sexGender: sexGenderCategory(answers.aboutYou.sexAndGender),
    decisionRole: session.decisionRole as DecisionRole,
    leaning: answers.leaning,
    agreed,
    agreedOption,
    sureBeforeOptions: before.complete ? before.score : null,
    sureBeforeAgreement: agreeing.complete ? agreeing.score : null,
    collaborateTopBox,
    teachBackDone: answers.teachBack.patientCouldSayBack || answers.teachBack.saidBack.length > 0,
    measures: {
      phq9: pointsOf(startDay, visits, 'phq9'),
      gad7: pointsOf(startDay, visits, 'gad7'),
      wsas: pointsOf(startDay, visits, 'wsas'),
    },
    adherence,
  };
}
