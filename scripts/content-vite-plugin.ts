// Vite plugin: the clinical content, read from src/shared/content/data/*.yaml, validated with the app's zod schemas
// and emitted as plain JSON modules. Invalid data fails the build (and the test run) with a message naming the file
// and the field; the app never parses it.
//
// - `virtual:duet-content`: the whole library and the sign-offs, for main, the tests and Node scripts.
// - `virtual:duet-content/loaders`: one loader per condition, `import()` of the module below, so each condition
//   is its own chunk, loaded only when a session about it is opened (issue 14).
// - `virtual:duet-content/catalog`: each condition's name, tagline and completeness, and the considerations (the
//   picker, the home list, the values step: not the first step).
// - `virtual:duet-content/condition/<id>`: one condition, both languages, with the sources it cites.
// - `virtual:duet-content/about`: the library's about and the sign-offs (About screen, the plan's footer).
// - `virtual:duet-content/sources`: every source (About screen).
import type { Plugin } from 'vite';
import { buildContentLibrary, type BuiltContent } from '../src/shared/content/build-library';
import { citedSourceIds } from '../src/shared/content/queries';
import { CONDITION_IDS, type ContentLibrary } from '../src/shared/content/schema';
import { CONTENT_DATA_DIR, readContentFiles } from './content-data';

export const CONTENT_MODULE_ID = 'virtual:duet-content';
export const CATALOG_MODULE_ID = `${CONTENT_MODULE_ID}/catalog`;
export const LOADERS_MODULE_ID = `${CONTENT_MODULE_ID}/loaders`;
export const ABOUT_MODULE_ID = `${CONTENT_MODULE_ID}/about`;
export const SOURCES_MODULE_ID = `${CONTENT_MODULE_ID}/sources`;
const CONDITION_PREFIX = `${CONTENT_MODULE_ID}/condition/`;

const json = (value: unknown) => JSON.stringify(value);

/** The sources one condition cites, in the library's order. */
function sourcesOf(library: ContentLibrary, conditionId: string) {
  const condition = library.conditions.find((candidate) => candidate.id === conditionId);
  if (!condition) return [];
  const ids = new Set(citedSourceIds(condition));
  return library.sources.filter((source) => ids.has(source.id));
}

function moduleCode(id: string, { library, signoffs }: Pick<BuiltContent, 'library' | 'signoffs'>): string | null {
  if (id === CONTENT_MODULE_ID) return `export const library = ${json(library)};\nexport const signoffs = ${json(signoffs)};\n`;
  if (id === CATALOG_MODULE_ID) {
    const summaries = library.conditions.map(({ id: conditionId, name, tagline, completeness }) => ({ id: conditionId, name, tagline, completeness }));
    return `export const conditions = ${json(summaries)};\nexport const considerations = ${json(library.considerations)};\n`;
  }
  if (id === LOADERS_MODULE_ID) {
    const loaders = CONDITION_IDS.map((conditionId) => `  ${json(conditionId)}: () => import(${json(CONDITION_PREFIX + conditionId)}),`);
    return `export const conditionLoaders = {\n${loaders.join('\n')}\n};\n`;
  }
  if (id === ABOUT_MODULE_ID) {
    return `export const about = ${json(library.about)};\nexport const signoffs = ${json(signoffs)};\n`;
  }
  if (id === SOURCES_MODULE_ID) return `export const sources = ${json(library.sources)};\n`;
  if (id.startsWith(CONDITION_PREFIX)) {
    const conditionId = id.slice(CONDITION_PREFIX.length);
    const condition = library.conditions.find((candidate) => candidate.id === conditionId);
    if (!condition) return null;
    return `export const condition = ${json(condition)};\nexport const sources = ${json(sourcesOf(library, conditionId))};\n`;
  }
  return null;
}

const isContentModule = (id: string) => id === CONTENT_MODULE_ID || id.startsWith(`${CONTENT_MODULE_ID}/`);

export function duetContent(dataDir: string = CONTENT_DATA_DIR): Plugin {
  // Read and validated once per build (and again after a data file changes in watch mode).
  let built: { content: BuiltContent; paths: string[] } | null = null;
  return {
    name: 'duet-content',
    buildStart() {
      built = null;
    },
    watchChange(id) {
      if (id.startsWith(dataDir) || id.endsWith('.yaml')) built = null;
    },
    resolveId(id) {
      return isContentModule(id) ? `\0${id}` : null;
    },
    load(resolved) {
      if (!resolved.startsWith('\0') || !isContentModule(resolved.slice(1))) return null;
      try {
        if (!built) {
          const { files, paths } = readContentFiles(dataDir);
          built = { content: buildContentLibrary(files), paths };
        }
        built.paths.forEach((path) => this.addWatchFile(path));
        const code = moduleCode(resolved.slice(1), built.content);
        if (code === null) this.error(`${resolved.slice(1)}: no such content module (conditions: ${CONDITION_IDS.join(', ')})`);
        return code;
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
