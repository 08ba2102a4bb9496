import type { DuetApi, ErrorCode, Inputs, OperationName, Outputs, PracticeServerProblem, Result } from '../../../shared/contract';

declare global {
  interface Window {
    /** Provided by the preload in Electron, and by the test harness in a plain browser. */
    api: DuetApi;
  }
}

/** An operation's typed error, thrown so React Query can surface it. */
export class DuetError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** After wrong passphrases: seconds main waits before it checks another (0 when none). */
    readonly waitSeconds = 0,
    /** 'practice-server' only: why the practice server could not be used. */
    readonly problem: PracticeServerProblem | null = null,
  ) {
    super(message);
    this.name = 'DuetError';
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new DuetError(result.error.code, result.error.message, result.error.waitSeconds ?? 0, result.error.problem ?? null);
}

/** Calls one operation on window.api and turns its Result into a value or a DuetError. */
export async function call<K extends OperationName>(
  name: K,
  ...input: Inputs[K] extends undefined ? [] : [Inputs[K]]
): Promise<Outputs[K]> {
  const operation = window.api[name] as (arg?: unknown) => Promise<Result<Outputs[K]>>;
  return unwrap(await operation(...input));
}
