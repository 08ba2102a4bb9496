import { test as base, expect, type Page } from '@playwright/test';
import type { MenuCommand, OperationName, Result } from '../../src/shared/contract';
import type { NewSession, Session } from '../../src/shared/session';
import type { DirectApi } from '../support/direct-api';
import { makeTempDir, readStoreSnapshot, removeTempDir } from '../support/temp-store';
import { TEST_PASSPHRASE, testCipher } from '../support/test-lock';
import type { LockState } from '../../src/shared/app-lock';
import { openAppStore, type AppStore } from './harness/app-store';
import { browserPrinter } from './harness/print';
import { appUrl, serveFolder } from './harness/serve-renderer';
import { installWindowApi, sendMenuCommand } from './harness/window-api';

/**
 * Duet in a real Chromium, as close to Electron as a plain browser gets:
 * - the BUILT renderer (out/renderer, from `electron-vite build`) served through routes: no server, no port;
 * - window.api with exactly the preload's functions, each running main's REAL operation (invokeOperation:
 *   validation included) over a real lowdb store in this test's own temp folder, removed afterwards.
 *   A reload keeps the same store; reopen() closes the app and opens the store again from disk;
 * - printing: savePlanPdf renders #/print/<id> in a new page and prints it with page.pdf(), the Blink print
 *   pipeline Electron's printToPDF uses, into the temp folder (no save dialog: the path is chosen here).
 *   printPlan answers { outcome: 'cancelled' }: the system print dialog cannot be driven from a test.
 */
export interface Duet {
  /** The app's current page (a new one after reopen()). */
  page: Page;
  /** This test's data folder: the store's files (saved PDFs and exports go to folders of their own). */
  dataDir: string;
  storeFile: () => string;
  /** The same operations, called from the test (to seed data or read it back). Follows reopen(). */
  api: DirectApi;
  goto: (hash?: string) => Promise<void>;
  /**
   * "Quit and start Duet again": closes every page and the store, reopens the store from disk, opens Home.
   * As if the passphrase were typed at once, unless `locked` (then the page starts on the lock screen).
   */
  reopen: (options?: { locked?: boolean }) => Promise<Page>;
  /** The practice passphrase this test's Duet is set up with. */
  passphrase: string;
  readStoreFile: () => Promise<string>;
  sendMenuCommand: (command: MenuCommand) => Promise<void>;
  createSession: (overrides?: Partial<NewSession>) => Promise<Session>;
  /** Paths of PDFs saved through window.api.savePlanPdf, oldest first. */
  savedPdfs: string[];
  /** Where exportSession writes (the test's stand-in for the folder the person picks); outside dataDir. */
  exportFolder: string;
}

export const SAMPLE_SESSION: NewSession = {
  clinicianName: 'Dr. Rivera',
  patientLabel: 'J.D.',
  conditionId: 'depression',
  language: 'en',
  decisionRole: 'shared',
};

export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Operation failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export const test = base.extend<{ duet: Duet; duetStart: LockState }>({
  /** Where Duet starts: set up and unlocked (default), locked, or on a computer where it was never set up. */
  duetStart: ['unlocked', { option: true }],
  duet: async ({ context, page, duetStart }, use) => {
    const dataDir = await makeTempDir('duet-e2e-');
    const exportFolder = await makeTempDir('duet-e2e-export-');
    // As in the app, saved PDFs go where the person chooses (Documents), never into the data folder.
    const pdfFolder = await makeTempDir('duet-e2e-pdf-');
    const savedPdfs: string[] = [];
    const printer = browserPrinter(context, pdfFolder, savedPdfs);
    let store: AppStore = await openAppStore(dataDir, printer, exportFolder, duetStart);
    let finished = false;
    const invoke = async (name: OperationName, input: unknown): Promise<Result<unknown>> => {
      // Pages outlive the test by a moment (Playwright screenshots them): their last autosaves must not reach
      // a closed store or a folder being removed.
      if (finished) return { ok: false, error: { code: 'storage-failed', message: 'The test has finished.' } };
      return store.invoke(name, input);
    };
    await serveFolder(context);
    await installWindowApi(context, invoke);

    const api = new Proxy({} as DirectApi, { get: (_target, key) => store.api[key as keyof DirectApi] });
    const duet: Duet = {
      page,
      dataDir,
      storeFile: () => store.storeFile,
      api,
      goto: async (hash = '#/') => {
        await duet.page.goto(appUrl(hash));
      },
      reopen: async ({ locked = false } = {}) => {
        // Like quitting: whatever the page had not saved yet is lost, so tests wait for "Saved" first.
        for (const open of context.pages()) await open.close();
        await store.close();
        // Unless the test wants the lock screen, the passphrase is typed "before" the page opens.
        store = await openAppStore(dataDir, printer, exportFolder, locked ? 'locked' : 'unlocked');
        duet.page = await context.newPage();
        await duet.page.goto(appUrl('#/'));
        return duet.page;
      },
      readStoreFile: async () => readStoreSnapshot(dataDir, await testCipher(dataDir)),
      sendMenuCommand: (command) => sendMenuCommand(duet.page, command),
      createSession: async (overrides = {}) => valueOf(await store.api.createSession({ ...SAMPLE_SESSION, ...overrides })),
      savedPdfs,
      exportFolder,
      passphrase: TEST_PASSPHRASE,
    };
    await use(duet);
    finished = true;
    await store.close();
    await removeTempDir(dataDir);
    await removeTempDir(exportFolder);
    await removeTempDir(pdfFolder);
  },
});

export { expect };
