import { join } from 'node:path';
import { dialog, type BrowserWindow, type SaveDialogOptions, type WebContents } from 'electron';
import type { PdfOutcome, PrintOutcome } from '../shared/contract';
import { AWAIT_PRINT_READY_SCRIPT, pdfPrintOptions, PRINT_READY_TIMEOUT_MS, printReadiness, printRoute, type PrintDocument } from '../shared/print-options';
import type { Session } from '../shared/session';
import type { Settings } from '../shared/settings';
import { PrintError } from './errors';
import type { Printer } from './ipc/printer';
import type { RendererLocation } from './renderer-location';
import { createSecureWindow, defaultPreloadPath } from './window';
import { withExtension, writeFileDurably } from './saved-file';
import { localDateForFileName, syncedFolderWarning } from './saved-file-location';

export interface ElectronPrinterOptions {
  renderer: RendererLocation;
  /** The visible window the paper print dialog belongs to. */
  getMainWindow: () => BrowserWindow | null;
  /**
   * The folder the save dialog opens in: the practice's configured folder, or null to let the OS choose (M11: not
   * Documents by default, which OneDrive or iCloud may sync).
   */
  defaultFolder: () => string | null;
  /** Asks whether to go on saving into a cloud-synced or network folder; false stops the save. */
  confirmSyncedFolder?: (warning: string) => Promise<boolean>;
  /** The practice's rule on where plans may be saved: a plain refusal for a path outside it, or null (policy). */
  refusePath?: (path: string) => string | null;
  preload?: string;
  now?: () => Date;
  readyTimeoutMs?: number;
}

/** What each document is called in file names and dialogs. */
const DOCUMENT_NAMES: Record<PrintDocument['kind'], { file: string; dialog: string; what: string }> = {
  plan: { file: 'Duet plan', dialog: 'Save the plan as PDF', what: 'The plan' },
  'follow-up': { file: 'Duet follow-up', dialog: 'Save the follow-up summary as PDF', what: 'The follow-up summary' },
  dashboard: { file: 'Duet practice outcomes', dialog: 'Save the practice outcomes as PDF', what: 'The practice outcomes' },
};

/**
 * The route and the page footer's language of a document: a session's document in the session's language and
 * layout; the practice's figures (no session) in the practice's language.
 */
function documentPage(session: Session | null, settings: Settings, document: PrintDocument) {
  if (document.kind === 'dashboard') {
    return { route: printRoute('', document), footer: { locale: settings.defaultLanguage, layout: 'session-language' as const } };
  }
  if (!session) throw new PrintError(`${DOCUMENT_NAMES[document.kind].what} could not be prepared: no session was given.`);
  return { route: printRoute(session.id, document), footer: { locale: session.language, layout: session.answers.printLayout } };
}

/**
 * "Duet plan - 2025-05-06.pdf", "Duet follow-up - 2025-05-06.pdf". The patient's label stays out of the suggested
 * name (M11): file names show up in recent-file lists, jump lists and sync logs. The person may still type one.
 */
export function defaultPdfName(date: Date, document: PrintDocument = { kind: 'plan' }): string {
  return `${DOCUMENT_NAMES[document.kind].file} - ${localDateForFileName(date)}.pdf`;
}

/** Adds ".pdf" to a typed name without it, never over an existing file (saved-file.ts). */
const withPdfExtension = (path: string) => withExtension(path, 'pdf');

/**
 * Waits until the print view says its data and fonts are ready (the renderer sets data-print-ready), and stops at
 * once when it says it could not load them (T-2), instead of waiting out the timeout. One executeJavaScript that
 * settles when the page does (AWAIT_PRINT_READY_SCRIPT), not a poll: no 100 ms steps added to the wait (issue 14).
 */
