import { join } from 'node:path';
import { build } from 'vite';

/**
 * Bundles kill-child.ts (with the real storage layer, lowdb and zod) into one .mjs, so each of the hundreds of
 * child processes starts in plain node without a TypeScript loader.
 */
export async function bundleKillChild(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: join(import.meta.dirname, 'kill-child.ts'),
      outDir,
      emptyOutDir: false,
      minify: false,
      rolldownOptions: { output: { format: 'esm', entryFileNames: 'kill-child.mjs' } },
    },
  });
  return join(outDir, 'kill-child.mjs');
}
