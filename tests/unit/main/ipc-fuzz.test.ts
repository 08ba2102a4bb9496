import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OPERATION_NAMES, type OperationName, type Result } from '../../../src/shared/contract';
import { emptyAnswers, type Answers } from '../../../src/shared/session';
import type { FollowUpAnswers } from '../../../src/shared/follow-up';
import { DEFAULT_SETTINGS, MAX_CLINICIANS } from '../../../src/shared/settings';
import { invokeOperation } from '../../../src/main/ipc/invoke';
import { newSessionInput } from '../../support/sessions';
import { createTestDuet, type TestDuet } from '../../support/test-duet';

/**
 * Every operation main exposes, fed thousands of malformed payloads through invokeOperation over the REAL
 * operations and a real store on disk. Each must answer with a Result (never reject, never throw), say
 * 'invalid-input' (or 'not-found' for a well-formed id nobody has), leave Object.prototype alone and write nothing.
 * The generator is seeded: a failure prints the seed; DUET_FUZZ_SEED=<seed> replays it.
 */
const SEED = Number(process.env.DUET_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 32));
const PAYLOADS_PER_OPERATION = 1000;
const DEPTH = 10_000;
const MB = 1024 * 1024;
/** A person reads this message: it must stay short even when the input was megabytes. */
const MAX_MESSAGE_LENGTH = 300;

console.log(`IPC fuzz seed: ${SEED} (replay with DUET_FUZZ_SEED=${SEED})`);

/** mulberry32: tiny, fast and good enough to pick test cases. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (maxExclusive: number) => Math.floor(next() * maxExclusive);
  return {
    next,
    int,
    chance: (probability: number) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
    hex: (length: number) => Array.from({ length }, () => int(16).toString(16)).join(''),
  };
}
type Random = ReturnType<typeof createRandom>;

// Built once: nesting this deep would overflow any recursive walk of the input in our code.
const DEEP_OBJECT = (() => {
  let value: unknown = { end: true };
  for (let level = 0; level < DEPTH; level += 1) value = { nested: value };
  return value;
})();
const DEEP_ARRAY = (() => {
  let value: unknown = ['end'];
  for (let level = 0; level < DEPTH; level += 1) value = [value];
  return value;
})();
const FIVE_MB = 'x'.repeat(5 * MB);
const hugeString = (random: Random) => FIVE_MB.slice(0, MB + random.int(4 * MB));

/** Own __proto__/constructor/prototype keys, as JSON.parse makes them (an object literal would set the prototype). */
const POLLUTION_JSON = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}';
const pollutionObject = () => JSON.parse(POLLUTION_JSON) as Record<string, unknown>;

