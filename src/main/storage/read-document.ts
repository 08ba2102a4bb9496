import type { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { StorageError } from './errors';
import { errorCode, type StorageFs } from './storage-fs';

export type RecoveryReason = 'empty' | 'unreadable' | 'invalid-json' | 'invalid-shape' | 'missing';

export type DocumentRead<T> =
  | { kind: 'ok'; data: T }
  | { kind: 'absent' }
  | { kind: 'bad'; reason: RecoveryReason }
  /** Parsed, with a schemaVersion older than `expectedVersion`: the caller decides how to bring it forward. */
  | { kind: 'older'; version: number; raw: Record<string, unknown> };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function futureVersionError(version: number, file: string): StorageError {
  return new StorageError(
    'future-version',
    `The saved data on this computer comes from a newer version of Duet (data version ${version}; ` +
      `this version reads up to ${CURRENT_SCHEMA_VERSION}). Please install the newer version of Duet. ` +
      `The saved data has not been changed (${file}).`,
  );
}

/**
 * Reads one JSON file and checks it against `schema`. A file written by a newer Duet throws (StorageError
 * 'future-version') so that nothing ever overwrites it; anything else wrong is reported, not thrown.
 */
export async function readDocument<S extends z.ZodType>(
  fs: StorageFs,
  file: string,
  schema: S,
  expectedVersion: number = CURRENT_SCHEMA_VERSION,
): Promise<DocumentRead<z.output<S>>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf-8');
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? { kind: 'absent' } : { kind: 'bad', reason: 'unreadable' };
  }
  if (text.trim() === '') return { kind: 'bad', reason: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'bad', reason: 'invalid-json' };
  }
  if (!isPlainObject(raw)) return { kind: 'bad', reason: 'invalid-shape' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { kind: 'bad', reason: 'invalid-shape' };
  }
  if (version > expectedVersion) throw futureVersionError(version, file);
  if (version < expectedVersion) return { kind: 'older', version, raw };
  const parsed = schema.safeParse(raw);
  return parsed.success ? { kind: 'ok', data: parsed.data } : { kind: 'bad', reason: 'invalid-shape' };
}
