import { content } from '../../../shared/content';
import type { Condition } from '../../../shared/content/schema';

/**
 * The condition a session is about, or undefined when this version of Duet does not have it (a session written by
 * another version). Screens show a plain message then; getCondition would throw while rendering.
 */
export function findCondition(id: string): Condition | undefined {
  return content.conditions.find((condition) => condition.id === id);
}