function withOwnKey(base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const body = JSON.stringify(base).slice(1);
  const parsed = JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}${body === '}' ? '}' : `,${body}`}`);
  return parsed as Record<string, unknown>;
}

/** Values IPC's structured clone can carry, none of them a valid string, and no undefined or empty array. */
function hostileValue(
  random: Random,
  { includeNull, numbers = true, booleans = true }: { includeNull: boolean; numbers?: boolean; booleans?: boolean },
): unknown {
  const makers: (() => unknown)[] = [
    // For a numeric field, a number such as 1 may well be valid: only other types are hostile there.
    ...(numbers ? [() => random.pick([0, -1, 1, -0, NaN, Infinity, -Infinity, 1e308, Number.MAX_SAFE_INTEGER + 2, random.next()])] : []),
    // For a yes/no field, true and false are valid.
    ...(booleans ? [() => random.chance(0.5)] : []),
    () => [1, 'two', { three: 3 }],
    () => [null],
    () => DEEP_OBJECT,
    () => DEEP_ARRAY,
    () => new Date(random.int(2 ** 40)),
    () => new Date(NaN),
    () => new Map([['id', randomUUID()]]),
    () => new Set(['a', 'b']),
    () => new Uint8Array(random.int(64)),
    () => new Float64Array([1.5, NaN]),
    () => new ArrayBuffer(16),
    () => BigInt(random.int(1_000_000)) * 10n ** 30n,
    () => /regex/giu,
    () => new Error('not data'),
    () => hugeString(random),
    () => pollutionObject(),
    () => ({ [`k${random.int(100)}`]: random.next() }),
  ];
  return includeNull && random.chance(0.1) ? null : random.pick(makers)();
}

/** Strings that look like ids but are not RFC 9562 UUIDs (including path tricks aimed at per-session files). */
function invalidId(random: Random): string {
  const uuid = randomUUID();
  return random.pick([
    () => '',
    () => 'not-a-uuid',
    () => uuid.replaceAll('-', ''),
    () => `${uuid}0`,
    () => uuid.slice(1),
    () => ` ${uuid}`,
    () => `${uuid}\n`,
    () => `${uuid}\u0000`,
    () => `${uuid}\u200b`,
    () => `${uuid}.json`,
    () => `../${uuid}`,
    () => `..\\..\\${uuid}`,
    () => '../../../../etc/passwd',
    () => 'index',
    () => 'CON',
    () => `${random.hex(8)}-${random.hex(4)}-0${random.hex(3)}-8${random.hex(3)}-${random.hex(12)}`,
    () => `${random.hex(8)}-${random.hex(4)}-4${random.hex(3)}-c${random.hex(3)}-${random.hex(12)}`,
    () => uuid.replace(/[0-9a-f]/, 'g'),
    () => uuid.replace(/\d/, '٣'),
    () => hugeString(random),
  ])();
}

/** Well-formed UUIDs that name no session: 'not-found', never a write. */
function unknownId(random: Random): string {
  return random.pick([
    () => randomUUID(),
    () => '00000000-0000-0000-0000-000000000000',
    () => 'ffffffff-ffff-ffff-ffff-ffffffffffff',
    () => `${random.hex(8)}-${random.hex(4)}-7${random.hex(3)}-a${random.hex(3)}-${random.hex(12)}`,
  ])();
}

interface FuzzCase {
  kind: string;
  payload: unknown;
  expected: 'invalid-input' | 'not-found';
}

/** What the payloads may name: a session that exists and one follow-up visit of it. */
interface Target {
  id: string;
  visitId: string;
}

interface ObjectInputSpec {
  base: (target: Target) => Record<string, unknown>;
  /** Dropping any of these (or setting it to undefined) makes the input invalid; other keys have defaults. */
  required: readonly string[];
  /** Keys for which null is a valid value. */
  nullable?: readonly string[];
  /** Keys holding an id: an invalid id string goes here. */
  idKeys?: readonly string[];
  /** Key-specific values that break the schema's own rules (lengths, enums, formats, nested shapes). */
  breakers?: readonly ((random: Random, target: Target) => Record<string, unknown>)[];
  /** A well-formed input naming no session (or no visit of the session). */
  unknownTarget?: (random: Random, target: Target) => Record<string, unknown>;
}

// ---- Issue 12, FHIR export (h-fhir): exportEpisodeFhir takes only { id }; kept apart from the entries above. ----
const FHIR_EXPORT_INPUTS: Partial<Record<OperationName, ObjectInputSpec>> = {
  exportEpisodeFhir: { base: ({ id }) => ({ id }), required: ['id'], idKeys: ['id'], unknownTarget: (random) => ({ id: unknownId(random) }) },
};
const fhirExportWellFormed = (id: string): Array<[OperationName, unknown]> => [['exportEpisodeFhir', { id }]];
// ---- end of the FHIR export block ----

// ---- Issue 13, practice server (h-pgui): no server in this policy, so a well-formed conflict id is 'not-found'. ----
const PRACTICE_SERVER_INPUTS: Partial<Record<OperationName, ObjectInputSpec>> = {
  resolveSyncConflict: {
    base: (id) => ({ id, keep: 'practice' }),
    required: ['id', 'keep'],
    idKeys: ['id'],
    breakers: [(_random, id) => ({ id, keep: 'both' }), (_random, id) => ({ id, keep: 'Practice' }), (_random, id) => ({ id, keep: '' })],
    unknownTarget: (random) => ({ id: unknownId(random), keep: random.pick(['practice', 'this-room']) }),
  },
  joinPracticeServer: {
    base: () => ({ password: 'role password', currentPassphrase: 'the current one', practicePassphrase: 'a good long practice passphrase' }),
    required: ['password', 'currentPassphrase', 'practicePassphrase'],
    breakers: [
      () => ({ password: '', currentPassphrase: 'the current one', practicePassphrase: 'a good long practice passphrase' }),
      () => ({ password: 'p'.repeat(1001), currentPassphrase: 'the current one', practicePassphrase: 'a good long practice passphrase' }),
      () => ({ password: 'role password', currentPassphrase: '', practicePassphrase: 'a good long practice passphrase' }),
      () => ({ password: 'role password', currentPassphrase: 'the current one', practicePassphrase: 'short' }),
      () => ({ password: 'role password', currentPassphrase: 'the current one', practicePassphrase: 'Clinic2026!!' }),
    ],
  },
};
const practiceServerWellFormed = (id: string): Array<[OperationName, unknown]> => [
  ['getPracticeServerStatus', undefined],
  ['listSyncConflicts', undefined],
  ['resolveSyncConflict', { id, keep: 'this-room' }],
  ['joinPracticeServer', { password: 'role password', currentPassphrase: 'correct horse battery staple', practicePassphrase: 'walrus lantern quietly folds' }],
];
// ---- end of the practice server block ----

function validAnswers(): Answers {
  return emptyAnswers();
}

/** A follow-up visit as the page saves it: every field present and valid (a PHQ-9 of 14, review in two weeks). */
function validVisit(): FollowUpAnswers {
  return {
    date: '2026-01-15',
    clinicianName: 'Dr. Rivera',
    measures: [{ instrument: 'phq9', answers: phq9([2, 2, 2, 2, 2, 1, 1, 1, 1]), workNotApplicable: false }],
    adherence: { dosesMissedLast7Days: 1, therapySessionsPlanned: 4, therapySessionsAttended: 3 },
    goalProgress: [{ goal: 'Walk daily', rating: 6 }],
    patientWords: 'Sleeping better',
    safetyCheck: { promptedAt: null, clinicianNote: '', safetyPlanReviewed: false },
    review: { decision: 'keep', reason: 'Going well', relapsePlanInPlace: null },
    nextReviewDate: '2026-01-29',
    currentPart: 'review',
  };
}

function phq9(values: readonly (number | null)[]): Record<string, number | null> {
  return Object.fromEntries(values.map((value, index) => [`phq9.${index + 1}`, value]));
}

function visitWith(change: (visit: Record<string, unknown>) => void): Record<string, unknown> {
  const visit = structuredClone(validVisit()) as unknown as Record<string, unknown>;
  change(visit);
  return visit;
}

function answersWith(change: (answers: Record<string, unknown>, plan: Record<string, unknown>) => void): Record<string, unknown> {
  const answers = structuredClone(validAnswers()) as unknown as Record<string, unknown>;
  change(answers, answers.plan as Record<string, unknown>);
  return answers;
}

const repeat = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));

const OBJECT_INPUTS: Partial<Record<OperationName, ObjectInputSpec>> = {
  ...FHIR_EXPORT_INPUTS,
  ...PRACTICE_SERVER_INPUTS,
  createSession: {
    base: () => ({ ...newSessionInput() }),
    required: ['clinicianName', 'patientLabel', 'conditionId', 'language', 'decisionRole'],
    breakers: [
      () => ({ ...newSessionInput(), clinicianName: '   ' }),
      () => ({ ...newSessionInput(), clinicianName: 'c'.repeat(201) }),
      () => ({ ...newSessionInput(), patientLabel: '' }),
      () => ({ ...newSessionInput(), patientLabel: 'p'.repeat(41) }),
      () => ({ ...newSessionInput(), conditionId: 'cancer' }),
      () => ({ ...newSessionInput(), conditionId: 'Depression' }),
      () => ({ ...newSessionInput(), language: 'fr' }),
      () => ({ ...newSessionInput(), decisionRole: 'nobody' }),
      () => ({ ...newSessionInput(), id: randomUUID() }),
    ],
  },
  getSession: { base: ({ id }) => ({ id }), required: ['id'], idKeys: ['id'], unknownTarget: (random) => ({ id: unknownId(random) }) },
  printPlan: { base: ({ id }) => ({ id }), required: ['id'], idKeys: ['id'], unknownTarget: (random) => ({ id: unknownId(random) }) },
  savePlanPdf: { base: ({ id }) => ({ id }), required: ['id'], idKeys: ['id'], unknownTarget: (random) => ({ id: unknownId(random) }) },
  deleteSession: { base: ({ id }) => ({ id }), required: ['id'], idKeys: ['id'], unknownTarget: (random) => ({ id: unknownId(random) }) },
  exportSession: { base: ({ id }) => ({ id }), required: ['id'], idKeys: ['id'], unknownTarget: (random) => ({ id: unknownId(random) }) },
  setOpenSession: {
    base: ({ id }) => ({ id }),
    required: ['id'],
    nullable: ['id'],
    idKeys: ['id'],
    unknownTarget: (random) => ({ id: unknownId(random) }),
  },
  saveAnswers: {
    base: ({ id }) => ({ id, answers: validAnswers() }),
    required: ['id', 'answers'],
    idKeys: ['id'],
    unknownTarget: (random) => ({ id: unknownId(random), answers: validAnswers() }),
    breakers: [
      (_random, { id }) => ({ id, answers: answersWith((answers) => (answers.currentStep = 'step-7')) }),
      (_random, { id }) => ({ id, answers: answersWith((answers) => (answers.worries = 'w'.repeat(4001))) }),
      (_random, { id }) => ({ id, answers: answersWith((answers) => (answers.importance = { sleep: 5 })) }),
      (_random, { id }) => ({ id, answers: answersWith((answers) => (answers.importance = { sleep: 2.5 })) }),
      (_random, { id }) => ({ id, answers: answersWith((answers) => (answers.importance = { ['k'.repeat(61)]: 1 })) }),
      (random, { id }) => ({ id, answers: answersWith((answers) => (answers.importance = { [hugeString(random)]: 1 })) }),
      (_random, { id }) => ({ id, answers: answersWith((answers) => (answers.optionsOfInterest = ['surgery'])) }),
      (_random, { id }) => ({ id, answers: answersWith((answers) => (answers.leaning = 'maybe')) }),
      (_random, { id }) => ({ id, answers: answersWith((answers) => (answers.printLayout = 'poster')) }),
      (_random, { id }) => ({ id, answers: answersWith((_answers, plan) => (plan.goals = repeat(11, (index) => `Goal ${index}`))) }),
      (_random, { id }) => ({ id, answers: answersWith((_answers, plan) => (plan.goals = ['g'.repeat(201)])) }),
      (_random, { id }) => ({ id, answers: answersWith((_answers, plan) => (plan.reviewDate = 'next Tuesday')) }),
      (_random, { id }) => ({ id, answers: answersWith((_answers, plan) => (plan.nextSteps = [{ text: 'Call', date: '', done: 'yes' }])) }),
      (_random, { id }) => ({ id, answers: answersWith((_answers, plan) => (plan.careTeam = [{ role: 'x', name: 'y' }])) }),
      (_random, { id }) => ({ id, answers: answersWith((_answers, plan) => (plan.patientConfirmed = 'true')) }),
      (_random, { id }) => ({ id, answers: answersWith((_answers, plan) => (plan.agreedOption = 'everything')) }),
      (_random, { id }) => ({ id, answers: answersWith((_answers, plan) => (plan.modalityIds = repeat(21, (index) => `m${index}`))) }),
      (_random, { id }) => ({ id, answers: answersWith((_answers, plan) => (plan.crisisContacts = DEEP_OBJECT)) }),
      (_random, { id }) => ({ id, answers: answersWith((_answers, plan) => (plan.goals = DEEP_ARRAY)) }),
      (_random, { id }) => ({ id, answers: answersWith((answers) => delete answers.plan) }),
      (_random, { id }) => ({
        id,
        answers: answersWith((answers) => (answers.baseline = { date: '2026-01-15', measures: [{ instrument: 'phq9', answers: phq9([3, 3, 3, 3, 3, 3, 3, 3, 5]) }] })),
      }),
      (_random, { id }) => ({ id, answers: answersWith((answers) => (answers.baseline = { date: 'yesterday', measures: [] })) }),
      // Prototype keys nested in a non-strict object are stripped, so something else must be wrong too.
      (_random, { id }) => ({ id, answers: { ...pollutionObject(), ...answersWith((answers) => (answers.worries = 7)) } }),
    ],
  },
  startFollowUp: { base: ({ id }) => ({ id }), required: ['id'], idKeys: ['id'], unknownTarget: (random) => ({ id: unknownId(random) }) },
  saveFollowUp: {
    base: ({ id, visitId }) => ({ id, visitId, visit: validVisit() }),
    required: ['id', 'visitId', 'visit'],
    idKeys: ['id', 'visitId'],
    unknownTarget: (random, { id, visitId }) =>
      random.chance(0.5) ? { id: unknownId(random), visitId, visit: validVisit() } : { id, visitId: unknownId(random), visit: validVisit() },
    breakers: [
      // Measures off the scale, not whole, not the instrument's items, unknown, repeated or too many.
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.measures = [{ instrument: 'phq9', answers: phq9([4, 0, 0, 0, 0, 0, 0, 0, 0]) }])) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.measures = [{ instrument: 'phq9', answers: phq9([-1]) }])) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.measures = [{ instrument: 'phq9', answers: phq9([1.5]) }])) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.measures = [{ instrument: 'phq9', answers: { 'phq9.10': 1 } }])) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.measures = [{ instrument: 'gad7', answers: { 'gad7.1': 99 } }])) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.measures = [{ instrument: 'wsas', answers: { 'wsas.1': 9 } }])) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.measures = [{ instrument: 'phq9', answers: {}, workNotApplicable: true }])) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.measures = [{ instrument: 'bdi', answers: {} }])) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.measures = [{ instrument: 'phq9', answers: {} }, { instrument: 'phq9', answers: {} }])) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.measures = repeat(9, () => ({ instrument: 'wsas', answers: {} })))) }),
      // Goals: more than 10, a rating off 0-10, a goal too long.
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.goalProgress = repeat(11, (index) => ({ goal: `Goal ${index}`, rating: 5 })))) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.goalProgress = [{ goal: 'Walk', rating: 11 }])) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.goalProgress = [{ goal: 'Walk', rating: 2.5 }])) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.goalProgress = [{ goal: 'g'.repeat(201), rating: 1 }])) }),
      // Unknown fields at the visit's top level (ids and times are main's), wrong enums and dates.
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.id = visitId)) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.createdAt = '2020-01-01T00:00:00.000Z')) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.riskScore = 3)) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.date = 'today')) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.nextReviewDate = 'in two weeks')) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.currentPart = 'summary')) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.review = { decision: 'cure', reason: '' })) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.review = { decision: 'taper', relapsePlanInPlace: 'maybe' })) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.adherence = { dosesMissedLast7Days: -1 })) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.adherence = { therapySessionsAttended: 201 })) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.safetyCheck = { safetyPlanReviewed: 'yes' })) }),
      // Text over its limit, and huge.
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.patientWords = 'w'.repeat(4001))) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.clinicianName = 'c'.repeat(201))) }),
      (random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.patientWords = hugeString(random))) }),
      (random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.safetyCheck = { clinicianNote: hugeString(random) })) }),
      (random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.review = { reason: hugeString(random) })) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: visitWith((visit) => (visit.measures = DEEP_ARRAY)) }),
      (_random, { id, visitId }) => ({ id, visitId, visit: { ...pollutionObject(), ...visitWith((visit) => (visit.patientWords = 7)) } }),
    ],
  },
  deleteFollowUp: {
    base: ({ id, visitId }) => ({ id, visitId }),
    required: ['id', 'visitId'],
    idKeys: ['id', 'visitId'],
    unknownTarget: (random, { id, visitId }) => (random.chance(0.5) ? { id: unknownId(random), visitId } : { id, visitId: unknownId(random) }),
  },
  printFollowUp: {
    base: ({ id, visitId }) => ({ id, visitId }),
    required: ['id', 'visitId'],
    idKeys: ['id', 'visitId'],
    unknownTarget: (random, { id, visitId }) => (random.chance(0.5) ? { id: unknownId(random), visitId } : { id, visitId: unknownId(random) }),
  },
  saveFollowUpPdf: {
    base: ({ id, visitId }) => ({ id, visitId }),
    required: ['id', 'visitId'],
    idKeys: ['id', 'visitId'],
    unknownTarget: (random, { id, visitId }) => (random.chance(0.5) ? { id: unknownId(random), visitId } : { id, visitId: unknownId(random) }),
  },
  saveSettings: {
    base: () => structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>,
    required: ['practiceName', 'crisisLine', 'defaultLanguage', 'paperSize'],
    nullable: ['logo', 'retentionDays'],
    breakers: [
      () => ({ ...DEFAULT_SETTINGS, practiceName: 'p'.repeat(121) }),
      () => ({ ...DEFAULT_SETTINGS, paperSize: 'Legal' }),
      () => ({ ...DEFAULT_SETTINGS, defaultLanguage: 'de' }),
      () => ({ ...DEFAULT_SETTINGS, crisisLine: { en: '   ', es: 'ok' } }),
      () => ({ ...DEFAULT_SETTINGS, crisisLine: { en: 'ok' } }),
      () => ({ ...DEFAULT_SETTINGS, logo: { dataUrl: 'javascript:alert(1)', fileName: 'x.png' } }),
      () => ({ ...DEFAULT_SETTINGS, logo: { dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=', fileName: 'x.svg' } }),
      () => ({ ...DEFAULT_SETTINGS, logo: { dataUrl: `data:image/png;base64,${'A'.repeat(800_000)}`, fileName: 'big.png' } }),
      () => ({ ...DEFAULT_SETTINGS, clinicians: repeat(MAX_CLINICIANS + 1, (index) => ({ name: `C${index}`, role: '' })) }),
      () => ({ ...DEFAULT_SETTINGS, clinicians: [{ name: '  ', role: 'Nurse' }] }),
      () => ({ ...DEFAULT_SETTINGS, lockAfterMinutes: 0 }),
      () => ({ ...DEFAULT_SETTINGS, lockAfterMinutes: 2.5 }),
      () => ({ ...DEFAULT_SETTINGS, retentionDays: 1 }),
    ],
  },
  setUpPassphrase: {
    base: () => ({ passphrase: 'a good long passphrase' }),
    required: ['passphrase'],
    breakers: [
      () => ({ passphrase: 'short' }),
      () => ({ passphrase: 'p'.repeat(201) }),
      () => ({ passphrase: 'password1234' }),
      () => ({ passphrase: '1234567890123' }),
    ],
  },
  unlock: {
    base: () => ({ passphrase: 'a passphrase' }),
    required: ['passphrase'],
    breakers: [() => ({ passphrase: '' }), () => ({ passphrase: 'p'.repeat(201) })],
  },
  changePassphrase: {
    base: () => ({ current: 'the current one', next: 'a good new passphrase' }),
    required: ['current', 'next'],
    breakers: [
      () => ({ current: 'the current one', next: 'short' }),
      () => ({ current: '', next: 'a good new passphrase' }),
      () => ({ current: 'the current one', next: 'Clinic2026!!' }),
    ],
  },
  answerRetentionReview: {
    base: () => ({ deleteNow: false }),
    required: ['deleteNow'],
    breakers: [() => ({ deleteNow: 'yes' }), () => ({ deleteNow: 1 })],
  },
};

// ── Issue 12, the practice's figures (outcomes helper): kept apart from the entries above. ──────────────────────
const NO_FILTERS = { from: '', to: '', conditions: [], clinicians: [], options: [] };
const dashboardBreakers: NonNullable<ObjectInputSpec['breakers']> = [
  () => ({ filters: { ...NO_FILTERS, from: '2026-13-01' }, split: 'none' }),
  () => ({ filters: { ...NO_FILTERS, from: '1 March' }, split: 'none' }),
  () => ({ filters: { ...NO_FILTERS, from: '2026-02-01', to: '2026-01-01' }, split: 'none' }),
  () => ({ filters: { ...NO_FILTERS, conditions: ['flu'] }, split: 'none' }),
  () => ({ filters: { ...NO_FILTERS, options: ['surgery'] }, split: 'none' }),
  () => ({ filters: { ...NO_FILTERS, clinicians: ['c'.repeat(201)] }, split: 'none' }),
  () => ({ filters: { ...NO_FILTERS, clinicians: repeat(201, (index) => `c${index}`) }, split: 'none' }),
  () => ({ filters: { ...NO_FILTERS, conditions: DEEP_ARRAY }, split: 'none' }),
  () => ({ filters: { ...NO_FILTERS, patientLabel: 'A.B.' }, split: 'none' }),
  () => ({ filters: NO_FILTERS, split: 'postcode' }),
  () => ({ filters: NO_FILTERS, split: 'Age-group' }),
];
const OUTCOME_OBJECT_INPUTS: Partial<Record<OperationName, ObjectInputSpec>> = {
  getDashboard: {
    base: () => ({ filters: { ...NO_FILTERS }, split: 'age-group' }),
    required: ['filters', 'split'],
    breakers: dashboardBreakers,
  },
  exportDashboardCsv: {
    base: () => ({ filters: { ...NO_FILTERS }, split: 'none', kind: 'aggregate' }),
    required: ['filters', 'split', 'kind'],
    breakers: [
      ...dashboardBreakers.map((breaker) => (random: Random, target: Target) => ({ ...breaker(random, target), kind: 'episodes' })),
      () => ({ filters: NO_FILTERS, split: 'none', kind: 'pdf' }),
      () => ({ filters: NO_FILTERS, split: 'none', kind: 'episodes', folder: '/tmp' }),
    ],
  },
};
Object.assign(OBJECT_INPUTS, OUTCOME_OBJECT_INPUTS);

function outcomeWellFormedRequests(): Array<[OperationName, unknown]> {
  return [
    ['getDashboard', { filters: NO_FILTERS, split: 'none' }],
    ['exportDashboardCsv', { filters: NO_FILTERS, split: 'clinician', kind: 'episodes' }],
  ];
}
// ── End of the issue 12 block. ─────────────────────────────────────────────────────────────────────────────────

// ── Issue 12, the dashboard's print and PDF (dashboard helper): kept apart from the entries above. ──────────────
const DASHBOARD_PRINT_INPUTS: Partial<Record<OperationName, ObjectInputSpec>> = Object.fromEntries(
  (['printDashboard', 'saveDashboardPdf'] as const).map((name): [OperationName, ObjectInputSpec] => [
    name,
    {
      base: () => ({ filters: { ...NO_FILTERS }, split: 'none' }),
      required: ['filters', 'split'],
      breakers: [
        ...dashboardBreakers,
        () => ({ filters: {}, split: 'none' }),
        () => ({ filters: { from: '', to: '', conditions: [], clinicians: [] }, split: 'none' }),
        () => ({ filters: NO_FILTERS, split: 'none', patientLabel: 'J.D.' }),
        () => ({ filters: DEEP_OBJECT, split: 'none' }),
        () => ({ filters: NO_FILTERS, split: 'none', kind: 'aggregate' }),
      ],
    },
  ]),
);
Object.assign(OBJECT_INPUTS, DASHBOARD_PRINT_INPUTS);

function dashboardPrintWellFormedRequests(): Array<[OperationName, unknown]> {
  return [
    ['printDashboard', { filters: NO_FILTERS, split: 'none' }],
    ['saveDashboardPdf', { filters: { ...NO_FILTERS, conditions: ['anxiety'] }, split: 'age-group' }],
  ];
}
// ── End of the dashboard print block. ──────────────────────────────────────────────────────────────────────────

/** Builds the op's cases: every category appears; the seed decides the mix and the values. */
function casesFor(name: OperationName, random: Random, target: Target): FuzzCase[] {
  const spec = OBJECT_INPUTS[name];
  const invalid = (kind: string, payload: unknown): FuzzCase => ({ kind, payload, expected: 'invalid-input' });
  const cases: FuzzCase[] = [];

  if (!spec) {
    // The input must be undefined: anything else, however harmless-looking, is refused.
    const makers = [
      (): FuzzCase => invalid('value instead of nothing', hostileValue(random, { includeNull: true })),
      (): FuzzCase => invalid('null instead of nothing', null),
      (): FuzzCase => invalid('empty object', {}),
      (): FuzzCase => invalid('empty array', []),
      (): FuzzCase => invalid('string', random.pick(['', 'undefined', invalidId(random)])),
      (): FuzzCase => invalid('prototype keys', pollutionObject()),
    ];
    for (let index = 0; index < PAYLOADS_PER_OPERATION; index += 1) cases.push(makers[index % makers.length]!());
    return cases;
  }

  const makers: (() => FuzzCase)[] = [
    () => invalid('not an object', random.chance(0.2) ? undefined : hostileValue(random, { includeNull: true })),
    () => invalid('empty object', {}),
    () => {
      const payload = spec.base(target);
      const dropped = random.pick(spec.required);
      if (random.chance(0.5)) delete payload[dropped];
      else payload[dropped] = undefined;
      return invalid(`missing ${dropped}`, payload);
    },
    () => {
      const payload = spec.base(target);
      const key = random.pick(Object.keys(payload));
      payload[key] = hostileValue(random, {
        includeNull: !(spec.nullable ?? []).includes(key),
        numbers: typeof payload[key] !== 'number',
        booleans: typeof payload[key] !== 'boolean',
      });
      return invalid(`wrong type for ${key}`, payload);
    },
    () => {
      const payload = spec.base(target);
      const key = random.pick(['__proto__', 'constructor', 'prototype', 'isAdmin', 'id2', `x${random.int(1000)}`]);
      const value = random.pick([() => ({ polluted: 'yes' }), () => true, () => hugeString(random).slice(0, 1000)])();
      return invalid(`extra key ${key}`, withOwnKey(payload, key, value));
    },
  ];
  if (spec.idKeys) {
    makers.push(() => {
      const payload = spec.base(target);
      payload[random.pick(spec.idKeys!)] = invalidId(random);
      return invalid('invalid id', payload);
    });
  }
  if (spec.breakers) makers.push(() => invalid('breaks a rule', random.pick(spec.breakers!)(random, target)));
  if (spec.unknownTarget) makers.push(() => ({ kind: 'unknown id', payload: spec.unknownTarget!(random, target), expected: 'not-found' }));

  for (let index = 0; index < PAYLOADS_PER_OPERATION; index += 1) {
    // Round-robin first so every category is covered whatever the seed, then random.
    const maker = index < makers.length ? makers[index]! : random.pick(makers);
    cases.push(maker());
  }
  return cases;
}

/** Every file (and folder) under `dir` with a hash of its bytes: equal snapshots mean nothing was written. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const result: Record<string, string> = {};
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    const key = relative(dir, path);
    result[key] = entry.isDirectory() ? 'folder' : createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return result;
}

function prototypeFingerprint(): string {
  const describe = (prototype: object) => Reflect.ownKeys(prototype).map(String).sort().join(',');
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map(describe).join('|');
}

function describePayload(payload: unknown): string {
  try {
    const text = JSON.stringify(payload, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
    return text === undefined ? String(payload) : text.length > 200 ? `${text.slice(0, 200)}… (${text.length} chars)` : text;
  } catch (error) {
    return `<${(error as Error).message}>`;
  }
}

let duet: TestDuet;
let existingId: string;
let existingVisitId: string;
let logged: string[];
const log = (message: string) => logged.push(message);

beforeEach(async () => {
  duet = await createTestDuet({ now: () => new Date('2026-01-15T09:00:00.000Z') });
  const created = await duet.api.createSession(newSessionInput());
  if (!created.ok) throw new Error(`Could not seed a session: ${created.error.message}`);
  existingId = created.value.id;
  const started = await duet.api.startFollowUp({ id: existingId });
  if (!started.ok) throw new Error(`Could not seed a follow-up visit: ${started.error.message}`);
  existingVisitId = started.value.followUps[0]!.id;
  // The practice figures' facts are written a moment after a save: written now, so the fuzz sees a still folder.
  await duet.store.outcomes?.settle();
  logged = [];
});

afterEach(async () => {
  await duet.cleanup();
});

/** Calls invokeOperation and reports, instead of throwing, anything other than a settled Result. */
async function invokeSafely(name: string, payload: unknown): Promise<{ result?: Result<unknown>; failure?: string }> {
  let pending: Promise<Result<unknown>>;
  try {
    pending = invokeOperation(duet.operations, name, payload, log);
  } catch (error) {
    return { failure: `threw synchronously: ${String(error)}` };
  }
  try {
    return { result: await pending };
  } catch (error) {
    return { failure: `rejected: ${String(error)}` };
  }
}

describe(`IPC fuzz (seed ${SEED})`, () => {
  it('covers every operation in the contract', () => {
    const objectOps = Object.keys(OBJECT_INPUTS);
    const undefinedOps = OPERATION_NAMES.filter((name) => !objectOps.includes(name));
    expect(undefinedOps.sort()).toEqual([
      'getLockStatus',
      'getPracticeServerStatus',
      'getRetentionReview',
      'getSettings',
      'getStartup',
      'listAuditLog',
      'listSessions',
      'listSyncConflicts',
      'lock',
    ]);
  });

  it.each(OPERATION_NAMES)(
    `%s: ${PAYLOADS_PER_OPERATION} malformed payloads are refused in plain words, with nothing written`,
    async (name) => {
      const random = createRandom(SEED ^ [...name].reduce((hash, char) => Math.imul(hash, 31) + char.charCodeAt(0), 7));
      const cases = casesFor(name, random, { id: existingId, visitId: existingVisitId });
      const prototypeBefore = prototypeFingerprint();
      const filesBefore = await snapshot(duet.dir);
      const failures: string[] = [];
      const kinds = new Map<string, number>();

      for (const [index, fuzz] of cases.entries()) {
        kinds.set(fuzz.kind, (kinds.get(fuzz.kind) ?? 0) + 1);
        const { result, failure } = await invokeSafely(name, fuzz.payload);
        const problem =
          failure ??
          (result!.ok
            ? 'was accepted'
            : result!.error.code !== fuzz.expected
              ? `answered ${result!.error.code} (${result!.error.message}), expected ${fuzz.expected}`
              : typeof result!.error.message !== 'string' || result!.error.message.length > MAX_MESSAGE_LENGTH
                ? `message is not short plain words (${String(result!.error.message).length} chars)`
                : null);
        if (problem) failures.push(`#${index} [${fuzz.kind}] ${problem}: ${describePayload(fuzz.payload)}`);
        if (({} as Record<string, unknown>).polluted !== undefined) failures.push(`#${index} polluted Object.prototype`);
      }

      const context = `seed ${SEED}; replay with DUET_FUZZ_SEED=${SEED}`;
      expect.soft(failures.slice(0, 10), `${failures.length} failures (${context})`).toEqual([]);
      expect(cases).toHaveLength(PAYLOADS_PER_OPERATION);
      expect(kinds.size, `categories: ${[...kinds.keys()].join(', ')}`).toBeGreaterThanOrEqual(5);
      expect(prototypeFingerprint(), context).toBe(prototypeBefore);
      expect.soft(await snapshot(duet.dir), `files changed (${context})`).toEqual(filesBefore);
      expect(duet.printer.calls, context).toEqual([]);
      // Refusing bad input is ordinary: nothing for the error log (which is for bugs and disk failures).
      expect(logged, context).toEqual([]);
    },
    30_000,
  );

  it('input IPC could never carry (Symbols, functions) still gets a Result, not an exception', async () => {
    const symbolKeyed = answersWith((answers) => (answers.importance = { [Symbol('key')]: 9 }));
    const payloads: [OperationName, unknown][] = [
      ['getSession', { id: Symbol('id') }],
      ['getSession', () => existingId],
      ['saveAnswers', { id: existingId, answers: symbolKeyed }],
      ['saveAnswers', { id: existingId, answers: answersWith((answers) => (answers.worries = () => 'x')) }],
      ['saveSettings', { ...DEFAULT_SETTINGS, paperSize: Symbol('A4') }],
      ['listSessions', Symbol('nothing')],
    ];
    const filesBefore = await snapshot(duet.dir);
    for (const [name, payload] of payloads) {
      const { result, failure } = await invokeSafely(name, payload);
      expect(failure, `${name} ${describePayload(payload)}`).toBeUndefined();
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await snapshot(duet.dir)).toEqual(filesBefore);
  });

  it('an operation name that is not in the contract is refused, whatever the input', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'deleteEverything', '', 'listSessions ']) {
      const { result, failure } = await invokeSafely(name, undefined);
      expect(failure, name).toBeUndefined();
      expect(result, name).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });
});

