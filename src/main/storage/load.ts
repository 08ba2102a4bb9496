import { copyFile, readFile } from 'node:fs/promises';
import { CURRENT_SCHEMA_VERSION, defaultStoreData, storeDataSchema, type StoreData } from './schema';
import { MissingMigrationError, runMigrations, type Migration } from './migrations';
import { StorageError } from './errors';
import { moveAside } from './move-aside';

export type RecoveryReason = 'empty' | 'unreadable' | 'invalid-json' | 'invalid-shape';

/** Shown to the person at the keyboard after the store had to start fresh. Nothing was deleted. */
export interface RecoveryNotice {
  reason: RecoveryReason;
  /** Where the old file now is. */
  movedTo: string;
  message: string;
}

export interface LoadedData {
  data: StoreData;
  recovery: RecoveryNotice | null;
  /** The file is missing, was moved aside or was migrated: write `data` before anything else. */
  needsWrite: boolean;
}

const REASON_WORDS: Record<RecoveryReason, string> = {
  empty: 'its saved-data file was empty',
  unreadable: 'its saved-data file could not be opened',
  'invalid-json': 'its saved-data file was damaged',
  'invalid-shape': 'its saved-data file was not in the form Duet expects',
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads duet.json, bringing it up to the current version; a file it cannot use is moved aside, never deleted. */
export async function loadStoreFile(
  file: string,
  migrations: readonly Migration[],
  now: () => Date,
): Promise<LoadedData> {
  const startFresh = async (reason: RecoveryReason): Promise<LoadedData> => {
    const movedTo = await moveAside(file, 'corrupt', now());
    const message =
      `Duet started with no saved sessions because ${REASON_WORDS[reason]}. ` +
      `The old file was kept, not deleted: ${movedTo}`;
    return { data: defaultStoreData(), recovery: { reason, movedTo, message }, needsWrite: true };
  };

  let text: string;
  try {
    text = await readFile(file, 'utf-8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { data: defaultStoreData(), recovery: null, needsWrite: true };
    }
    return startFresh('unreadable');
  }
  if (text.trim() === '') return startFresh('empty');

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return startFresh('invalid-json');
  }
  if (!isPlainObject(raw)) return startFresh('invalid-shape');

  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return startFresh('invalid-shape');
  if (version > CURRENT_SCHEMA_VERSION) {
    // A newer Duet wrote this file; writing it with this older shape would lose what the newer one saved.
    throw new StorageError(
      'future-version',
      `The saved data on this computer comes from a newer version of Duet (data version ${version}; ` +
        `this version reads up to ${CURRENT_SCHEMA_VERSION}). Please install the newer version of Duet. ` +
        `The saved data has not been changed.`,
    );
  }

  let candidate: Record<string, unknown> = raw;
  const migrated = version < CURRENT_SCHEMA_VERSION;
  if (migrated) {
    try {
      candidate = runMigrations(raw, version, CURRENT_SCHEMA_VERSION, migrations);
    } catch (error) {
      if (error instanceof MissingMigrationError) return startFresh('invalid-shape');
      throw error;
    }
  }

  const parsed = storeDataSchema.safeParse(candidate);
  if (!parsed.success) return startFresh('invalid-shape');

  if (migrated) {
    // The file as it was before migrating stays beside it, in case a migration ever turns out to be wrong.
    try {
      await copyFile(file, `${file}.v${version}-backup-${now().getTime()}`);
    } catch (cause) {
      throw new StorageError('open-failed', 'Duet could not make a safety copy of its saved data before updating it.', {
        cause,
      });
    }
  }
  return { data: parsed.data, recovery: null, needsWrite: migrated };
}
