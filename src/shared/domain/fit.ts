import type { FitDirection, FitMapping, FitOverrides } from '../content/consideration-fit';
import type { ConditionId, OptionKind } from '../content/schema';

/** One rated consideration's pull on one option: direction × how much it matters (0–4). */
export interface FitContribution {
  considerationId: string;
  direction: FitDirection;
  importance: number;
  /** direction × importance: positive pushes toward the option, negative away from it. */
  weight: number;
}

export interface OptionFit {
  option: OptionKind;
  /** Sum of the weights. Used for the plain-words summary only: options are never ranked by it. */
  total: number;
  toward: FitContribution[];
  away: FitContribution[];
  /** Rated considerations that neither fit nor work against this option (or depend on the person). */
  neutral: FitContribution[];
}

function byWeightThenId(a: FitContribution, b: FitContribution): number {
  return Math.abs(b.weight) - Math.abs(a.weight) || b.importance - a.importance || a.considerationId.localeCompare(b.considerationId);
}

/**
 * How each option lines up with what the patient said matters, weighted by importance (0–4). A consideration rated
 * 0, not rated, or missing from the mapping contributes nothing. The result keeps the order of `options`: it
 * describes, it does not recommend.
 */
export function fitScores(
  importance: Readonly<Record<string, number>>,
  mapping: FitMapping,
  options: readonly OptionKind[],
): OptionFit[] {
  return options.map((option) => {
    const contributions: FitContribution[] = [];
    for (const [considerationId, rating] of Object.entries(importance)) {
      const cell = mapping[considerationId]?.[option];
      if (!cell || !Number.isFinite(rating) || rating <= 0) continue;
      contributions.push({ considerationId, direction: cell.direction, importance: rating, weight: cell.direction * rating });
    }
    contributions.sort(byWeightThenId);
    return {
      option,
      total: contributions.reduce((sum, contribution) => sum + contribution.weight, 0),
      toward: contributions.filter((contribution) => contribution.direction > 0),
      away: contributions.filter((contribution) => contribution.direction < 0),
      neutral: contributions.filter((contribution) => contribution.direction === 0),
    };
  });
}

export type FitLean = 'no-pull' | 'more-toward' | 'more-away' | 'balanced';

/** A neutral word for the balance of one option's contributions, for the summary sentence. */
export function fitLean(fit: OptionFit): FitLean {
  if (fit.toward.length === 0 && fit.away.length === 0) return 'no-pull';
  if (fit.total > 0) return 'more-toward';
  if (fit.total < 0) return 'more-away';
  return 'balanced';
}

/**
 * One condition's table: the general cells, with the condition's own cells in their place where it has them.
 * Pure, so the fit tests can check every condition's table exactly as the Values step shows it.
 */
export function fitMappingFor(base: FitMapping, overrides: FitOverrides, conditionId: ConditionId): FitMapping {
  const own = overrides[conditionId] ?? {};
  return Object.fromEntries(
    Object.entries(base).map(([considerationId, row]) => [considerationId, { ...row, ...own[considerationId] }]),
  );
}
