import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { duetContent } from './scripts/content-vite-plugin';

// Everything is bundled: the packaged app has no runtime node_modules.
// lowdb/steno are ESM-only and zod is shared with the renderer, so bundling is simplest.
export default defineConfig({
  main: {
    plugins: [duetContent()],
    build: {
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      // A sandboxed preload cannot be ESM.
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), duetContent()],
    build: {
      minify: true,
      rolldownOptions: {
        input: { index: resolve('src/renderer/index.html') },
        // Everything the first screen needs in one file, and the code of every later screen and step in one more,
        // not split by what they share: each file is a request to main's app:// handler (issue 14,
        // docs/performance.md). Content, strings and the passphrase dictionaries keep their own chunks.
        output: {
          codeSplitting: {
            groups: [
              { name: 'first-screen', tags: ['$initial'], priority: 2 },
              { name: 'later-screens', test: (id) => /[\\/]src[\\/]renderer[\\/]src[\\/](?!i18n[\\/])/.test(id), priority: 1 },
            ],
          },
        },
      },
    },
  },
});
