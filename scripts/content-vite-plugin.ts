// Vite plugin: `import { library, signoffs } from 'virtual:duet-content'` gets the clinical content, read from
// src/shared/content/data/*.yaml, validated with the app's zod schemas and emitted as a plain JSON module. Invalid
// data fails the build (and the test run) with a message naming the file and the field; the app never parses it.
import type { Plugin } from 'vite';
import { buildContentLibrary } from '../src/shared/content/build-library';
import { CONTENT_DATA_DIR, readContentFiles } from './content-data';

export const CONTENT_MODULE_ID = 'virtual:duet-content';
const RESOLVED_ID = `\0${CONTENT_MODULE_ID}`;

export function duetContent(dataDir: string = CONTENT_DATA_DIR): Plugin {
  return {
    name: 'duet-content',
    resolveId(id) {
      return id === CONTENT_MODULE_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      try {
        const { files, paths } = readContentFiles(dataDir);
        paths.forEach((path) => this.addWatchFile(path));
        const { library, signoffs } = buildContentLibrary(files);
        return `export const library = ${JSON.stringify(library)};\nexport const signoffs = ${JSON.stringify(signoffs)};\n`;
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
