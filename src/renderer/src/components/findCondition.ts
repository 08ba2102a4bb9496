import { findConditionSummary } from '../content/catalog';
import type { ConditionSummary } from '../../../shared/content/catalog-types';

/**
 * The condition a session is about, by name (the home list), or undefined when this version of Duet does not have
 * it (a session written by another version). Its content loads with loadCondition (../content) when it opens.
 */
export function findCondition(id: string): ConditionSummary | undefined {
  return findConditionSummary(id);
}
