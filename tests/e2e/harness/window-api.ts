import type { BrowserContext, Page } from '@playwright/test';
import { OPERATION_NAMES, type MenuCommand, type OperationName, type Result } from '../../../src/shared/contract';

/** Runs one operation in the test process with the page's raw, unvalidated input (main validates it). */
export type InvokeOperation = (name: OperationName, input: unknown) => Promise<Result<unknown>>;

const BINDING_PREFIX = '__duetHarness_';
const MENU_DISPATCH = '__duetHarnessSendMenuCommand';

/**
 * Gives every page in the context the same window.api the preload exposes in Electron: one function per
 * OperationName plus onMenuCommand, nothing else. Each function hands its argument over untouched, so
 * malformed input from the page meets main's real validation.
 */
export async function installWindowApi(context: BrowserContext, invoke: InvokeOperation): Promise<void> {
  for (const name of OPERATION_NAMES) {
    await context.exposeFunction(`${BINDING_PREFIX}${name}`, (input: unknown) => invoke(name, input));
  }
  await context.addInitScript(
    ({ names, prefix, menuDispatch }) => {
      type Binding = (input: unknown) => Promise<unknown>;
      const bindings = window as unknown as Record<string, Binding>;
      const listeners = new Set<(command: string) => void>();
      const api: Record<string, unknown> = {};
      for (const name of names) {
        // Exactly one argument crosses, as through ipcRenderer.invoke in the preload.
        api[name] = (input?: unknown) => bindings[`${prefix}${name}`]!(input);
      }
      api.onMenuCommand = (listener: (command: string) => void) => {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      };
      // The test's stand-in for Electron's application menu.
      (window as unknown as Record<string, unknown>)[menuDispatch] = (command: string) => {
        listeners.forEach((listener) => listener(command));
      };
      // contextBridge hands the page a frozen copy; so does the harness.
      Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
    },
    { names: OPERATION_NAMES, prefix: BINDING_PREFIX, menuDispatch: MENU_DISPATCH },
  );
}

/** What choosing an item in Electron's app menu does: main sends the command to the focused page. */
export async function sendMenuCommand(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate(
    ({ dispatch, command }) => (window as unknown as Record<string, (command: string) => void>)[dispatch]!(command),
    { dispatch: MENU_DISPATCH, command },
  );
}
