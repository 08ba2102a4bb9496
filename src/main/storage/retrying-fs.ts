import { errorCode, type StorageFs } from './storage-fs';

/**
 * Errors that an antivirus scanner, the search indexer or a sync client cause on Windows while it holds a file
 * open for a moment (and that a busy network drive can cause anywhere). They clear on their own, so the call is
 * tried again. graceful-fs and lowdb's own steno do the same.
 */
const TRANSIENT_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);

export interface RetryPolicy {
  /** How many times a call is made in all before its error counts (default 10). */
  tries: number;
  /** The wait before the second try; it doubles for each try after (default 15 ms). */
  firstDelayMs: number;
  /** No single wait is longer than this (default 2 s). */
  maxDelayMs: number;
}

/** About 6 s in all before giving up: long enough for a scan of one small file, short enough to report. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { tries: 10, firstDelayMs: 15, maxDelayMs: 2_000 };

/** For tests of a lasting refusal (a read-only folder): the first error counts. */
export const NO_RETRIES: RetryPolicy = { tries: 1, firstDelayMs: 0, maxDelayMs: 0 };

const RETRIED_CALLS = ['open', 'rename', 'readFile', 'link', 'unlink', 'copyFile'] as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `call` until it succeeds, fails with a lasting error, or has used up its tries. */
export async function withRetry<T>(call: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY_POLICY): Promise<T> {
  let delay = policy.firstDelayMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= policy.tries || !TRANSIENT_CODES.has(errorCode(error) ?? '')) throw error;
    }
    await sleep(delay);
    delay = Math.min(delay * 2, policy.maxDelayMs);
  }
}

/**
 * The same file system, with open, read, rename, link, unlink and copy tried again on a transient lock (see
 * TRANSIENT_CODES). On every platform: it costs nothing when there is no error.
 */
export function retryingFs(fs: StorageFs, policy: RetryPolicy = DEFAULT_RETRY_POLICY): StorageFs {
  const wrapped: Record<string, unknown> = { ...fs };
  for (const name of RETRIED_CALLS) {
    const call = fs[name] as (...args: unknown[]) => Promise<unknown>;
    wrapped[name] = (...args: unknown[]) => withRetry(() => call.apply(fs, args), policy);
  }
  return wrapped as unknown as StorageFs;
}
