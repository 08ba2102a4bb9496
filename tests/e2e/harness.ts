import { test as base, expect, type Page } from '@playwright/test';
import type { MenuCommand, OperationName, Result } from '../../src/shared/contract';
import type { NewSession, Session } from '../../src/shared/session';
import type { DirectApi } from '../support/direct-api';
import { makeTempDir, readStoreSnapshot, removeTempDir } from '../support/temp-store';
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
  /** This test's data folder: the store's files and saved PDFs. */
  dataDir: string;
  storeFile: () => string;
  /** The same operations, called from the test (to seed data or read it back). Follows reopen(). */
  api: DirectApi;
  goto: (hash?: string) => Promise<void>;
  /** "Quit and start Duet again": closes every page and the store, reopens the store from disk, opens Home. */
  reopen: () => Promise<Page>;
  readStoreFile: () => Promise<string>;
  sendMenuCommand: (command: MenuCommand) => Promise<void>;
  createSession: (overrides?: Partial<NewSession>) => Promise<Session>;
  /** Paths of PDFs saved through window.api.savePlanPdf, oldest first. */
  savedPdfs: string[];
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

export const test = base.extend<{ duet: Duet }>({
  duet: async ({ context, page }, use) => {
    const dataDir = await makeTempDir('duet-e2e-');
    const savedPdfs: string[] = [];
    const printer = browserPrinter(context, dataDir, savedPdfs);
    let store: AppStore = await openAppStore(dataDir, printer);
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
      reopen: async () => {
        // Like quitting: whatever the page had not saved yet is lost, so tests wait for "Saved" first.
        for (const open of context.pages()) await open.close();
        await store.close();
        store = await openAppStore(dataDir, printer);
        duet.page = await context.newPage();
        await duet.page.goto(appUrl('#/'));
        return duet.page;
      },
      readStoreFile: () => readStoreSnapshot(dataDir),
      sendMenuCommand: (command) => sendMenuCommand(duet.page, command),
      createSession: async (overrides = {}) => valueOf(await store.api.createSession({ ...SAMPLE_SESSION, ...overrides })),
      savedPdfs,
    };
    await use(duet);
    finished = true;
    await store.close();
    await removeTempDir(dataDir);
  },
});

export { expect };
