import type { BrowserContext } from '@playwright/test';
import type { Settings } from '../../../src/shared/settings';
import { appUrl } from './serve-renderer';

export const PRINT_READY_TIMEOUT_MS = 15_000;

/**
 * The harness's stand-in for main's printToPDF: render the bare print route in a new page, wait until the
 * print document says it is ready (content and fonts loaded), then print it with Chromium's own PDF pipeline,
 * the same Blink print path Electron's webContents.printToPDF uses.
 */
export async function printPlanToPdf(
  context: BrowserContext,
  sessionId: string,
  paperSize: Settings['paperSize'],
  outputFile: string,
): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(appUrl(`#/print/${sessionId}`));
    await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true', undefined, {
      timeout: PRINT_READY_TIMEOUT_MS,
    });
    await page.pdf({ path: outputFile, format: paperSize, printBackground: true });
  } finally {
    await page.close();
  }
}
