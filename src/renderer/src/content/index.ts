import { conditionLoaders } from 'virtual:duet-content/loaders';
import type { ConditionModule, ConditionSummary } from '../../../shared/content/catalog-types';
import type { GlossaryTerm } from '../../../shared/content/glossary-schema';
import { citedSourceIds } from '../../../shared/content/queries';
import type { Condition, Source } from '../../../shared/content/schema';

/**
 * The clinical content as the renderer gets it (issue 14): each condition, in both languages with the sources it
 * cites, is its own chunk, loaded when a session about it opens; the names of all conditions and the
 * considerations are in ./catalog (not needed by the first step). Everything was validated when it was built
 * (scripts/content-vite-plugin.ts), so nothing is parsed here. main, the tests and the Node scripts keep the whole
 * library in one piece (src/shared/content/index.ts).
 */

export type { ConditionModule, ConditionSummary };
// The catalog (names, considerations) is imported from './catalog' by the screens that need it, so that it stays
// out of the first screen.

/**
 * A promise React's use() can read without suspending again once it has settled: React looks at `status` and
 * `value` on the promise it is given, so a condition loaded once renders at once everywhere after.
 */
type TrackedPromise<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

function tracked<T>(promise: Promise<T>): TrackedPromise<T> {
  const result = promise as TrackedPromise<T>;
  result.status = 'pending';
  result.then(
    (value) => {
      result.status = 'fulfilled';
      result.value = value;
    },
    (reason: unknown) => {
      result.status = 'rejected';
      result.reason = reason;
    },
  );
  return result;
}

const loading = new Map<string, TrackedPromise<ConditionModule | undefined>>();
const knownSources = new Map<string, Source>();
let glossaryTerms: readonly GlossaryTerm[] = [];
let glossaryLoading: Promise<void> | null = null;

/** The glossary (its own chunk): only condition content uses it, so it loads with the first condition. */
function loadGlossary(): Promise<void> {
  glossaryLoading ??= import('../../../shared/content/glossary').then(
    (module) => {
      glossaryTerms = module.glossary;
    },
    (error: unknown) => {
      glossaryLoading = null;
      throw error;
    },
  );
  return glossaryLoading;
}

/**
 * The glossary terms, for condition content on the screen (GlossaryText). Loaded with every condition, so always
 * in by the time content shows; before that the list is empty and text is simply shown without explanations.
 */
export function getGlossary(): readonly GlossaryTerm[] {
  return glossaryTerms;
}

export function getGlossaryTerm(id: string): GlossaryTerm | undefined {
  return glossaryTerms.find((term) => term.id === id);
}

/** Makes sources known to getSource (a loaded condition's, or the whole list on the About screen). */
export function registerSources(sources: readonly Source[]): void {
  for (const source of sources) knownSources.set(source.id, source);
}

/**
 * One condition's content and sources (and the glossary its text uses), loaded once (the same promise every time, for React's use()). Resolves to
 * undefined for a condition this version of Duet does not have (a session written by another version): screens
 * show a plain message then. A chunk that fails to load is forgotten, so the next try loads it again.
 */
export function loadCondition(id: string): Promise<ConditionModule | undefined> {
  const cached = loading.get(id);
  if (cached) return cached;
  const loader = Object.hasOwn(conditionLoaders, id) ? conditionLoaders[id as keyof typeof conditionLoaders] : undefined;
  const promise = tracked(
    loader
      ? Promise.all([loader(), loadGlossary()]).then(
          ([{ condition, sources }]) => {
            registerSources(sources);
            return { condition, sources };
          },
          (error: unknown) => {
            loading.delete(id);
            throw error;
          },
        )
      : Promise.resolve(undefined),
  );
  loading.set(id, promise);
  return promise;
}

/**
 * A source cited by content on the screen. Content only reaches a screen through loadCondition (or the About
 * screen's full list), which makes its sources known first; an unknown id is a content bug and throws.
 */
export function getSource(id: string): Source {
  const found = knownSources.get(id);
  if (!found) throw new Error(`Unknown source ${id}`);
  return found;
}

/** The sources one loaded condition cites, in the library's order (the plan's list of sources). */
export function sourcesForCondition(condition: Condition): Source[] {
  const loaded = loading.get(condition.id)?.value;
  if (!loaded) throw new Error(`The content of ${condition.id} is not loaded`);
  const ids = new Set(citedSourceIds(condition));
  return loaded.sources.filter((source) => ids.has(source.id));
}
