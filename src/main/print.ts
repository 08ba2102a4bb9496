import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dialog, type BrowserWindow, type SaveDialogOptions, type WebContents } from 'electron';
import type { PdfOutcome, PrintOutcome } from '../shared/contract';
import { EMPTY_PAGE_HEADER, pageFooterTemplate } from '../shared/print-page-footer';
import type { Session } from '../shared/session';
import type { Settings } from '../shared/settings';
import { PrintError } from './errors';
import type { Printer } from './ipc/printer';
import type { RendererLocation } from './renderer-location';
import { createSecureWindow, defaultPreloadPath } from './window';

export const PRINT_READY_TIMEOUT_MS = 20_000;
const PRINT_READY_POLL_MS = 100;
/** Matches the 16 mm @page margin in the print stylesheet. */
const PDF_MARGIN_INCHES = 16 / 25.4;

export interface ElectronPrinterOptions {
  renderer: RendererLocation;
  /** The visible window the paper print dialog belongs to. */
  getMainWindow: () => BrowserWindow | null;
  /** The folder the save dialog opens in (e.g. app.getPath('documents')). */
  defaultFolder: () => string;
  preload?: string;
  now?: () => Date;
  readyTimeoutMs?: number;
}

function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Duet plan - J.M. - 2025-05-06.pdf", with characters no file system accepts taken out of the label. */
export function defaultPdfName(session: Pick<Session, 'patientLabel'>, date: Date): string {
  const label = session.patientLabel.replace(/[\\/:*?"<>|\p{Cc}]/gu, '').trim() || 'patient';
  return `Duet plan - ${label} - ${localDate(date)}.pdf`;
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

/** Waits until the print view says its data and fonts are ready (the renderer sets data-print-ready). */
export async function waitForPrintReady(contents: WebContents, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (contents.isDestroyed()) throw new PrintError('The plan could not be prepared: its window closed.');
    const ready: unknown = await contents.executeJavaScript(
      "document.documentElement.dataset.printReady === 'true'",
      false,
    );
    if (ready === true) return;
    await new Promise((resolve) => setTimeout(resolve, PRINT_READY_POLL_MS));
  }
  throw new PrintError(
    `The plan was not ready to save after ${Math.round(timeoutMs / 1000)} seconds. Please try again.`,
  );
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
    return await hidden.webContents.printToPDF({
      pageSize: settings.paperSize,
      printBackground: true,
      margins: { top: PDF_MARGIN_INCHES, bottom: PDF_MARGIN_INCHES, left: PDF_MARGIN_INCHES, right: PDF_MARGIN_INCHES },
      // "Page 1 of 2" in the bottom margin; the same templates as the test harness's page.pdf().
      displayHeaderFooter: true,
      headerTemplate: EMPTY_PAGE_HEADER,
      footerTemplate: pageFooterTemplate(session.language, session.answers.printLayout),
      // Experimental in Electron (docs/decisions.md): headings and lists reach screen readers reading the PDF.
      generateTaggedPDF: true,
    });
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
      const dialogOptions: SaveDialogOptions = {
        title: 'Save the plan as PDF',
        defaultPath: join(options.defaultFolder(), defaultPdfName(session, now())),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const choice = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      if (choice.canceled || !choice.filePath) return { outcome: 'cancelled' };

      const path = await withPdfExtension(choice.filePath);
      const pdf = await renderPlanPdf(session, settings, options);
      try {
        await writeFile(path, pdf);
      } catch (cause) {
        throw new PrintError(`The PDF could not be saved to ${path}. Please choose another folder.`, { cause });
      }
      return { outcome: 'saved', path };
    },
  };
}
