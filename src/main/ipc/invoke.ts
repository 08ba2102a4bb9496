import { ZodError } from 'zod';
import { inputSchemas, type OperationError, type OperationName, type Outputs, type Result } from '../../shared/contract';
import { StorageError } from '../storage';
import { LockedError, NotFoundError, PrintError, WrongPassphraseError } from '../errors';
import type { LockOperationName, Operations } from './operations';
import { PracticeServerError } from '../practice-server/errors';
import type { PracticeServerOperationName } from './practice-server-operations';

/** The app's operations; storage tests may pass only the store's (lock and practice-server operations then answer "unknown"). */
export type InvokableOperations = Omit<Operations, LockOperationName | PracticeServerOperationName> & Partial<Operations>;

export type ErrorLogger = (message: string, error: unknown) => void;

const defaultLogger: ErrorLogger = (message, error) => console.error(message, error);

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(inputSchemas, name);
}

/** Keys of records come from the input: a Symbol would make join() throw, and a megabyte key would be echoed back. */
const MAX_KEY_IN_MESSAGE = 60;
function describeKey(key: PropertyKey): string {
  if (typeof key === 'number') return String(key);
  return typeof key === 'string' && key.length <= MAX_KEY_IN_MESSAGE ? key : '…';
}

function describeInvalidInput(error: ZodError): string {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? ` (${first.path.map(describeKey).join('.')})` : '';
  return `Some of the information was not in the expected form${where}, so nothing was saved.`;
}

function toOperationError(name: OperationName, error: unknown, log: ErrorLogger): OperationError {
  if (error instanceof ZodError) return { code: 'invalid-input', message: describeInvalidInput(error) };
  if (error instanceof NotFoundError) return { code: 'not-found', message: error.message };
  if (error instanceof LockedError) return { code: 'locked', message: error.message };
  if (error instanceof WrongPassphraseError) {
    return { code: 'wrong-passphrase', message: error.message, waitSeconds: error.waitSeconds };
  }
  // Not a bug: the server is down, or refused Duet; main's words name what IT must check.
  if (error instanceof PracticeServerError) return { code: 'practice-server', message: error.message, problem: error.problem };
  if (error instanceof StorageError) {
    log(`Duet: storage failed in ${name}`, error);
    return { code: 'storage-failed', message: error.message };
  }
  if (error instanceof PrintError) {
    log(`Duet: printing failed in ${name}`, error);
    return { code: 'print-failed', message: error.message };
  }
  // Details of a bug stay in the log; the person sees plain words.
  log(`Duet: unexpected error in ${name}`, error);
  return { code: 'internal', message: 'Something went wrong inside Duet. Please try again.' };
}

/**
 * The one way into main's operations: checks the name, parses the raw input with the contract's schema, runs the
 * handler and wraps the outcome in a Result. Never throws.
 */
export async function invokeOperation<K extends OperationName>(
  operations: InvokableOperations,
  name: K | string,
  rawInput: unknown,
  log: ErrorLogger = defaultLogger,
): Promise<Result<Outputs[K]>> {
  const handler = isOperationName(name) ? (operations[name] as ((parsed: unknown) => Promise<Outputs[K]>) | undefined) : undefined;
  if (!isOperationName(name) || !handler) {
    return { ok: false, error: { code: 'invalid-input', message: 'Duet does not know that request.' } };
  }
  try {
    const input = inputSchemas[name].parse(rawInput);
    return { ok: true, value: await handler(input) };
  } catch (error) {
    return { ok: false, error: toOperationError(name, error, log) };
  }
}
