import { about } from './about';
import { considerations } from './considerations';
import { sources } from './sources';
import { contentLibrarySchema, type Condition, type ConditionId, type ContentLibrary, type Source } from './schema';
import { condition as depression } from './conditions/depression';
import { condition as anxiety } from './conditions/anxiety';
import { condition as adhd } from './conditions/adhd';
import { condition as ocd } from './conditions/ocd';
import { condition as psychosis } from './conditions/psychosis';
import { condition as bpd } from './conditions/bpd';
import { condition as eatingDisorders } from './conditions/eating-disorders';

/** The raw content, before validation. Tests validate this; the app uses `content`. */
export const rawContent: ContentLibrary = {
  about,
  sources,
  considerations,
  conditions: [depression, anxiety, adhd, ocd, psychosis, bpd, eatingDisorders],
};

/** Parsed once at load: a content error fails loudly in tests and at build, never silently in front of a patient. */
export const content: ContentLibrary = contentLibrarySchema.parse(rawContent);

export function getCondition(id: ConditionId): Condition {
  const found = content.conditions.find((condition) => condition.id === id);
  if (!found) throw new Error(`Unknown condition ${id}`);
  return found;
}

export function getSource(id: string): Source {
  const found = content.sources.find((source) => source.id === id);
  if (!found) throw new Error(`Unknown source ${id}`);
  return found;
}

/** Sources cited anywhere in one condition's content, in a stable order. */
export function sourcesForCondition(condition: Condition): Source[] {
  const ids = new Set<string>();
  for (const outcome of condition.outcomes) {
    outcome.sourceIds.forEach((id) => ids.add(id));
    outcome.effects.forEach((effect) => ids.add(effect.sourceId));
  }
  condition.myths.forEach((myth) => myth.sourceIds.forEach((id) => ids.add(id)));
  condition.cautions.forEach((caution) => caution.sourceIds.forEach((id) => ids.add(id)));
  return content.sources.filter((source) => ids.has(source.id));
}
