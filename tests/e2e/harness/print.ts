import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type { Printer } from '../../../src/main/ipc/printer';
import type { Locale } from '../../../src/shared/locale';
import { AWAIT_PRINT_READY_SCRIPT, pdfPrintOptions, playwrightPdfOptions, PRINT_READY_TIMEOUT_MS, printReadiness, printRoute, type PrintDocument } from '../../../src/shared/print-options';
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
  printed: PrintDocument = { kind: 'plan' },
): Promise<void> {
  await printRouteToPdf(context, printRoute(session.id, printed), outputFile, pdfOptions(paperSize, { locale: session.language, layout: session.answers.printLayout }));
}

/** The practice's figures (no session), in the practice's language, as main's printer makes them. */
export async function printDashboardToPdf(context: BrowserContext, settings: Settings, printed: PrintDocument, outputFile: string): Promise<void> {
  await printRouteToPdf(context, printRoute('', printed), outputFile, pdfOptions(settings.paperSize, { locale: settings.defaultLanguage, layout: 'session-language' }));
}

async function printRouteToPdf(context: BrowserContext, route: string, outputFile: string, options: ReturnType<typeof pdfOptions>): Promise<void> {
  const page = await context.newPage();
  try {
    // The route main's hidden window loads for this document.
    await page.goto(appUrl(`#${route}`));
    // main's waitForPrintReady: the same script in the page, read through the same printReadiness rule.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attribute: unknown = await Promise.race([
      page.evaluate(AWAIT_PRINT_READY_SCRIPT),
      new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`The print document was not ready after ${PRINT_READY_TIMEOUT_MS} ms.`)), PRINT_READY_TIMEOUT_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    if (printReadiness(attribute) === 'error') throw new Error('The print document could not load its data.');
    await page.pdf({ path: outputFile, ...options });
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
    savePdf: async (session, settings, printed = { kind: 'plan' }) => {
      const path = join(folder, `${printed.kind}-${savedPdfs.length + 1}.pdf`);
      if (printed.kind === 'dashboard') await printDashboardToPdf(context, settings, printed, path);
      else if (session) await printPlanToPdf(context, session, settings.paperSize, path, printed);
      else throw new Error('A session document was asked for without a session.');
      savedPdfs.push(path);
      return { outcome: 'saved', path };
    },
  };
}
