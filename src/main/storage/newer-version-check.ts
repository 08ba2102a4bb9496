import { join } from 'node:path';
import { isEnvelope } from './cipher';
import { futureVersionError, isPlainObject } from './read-document';
import { APP_FILE_NAME, CURRENT_SCHEMA_VERSION, LEGACY_FILE_NAME, LEGACY_SCHEMA_VERSION, STORE_FILE_NAME } from './schema';
import type { StorageFs } from './storage-fs';

/**
 * Throws (StorageError 'future-version') when the folder holds data from a newer Duet, before anything else is
 * done: no key is made and no file is written next to data this version cannot read. Only the clear-text
 * headers are read, so this works before the passphrase is typed.
 */
export async function refuseDataFromNewerDuet(fs: StorageFs, dataDir: string): Promise<void> {
  const newest: Array<[string, number]> = [
    [APP_FILE_NAME, CURRENT_SCHEMA_VERSION],
    [STORE_FILE_NAME, CURRENT_SCHEMA_VERSION],
    [LEGACY_FILE_NAME, LEGACY_SCHEMA_VERSION],
  ];
  for (const [name, readsUpTo] of newest) {
    const file = join(dataDir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(await fs.readFile(file, 'utf-8'));
    } catch {
      continue; // absent or damaged: the store's own recovery deals with it
    }
    if (!isPlainObject(raw) || isEnvelope(raw)) continue;
    const version = raw.schemaVersion;
    if (typeof version === 'number' && version > readsUpTo) throw futureVersionError(version, file);
  }
}
