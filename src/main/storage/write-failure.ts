import { StorageError } from './errors';
import { errorCode } from './storage-fs';

const READ_ONLY_CODES = new Set(['EROFS']);
/** Also what an antivirus scanner or sync client holding the file causes on Windows, once retries ran out. */
const REFUSED_CODES = new Set(['EACCES', 'EPERM', 'EBUSY']);
const FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);

/** A failed write in plain words: why, and that what was saved before is safe. */
export function writeFailed(cause: unknown): StorageError {
  const code = errorCode(cause);
  const why = FULL_CODES.has(code ?? '')
    ? 'the disk is full'
    : READ_ONLY_CODES.has(code ?? '')
      ? 'its data folder is read-only'
      : REFUSED_CODES.has(code ?? '')
        ? 'Duet is not allowed to write there or another program, such as an antivirus scan, is using the file'
        : 'the folder may be read-only or the disk full';
  return new StorageError(
    'write-failed',
    `Duet could not save to this computer (${why}). Your last change was not saved; everything saved before it is safe.`,
    { cause },
  );
}
