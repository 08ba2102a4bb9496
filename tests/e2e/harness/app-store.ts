import type { OperationName, Result } from '../../../src/shared/contract';
import { createOperations } from '../../../src/main/ipc/operations';
import type { Printer } from '../../../src/main/ipc/printer';
import { openStore } from '../../../src/main/storage';
import { createDirectApi, type DirectApi } from '../../support/direct-api';
import type { InvokeOperation } from './window-api';

/** Main's real store and operations on one data folder, as one run of the app would have them. */
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

/** Opens (or reopens, after a "restart") the store in `dataDir`, as main does at launch. */
export async function openAppStore(dataDir: string, printer: Printer): Promise<AppStore> {
  const store = await openStore(dataDir);
  const api = createDirectApi(createOperations({ store, printer }));
  const invoke: InvokeOperation = (name: OperationName, input: unknown) =>
    (api[name] as (input?: unknown) => Promise<Result<unknown>>)(input);
  return { dataDir, storeFile: store.file, api, invoke, close: () => store.close() };
}
