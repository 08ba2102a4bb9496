import type { LockState } from '../../../src/shared/app-lock';
import type { OperationName, Result } from '../../../src/shared/contract';
import { createAppOperations } from '../../../src/main/ipc/app-operations';
import { createOperations } from '../../../src/main/ipc/operations';
import { modalityNamesFrom } from '../../../src/shared/fhir/episode-bundle';
import { nodeContentApi } from '../../../scripts/content-data';
import type { Printer } from '../../../src/main/ipc/printer';
import { STORE_FILE_NAME } from '../../../src/main/storage';
import { createDirectApi, type DirectApi } from '../../support/direct-api';
import { startTestLock } from '../../support/test-lock';
import type { InvokeOperation } from './window-api';
import { join } from 'node:path';

/** Main's real lock, store and operations on one data folder, as one run of the app would have them. */
export interface AppStore {
  dataDir: string;
  /** index.json (the home list) inside dataDir. */
  storeFile: string;
  /** window.api without a browser, for the test itself (seeding, reading back). */
  api: DirectApi;
  /** The page's way in: an operation by name with the page's raw input, validated by main. */
  invoke: InvokeOperation;
  /** Waits for pending writes; the folder stays (the test removes it). */
  close: () => Promise<void>;
}

/**
 * Opens (or reopens, after a "restart") the app on `dataDir`, as main does at launch, with no OS key store (the
 * passphrase alone protects the key, as on Linux without a keyring), brought to `start` (see startTestLock).
 */
export async function openAppStore(
  dataDir: string,
  printer: Printer,
  exportFolder: string,
  start: LockState = 'unlocked',
): Promise<AppStore> {
  const lock = await startTestLock(dataDir, start);
  const operations = createAppOperations({
    lock,
    // The folder dialog cannot be driven from a test: "choosing" a folder returns this test's export folder.
    sessionOperations: (store) =>
      createOperations({
        store,
        printer,
        chooseExportFolder: async () => exportFolder,
        // The save dialog neither: "saving" the FHIR file puts it, under the suggested name, in the export folder.
        chooseFhirFile: async (suggestedName) => join(exportFolder, suggestedName),
        modalityNames: modalityNamesFrom(nodeContentApi().content),
        contentVersion: nodeContentApi().content.about.contentVersion,
      }),
  });
  const api = createDirectApi(operations);
  const invoke: InvokeOperation = (name: OperationName, input: unknown) =>
    (api[name] as (input?: unknown) => Promise<Result<unknown>>)(input);
  return { dataDir, storeFile: join(dataDir, STORE_FILE_NAME), api, invoke, close: () => lock.close() };
}
