import type { Condition, ConditionId, ContentLibrary, Source } from './schema';

/** Look-ups over a content library; index.ts binds them to the app's library. */

export function findCondition(library: ContentLibrary, id: ConditionId): Condition {
  const found = library.conditions.find((condition) => condition.id === id);
  if (!found) throw new Error(`Unknown condition ${id}`);
  return found;
}

export function findSource(library: ContentLibrary, id: string): Source {
  const found = library.sources.find((source) => source.id === id);
  if (!found) throw new Error(`Unknown source ${id}`);
  return found;
}

/** Source ids a condition cites, in the order they first appear. */
export function citedSourceIds(condition: Condition): string[] {
  const ids = new Set<string>();
  for (const outcome of condition.outcomes ?? []) {
    (outcome.sourceIds ?? []).forEach((id) => ids.add(id));
    (outcome.effects ?? []).forEach((effect) => ids.add(effect.sourceId));
  }
  (condition.evidenceInWords?.sourceIds ?? []).forEach((id) => ids.add(id));
  (condition.myths ?? []).forEach((myth) => (myth.sourceIds ?? []).forEach((id) => ids.add(id)));
  (condition.cautions ?? []).forEach((caution) => (caution.sourceIds ?? []).forEach((id) => ids.add(id)));
  return [...ids];
}

/** Sources cited anywhere in one condition's content, in the library's order. */
export function sourcesCitedBy(library: ContentLibrary, condition: Condition): Source[] {
  const ids = new Set(citedSourceIds(condition));
  return library.sources.filter((source) => ids.has(source.id));
}
