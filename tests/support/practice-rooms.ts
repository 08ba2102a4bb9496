import { expect } from 'vitest';
import type { AppLock } from '../../src/main/lock/app-lock';
import type { Store } from '../../src/main/storage';
import { practiceServerConfigSchema, type PracticeServerConfig } from '../../src/main/practice-server/config';
import { joinPracticeServer } from '../../src/main/practice-server/join';
import { PracticeSync } from '../../src/main/practice-server/sync';
import type { Session } from '../../src/shared/session';
import { emptyAnswers } from '../../src/shared/session';
import { APP_PASSWORD, type TestPostgres } from './postgres';
import { makeTempDir, removeTempDir } from './temp-store';
import { startTestLock, TEST_PASSPHRASE, TEST_SCRYPT_COST } from './test-lock';

/** One exam room: a real encrypted store behind the app lock, joined to the practice server, syncing. */
export interface Room {
  name: string;
  dir: string;
  lock: AppLock;
  sync: PracticeSync;
  readonly store: Store;
  /** Closes the sync and the store (the folder stays). */
  close(): Promise<void>;
  /** close() and remove the folder. */
  cleanup(): Promise<void>;
}

export function serverConfig(server: TestPostgres, overrides: Partial<PracticeServerConfig> = {}): PracticeServerConfig {
  return practiceServerConfigSchema.parse({ host: server.host, port: server.port, database: server.database, role: 'duet_app', ...overrides });
}

/**
 * Opens (or reopens, with `dir`) a room: the lock set up with TEST_PASSPHRASE, joined to the practice server with
 * TEST_PASSPHRASE as the practice passphrase, and its sync started.
 */
export async function openRoom(
  server: TestPostgres,
  name: string,
  options: { dir?: string; config?: PracticeServerConfig; pollMs?: number; join?: boolean } = {},
): Promise<Room> {
  const dir = options.dir ?? (await makeTempDir(`duet-room-${name}-`));
  const config = options.config ?? serverConfig(server);
  const sync = await PracticeSync.open({ dataDir: dir, config, password: async () => APP_PASSWORD, pollMs: options.pollMs ?? 1_000, retryMs: [100, 400] });
  const lock = await startTestLock(dir, 'unlocked', { onDocumentChange: sync.noteChange });
  if (options.join !== false) {
    await joinPracticeServer({
      lock,
      config,
      password: APP_PASSWORD,
      currentPassphrase: TEST_PASSPHRASE,
      practicePassphrase: TEST_PASSPHRASE,
      scryptCost: TEST_SCRYPT_COST,
    });
  }
  sync.start(lock.openStore(), lock.dataCipher());
  const close = async () => {
    await sync.stop();
    await lock.close();
  };
  return {
    name,
    dir,
    lock,
    sync,
    get store() {
      return lock.openStore();
    },
    close,
    cleanup: async () => {
      await close();
      await removeTempDir(dir);
    },
  };
}

let counter = 0;

/** A new session as a room would create it. */
export function roomSession(label: string, overrides: Partial<Session> = {}): Session {
  const now = new Date(Date.UTC(2026, 10, 1, 9, 0, counter++)).toISOString();
  return {
    id: crypto.randomUUID(),
    clinicianName: 'Dr. Rivera',
    patientLabel: label,
    conditionId: 'depression',
    language: 'en',
    decisionRole: 'shared',
    followUps: [],
    planVersions: [],
    createdAt: now,
    updatedAt: now,
    answers: emptyAnswers(),
    ...overrides,
  };
}

/** Saves `worries` in a session as an autosave would. */
export async function saveWorries(store: Store, id: string, worries: string): Promise<void> {
  const saved = await store.updateSession(id, (current) => ({
    ...current,
    updatedAt: new Date().toISOString(),
    answers: { ...current.answers, worries },
  }));
  expect(saved, `session ${id} exists`).not.toBeNull();
}

/** Waits until `check` holds (polling), or fails with `what`. */
export async function eventually(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Timed out waiting for: ${what}`);
}

/** Every room pushes what it has, then every room pulls everything (twice round: a push may follow a pull). */
export async function settle(...rooms: Room[]): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    for (const room of rooms) await withTimeout(room.sync.idle(), 20_000, `${room.name} to finish syncing`);
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}`)), ms);
    }),
  ]);
}
