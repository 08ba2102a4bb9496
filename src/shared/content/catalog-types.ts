import type { Condition, Source } from './schema';

/** A condition as the picker and the home list name it, before its content is loaded. */
export type ConditionSummary = Pick<Condition, 'id' | 'name' | 'tagline' | 'completeness'>;

/** One condition's chunk (virtual:duet-content/condition/<id>): its content and the sources it cites. */
export interface ConditionModule {
  condition: Condition;
  sources: Source[];
}
