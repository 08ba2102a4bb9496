import { OPTION_KINDS, type OptionKind } from '../../../../shared/content/ids';
import type { Condition } from '../../../../shared/content/schema';

/** Option kinds that have numbers in at least one outcome, in the fixed order Duet always uses. */
export function optionsWithNumbers(condition: Condition): OptionKind[] {
  const present = new Set(condition.outcomes.flatMap((outcome) => outcome.results.map((result) => result.option)));
  return OPTION_KINDS.filter((kind) => present.has(kind));
}

/** What the patient chose to compare; nothing chosen yet means every option with numbers. */
export function shownOptions(available: OptionKind[], compared: OptionKind[]): OptionKind[] {
  const chosen = available.filter((kind) => compared.includes(kind));
  return chosen.length > 0 ? chosen : available;
}

/** The compared set after ticking or unticking one option, or null when that would leave nothing to see. */
export function toggleCompared(available: OptionKind[], shown: OptionKind[], kind: OptionKind): OptionKind[] | null {
  const next = shown.includes(kind) ? shown.filter((shownKind) => shownKind !== kind) : [...shown, kind];
  if (next.length === 0) return null;
  return available.filter((availableKind) => next.includes(availableKind));
}
