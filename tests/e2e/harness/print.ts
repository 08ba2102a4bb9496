import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type { Printer } from '../../../src/main/ipc/printer';
import type { Locale } from '../../../src/shared/locale';
import { EMPTY_PAGE_HEADER, pageFooterTemplate } from '../../../src/shared/print-page-footer';
import type { PrintLayout, Session } from '../../../src/shared/session';
import type { Settings } from '../../../src/shared/settings';
import { appUrl } from './serve-renderer';

export const PRINT_READY_TIMEOUT_MS = 15_000;

/** What main's printToPDF passes (src/main/print.ts imports Electron, so it cannot be imported here). */
export function pdfOptions(
  paperSize: Settings['paperSize'],
  footer: { locale: Locale; layout: PrintLayout } = { locale: 'en', layout: 'session-language' },
) {
  const margin = '16mm';
  return {
    format: paperSize,
    printBackground: true,
    margin: { top: margin, bottom: margin, left: margin, right: margin },
    displayHeaderFooter: true,
    headerTemplate: EMPTY_PAGE_HEADER,
    footerTemplate: pageFooterTemplate(footer.locale, footer.layout),
    // Playwright's name for printToPDF's generateTaggedPDF.
    tagged: true,
  };
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
    const ready = await page.waitForFunction(
      () => {
        const state = document.documentElement.dataset.printReady;
        return state === 'true' || state === 'error' ? state : false;
      },
      undefined,
      { timeout: PRINT_READY_TIMEOUT_MS },
    );
    if ((await ready.jsonValue()) === 'error') throw new Error('The print document could not load the plan.');
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
