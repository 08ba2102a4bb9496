import {
  CHANGE_RULES,
  INSTRUMENT_IDS,
  INSTRUMENTS,
  WSAS_WORK_ITEM_ID,
  type Band,
  type InstrumentDefinition,
  type InstrumentId,
} from '../measures';

/**
 * Scoring and change over time for the follow-up measures, exactly as published (sources in each instrument's
 * definition and in docs/measures.md). Pure functions: no dates are read from the clock, nothing is stored.
 *
 * PHQ-9 item 9 is never scored into a risk level or a label: any answer above 0 sets `safetyPrompt`, which tells the
 * UI to ask the clinician to assess safety now. It is set even when the questionnaire is incomplete.
 */

export type MeasureInputErrorCode =
  | 'unknownInstrument'
  | 'answersNotAnObject'
  | 'unknownItem'
  | 'notAWholeNumber'
  | 'offScale'
  | 'workNotApplicableOnlyForWsas'
  | 'workRatedAndNotApplicable';

export interface MeasureInputError {
  code: MeasureInputErrorCode;
  itemId: string | null;
}

/** What a caller may hand in: typically a stored `MeasureResponse`, but possibly damaged data, so nothing is trusted. */
export interface MeasureInput {
  instrument: string;
  answers: Readonly<Record<string, unknown>>;
  workNotApplicable?: boolean;
}

export type MeasureScore =
  | { kind: 'invalid'; error: MeasureInputError }
  | {
      kind: 'incomplete';
      instrument: InstrumentId;
      answered: number;
      /** Items with no answer, in the published order. */
      missing: string[];
      /** WSAS work item when the person ticked "retired or not working for other reasons". */
      notApplicable: string[];
      safetyPrompt: boolean;
    }
  | { kind: 'total'; instrument: InstrumentId; total: number; max: number; band: string; safetyPrompt: boolean }
  | {
      kind: 'ratings';
      instrument: InstrumentId;
      /** Item id → rating, reported one by one (FIBSER): never added up. */
      ratings: Record<string, number>;
      /** The published interpretation of the interpreted item (FIBSER burden). */
      band: string;
      safetyPrompt: false;
    };

function isInstrumentId(value: string): value is InstrumentId {
  return (INSTRUMENT_IDS as readonly string[]).includes(value);
}

function invalid(code: MeasureInputErrorCode, itemId: string | null = null): MeasureScore {
  return { kind: 'invalid', error: { code, itemId } };
}

/** The band that contains `value`; the bands of every instrument tile its range (checked by the unit tests). */
export function bandFor(bands: readonly Band[], value: number): string {
  const band = bands.find((candidate) => value >= candidate.min && value <= candidate.max);
  if (!band) throw new RangeError(`No band contains ${String(value)}`);
  return band.key;
}

function scaleOf(instrument: InstrumentDefinition): { min: number; max: number } {
  const values = instrument.options.map((option) => option.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

export function scoreMeasure(input: MeasureInput): MeasureScore {
  if (!isInstrumentId(input.instrument)) return invalid('unknownInstrument');
  if (typeof input.answers !== 'object' || input.answers === null || Array.isArray(input.answers)) {
    return invalid('answersNotAnObject');
  }
  const instrument = INSTRUMENTS[input.instrument];
  const itemIds = instrument.items.map((item) => item.id);
  const workNotApplicable = input.workNotApplicable === true;
  if (workNotApplicable && instrument.id !== 'wsas') return invalid('workNotApplicableOnlyForWsas');

  for (const key of Object.keys(input.answers)) {
    if (!itemIds.includes(key)) return invalid('unknownItem', key);
  }
  const scale = scaleOf(instrument);
  const given = new Map<string, number>();
  for (const itemId of itemIds) {
    const value = input.answers[itemId];
    if (value === null || value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value)) return invalid('notAWholeNumber', itemId);
    if (value < scale.min || value > scale.max) return invalid('offScale', itemId);
    given.set(itemId, value);
  }
  if (workNotApplicable && given.has(WSAS_WORK_ITEM_ID)) return invalid('workRatedAndNotApplicable', WSAS_WORK_ITEM_ID);

  const safetyItemValue = instrument.safetyItemId === null ? undefined : given.get(instrument.safetyItemId);
  const safetyPrompt = safetyItemValue !== undefined && safetyItemValue > 0;
  const notApplicable = workNotApplicable ? [WSAS_WORK_ITEM_ID] : [];
  const missing = itemIds.filter((itemId) => !given.has(itemId) && !notApplicable.includes(itemId));

  // Every instrument here gives no total (or no ratings) unless every item is answered: no prorating rule could be
  // verified for any of them (docs/measures.md).
  if (missing.length > 0 || notApplicable.length > 0) {
    return { kind: 'incomplete', instrument: instrument.id, answered: given.size, missing, notApplicable, safetyPrompt };
  }

  const scoring = instrument.scoring;
  if (scoring.kind === 'separateRatings') {
    const ratings = Object.fromEntries(given);
    const interpreted = given.get(scoring.interpretedItemId);
    if (interpreted === undefined) throw new Error(`${instrument.id}: ${scoring.interpretedItemId} is not one of its items`);
    return { kind: 'ratings', instrument: instrument.id, ratings, band: bandFor(scoring.bands, interpreted), safetyPrompt: false };
  }
  const total = [...given.values()].reduce((sum, value) => sum + value, 0);
  return { kind: 'total', instrument: instrument.id, total, max: scoring.range.max, band: bandFor(scoring.bands, total), safetyPrompt };
}

/** Raised when a total handed to the change helpers is not a possible total of that instrument. */
export class InvalidTotalError extends RangeError {
  constructor(
    readonly instrument: InstrumentId,
    readonly value: unknown,
  ) {
    super(`${instrument}: ${String(value)} is not a possible total`);
    this.name = 'InvalidTotalError';
  }
}

function totalRange(instrument: InstrumentId): { min: number; max: number } {
  const scoring = INSTRUMENTS[instrument].scoring;
  if (scoring.kind !== 'sum') throw new InvalidTotalError(instrument, 'an instrument without a total');
  return scoring.range;
}

function assertTotal(instrument: InstrumentId, value: unknown): asserts value is number {
  const range = totalRange(instrument);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < range.min || value > range.max) {
    throw new InvalidTotalError(instrument, value);
  }
}

