/**
 * Turning published relative effects into "X out of 100" natural frequencies, and splitting them for icon arrays.
 * Pure and deterministic: the unit tests recompute every derived figure in the content with these functions.
 */

function requireFiniteNonNegative(value: number, name: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
  if (value < 0) throw new RangeError(`${name} cannot be negative, got ${value}`);
}

function requireBaseline(baselinePer100: number): void {
  requireFiniteNonNegative(baselinePer100, 'baselinePer100');
  if (baselinePer100 > 100) throw new RangeError(`baselinePer100 cannot be above 100, got ${baselinePer100}`);
}

function toWholePer100(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}

/**
 * People out of 100 with the outcome under the compared option, given how many have it under the baseline option
 * and the risk ratio (compared ÷ baseline). Rounded to a whole person, kept within 0–100.
 */
export function perHundredFromRiskRatio(baselinePer100: number, riskRatio: number): number {
  requireBaseline(baselinePer100);
  requireFiniteNonNegative(riskRatio, 'riskRatio');
  return toWholePer100(baselinePer100 * riskRatio);
}

/**
 * As perHundredFromRiskRatio, for an odds ratio (odds under the compared option ÷ odds under the baseline option).
 * Odds ratios cannot be multiplied onto a risk directly: convert to odds, apply, convert back.
 */
export function perHundredFromOddsRatio(baselinePer100: number, oddsRatio: number): number {
  requireBaseline(baselinePer100);
  requireFiniteNonNegative(oddsRatio, 'oddsRatio');
  const baselineRisk = baselinePer100 / 100;
  if (baselineRisk === 0 || oddsRatio === 0) return 0;
  if (baselineRisk === 1) return 100;
  const comparedOdds = (baselineRisk / (1 - baselineRisk)) * oddsRatio;
  return toWholePer100((comparedOdds / (1 + comparedOdds)) * 100);
}

export interface IconArrayCounts {
  /** Icons drawn as "has the outcome". */
  withOutcome: number;
  /** Icons drawn as "does not": shown too, so the frame is balanced (IPDAS). */
  without: number;
}

function requireWholePer100(per100: number): void {
  if (!Number.isInteger(per100) || per100 < 0 || per100 > 100) {
    throw new RangeError(`per100 must be a whole number from 0 to 100, got ${String(per100)}`);
  }
}

export function iconArrayCounts(per100: number): IconArrayCounts {
  requireWholePer100(per100);
  return { withOutcome: per100, without: 100 - per100 };
}

/** One flag per icon, in reading order: the first `per100` icons have the outcome. */
export function iconArrayCells(per100: number): boolean[] {
  requireWholePer100(per100);
  return Array.from({ length: 100 }, (_, index) => index < per100);
}

/** How many more (positive) or fewer (negative) people out of 100 have the outcome with `option` than with `reference`. */
export function differencePer100(optionPer100: number, referencePer100: number): number {
  requireWholePer100(optionPer100);
  requireWholePer100(referencePer100);
  return optionPer100 - referencePer100;
}

/** Standard normal cumulative distribution (Abramowitz–Stegun 7.1.26 erf; error below 1.5e-7, ample for whole %). */
export function standardNormalCdf(z: number): number {
  if (!Number.isFinite(z)) throw new RangeError(`z must be a finite number, got ${String(z)}`);
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * Cohen's U3 as "out of 100": of 100 people with the option, how many score better than the middle person with the
 * reference option, given a standardised mean difference whose positive sign favours the option.
 */
export function perHundredFromStandardisedMeanDifference(smd: number): number {
  if (!Number.isFinite(smd)) throw new RangeError(`smd must be a finite number, got ${String(smd)}`);
  return toWholePer100(standardNormalCdf(smd) * 100);
}

// ---- Figures entered as their published inputs ----------------------------------------------------------------

/** A rate measured directly in one group of a cited study: shown rounded to a whole person. */
export interface ObservedFigure {
  from: 'observed';
  /** The group's published rate, unrounded. */
  percent: number;
  sourceId: string;
}

/**
 * A published risk or odds ratio applied to another option's observed rate in the same outcome.
 * `appliedAs: 'reciprocal'`: the published ratio compares the baseline option with this one, so 1/value is used.
 * `framing: 'complement'`: the ratio is about the opposite outcome (100 − baseline); the result is turned back.
 */
export interface RatioFigure {
  from: 'ratio';
  baseline: string;
  measure: 'RR' | 'OR';
  publishedValue: number;
  appliedAs: 'as-published' | 'reciprocal';
  framing?: 'direct' | 'complement';
  sourceId: string;
  /** A second route to the same figure, from another option's observed rate; it must land within one person. */
  crossCheck?: { baseline: string; publishedValue: number; sourceId: string };
}

/**
 * A standardised mean difference shown as Cohen's U3 against a reference option (whose own figure is 50).
 * `lowerScoreIsBetter`: the scale improves downwards (symptom scores), so a negative SMD favours the option.
 */
export interface SmdFigure {
  from: 'smd';
  reference: string;
  publishedValue: number;
  lowerScoreIsBetter: boolean;
  sourceId: string;
}

/** The reference option of a U3 comparison: half of its own group score better than its middle person, by definition. */
export interface SmdReferenceFigure {
  from: 'smd-reference';
}

export type FigureInput = ObservedFigure | RatioFigure | SmdFigure | SmdReferenceFigure;

export interface FigureEntry {
  option: string;
  figure: FigureInput;
}

/** Why a figure cannot be computed from its inputs; `option` names the result at fault. */
export class FigureInputError extends Error {
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message);
    this.name = 'FigureInputError';
  }
}

