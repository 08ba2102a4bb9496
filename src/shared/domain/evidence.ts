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
