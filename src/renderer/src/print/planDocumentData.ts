import { considerations } from '../content/catalog';
import type { Consideration } from '../../../shared/content/schema';
import type { Answers } from '../../../shared/session';

/** Ratings at or above this ("matters a lot", "a great deal") count as what matters most. */
const MATTERS_MOST_FROM = 3;

export interface RatedConsideration {
  consideration: Consideration;
  importance: 3 | 4;
}

/** The considerations the patient rated highest, most important first, in content order within a rating. */
export function mattersMost(importance: Answers['importance']): RatedConsideration[] {
  return considerations
    .map((consideration) => ({ consideration, importance: importance[consideration.id] ?? 0 }))
    .filter((rated): rated is RatedConsideration => rated.importance >= MATTERS_MOST_FROM)
    .sort((a, b) => b.importance - a.importance);
}

/**
 * The crisis text to print: the practice's line always, plus what the plan adds. The Plan step starts its
 * box from the practice line, so when the typed text already contains it, it is printed once.
 */
export function crisisTextsToPrint(practiceLine: string, planContacts: string): string[] {
  const added = planContacts.trim();
  if (added === '') return [practiceLine];
  if (added.includes(practiceLine.trim())) return [added];
  return [practiceLine, added];
}
