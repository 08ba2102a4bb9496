import type { DashboardQuery } from './domain/outcomes/figures';
import type { Locale } from './locale';
import { EMPTY_PAGE_HEADER, pageFooterTemplate } from './print-page-footer';
import type { PrintLayout } from './session';
import type { Settings } from './settings';

/**
 * The one description of how a plan becomes a PDF (code review T-1): main passes pdfPrintOptions() straight to
 * Electron's webContents.printToPDF, and the browser test harness passes the same options, renamed by
 * playwrightPdfOptions(), to Playwright's page.pdf(). Both go through Blink's print pipeline.
 */

/** How long the hidden print page may take to load its data and fonts. */
export const PRINT_READY_TIMEOUT_MS = 20_000;
/** Matches the 16 mm @page margin in the print stylesheet. */
export const PDF_MARGIN_MM = 16;
const PDF_MARGIN_INCHES = PDF_MARGIN_MM / 25.4;

/** Electron's printToPDF options, in Electron's names and units (margins in inches). */
export interface PdfPrintOptions {
  pageSize: Settings['paperSize'];
  printBackground: true;
  margins: { top: number; bottom: number; left: number; right: number };
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
  generateTaggedPDF: true;
}

export function pdfPrintOptions(paperSize: Settings['paperSize'], footer: { locale: Locale; layout: PrintLayout }): PdfPrintOptions {
  return {
    pageSize: paperSize,
    printBackground: true,
    margins: { top: PDF_MARGIN_INCHES, bottom: PDF_MARGIN_INCHES, left: PDF_MARGIN_INCHES, right: PDF_MARGIN_INCHES },
    // "Page 1 of 2" in the bottom margin.
    displayHeaderFooter: true,
    headerTemplate: EMPTY_PAGE_HEADER,
    footerTemplate: pageFooterTemplate(footer.locale, footer.layout),
    // Experimental in Electron (docs/decisions.md): headings and lists reach screen readers reading the PDF.
    generateTaggedPDF: true,
  };
}

/** The same options in Playwright's page.pdf() names and units (test harness and benchmark only). */
export function playwrightPdfOptions(options: PdfPrintOptions) {
  const inches = (value: number) => `${value}in`;
  return {
    format: options.pageSize,
    printBackground: options.printBackground,
    margin: {
      top: inches(options.margins.top),
      bottom: inches(options.margins.bottom),
      left: inches(options.margins.left),
      right: inches(options.margins.right),
    },
    displayHeaderFooter: options.displayHeaderFooter,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
    tagged: options.generateTaggedPDF,
  };
}

/**
 * The print page's `data-print-ready` on <html> (set by PrintScreen): 'true' once data and fonts are in, 'error'
 * when its data could not load (main stops waiting at once, T-2). Anything else: still loading.
 */
export type PrintReadiness = 'ready' | 'error' | 'waiting';

export function printReadiness(attribute: unknown): PrintReadiness {
  if (attribute === 'true') return 'ready';
  if (attribute === 'error') return 'error';
  return 'waiting';
}

/**
 * What is printed: the take-home plan, the summary of one follow-up visit, or the practice's outcome figures
 * (issue 12; not about one session, so it has no session id).
 */
export type PrintDocument = { kind: 'plan' } | { kind: 'follow-up'; visitId: string } | { kind: 'dashboard'; query: DashboardQuery };

/** The dashboard's query in a route: one `q` parameter holding its JSON (the print route parses it with the schema). */
export function dashboardQueryParam(query: DashboardQuery): string {
  return `q=${encodeURIComponent(JSON.stringify(query))}`;
}

/**
 * The bare print route main's hidden window (and the test harness) renders for a document. The dashboard's route
 * ignores `sessionId`.
 */
export function printRoute(sessionId: string, document: PrintDocument = { kind: 'plan' }): string {
  switch (document.kind) {
    case 'plan':
      return `/print/${sessionId}`;
    case 'follow-up':
      return `/print/${sessionId}/follow-up/${document.visitId}`;
    case 'dashboard':
      return `/print/dashboard?${dashboardQueryParam(document.query)}`;
  }
}

/**
 * Run in the print page (main's executeJavaScript, the harness's page.evaluate): a promise of the first settled
 * value of `data-print-ready` ('true' or 'error'), at once if it has one. One round trip, answered the moment the
 * page decides, instead of asking every 100 ms (issue 14: a person waits for this after "Save as PDF").
 */
export const AWAIT_PRINT_READY_SCRIPT = `new Promise((resolve) => {
  const root = document.documentElement;
  const settled = () => (root.dataset.printReady === 'true' || root.dataset.printReady === 'error' ? root.dataset.printReady : null);
  if (settled()) return resolve(settled());
  const observer = new MutationObserver(() => {
    if (!settled()) return;
    observer.disconnect();
    resolve(settled());
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-print-ready'] });
})`;