export type Direction = 'better' | 'worse' | 'same';

/**
 * One plain-words key per comparison, for the UI to translate (e.g. `measures.change.response`), most meaningful first:
 * remission, response, reliable improvement, reliable deterioration, no reliable change; `notClassified` where the
 * instrument has no published change rule (the UI then shows only the points and the direction).
 */
export type ChangeVerdict =
  | 'remission'
  | 'response'
  | 'reliableImprovement'
  | 'reliableDeterioration'
  | 'noReliableChange'
  | 'notClassified';

export interface ChangeResult {
  instrument: InstrumentId;
  baseline: number;
  latest: number;
  /** latest − baseline: negative is a fall in symptoms or impairment. */
  change: number;
  direction: Direction;
  /** Fall as a whole percentage of the baseline; `null` when the baseline is 0. */
  percentFall: number | null;
  /** `null` where the instrument has no such rule. */
  response: boolean | null;
  remission: boolean | null;
  reliableChange: 'improvement' | 'deterioration' | 'none' | null;
  verdict: ChangeVerdict;
}

function directionOf(change: number): Direction {
  if (change < 0) return 'better';
  if (change > 0) return 'worse';
  return 'same';
}

export function classifyChange(instrument: InstrumentId, baseline: number, latest: number): ChangeResult {
  assertTotal(instrument, baseline);
  assertTotal(instrument, latest);
  const rules = CHANGE_RULES[instrument];
  const change = latest - baseline;
  const fall = baseline - latest;

  // Response compares whole numbers (fall ≥ fraction × baseline) so 9 → 4 (a 55.6% fall) and 10 → 5 (exactly 50%)
  // are not at the mercy of floating point. A baseline of 0 cannot fall, so it cannot respond.
  const response = rules.responseFraction === null ? null : baseline > 0 && fall >= rules.responseFraction * baseline;
  const remission = rules.remissionBelow === null ? null : latest < rules.remissionBelow;
  const reliableChange =
    rules.reliableChangePoints === null
      ? null
      : fall >= rules.reliableChangePoints
        ? 'improvement'
        : -fall >= rules.reliableChangePoints
          ? 'deterioration'
          : 'none';

  // "Remission" is only news when the baseline was not already in the remission range.
  const remitted = remission === true && rules.remissionBelow !== null && baseline >= rules.remissionBelow;
  const verdict: ChangeVerdict = remitted
    ? 'remission'
    : response === true
      ? 'response'
      : reliableChange === 'improvement'
        ? 'reliableImprovement'
        : reliableChange === 'deterioration'
          ? 'reliableDeterioration'
          : reliableChange === 'none'
            ? 'noReliableChange'
            : 'notClassified';

  return {
    instrument,
    baseline,
    latest,
    change,
    direction: directionOf(change),
    percentFall: baseline === 0 ? null : Math.round((fall / baseline) * 100),
    response,
    remission,
    reliableChange,
    verdict,
  };
}

/** One visit's total for one instrument; `null` when the measure was not done or was incomplete at that visit. */
export interface VisitTotal {
  /** ISO 8601 date or date-time of the visit. */
  date: string;
  total: number | null;
}

export interface ScoredVisit {
  date: string;
  total: number;
}

export interface Trajectory {
  instrument: InstrumentId;
  /** The visits with a total, oldest first (visits on the same date keep their given order). */
  points: ScoredVisit[];
  /** Visits left out: no total, or a date that cannot be read. */
  skipped: number;
  baseline: ScoredVisit | null;
  latest: ScoredVisit | null;
  /** Comparison of the latest total with the baseline; `null` until two visits have a total. */
  change: ChangeResult | null;
}

/** Baseline (first visit with a total), latest, and the change between them, robust to visits without a total. */
export function trajectory(instrument: InstrumentId, visits: readonly VisitTotal[]): Trajectory {
  const scored: { point: ScoredVisit; order: number; time: number }[] = [];
  visits.forEach((visit, order) => {
    const time = Date.parse(visit.date);
    if (visit.total === null || Number.isNaN(time)) return;
    assertTotal(instrument, visit.total);
    scored.push({ point: { date: visit.date, total: visit.total }, order, time });
  });
  const points = scored.sort((a, b) => a.time - b.time || a.order - b.order).map(({ point }) => point);

  const baseline = points[0] ?? null;
  const latest = points.at(-1) ?? null;
  const change = baseline && latest && points.length >= 2 ? classifyChange(instrument, baseline.total, latest.total) : null;
  return { instrument, points, skipped: visits.length - points.length, baseline, latest, change };
}
