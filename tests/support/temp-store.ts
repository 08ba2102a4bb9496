import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type OpenStoreOptions, type Store } from '../../src/main/storage';

export interface TempStore {
  /** The data folder (duet.json lives inside). */
  dir: string;
  store: Store;
  /** Closes the store and removes the folder. */
  cleanup: () => Promise<void>;
}

export async function makeTempDir(prefix = 'duet-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A real store on disk in a fresh temp folder. */
export async function createTempStore(options: OpenStoreOptions = {}): Promise<TempStore> {
  const dir = await makeTempDir();
  const store = await openStore(dir, options);
  return {
    dir,
    store,
    cleanup: async () => {
      await store.close();
      await removeTempDir(dir);
    },
  };
}
