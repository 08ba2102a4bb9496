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
        // Everything the first screen needs in one file, not split by what later chunks also use: each file is a
        // request to main's app:// handler before the first step can show (issue 14, docs/performance.md).
        output: { codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] } },
      },
    },
  },
});
