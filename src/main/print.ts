import { access, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { dialog, type BrowserWindow, type SaveDialogOptions, type WebContents } from 'electron';
import type { PdfOutcome, PrintOutcome } from '../shared/contract';
import { AWAIT_PRINT_READY_SCRIPT, pdfPrintOptions, PRINT_READY_TIMEOUT_MS, printReadiness } from '../shared/print-options';
import type { Session } from '../shared/session';
import type { Settings } from '../shared/settings';
import { PrintError } from './errors';
import type { Printer } from './ipc/printer';
import type { RendererLocation } from './renderer-location';
import { createSecureWindow, defaultPreloadPath } from './window';
import { syncFolder } from './storage/storage-fs';
import { nodeStorageFs } from './storage';
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

/**
 * "Duet plan - 2025-05-06.pdf". The patient's label stays out of the suggested name (M11): file names show up in
 * recent-file lists, jump lists and sync logs. The person may still type one.
 */
export function defaultPdfName(date: Date): string {
  return `Duet plan - ${localDateForFileName(date)}.pdf`;
}

/**
 * The PDF goes to a temp file beside the target, is synced to disk, then renamed over it, and the folder is synced
 * (m15): a crash or power loss leaves either no file or the whole PDF, never a torn one under the chosen name.
 */
async function writeFileDurably(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.duet-tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(nodeStorageFs, dirname(path));
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * The dialog asked about overwriting the name the person typed. When we add ".pdf" to it, that is another name
 * nobody was asked about, so an existing file there is never replaced: "plan (2).pdf" is used instead.
 */
async function withPdfExtension(path: string): Promise<string> {
  if (path.toLowerCase().endsWith('.pdf')) return path;
  let candidate = `${path}.pdf`;
  for (let copy = 2; await exists(candidate); copy++) candidate = `${path} (${copy}).pdf`;
  return candidate;
}

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

async function renderPlanPdf(session: Session, settings: Settings, options: ElectronPrinterOptions): Promise<Buffer> {
  const hidden = createSecureWindow({ show: false, preload: options.preload ?? defaultPreloadPath() });
  try {
    try {
      await hidden.loadURL(options.renderer.urlFor(`/print/${session.id}`));
    } catch (cause) {
      throw new PrintError('The plan could not be prepared for saving.', { cause });
    }
    await waitForPrintReady(hidden.webContents, options.readyTimeoutMs ?? PRINT_READY_TIMEOUT_MS);
    // The same options the test harness gives page.pdf() (shared/print-options.ts).
    return await hidden.webContents.printToPDF(
      pdfPrintOptions(settings.paperSize, { locale: session.language, layout: session.answers.printLayout }),
    );
  } finally {
    if (!hidden.isDestroyed()) hidden.destroy();
  }
}

export function createElectronPrinter(options: ElectronPrinterOptions): Printer {
  const now = options.now ?? (() => new Date());

  return {
    print: (_session: Session, settings: Settings) =>
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
            else reject(new PrintError(`The plan could not be printed (${failureReason || 'unknown reason'}).`));
          },
        );
      }),

    savePdf: async (session: Session, settings: Settings): Promise<PdfOutcome> => {
      // Asking first means nothing is rendered for a cancelled save. The system dialog confirms overwriting.
      const parent = options.getMainWindow();
      const folder = options.defaultFolder();
      const name = defaultPdfName(now());
      const dialogOptions: SaveDialogOptions = {
        title: 'Save the plan as PDF',
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
      const pdf = await renderPlanPdf(session, settings, options);
      try {
        await writeFileDurably(path, pdf);
      } catch (cause) {
        throw new PrintError(`The PDF could not be saved to ${path}. Please choose another folder.`, { cause });
      }
      return { outcome: 'saved', path };
    },
  };
}
