import { library, signoffs as builtSignoffs } from 'virtual:duet-content';
import type { Signoff } from './data-schema';
import { findCondition, findSource, sourcesCitedBy } from './queries';
import type { Condition, ConditionId, ContentLibrary, Source } from './schema';

/**
 * The clinical content, from src/shared/content/data/*.yaml. It was validated against the zod schemas when it was
 * built (scripts/content-vite-plugin.ts): invalid content fails the build and the tests, never a patient's session.
 */
export const content: ContentLibrary = library;

/** The same library, for tests that validate it again with the schema. */
export const rawContent: ContentLibrary = library;

/** Independent clinicians' sign-offs (data/signoffs.yaml); empty until a real reviewer gives one. */
export const signoffs: readonly Signoff[] = builtSignoffs;

export function getCondition(id: ConditionId): Condition {
  return findCondition(content, id);
}

export function getSource(id: string): Source {
  return findSource(content, id);
}

/** Sources cited anywhere in one condition's content, in a stable order. */
export function sourcesForCondition(condition: Condition): Source[] {
  return sourcesCitedBy(content, condition);
}
