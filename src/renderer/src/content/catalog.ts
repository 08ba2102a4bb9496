import { conditions, considerations as catalogConsiderations } from 'virtual:duet-content/catalog';
import type { ConditionSummary } from '../../../shared/content/catalog-types';
import type { Consideration } from '../../../shared/content/schema';

/** Every condition's id, name, tagline and completeness, in content order (the picker and the home list). */
export const conditionSummaries: readonly ConditionSummary[] = conditions;

/** What the patient rates on "What matters to you", in content order. */
export const considerations: readonly Consideration[] = catalogConsiderations;

/** The condition's summary, or undefined when this version of Duet does not have it. */
export function findConditionSummary(id: string): ConditionSummary | undefined {
  return conditions.find((condition) => condition.id === id);
}
