import { StorageError } from './errors';
import { fileExists, type StorageFs } from './storage-fs';

function timestamp(date: Date): string {
  // Colons are not allowed in Windows file names.
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Renames `file` to `<file>.<label>-<timestamp>` (never over an existing file) and returns the new path. */
export async function moveAside(fs: StorageFs, file: string, label: string, when: Date): Promise<string> {
  const base = `${file}.${label}-${timestamp(when)}`;
  let target = base;
  for (let attempt = 1; await fileExists(fs, target); attempt += 1) target = `${base}-${attempt}`;
  try {
    await fs.rename(file, target);
  } catch (cause) {
    throw new StorageError(
      'open-failed',
      `Duet could not read its saved data and could not move the damaged file aside (${file}). Nothing was deleted.`,
      { cause },
    );
  }
  return target;
}