function ratioPer100(baselinePer100: number, figure: Pick<RatioFigure, 'measure' | 'appliedAs' | 'framing'>, publishedValue: number): number {
  if (!(publishedValue > 0)) throw new RangeError(`a published ratio must be above 0, got ${String(publishedValue)}`);
  const ratio = figure.appliedAs === 'reciprocal' ? 1 / publishedValue : publishedValue;
  const apply = figure.measure === 'OR' ? perHundredFromOddsRatio : perHundredFromRiskRatio;
  if (figure.framing === 'complement') return 100 - apply(100 - baselinePer100, ratio);
  return apply(baselinePer100, ratio);
}

/**
 * The one place "out of 100" figures are made: every result of an outcome, from the inputs entered in the content
 * data. A ratio's baseline is another option's observed rate in the same outcome (entered once, there).
 */
export function computeOutcomeFigures(entries: readonly FigureEntry[]): { option: string; per100: number }[] {
  const observedRate = (option: string, by: string): number => {
    const baseline = entries.find((entry) => entry.option === option);
    if (!baseline) throw new FigureInputError(by, `the baseline option ${option} has no result in this outcome`);
    if (baseline.figure.from !== 'observed') {
      throw new FigureInputError(by, `the baseline option ${option} must be an observed rate, not '${baseline.figure.from}'`);
    }
    return baseline.figure.percent;
  };
  return entries.map(({ option, figure }) => {
    try {
      return { option, per100: figurePer100(figure) };
    } catch (error) {
      if (error instanceof FigureInputError) throw error;
      throw new FigureInputError(option, error instanceof Error ? error.message : String(error));
    }

    function figurePer100(input: FigureInput): number {
      switch (input.from) {
        case 'observed':
          requireBaseline(input.percent);
          return toWholePer100(input.percent);
        case 'ratio':
          return ratioPer100(observedRate(input.baseline, option), input, input.publishedValue);
        case 'smd': {
          const reference = entries.find((entry) => entry.option === input.reference);
          if (reference?.figure.from !== 'smd-reference') {
            throw new FigureInputError(option, `the reference option ${input.reference} must be entered as 'smd-reference'`);
          }
          return perHundredFromStandardisedMeanDifference(input.lowerScoreIsBetter ? -input.publishedValue : input.publishedValue);
        }
        case 'smd-reference':
          if (!entries.some((entry) => entry.figure.from === 'smd' && entry.figure.reference === option)) {
            throw new FigureInputError(option, 'no SMD result in this outcome uses it as its reference');
          }
          return 50;
      }
    }
  });
}

/** The second route of a ratio figure's cross-check, or null when it has none. */
export function crossCheckPer100(entries: readonly FigureEntry[], figure: RatioFigure): number | null {
  if (!figure.crossCheck) return null;
  const baseline = entries.find((entry) => entry.option === figure.crossCheck?.baseline)?.figure;
  if (baseline?.from !== 'observed') {
    throw new FigureInputError(figure.crossCheck.baseline, 'a cross-check starts from an observed rate');
  }
  return ratioPer100(baseline.percent, figure, figure.crossCheck.publishedValue);
}
