import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { OPERATION_NAMES, type OperationName, type Result } from '../../shared/contract';
import { channelFor } from '../../shared/channels';
import type { RendererLocation } from '../renderer-location';
import { invokeOperation, type ErrorLogger } from './invoke';
import type { Operations } from './operations';

const UNTRUSTED_SENDER: Result<never> = {
  ok: false,
  error: { code: 'internal', message: 'This request did not come from Duet’s own window, so it was refused.' },
};

/** Only the app's own page, in a top-level frame, may call main. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, renderer: RendererLocation): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return renderer.isAppUrl(frame.url);
}

/** One ipcMain.handle per operation; each checks who is asking before it even looks at the input. */
export function registerIpcHandlers(options: {
  operations: Operations;
  renderer: RendererLocation;
  log?: ErrorLogger;
}): () => void {
  const { operations, renderer, log = (message, error) => console.error(message, error) } = options;
  const register = (name: OperationName) => {
    ipcMain.handle(channelFor(name), async (event, input: unknown) => {
      if (!isTrustedSender(event, renderer)) {
        log(`Duet: refused ${name} from ${event.senderFrame?.url ?? 'an unknown frame'}`, null);
        return UNTRUSTED_SENDER;
      }
      return invokeOperation(operations, name, input, log);
    });
  };
  OPERATION_NAMES.forEach(register);
  return () => OPERATION_NAMES.forEach((name) => ipcMain.removeHandler(channelFor(name)));
}
