import { createOperations, type Operations, type OperationsDeps } from '../../src/main/ipc/operations';
import { createDirectApi, type DirectApi } from './direct-api';
import { createRecordingPrinter, type RecordingPrinter } from './recording-printer';
import { createTempStore, type TempStore } from './temp-store';

export interface TestDuet extends TempStore {
  operations: Operations;
  printer: RecordingPrinter;
  /** window.api backed by the real operations and a real store on disk. */
  api: DirectApi;
}

/** Main's real services on a temp folder, reachable through a window.api: for component and browser tests. */
/** By default the export folder dialog is "cancelled"; pass chooseExportFolder to export somewhere. */
export async function createTestDuet(
  options: Pick<OperationsDeps, 'now' | 'chooseExportFolder' | 'appVersion'> = {},
): Promise<TestDuet> {
  const temp = await createTempStore();
  const printer = createRecordingPrinter();
  const operations = createOperations({ store: temp.store, printer, chooseExportFolder: async () => null, ...options });
  return { ...temp, operations, printer, api: createDirectApi(operations) };
}
