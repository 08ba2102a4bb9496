import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AWAIT_PRINT_READY_SCRIPT } from '../../../src/shared/print-options';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { sampleSession } from '../../support/sessions';
import { makeTempDir, removeTempDir } from '../../support/temp-store';

interface FakeWindow {
  options: { show?: boolean; webPreferences?: Record<string, unknown> };
  loadedUrls: string[];
  destroyed: boolean;
  printOptions: unknown[];
  pdfOptions: unknown[];
}

/** Hidden windows the printer makes, what the page answers for printReady, and the save dialog's answer. */
const electron = vi.hoisted(() => ({
  windows: [] as FakeWindow[],
  /** How long the page takes to settle data-print-ready (Infinity: never). */
  readyAfterMs: 5,
  /** What data-print-ready says once ready ('true'), or 'error' when the page could not load the plan. */
  readyValue: 'true' as string,
  /** Scripts main ran in the page. */
  polls: 0,
  /** Closes the hidden page's contents, as a crash or a close would. */
  destroyContents: null as (() => void) | null,
  saveChoice: { canceled: false, filePath: '' } as { canceled: boolean; filePath?: string },
  printResult: [true, ''] as [boolean, string],
  dialogCalls: [] as unknown[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    record: FakeWindow;
    webContents: Record<string, unknown>;
    constructor(options: FakeWindow['options']) {
      this.record = { options, loadedUrls: [], destroyed: false, printOptions: [], pdfOptions: [] };
      electron.windows.push(this.record);
      const listeners = new Map<string, () => void>();
      electron.destroyContents = () => {
        this.record.destroyed = true;
        listeners.get('destroyed')?.();
      };
      this.webContents = {
        isDestroyed: () => this.record.destroyed,
        once: (event: string, listener: () => void) => listeners.set(event, listener),
        removeListener: (event: string) => listeners.delete(event),
        // The page's side of AWAIT_PRINT_READY_SCRIPT: settles once, when data-print-ready does.
        executeJavaScript: (script: string) => {
          electron.polls += 1;
          expect(script).toBe(AWAIT_PRINT_READY_SCRIPT);
          return new Promise((resolve) => {
            if (Number.isFinite(electron.readyAfterMs)) setTimeout(() => resolve(electron.readyValue), electron.readyAfterMs);
          });
        },
        printToPDF: async (options: unknown) => {
          this.record.pdfOptions.push(options);
          return Buffer.from('%PDF-1.7 fake');
        },
        print: (options: unknown, callback: (success: boolean, reason: string) => void) => {
          this.record.printOptions.push(options);
          callback(...electron.printResult);
        },
      };
    }
    async loadURL(url: string) {
      this.record.loadedUrls.push(url);
    }
    isDestroyed() {
      return this.record.destroyed;
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  return {
    BrowserWindow,
    dialog: {
      showSaveDialog: async (...args: unknown[]) => {
        electron.dialogCalls.push(args.at(-1));
        return electron.saveChoice;
      },
    },
  };
});

const { BrowserWindow } = await import('electron');
const { createElectronPrinter, defaultPdfName } = await import('../../../src/main/print');
const { pdfPrintOptions, playwrightPdfOptions } = await import('../../../src/shared/print-options');
const { secureWebPreferences } = await import('../../../src/main/window');
const { appProtocolRendererLocation } = await import('../../../src/main/renderer-location');
const { PrintError } = await import('../../../src/main/errors');

const session = sampleSession({ patientLabel: 'J/M: "test"' });
const settings = { ...DEFAULT_SETTINGS, paperSize: 'A4' as const };
let dir: string;
let lastMainWindow: FakeWindow | null = null;

function makePrinter(
  options: { withMainWindow?: boolean; readyTimeoutMs?: number; folder?: string | null; confirmSyncedFolder?: (warning: string) => Promise<boolean> } = {},
) {
  const main = options.withMainWindow === false ? null : new BrowserWindow({ show: true });
  lastMainWindow = electron.windows.at(-1) ?? null;
  electron.windows.length = 0; // only windows the printer makes count from here
  return createElectronPrinter({
    renderer: appProtocolRendererLocation(),
    getMainWindow: () => main,
    defaultFolder: () => (options.folder === undefined ? dir : options.folder),
    confirmSyncedFolder: options.confirmSyncedFolder,
    preload: '/app/out/preload/index.cjs',
    now: () => new Date(2025, 4, 6, 15, 30),
    readyTimeoutMs: options.readyTimeoutMs ?? 2_000,
  });
}

beforeEach(async () => {
  dir = await makeTempDir('duet-print-');
  electron.windows.length = 0;
  electron.dialogCalls.length = 0;
  electron.readyAfterMs = 5;
  electron.readyValue = 'true';
  electron.polls = 0;
  electron.printResult = [true, ''];
  electron.saveChoice = { canceled: false, filePath: join(dir, 'plan.pdf') };
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('defaultPdfName', () => {
  it('names the plan by the local date only, never the patient (M11)', () => {
    expect(defaultPdfName(new Date(2025, 4, 6, 23, 59))).toBe('Duet plan - 2025-05-06.pdf');
  });
});

describe('the PDF options main and the test harness share (T-1)', () => {
  it('are exactly what printToPDF needs: paper, background, 16 mm margins in inches, page-number footer, tagged', () => {
    expect(pdfPrintOptions('Letter', { locale: 'es', layout: 'bilingual' })).toEqual({
      pageSize: 'Letter',
      printBackground: true,
      margins: { top: 16 / 25.4, bottom: 16 / 25.4, left: 16 / 25.4, right: 16 / 25.4 },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: expect.stringMatching(/Página <span class="pageNumber"><\/span> de .* · Page <span class="pageNumber"><\/span> of/),
      generateTaggedPDF: true,
    });
  });

  it('rename to Playwright’s page.pdf() without changing a value', () => {
    const electronOptions = pdfPrintOptions('A4', { locale: 'en', layout: 'session-language' });
    expect(playwrightPdfOptions(electronOptions)).toEqual({
      format: 'A4',
      printBackground: true,
      margin: Object.fromEntries(['top', 'bottom', 'left', 'right'].map((side) => [side, `${16 / 25.4}in`])),
      displayHeaderFooter: true,
      headerTemplate: electronOptions.headerTemplate,
      footerTemplate: electronOptions.footerTemplate,
      tagged: true,
    });
  });
});

describe('savePdf', () => {
  it('asks where to save, renders the print view in a hidden secure window, writes the PDF and closes the window', async () => {
    const outcome = await makePrinter().savePdf(session, settings);

    expect(outcome).toEqual({ outcome: 'saved', path: join(dir, 'plan.pdf') });
    expect(await readFile(join(dir, 'plan.pdf'), 'utf-8')).toBe('%PDF-1.7 fake');
    expect(electron.dialogCalls[0]).toMatchObject({
      defaultPath: join(dir, 'Duet plan - 2025-05-06.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: expect.arrayContaining(['dontAddToRecent']),
    });
    const [hidden] = electron.windows;
    expect(hidden!.options.show).toBe(false);
    expect(hidden!.options.webPreferences).toEqual(secureWebPreferences('/app/out/preload/index.cjs'));
    expect(hidden!.loadedUrls).toEqual([`app://duet/index.html#/print/${session.id}`]);
    expect(hidden!.pdfOptions).toEqual([pdfPrintOptions('A4', { locale: session.language, layout: session.answers.printLayout })]);
    expect(hidden!.destroyed).toBe(true);
    // Written through a temp file that is gone once the PDF has its name (m15).
    expect((await readdir(dir)).sort()).toEqual(['plan.pdf']);
  });

  it('renders a follow-up visit’s summary from its own print route and names the file after it', async () => {
    const visitId = '7b0c1b8e-4f2a-4d8e-9a51-2f1f3c1d0e77';
    const outcome = await makePrinter().savePdf(session, settings, { kind: 'follow-up', visitId });
    expect(outcome).toEqual({ outcome: 'saved', path: join(dir, 'plan.pdf') });
    expect(electron.dialogCalls[0]).toMatchObject({
      title: 'Save the follow-up summary as PDF',
      defaultPath: join(dir, 'Duet follow-up - 2025-05-06.pdf'),
    });
    expect(electron.windows[0]!.loadedUrls).toEqual([`app://duet/index.html#/print/${session.id}/follow-up/${visitId}`]);
    expect(defaultPdfName(new Date(2025, 4, 6, 23, 59), { kind: 'follow-up', visitId })).toBe('Duet follow-up - 2025-05-06.pdf');
  });

  it('with no practice folder, suggests only a file name and lets the OS choose the folder (M11)', async () => {
    await makePrinter({ folder: null }).savePdf(session, settings);
    expect(electron.dialogCalls[0]).toMatchObject({ defaultPath: 'Duet plan - 2025-05-06.pdf' });
  });

  it('asks before saving into OneDrive or a network folder, and saves nothing when the answer is no', async () => {
    const warnings: string[] = [];
    const cloud = join(dir, 'OneDrive - Clinic');
    await mkdir(cloud);
    electron.saveChoice = { canceled: false, filePath: join(cloud, 'plan.pdf') };
    const printer = makePrinter({ confirmSyncedFolder: async (warning) => (warnings.push(warning), false) });
    expect(await printer.savePdf(session, settings)).toEqual({ outcome: 'cancelled' });
    expect(warnings).toEqual([expect.stringContaining('OneDrive')]);
    expect(await readdir(cloud)).toEqual([]);
    expect(electron.windows).toEqual([]);
  });

  it('stops at once when the print page says it could not load the plan (T-2), and closes the window', async () => {
    electron.readyValue = 'error';
    const failure = makePrinter({ readyTimeoutMs: 10 * 60_000 }).savePdf(session, settings);
    await expect(failure).rejects.toThrow(/could not be prepared/);
    // One question to the page, answered when it settles: no polling.
    expect(electron.polls).toBe(1);
    expect(electron.windows[0]!.destroyed).toBe(true);
  });

  it('prints as soon as the page says it is ready, asking it once (issue 14)', async () => {
    electron.readyAfterMs = 150;
    const started = Date.now();
    expect(await makePrinter({ readyTimeoutMs: 10 * 60_000 }).savePdf(session, settings)).toEqual({ outcome: 'saved', path: join(dir, 'plan.pdf') });
    expect(electron.polls).toBe(1);
    expect(electron.windows[0]!.pdfOptions).toHaveLength(1);
    // Not rounded up to a polling interval, and never the timeout.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives a PrintError at once when the hidden page goes away while it is waited for', async () => {
    electron.readyAfterMs = Number.POSITIVE_INFINITY;
    const failure = makePrinter({ readyTimeoutMs: 10 * 60_000 }).savePdf(session, settings);
    await vi.waitFor(() => expect(electron.polls).toBe(1));
    electron.destroyContents!();
    await expect(failure).rejects.toThrow(/its window closed/);
  });

  it('adds .pdf when the chosen name lacks it', async () => {
    electron.saveChoice = { canceled: false, filePath: join(dir, 'plan') };
    expect(await makePrinter().savePdf(session, settings)).toEqual({ outcome: 'saved', path: join(dir, 'plan.pdf') });
  });

  it('never replaces a file the dialog did not ask about when it adds .pdf', async () => {
    await writeFile(join(dir, 'plan.pdf'), 'an earlier plan');
    electron.saveChoice = { canceled: false, filePath: join(dir, 'plan') };
    expect(await makePrinter().savePdf(session, settings)).toEqual({ outcome: 'saved', path: join(dir, 'plan (2).pdf') });
    expect(await readFile(join(dir, 'plan.pdf'), 'utf8')).toBe('an earlier plan');
  });

  it('is cancelled, rendering nothing, when the save dialog is cancelled', async () => {
    electron.saveChoice = { canceled: true };
    expect(await makePrinter().savePdf(session, settings)).toEqual({ outcome: 'cancelled' });
    expect(electron.windows).toEqual([]);
  });

  it('gives a clear PrintError when the page never becomes ready, and still closes the window', async () => {
    electron.readyAfterMs = Number.POSITIVE_INFINITY;
    const failure = makePrinter({ readyTimeoutMs: 300 }).savePdf(session, settings);
    await expect(failure).rejects.toBeInstanceOf(PrintError);
    await expect(failure).rejects.toThrow(/not ready to save/);
    expect(electron.windows[0]!.destroyed).toBe(true);
  });

  it('gives a PrintError when the file cannot be written', async () => {
    electron.saveChoice = { canceled: false, filePath: join(dir, 'missing-folder', 'plan.pdf') };
    await expect(makePrinter().savePdf(session, settings)).rejects.toThrow(/could not be saved/);
    expect(electron.windows[0]!.destroyed).toBe(true);
  });
});

describe('print', () => {
  it('opens the system print dialog (not silent) on the main window, with the paper size', async () => {
    const printer = makePrinter();
    expect(await printer.print(session, settings)).toEqual({ outcome: 'printed' });
    expect(lastMainWindow!.printOptions).toEqual([{ silent: false, printBackground: true, pageSize: 'A4' }]);
    expect(electron.windows).toEqual([]);
  });

  it('maps a cancelled dialog to cancelled, and other failures to PrintError', async () => {
    electron.printResult = [false, 'cancelled'];
    expect(await makePrinter().print(session, settings)).toEqual({ outcome: 'cancelled' });
    electron.printResult = [false, 'Print job failed'];
    await expect(makePrinter().print(session, settings)).rejects.toThrow(/could not be printed \(Print job failed\)/);
  });

  it('fails clearly when there is no window to print from', async () => {
    await expect(makePrinter({ withMainWindow: false }).print(session, settings)).rejects.toThrow(/no Duet window/);
  });
});

describe("the practice's figures (issue 12)", () => {
  const query = { filters: { from: '2026-01-01', to: '', conditions: ['anxiety' as const], clinicians: [], options: [] }, split: 'age-group' as const };

  it('saves the dashboard with no session: its own route with the query, its own name, the practice language in the footer', async () => {
    const spanish = { ...settings, defaultLanguage: 'es' as const };
    const outcome = await makePrinter().savePdf(null, spanish, { kind: 'dashboard', query });
    expect(outcome).toEqual({ outcome: 'saved', path: join(dir, 'plan.pdf') });
    expect(electron.dialogCalls[0]).toMatchObject({
      title: 'Save the practice outcomes as PDF',
      defaultPath: join(dir, 'Duet practice outcomes - 2025-05-06.pdf'),
    });
    const [hidden] = electron.windows;
    expect(hidden!.loadedUrls).toEqual([`app://duet/index.html#/print/dashboard?q=${encodeURIComponent(JSON.stringify(query))}`]);
    expect(hidden!.pdfOptions).toEqual([pdfPrintOptions('A4', { locale: 'es', layout: 'session-language' })]);
    expect(hidden!.destroyed).toBe(true);
  });

  it('refuses a session document without a session, in plain words, and closes nothing it did not open', async () => {
    await expect(makePrinter().savePdf(null, settings, { kind: 'plan' })).rejects.toThrow(/The plan could not be prepared: no session was given/);
    expect(electron.windows).toEqual([]);
  });

  it('prints the dashboard on screen with the system dialog, and names it when printing fails', async () => {
    expect(await makePrinter().print(null, settings, { kind: 'dashboard', query })).toEqual({ outcome: 'printed' });
    expect(lastMainWindow!.printOptions).toEqual([{ silent: false, printBackground: true, pageSize: 'A4' }]);
    electron.printResult = [false, 'Printer on fire'];
    await expect(makePrinter().print(null, settings, { kind: 'dashboard', query })).rejects.toThrow(/The practice outcomes could not be printed \(Printer on fire\)/);
  });
});
