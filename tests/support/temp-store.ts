import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  APP_FILE_NAME,
  JOURNAL_FILE_NAME,
  SESSIONS_FOLDER,
  STORE_FILE_NAME,
  openStore,
  type OpenStoreOptions,
  type Store,
} from '../../src/main/storage';
import type { DataCipher } from '../../src/main/storage/cipher';
import { readDataFile } from './test-lock';

export interface TempStore {
  /** The data folder (index.json, app.json and sessions/ live inside). */
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

const SESSION_FILE = /^[0-9a-f-]{36}\.json$/;

/**
 * Everything the store keeps in `dir`, as one JSON text: `{ settings, openSessionId, sessions, list, journal }`
 * (sessions sorted by id), decrypted with `cipher` when the folder is encrypted. For tests that read back what
 * was saved, or check that nothing was written.
 */
export async function readStoreSnapshot(dir: string, cipher: DataCipher | null = null): Promise<string> {
  const json = async (path: string) => JSON.parse(await readDataFile(path, cipher)) as Record<string, unknown>;
  const app = await json(join(dir, APP_FILE_NAME));
  const names = (await readdir(join(dir, SESSIONS_FOLDER))).filter((name) => SESSION_FILE.test(name)).sort();
  const sessions = await Promise.all(names.map(async (name) => (await json(join(dir, SESSIONS_FOLDER, name))).session));
  const list = (await json(join(dir, STORE_FILE_NAME))).sessions;
  const journal = await readFile(join(dir, JOURNAL_FILE_NAME), 'utf-8').catch(() => '');
  return JSON.stringify({ settings: app.settings, openSessionId: app.openSessionId, sessions, list, journal }, null, 2);
}
