// Reads the clinical content data (src/shared/content/data/*.yaml) in Node: for the build plugin, the tests and the
// tsx scripts. The checks themselves live in src/shared/content/build-library.ts (pure, shared with nothing else).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { buildContentLibrary, ContentDataError, type BuiltContent, type ContentFiles } from '../src/shared/content/build-library';
import { findCondition, sourcesCitedBy } from '../src/shared/content/queries';
import type { Condition, ConditionId, Source } from '../src/shared/content/schema';

export const CONTENT_DATA_DIR = fileURLToPath(new URL('../src/shared/content/data/', import.meta.url));

/** Every *.yaml file in the folder, parsed. A YAML syntax error is reported with its file and line. */
export function readContentFiles(dir: string = CONTENT_DATA_DIR): { files: ContentFiles; paths: string[] } {
  const names = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
  const files: ContentFiles = {};
  const problems: string[] = [];
  for (const name of names) {
    const document = parseDocument(readFileSync(join(dir, name), 'utf8'), { prettyErrors: true, uniqueKeys: true });
    for (const error of document.errors) problems.push(`${name}: line ${error.linePos?.[0].line ?? '?'}: ${error.message.split('\n')[0]}`);
    files[name] = document.toJS();
  }
  if (problems.length > 0) throw new ContentDataError(problems);
  return { files, paths: names.map((name) => join(dir, name)) };
}

/** The validated library, with each condition's figure inputs and the reviewer sign-offs. */
export function loadContent(dir: string = CONTENT_DATA_DIR): BuiltContent {
  return buildContentLibrary(readContentFiles(dir).files);
}

/** The same look-ups the app uses (src/shared/content/index.ts), for Node code that cannot import the build. */
export function nodeContentApi(built: BuiltContent = loadContent()) {
  return {
    content: built.library,
    getCondition: (id: ConditionId): Condition => findCondition(built.library, id),
    sourcesForCondition: (condition: Condition): Source[] => sourcesCitedBy(built.library, condition),
  };
}
