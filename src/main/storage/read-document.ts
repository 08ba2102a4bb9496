import type { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { StorageError } from './errors';
import { belongsElsewhere, bindingForFile, DecryptionError, isCurrentFormat, isEnvelope, type DataCipher } from './cipher';
import { errorCode, type StorageFs } from './storage-fs';

export type RecoveryReason =
  | 'empty'
  /** Not a file at all (a folder in its place). */
  | 'unreadable'
  | 'invalid-json'
  | 'invalid-shape'
  | 'missing'
  /** A patient-data file in clear text once the data is encrypted: written by something other than Duet. */
  | 'not-encrypted'
  /** An encrypted file that belongs to another session (or is the list in a session's place): a swap or a copy. */
  | 'other-file'
  /** app.json without Duet's signature once settings are signed (see settings-file.ts). */
  | 'not-signed';

export type DocumentRead<T> =
  /**
   * `stale`: readable but in an older envelope format (see cipher.ts): write it again to bring it forward.
   * `raw`: the JSON as it was on disk, before the schema filled in defaults (what a signature covers).
   */
  | { kind: 'ok'; data: T; stale: boolean; raw: Record<string, unknown> }
  | { kind: 'absent' }
  | { kind: 'bad'; reason: RecoveryReason }
  /** Parsed, with a schemaVersion older than `expectedVersion`: the caller decides how to bring it forward. */
  | { kind: 'older'; version: number; raw: Record<string, unknown> };

export interface ReadOptions {
  /** The version this Duet writes: a file above it is from a newer Duet and is refused, never touched. */
  expectedVersion?: number;
  /**
   * The oldest version read as it is (the schema accepts every version from this one to `expectedVersion`); below
   * it the read is 'older'. Defaults to `expectedVersion`.
   */
  oldestVersion?: number;
  /**
   * Set for the files that hold patient data: they must be encrypted envelopes (see cipher.ts) bound to this
   * file's name. Clear text is refused as damage: sealing at set-up (seal.ts) runs before anything is read.
   */
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

/** A read the disk refused (not a damaged file): nothing is moved; the caller reports it and may try again. */
export function readFailedError(file: string, cause: unknown): StorageError {
  return new StorageError(
    'read-failed',
    `Duet could not read a saved file just now (${file}). Another program may be using it. Nothing was changed; please try again.`,
    { cause },
  );
}

type Decoded = { kind: 'json'; raw: unknown; stale: boolean } | { kind: 'bad'; reason: RecoveryReason };

function decode(text: string, file: string, cipher: DataCipher | null): Decoded {
  if (text.trim() === '') return { kind: 'bad', reason: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'bad', reason: 'invalid-json' };
  }
  if (!isEnvelope(raw)) return cipher ? { kind: 'bad', reason: 'not-encrypted' } : { kind: 'json', raw, stale: false };
  // An envelope without a key to open it (a store opened without encryption) is not damage either.
  if (!cipher || raw.keyId !== cipher.keyId) throw wrongKeyError(file);
  const binding = bindingForFile(file);
  if (!binding) throw new Error(`Not a patient-data file: ${file}`);
  if (belongsElsewhere(raw, binding)) return { kind: 'bad', reason: 'other-file' };
  let inner: string;
  try {
    inner = cipher.open(raw, binding).toString('utf-8');
  } catch (error) {
    if (error instanceof DecryptionError) return { kind: 'bad', reason: 'invalid-json' };
    throw error;
  }
  try {
    return { kind: 'json', raw: JSON.parse(inner), stale: !isCurrentFormat(raw) };
  } catch {
    return { kind: 'bad', reason: 'invalid-json' };
  }
}

/**
 * Reads one JSON file (opening its envelope when encrypted) and checks it against `schema`. A file written by a
 * newer Duet, or sealed with another key, throws (StorageError) so that nothing ever overwrites or moves it; so
 * does a read the disk refuses (StorageError 'read-failed'), which is not damage. Anything wrong with the file
 * itself is reported, not thrown.
 */
export async function readDocument<S extends z.ZodType>(
  fs: StorageFs,
  file: string,
  schema: S,
  { expectedVersion = CURRENT_SCHEMA_VERSION, oldestVersion = expectedVersion, cipher = null }: ReadOptions = {},
): Promise<DocumentRead<z.output<S>>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf-8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { kind: 'absent' };
    if (code === 'EISDIR') return { kind: 'bad', reason: 'unreadable' };
    throw readFailedError(file, error);
  }
  const decoded = decode(text, file, cipher);
  if (decoded.kind === 'bad') return decoded;
  const { raw, stale } = decoded;
  if (!isPlainObject(raw)) return { kind: 'bad', reason: 'invalid-shape' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { kind: 'bad', reason: 'invalid-shape' };
  }
  if (version > expectedVersion) throw futureVersionError(version, file);
  if (version < oldestVersion) return { kind: 'older', version, raw };
  const parsed = schema.safeParse(raw);
  return parsed.success ? { kind: 'ok', data: parsed.data, stale, raw } : { kind: 'bad', reason: 'invalid-shape' };
}
