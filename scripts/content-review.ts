// `npm run content:review [-- [--out <folder>] [condition …]]`: writes each condition's review packet to reviews/
// (gitignored) as HTML and PDF, for independent clinicians to read and sign. The PDF is the HTML printed by Debian
// Chromium through Playwright. The content is read and validated exactly as the build reads it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CONDITION_IDS } from '../src/shared/content/schema';
import { loadContent } from './content-data';
import { reviewPacketHtml } from './content-review-packet';
import { requireChromium } from './find-chromium.mjs';

export const DEFAULT_REVIEWS_DIR = fileURLToPath(new URL('../reviews/', import.meta.url));

export interface ReviewRequest {
  outDir: string;
  conditions: string[];
}

export function parseArguments(args: readonly string[]): ReviewRequest {
  const conditions: string[] = [];
  let outDir = DEFAULT_REVIEWS_DIR;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--out') {
      const value = args[index + 1];
      if (!value) throw new Error('--out needs a folder');
      outDir = resolve(value);
      index += 1;
    } else if ((CONDITION_IDS as readonly string[]).includes(arg)) {
      conditions.push(arg);
    } else {
      throw new Error(`Unknown condition or option "${arg}". Conditions: ${CONDITION_IDS.join(', ')}`);
    }
  }
  return { outDir, conditions: conditions.length ? conditions : [...CONDITION_IDS] };
}

/** Writes <condition>.html and <condition>.pdf for each condition; returns the files written. */
export async function writeReviewPackets({ outDir, conditions }: ReviewRequest): Promise<string[]> {
  const built = loadContent();
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: await requireChromium() });
  const written: string[] = [];
  try {
    const page = await browser.newPage();
    for (const id of conditions) {
      const htmlPath = join(outDir, `${id}.html`);
      writeFileSync(htmlPath, reviewPacketHtml(built, id));
      await page.goto(pathToFileURL(htmlPath).href);
      const pdfPath = join(outDir, `${id}.pdf`);
      await page.pdf({
        path: pdfPath,
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="font-size:8pt;width:100%;text-align:center">Duet review packet: ${id}, content ${built.library.about.contentVersion}, page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
      });
      written.push(htmlPath, pdfPath);
    }
  } finally {
    await browser.close();
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const written = await writeReviewPackets(parseArguments(process.argv.slice(2)));
    console.log(`Wrote ${written.length} files:\n${written.map((path) => `  ${path}`).join('\n')}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
