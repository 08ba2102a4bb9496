import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { STORE_FILE_NAME, storeDataSchema, type StoreData } from './schema';
import { MIGRATIONS, type Migration } from './migrations';
import { StorageError } from './errors';
import { loadStoreFile, type RecoveryNotice } from './load';

export interface Store {
  readonly file: string;
  /** Set when the file could not be used and was moved aside; the app tells the people at the computer. */
  readonly recovery: RecoveryNotice | null;
  /** The data as saved on disk. Do not change it: go through update(). Copy anything handed out. */
  read(): Readonly<StoreData>;
  /**
   * Applies `change` to a copy and saves it; memory takes the copy only once the file is written, so a
   * failed write (StorageError 'write-failed') leaves both as they were. Updates run one at a time.
   */
  update<T>(change: (draft: StoreData) => T): Promise<T>;
  /** Waits for pending writes; later updates are refused. */
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  migrations?: readonly Migration[];
  now?: () => Date;
}

const WRITE_FAILED =
  'Duet could not save to this computer (the folder may be read-only or the disk full). Your last change was not saved.';

/** Opens `<dataDir>/duet.json`. Main owns the one store: never open the same folder twice. */
export async function openStore(dataDir: string, options: OpenStoreOptions = {}): Promise<Store> {
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? (() => new Date());
  const file = join(dataDir, STORE_FILE_NAME);

  try {
    await mkdir(dataDir, { recursive: true });
  } catch (cause) {
    throw new StorageError('open-failed', `Duet could not create its data folder (${dataDir}).`, { cause });
  }
  const loaded = await loadStoreFile(file, migrations, now);
  const db = new Low<StoreData>(new JSONFile<StoreData>(file), loaded.data);
  if (loaded.needsWrite) {
    try {
      await db.write();
    } catch (cause) {
      throw new StorageError('open-failed', `Duet could not save to its data folder (${dataDir}).`, { cause });
    }
  }

  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const applyAndWrite = async <T>(change: (draft: StoreData) => T): Promise<T> => {
    const draft = structuredClone(db.data);
    const result = change(draft);
    // Never write a file the next start would have to move aside. A bug, not bad input: not a ZodError.
    const checked = storeDataSchema.safeParse(draft);
    if (!checked.success) {
      throw new Error(`Refusing to save data that would not reopen: ${checked.error.issues[0]?.message ?? ''}`);
    }
    const previous = db.data;
    db.data = draft;
    try {
      await db.write();
    } catch (cause) {
      db.data = previous;
      throw new StorageError('write-failed', WRITE_FAILED, { cause });
    }
    return result;
  };

  return {
    file,
    recovery: loaded.recovery,
    read: () => db.data,
    update: <T>(change: (draft: StoreData) => T): Promise<T> => {
      if (closed) return Promise.reject(new StorageError('write-failed', 'Duet is closing; the change was not saved.'));
      const run = () => applyAndWrite(change);
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    close: async () => {
      closed = true;
      await queue;
    },
  };
}
