import type { LockState } from '../../src/shared/app-lock';
import { createAppOperations } from '../../src/main/ipc/app-operations';
import { createOperations, type Operations, type OperationsDeps } from '../../src/main/ipc/operations';
import type { AppLock } from '../../src/main/lock/app-lock';
import type { Store } from '../../src/main/storage';
import { createDirectApi, type DirectApi } from './direct-api';
import { createRecordingPrinter, type RecordingPrinter } from './recording-printer';
import { makeTempDir, removeTempDir } from './temp-store';
import { startTestLock } from './test-lock';

export { TEST_PASSPHRASE } from './test-lock';

export interface TestDuet {
  /** The data folder. */
  dir: string;
  /** The open store (throws before the lock has opened it: 'needs-set-up', or 'locked' before any unlock). */
  readonly store: Store;
  lock: AppLock;
  /** Every operation in the contract, behind the app lock, as main wires them. */
  operations: Operations;
  printer: RecordingPrinter;
  /** window.api backed by the real operations and a real, encrypted store on disk. */
  api: DirectApi;
  /** Closes the store and removes the folder. */
  cleanup: () => Promise<void>;
}

export interface TestDuetOptions extends Pick<OperationsDeps, 'now' | 'chooseExportFolder' | 'chooseFhirFile' | 'modalityNames' | 'appVersion' | 'contentVersion'> {
  /** Where the app starts (default 'unlocked', set up with TEST_PASSPHRASE). */
  lockState?: LockState;
  /** An existing data folder (set up with TEST_PASSPHRASE) to open instead of a new temp one; cleanup removes it. */
  dir?: string;
}

/**
 * Main's real services on a temp folder, reachable through a window.api: for component and browser tests.
 * By default the export folder dialog is "cancelled"; pass chooseExportFolder to export somewhere (and
 * chooseFhirFile for the FHIR export's save dialog, also "cancelled" by default).
 */
export async function createTestDuet({ lockState = 'unlocked', dir: existing, ...options }: TestDuetOptions = {}): Promise<TestDuet> {
  const dir = existing ?? (await makeTempDir());
  const printer = createRecordingPrinter();
  const lock = await startTestLock(dir, lockState, { now: options.now });
  const operations = createAppOperations({
    lock,
    sessionOperations: (store) => createOperations({ store, printer, chooseExportFolder: async () => null, chooseFhirFile: async () => null, ...options }),
  });
  return {
    dir,
    get store() {
      return lock.openStore();
    },
    lock,
    operations,
    printer,
    api: createDirectApi(operations),
    cleanup: async () => {
      await lock.close();
      await removeTempDir(dir);
    },
  };
}
