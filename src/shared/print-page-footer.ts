import type { Locale } from './locale';
import type { PrintLayout } from './session';

/**
 * Chromium's print header and footer (printToPDF in main, page.pdf in the test harness) are filled from these
 * templates: Chromium puts the numbers into the pageNumber and totalPages spans. They live outside the page,
 * so they cannot use the app's translations; the few words are here, in both languages.
 */
const PAGE_OF: Record<Locale, [string, string]> = { en: ['Page', 'of'], es: ['Página', 'de'] };

function pageOf(locale: Locale): string {
  const [page, of] = PAGE_OF[locale];
  return `${page} <span class="pageNumber"></span> ${of} <span class="totalPages"></span>`;
}

/** "Page 1 of 2", or "Page 1 of 4 · Página 1 de 4" on a bilingual plan. Templates need an explicit font size. */
export function pageFooterTemplate(locale: Locale, layout: PrintLayout): string {
  const other: Locale = locale === 'en' ? 'es' : 'en';
  const words = layout === 'bilingual' ? `${pageOf(locale)} · ${pageOf(other)}` : pageOf(locale);
  return `<div style="width:100%;font-size:10pt;font-family:sans-serif;text-align:center;color:#000;">${words}</div>`;
}

/** An empty header: without one Chromium prints the date and the page title at the top. */
export const EMPTY_PAGE_HEADER = '<span></span>';
