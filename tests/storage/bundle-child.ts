import { join } from 'node:path';
import { build } from 'vite';

/**
 * Bundles a child script (kill-child.ts by default, with the real storage layer, lowdb and zod) into one .mjs, so
 * each of the hundreds of child processes starts in plain node without a TypeScript loader.
 */
export async function bundleKillChild(outDir: string, entry = 'kill-child'): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: join(import.meta.dirname, `${entry}.ts`),
      outDir,
      emptyOutDir: false,
      minify: false,
      rolldownOptions: { output: { format: 'esm', entryFileNames: `${entry}.mjs` } },
    },
  });
  return join(outDir, `${entry}.mjs`);
}
