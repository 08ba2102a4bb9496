import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
  readyAfterPolls: 1,
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
      let polls = 0;
      this.webContents = {
        isDestroyed: () => this.record.destroyed,
        executeJavaScript: async () => ++polls > electron.readyAfterPolls,
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
const { secureWebPreferences } = await import('../../../src/main/window');
const { appProtocolRendererLocation } = await import('../../../src/main/renderer-location');
const { PrintError } = await import('../../../src/main/errors');

const session = sampleSession({ patientLabel: 'J/M: "test"' });
const settings = { ...DEFAULT_SETTINGS, paperSize: 'A4' as const };
let dir: string;
let lastMainWindow: FakeWindow | null = null;

function makePrinter(options: { withMainWindow?: boolean; readyTimeoutMs?: number } = {}) {
  const main = options.withMainWindow === false ? null : new BrowserWindow({ show: true });
  lastMainWindow = electron.windows.at(-1) ?? null;
  electron.windows.length = 0; // only windows the printer makes count from here
  return createElectronPrinter({
    renderer: appProtocolRendererLocation(),
    getMainWindow: () => main,
    defaultFolder: () => dir,
    preload: '/app/out/preload/index.cjs',
    now: () => new Date(2025, 4, 6, 15, 30),
    readyTimeoutMs: options.readyTimeoutMs ?? 2_000,
  });
}

beforeEach(async () => {
  dir = await makeTempDir('duet-print-');
  electron.windows.length = 0;
  electron.dialogCalls.length = 0;
  electron.readyAfterPolls = 1;
  electron.printResult = [true, ''];
  electron.saveChoice = { canceled: false, filePath: join(dir, 'plan.pdf') };
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('defaultPdfName', () => {
  it('names the plan by label and local date, without characters file systems refuse', () => {
    expect(defaultPdfName(session, new Date(2025, 4, 6, 23, 59))).toBe('Duet plan - JM test - 2025-05-06.pdf');
    expect(defaultPdfName({ patientLabel: '///' }, new Date(2025, 0, 1))).toBe('Duet plan - patient - 2025-01-01.pdf');
  });
});

describe('savePdf', () => {
  it('asks where to save, renders the print view in a hidden secure window, writes the PDF and closes the window', async () => {
    const outcome = await makePrinter().savePdf(session, settings);

    expect(outcome).toEqual({ outcome: 'saved', path: join(dir, 'plan.pdf') });
    expect(await readFile(join(dir, 'plan.pdf'), 'utf-8')).toBe('%PDF-1.7 fake');
    expect(electron.dialogCalls[0]).toMatchObject({
      defaultPath: join(dir, 'Duet plan - JM test - 2025-05-06.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    const [hidden] = electron.windows;
    expect(hidden!.options.show).toBe(false);
    expect(hidden!.options.webPreferences).toEqual(secureWebPreferences('/app/out/preload/index.cjs'));
    expect(hidden!.loadedUrls).toEqual([`app://duet/index.html#/print/${session.id}`]);
    expect(hidden!.pdfOptions).toEqual([expect.objectContaining({ pageSize: 'A4', printBackground: true })]);
    expect(hidden!.destroyed).toBe(true);
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
    electron.readyAfterPolls = Number.POSITIVE_INFINITY;
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
