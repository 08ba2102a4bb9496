import { createOperations, type Operations } from '../../src/main/ipc/operations';
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
export async function createTestDuet(options: { now?: () => Date } = {}): Promise<TestDuet> {
  const temp = await createTempStore();
  const printer = createRecordingPrinter();
  const operations = createOperations({ store: temp.store, printer, ...options });
  return { ...temp, operations, printer, api: createDirectApi(operations) };
}
