import { OPERATION_NAMES, type DuetApi, type MenuCommand, type OperationName } from '../../src/shared/contract';
import { invokeOperation, type InvokableOperations } from '../../src/main/ipc/invoke';

/** window.api without Electron, plus the test's stand-in for the app menu. */
export type DirectApi = DuetApi & {
  /** What choosing an app-menu item does in Electron: every current onMenuCommand listener hears it. */
  emitMenuCommand: (command: MenuCommand) => void;
};

/**
 * The same functions the preload exposes, wired straight to main's real operations. Input and output are
 * structured-cloned, as IPC does, so neither side can share objects with the other.
 */
export function createDirectApi(operations: InvokableOperations): DirectApi {
  const listeners = new Set<(command: MenuCommand) => void>();
  const call = async (name: OperationName, input: unknown) =>
    structuredClone(await invokeOperation(operations, name, structuredClone(input)));

  const functions = Object.fromEntries(
    OPERATION_NAMES.map((name) => [name, (input?: unknown) => call(name, input)]),
  ) as unknown as DuetApi;

  return {
    ...functions,
    onMenuCommand: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emitMenuCommand: (command) => {
      listeners.forEach((listener) => listener(command));
    },
  };
}
