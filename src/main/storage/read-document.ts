import type { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { StorageError } from './errors';
import { DecryptionError, isEnvelope, type DataCipher } from './cipher';
import { errorCode, type StorageFs } from './storage-fs';

export type RecoveryReason = 'empty' | 'unreadable' | 'invalid-json' | 'invalid-shape' | 'missing';

export type DocumentRead<T> =
  /** `wasClear`: the file was readable but not encrypted (written before encryption was set up): seal it. */
  | { kind: 'ok'; data: T; wasClear: boolean }
  | { kind: 'absent' }
  | { kind: 'bad'; reason: RecoveryReason }
  /** Parsed, with a schemaVersion older than `expectedVersion`: the caller decides how to bring it forward. */
  | { kind: 'older'; version: number; raw: Record<string, unknown> };

export interface ReadOptions {
  expectedVersion?: number;
  /** Set for the files that hold patient data: they are encrypted envelopes (see cipher.ts). */
  cipher?: DataCipher | null;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function futureVersionError(version: number, file: string): StorageError {
  return new StorageError(
    'future-version',
    `The saved data on this computer comes from a newer version of Duet (data version ${version}). ` +
      `Please install the newer version of Duet. ` +
      `The saved data has not been changed (${file}).`,
  );
}

export function wrongKeyError(file: string): StorageError {
  return new StorageError(
    'wrong-key',
    'The saved sessions on this computer were locked with a different key than the one in key.json ' +
      '(key.json may have been replaced, or the data folder copied from another computer without its key.json). ' +
      `Please restore the data folder's own key.json from the practice's backup. Nothing has been changed (${file}).`,
  );
}

type Decoded = { kind: 'json'; raw: unknown; wasClear: boolean } | { kind: 'bad'; reason: RecoveryReason };

function decode(text: string, file: string, cipher: DataCipher | null): Decoded {
  if (text.trim() === '') return { kind: 'bad', reason: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'bad', reason: 'invalid-json' };
  }
  if (!isEnvelope(raw)) return { kind: 'json', raw, wasClear: cipher !== null };
  // An envelope without a key to open it (a store opened without encryption) is not damage either.
  if (!cipher || raw.keyId !== cipher.keyId) throw wrongKeyError(file);
  let inner: string;
  try {
    inner = cipher.open(raw).toString('utf-8');
  } catch (error) {
    if (error instanceof DecryptionError) return { kind: 'bad', reason: 'invalid-json' };
    throw error;
  }
  try {
    return { kind: 'json', raw: JSON.parse(inner), wasClear: false };
  } catch {
    return { kind: 'bad', reason: 'invalid-json' };
  }
}

/**
 * Reads one JSON file (opening its envelope when encrypted) and checks it against `schema`. A file written by a
 * newer Duet, or sealed with another key, throws (StorageError) so that nothing ever overwrites or moves it;
 * anything else wrong is reported, not thrown.
 */
export async function readDocument<S extends z.ZodType>(
  fs: StorageFs,
  file: string,
  schema: S,
  { expectedVersion = CURRENT_SCHEMA_VERSION, cipher = null }: ReadOptions = {},
): Promise<DocumentRead<z.output<S>>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf-8');
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? { kind: 'absent' } : { kind: 'bad', reason: 'unreadable' };
  }
  const decoded = decode(text, file, cipher);
  if (decoded.kind === 'bad') return decoded;
  const { raw, wasClear } = decoded;
  if (!isPlainObject(raw)) return { kind: 'bad', reason: 'invalid-shape' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { kind: 'bad', reason: 'invalid-shape' };
  }
  if (version > expectedVersion) throw futureVersionError(version, file);
  if (version < expectedVersion) return { kind: 'older', version, raw };
  const parsed = schema.safeParse(raw);
  return parsed.success ? { kind: 'ok', data: parsed.data, wasClear } : { kind: 'bad', reason: 'invalid-shape' };
}
