import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type { Printer } from '../../../src/main/ipc/printer';
import type { Locale } from '../../../src/shared/locale';
import { AWAIT_PRINT_READY_SCRIPT, pdfPrintOptions, playwrightPdfOptions, PRINT_READY_TIMEOUT_MS, printReadiness } from '../../../src/shared/print-options';
import type { PrintLayout, Session } from '../../../src/shared/session';
import type { Settings } from '../../../src/shared/settings';
import { appUrl } from './serve-renderer';

/** main's printToPDF options (shared/print-options.ts), in Playwright's names and units. */
export function pdfOptions(
  paperSize: Settings['paperSize'],
  footer: { locale: Locale; layout: PrintLayout } = { locale: 'en', layout: 'session-language' },
) {
  return playwrightPdfOptions(pdfPrintOptions(paperSize, footer));
}

/**
 * The harness's stand-in for main's printToPDF: render the bare print route in a new page, wait until the
 * print document says it is ready (content and fonts loaded), then print it with Chromium's own PDF pipeline,
 * the same Blink print path Electron's webContents.printToPDF uses.
 */
export async function printPlanToPdf(
  context: BrowserContext,
  session: Pick<Session, 'id' | 'language' | 'answers'>,
  paperSize: Settings['paperSize'],
  outputFile: string,
): Promise<void> {
  const sessionId = session.id;
  const page = await context.newPage();
  try {
    await page.goto(appUrl(`#/print/${sessionId}`));
    // main's waitForPrintReady: the same script in the page, read through the same printReadiness rule.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attribute: unknown = await Promise.race([
      page.evaluate(AWAIT_PRINT_READY_SCRIPT),
      new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`The print document was not ready after ${PRINT_READY_TIMEOUT_MS} ms.`)), PRINT_READY_TIMEOUT_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    if (printReadiness(attribute) === 'error') throw new Error('The print document could not load the plan.');
    await page.pdf({ path: outputFile, ...pdfOptions(paperSize, { locale: session.language, layout: session.answers.printLayout }) });
  } finally {
    await page.close();
  }
}

/**
 * main's Printer for a browser: savePdf writes the PDF into `folder` (no save dialog to drive, so the path is
 * chosen here) and records it; print answers 'cancelled', because the system print dialog cannot be driven
 * from a test. Failures become main's 'print-failed' through its own error handling.
 */
export function browserPrinter(context: BrowserContext, folder: string, savedPdfs: string[]): Printer {
  return {
    print: async () => ({ outcome: 'cancelled' }),
    savePdf: async (session, settings) => {
      const path = join(folder, `plan-${savedPdfs.length + 1}.pdf`);
      await printPlanToPdf(context, session, settings.paperSize, path);
      savedPdfs.push(path);
      return { outcome: 'saved', path };
    },
  };
}
