import { StorageError } from './errors';
import { errorCode } from './storage-fs';

const READ_ONLY_CODES = new Set(['EACCES', 'EROFS', 'EPERM']);
const FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);

/** A failed write in plain words: why, and that what was saved before is safe. */
export function writeFailed(cause: unknown): StorageError {
  const code = errorCode(cause);
  const why = FULL_CODES.has(code ?? '')
    ? 'the disk is full'
    : READ_ONLY_CODES.has(code ?? '')
      ? 'its data folder is read-only or Duet is not allowed to write there'
      : 'the folder may be read-only or the disk full';
  return new StorageError(
    'write-failed',
    `Duet could not save to this computer (${why}). Your last change was not saved; everything saved before it is safe.`,
    { cause },
  );
}
