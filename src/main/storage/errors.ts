/** Why the store could not do what was asked. `message` is plain words for the person at the keyboard. */
export type StorageFailure =
  /** The file was written by a newer Duet: it is left exactly as it is. */
  | 'future-version'
  /** The data folder or file could not be read, created or moved aside. */
  | 'open-failed'
  /** A file could not be read just now (locked by another program, an I/O error); nothing was moved or changed. */
  | 'read-failed'
  /** Saving to disk failed (read-only folder, disk full, …); nothing changed, on disk or in memory. */
  | 'write-failed'
  /** The files are sealed with another data key than key.json's: they are left exactly as they are. */
  | 'wrong-key';

export class StorageError extends Error {
  constructor(
    readonly failure: StorageFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

export function isStorageError(error: unknown): error is StorageError {
  return error instanceof StorageError;
}