/**
 * The same fuzz while Duet is locked and before it is set up (security review §4, M1): malformed input is still
 * 'invalid-input', and every well-formed request for patient data, including a save for any session, is 'locked',
 * with nothing written, printed or logged.
 */
const PAYLOADS_PER_LOCK_STATE = 150;
const LOCK_OPERATIONS: readonly OperationName[] = ['getLockStatus', 'lock', 'unlock', 'setUpPassphrase'];

function wellFormedRequests(id: string, visitId: string): Array<[OperationName, unknown]> {
  return [
    ['listSessions', undefined],
    ['createSession', newSessionInput()],
    ['getSession', { id }],
    ['saveAnswers', { id, answers: validAnswers() }],
    ['saveAnswers', { id: randomUUID(), answers: validAnswers() }],
    ['getStartup', undefined],
    ['setOpenSession', { id }],
    ['setOpenSession', { id: null }],
    ['getSettings', undefined],
    ['saveSettings', { ...DEFAULT_SETTINGS, retentionDays: 90 }],
    ['printPlan', { id }],
    ['savePlanPdf', { id }],
    ['deleteSession', { id }],
    ['exportSession', { id }],
    ['listAuditLog', undefined],
    ['getRetentionReview', undefined],
    ['answerRetentionReview', { deleteNow: true }],
    ['changePassphrase', { current: 'correct horse battery staple', next: 'walrus lantern quietly folds' }],
    ['startFollowUp', { id }],
    ['saveFollowUp', { id, visitId, visit: validVisit() }],
    ['saveFollowUp', { id: randomUUID(), visitId: randomUUID(), visit: validVisit() }],
    ['deleteFollowUp', { id, visitId }],
    ['printFollowUp', { id, visitId }],
    ['saveFollowUpPdf', { id, visitId }],
    ...fhirExportWellFormed(id),
    ...practiceServerWellFormed(id),
    ...outcomeWellFormedRequests(),
    ...dashboardPrintWellFormedRequests(),
  ];
}

