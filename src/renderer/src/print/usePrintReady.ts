import { useEffect } from 'react';

/** Resolves once web fonts the page already uses have loaded (at once where the browser has no font API). */
function fontsReady(): Promise<unknown> {
  // Reading layout makes the browser start loading every font the document needs before we ask.
  document.body.getBoundingClientRect();
  const fonts = (document as Partial<Pick<Document, 'fonts'>>).fonts;
  return fonts?.ready ?? Promise.resolve();
}

/**
 * Tells main when a bare print page is safe to print, through <html data-print-ready> (read by main's
 * waitForPrintReady and the test harness): 'true' once its content and fonts are in, 'error' if it could not load.
 */
export function usePrintReady(failed: boolean, loaded: boolean): void {
  useEffect(() => {
    const root = document.documentElement;
    if (failed) {
      root.dataset.printReady = 'error';
      return;
    }
    if (!loaded) return;
    let current = true;
    void fontsReady().then(() => {
      if (current) root.dataset.printReady = 'true';
    });
    return () => {
      current = false;
      delete root.dataset.printReady;
    };
  }, [failed, loaded]);
}