export async function waitForPrintReady(
  contents: Pick<WebContents, 'isDestroyed' | 'executeJavaScript' | 'once' | 'removeListener'>,
  timeoutMs: number,
): Promise<void> {
  if (contents.isDestroyed()) throw new PrintError('The plan could not be prepared: its window closed.');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onDestroyed: (() => void) | undefined;
  const outcome = await Promise.race<unknown>([
    contents.executeJavaScript(AWAIT_PRINT_READY_SCRIPT, false).catch(() => 'failed'),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    }),
    new Promise((resolve) => {
      onDestroyed = () => resolve('destroyed');
      contents.once('destroyed', onDestroyed);
    }),
  ]).finally(() => {
    clearTimeout(timer);
    if (onDestroyed) contents.removeListener('destroyed', onDestroyed);
  });
  if (outcome === 'destroyed') throw new PrintError('The plan could not be prepared: its window closed.');
  if (outcome === 'timeout') {
    throw new PrintError(`The plan was not ready to save after ${Math.round(timeoutMs / 1000)} seconds. Please try again.`);
  }
  if (outcome === 'failed') throw new PrintError('The plan could not be prepared for saving.');
  if (printReadiness(outcome) === 'error') {
    throw new PrintError('The plan could not be prepared for saving: Duet could not read it (it may have locked). Please try again.');
  }
}

async function renderPdf(session: Session | null, settings: Settings, document: PrintDocument, options: ElectronPrinterOptions): Promise<Buffer> {
  const page = documentPage(session, settings, document);
  const hidden = createSecureWindow({ show: false, preload: options.preload ?? defaultPreloadPath() });
  try {
    try {
      await hidden.loadURL(options.renderer.urlFor(page.route));
    } catch (cause) {
      throw new PrintError(`${DOCUMENT_NAMES[document.kind].what} could not be prepared for saving.`, { cause });
    }
    await waitForPrintReady(hidden.webContents, options.readyTimeoutMs ?? PRINT_READY_TIMEOUT_MS);
    // The same options the test harness gives page.pdf() (shared/print-options.ts).
    return await hidden.webContents.printToPDF(pdfPrintOptions(settings.paperSize, page.footer));
  } finally {
    if (!hidden.isDestroyed()) hidden.destroy();
  }
}

export function createElectronPrinter(options: ElectronPrinterOptions): Printer {
  const now = options.now ?? (() => new Date());

  return {
    // The page on screen is the document's own view (the plan's preview, or the dashboard with its print
    // stylesheet), so printing prints what the person sees; `document` only names what failed.
    print: (_session: Session | null, settings: Settings, document: PrintDocument = { kind: 'plan' }) =>
      new Promise<PrintOutcome>((resolve, reject) => {
        const window = options.getMainWindow();
        if (!window || window.isDestroyed()) {
          reject(new PrintError('There is no Duet window to print from.'));
          return;
        }
        // The system dialog (not silent printing, which gives blank pages on Linux); the page on screen is the
        // print preview, and the print stylesheet hides the screen-only controls.
        window.webContents.print(
          { silent: false, printBackground: true, pageSize: settings.paperSize },
          (success, failureReason) => {
            if (success) resolve({ outcome: 'printed' });
            else if (/cancel/i.test(failureReason)) resolve({ outcome: 'cancelled' });
            else reject(new PrintError(`${DOCUMENT_NAMES[document.kind].what} could not be printed (${failureReason || 'unknown reason'}).`));
          },
        );
      }),

    savePdf: async (session: Session | null, settings: Settings, document: PrintDocument = { kind: 'plan' }): Promise<PdfOutcome> => {
      // Asking first means nothing is rendered for a cancelled save. The system dialog confirms overwriting.
      const parent = options.getMainWindow();
      const folder = options.defaultFolder();
      const name = defaultPdfName(now(), document);
      const dialogOptions: SaveDialogOptions = {
        title: DOCUMENT_NAMES[document.kind].dialog,
        defaultPath: folder ? join(folder, name) : name,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        // Windows would otherwise list the plan in Recent items and jump lists for the next person (M11).
        properties: ['showOverwriteConfirmation', 'createDirectory', 'dontAddToRecent'],
      };
      const choice = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      if (choice.canceled || !choice.filePath) return { outcome: 'cancelled' };
      const refusal = options.refusePath?.(choice.filePath) ?? null;
      if (refusal) throw new PrintError(refusal);

      const warning = syncedFolderWarning(choice.filePath);
      if (warning && options.confirmSyncedFolder && !(await options.confirmSyncedFolder(warning))) return { outcome: 'cancelled' };

      const path = await withPdfExtension(choice.filePath);
      const pdf = await renderPdf(session, settings, document, options);
      try {
        await writeFileDurably(path, pdf);
      } catch (cause) {
        throw new PrintError(`The PDF could not be saved to ${path}. Please choose another folder.`, { cause });
      }
      return { outcome: 'saved', path };
    },
  };
}