describe.each(['locked', 'needs-set-up'] as const)('IPC fuzz while %s (seed %#)', (state) => {
  let stateDuet: TestDuet;
  let stateId: string;
  let stateVisitId: string;

  beforeEach(async () => {
    if (state === 'locked') {
      stateDuet = await createTestDuet({ now: () => new Date('2026-01-15T09:00:00.000Z') });
      const created = await stateDuet.api.createSession(newSessionInput());
      if (!created.ok) throw new Error(created.error.message);
      stateId = created.value.id;
      const started = await stateDuet.api.startFollowUp({ id: stateId });
      if (!started.ok) throw new Error(started.error.message);
      stateVisitId = started.value.followUps[0]!.id;
      await stateDuet.lock.lock();
    } else {
      stateDuet = await createTestDuet({ lockState: 'needs-set-up' });
      stateId = randomUUID();
      stateVisitId = randomUUID();
    }
  });
  afterEach(async () => stateDuet.cleanup());

  it('every well-formed request for patient data answers "locked", and nothing is written', async () => {
    const filesBefore = await snapshot(stateDuet.dir);
    const stateLog: string[] = [];
    const requests = wellFormedRequests(stateId, stateVisitId).filter(([name]) => state === 'locked' || name !== 'setUpPassphrase');
    expect(requests.map(([name]) => name)).toEqual(expect.arrayContaining(OPERATION_NAMES.filter((name) => !LOCK_OPERATIONS.includes(name))));
    for (const [name, payload] of requests) {
      const result = await invokeOperation(stateDuet.operations, name, payload, (message) => stateLog.push(message));
      expect(result, `${name} ${describePayload(payload)}`).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
    expect(await snapshot(stateDuet.dir)).toEqual(filesBefore);
    expect(stateDuet.printer.calls).toEqual([]);
    expect(stateLog).toEqual([]);
  });

  it.each(OPERATION_NAMES.filter((name) => !LOCK_OPERATIONS.includes(name)))(
    `%s: ${PAYLOADS_PER_LOCK_STATE} malformed payloads are refused, well-formed ones are "locked", nothing written`,
    async (name) => {
      const random = createRandom(SEED ^ [...`${state}:${name}`].reduce((hash, char) => Math.imul(hash, 31) + char.charCodeAt(0), 7));
      const cases = casesFor(name, random, { id: stateId, visitId: stateVisitId }).slice(0, PAYLOADS_PER_LOCK_STATE);
      const filesBefore = await snapshot(stateDuet.dir);
      const failures: string[] = [];
      for (const [index, fuzz] of cases.entries()) {
        // A well-formed request naming no session is 'not-found' when unlocked; locked, nothing is looked up.
        const expected = fuzz.expected === 'not-found' ? 'locked' : fuzz.expected;
        const result = await invokeOperation(stateDuet.operations, name, fuzz.payload, () => undefined);
        if (result.ok) failures.push(`#${index} [${fuzz.kind}] was accepted`);
        else if (result.error.code !== expected) failures.push(`#${index} [${fuzz.kind}] answered ${result.error.code}, expected ${expected}`);
      }
      expect.soft(failures.slice(0, 10), `${failures.length} failures (seed ${SEED})`).toEqual([]);
      expect(await snapshot(stateDuet.dir)).toEqual(filesBefore);
      expect(stateDuet.printer.calls).toEqual([]);
    },
    30_000,
  );
});

describe('valid-shaped but hostile saveAnswers', () => {
  /** Zod counts code points; these are astral characters, RTL override, NUL, a lone surrogate, markup, CRLF. */
  const HOSTILE_CODE_POINTS = ['😀', '\u202e', '\u0000', '\ud800', '<', 's', '>', '"', '\\', 'é', 'e', '\u0301', '\r', '\n'];
  const codePoints = (text: string) => [...text].length;
  const hostileText = (length: number) =>
    Array.from({ length }, (_, index) => HOSTILE_CODE_POINTS[index % HOSTILE_CODE_POINTS.length]).join('');

  function answersAtLimits(extra = 0): Answers {
    const answers = emptyAnswers();
    const short = (seed: number) => hostileText(199 + extra) + String(seed % 10);
    return {
      ...answers,
      worries: hostileText(4000 + extra),
      questions: hostileText(4000),
      importance: Object.fromEntries(repeat(40, (index) => [`${index}`.padStart(60, 'k'), index % 5] as const)),
      plan: {
        ...answers.plan,
        agreedOption: 'combined',
        modalityIds: repeat(20, (index) => short(index)),
        goals: repeat(10, (index) => short(index)),
        nextSteps: repeat(10, (index) => ({ text: short(index), date: '2026-12-31', done: index % 2 === 0 })),
        careTeam: repeat(10, (index) => ({ role: short(index), name: short(index + 1), contact: short(index + 2) })),
        reviewDate: '2027-01-20',
        crisisContacts: hostileText(4000),
      },
    };
  }

  it('accepts every field at its maximum size and gives the same text back', async () => {
    const answers = answersAtLimits();
    expect(codePoints(answers.worries)).toBe(4000);
    expect(answers.worries.length).toBeGreaterThan(4000);
    expect(codePoints(answers.plan.goals[0]!)).toBe(200);
    const saved = await invokeSafely('saveAnswers', { id: existingId, answers });
    expect(saved.failure).toBeUndefined();
    expect(saved.result).toMatchObject({ ok: true });

    const readBack = await duet.api.getSession({ id: existingId });
    if (!readBack.ok) throw new Error(readBack.error.message);
    expect(readBack.value.answers.worries).toBe(answers.worries);
    expect(readBack.value.answers.plan.goals).toEqual(answers.plan.goals);
    expect(readBack.value.answers.plan.careTeam).toEqual(answers.plan.careTeam);
    expect(readBack.value.answers.importance).toEqual(answers.importance);
  });

  it('refuses one unit over the limit, writing nothing', async () => {
    const filesBefore = await snapshot(duet.dir);
    const answers = answersAtLimits(1);
    expect(codePoints(answers.worries)).toBe(4001);
    const { result, failure } = await invokeSafely('saveAnswers', { id: existingId, answers });
    expect(failure).toBeUndefined();
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await snapshot(duet.dir)).toEqual(filesBefore);
  });

  it('prototype keys inside the answers are dropped or kept as plain data, never reaching Object.prototype', async () => {
    const prototypeBefore = prototypeFingerprint();
    const answers = JSON.parse(
      JSON.stringify(emptyAnswers()).replace('"importance":{}', '"importance":{"__proto__":4,"constructor":3,"prototype":2}'),
    ) as Record<string, unknown>;
    const hostile = { ...pollutionObject(), ...answers };
    const { result, failure } = await invokeSafely('saveAnswers', { id: existingId, answers: hostile });
    expect(failure).toBeUndefined();
    expect(result).toMatchObject({ ok: true });
    const readBack = await duet.api.getSession({ id: existingId });
    if (!readBack.ok) throw new Error(readBack.error.message);
    expect(Object.getPrototypeOf(readBack.value.answers)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(readBack.value.answers.importance)).toBe(Object.prototype);
    expect(readBack.value.answers).not.toHaveProperty('prototype');
    expect(Object.hasOwn(readBack.value.answers.importance, 'constructor')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeFingerprint()).toBe(prototypeBefore);
  });
});

describe('valid-shaped but hostile saveFollowUp', () => {
  const HOSTILE_CODE_POINTS = ['😀', '\u202e', '\u0000', '\ud800', '<', 's', '>', '"', '\\', 'é', 'e', '\u0301', '\r', '\n'];
  const hostileText = (length: number) =>
    Array.from({ length }, (_, index) => HOSTILE_CODE_POINTS[index % HOSTILE_CODE_POINTS.length]).join('');

  function visitAtLimits(extra = 0): FollowUpAnswers {
    return {
      ...validVisit(),
      clinicianName: hostileText(200),
      patientWords: hostileText(4000 + extra),
      goalProgress: repeat(10, (index) => ({ goal: hostileText(199) + String(index), rating: index })),
      safetyCheck: { promptedAt: null, clinicianNote: hostileText(4000), safetyPlanReviewed: true },
      review: { decision: 'taper', reason: hostileText(4000), relapsePlanInPlace: 'no' },
      measures: [
        { instrument: 'phq9', answers: phq9([3, 3, 3, 3, 3, 3, 3, 3, 3]), workNotApplicable: false },
        { instrument: 'gad7', answers: { 'gad7.1': 3, 'gad7.2': null }, workNotApplicable: false },
        { instrument: 'wsas', answers: { 'wsas.2': 8 }, workNotApplicable: true },
        { instrument: 'fibser', answers: { 'fibser.frequency': 6, 'fibser.intensity': 0, 'fibser.burden': 6 }, workNotApplicable: false },
      ],
    };
  }

  it('accepts every field at its maximum size and every answer at the ends of its scale, and gives them back', async () => {
    const visit = visitAtLimits();
    const { result, failure } = await invokeSafely('saveFollowUp', { id: existingId, visitId: existingVisitId, visit });
    expect(failure).toBeUndefined();
    expect(result).toMatchObject({ ok: true });
    const readBack = await duet.api.getSession({ id: existingId });
    if (!readBack.ok) throw new Error(readBack.error.message);
    const saved = readBack.value.followUps[0]!;
    expect({ ...saved, safetyCheck: { ...saved.safetyCheck, promptedAt: null } }).toMatchObject(visit);
    // PHQ-9 item 9 at 3: main noted the prompt's time; nothing else was derived from it.
    expect(saved.safetyCheck.promptedAt).toBe('2026-01-15T09:00:00.000Z');
  });

  it('refuses one unit over the limit, writing nothing', async () => {
    const filesBefore = await snapshot(duet.dir);
    const { result, failure } = await invokeSafely('saveFollowUp', { id: existingId, visitId: existingVisitId, visit: visitAtLimits(1) });
    expect(failure).toBeUndefined();
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await snapshot(duet.dir)).toEqual(filesBefore);
  });
});
