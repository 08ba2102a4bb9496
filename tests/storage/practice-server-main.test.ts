/**
 * Main's side of the practice server against a real PostgreSQL: the service a policy turns on (joining, the
 * role's password kept only through the OS key store, the sync started after unlock), and the network rule:
 * with a practice server configured, main connects to that server and nothing else.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import net from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OsKeyStore } from '../../src/main/lock/os-key-store';
import { AppLock } from '../../src/main/lock/app-lock';
import { openStore } from '../../src/main/storage';
import { PracticeServerService } from '../../src/main/practice-server/service';
import { APP_PASSWORD, postgresMissing, startPostgres, type TestPostgres } from '../support/postgres';
import { openRoom, roomSession, serverConfig, settle, withTimeout, type Room } from '../support/practice-rooms';
import { makeTempDir, removeTempDir } from '../support/temp-store';
import { startTestLock, TEST_PASSPHRASE, TEST_SCRYPT_COST } from '../support/test-lock';

const missing = postgresMissing();
if (missing && process.env.CI) throw new Error(missing);

/** Stands in for the operating system's key store (DPAPI, Keychain): a secret key this "account" holds. */
function testOsKeyStore(): OsKeyStore {
  const key = randomBytes(32);
  return {
    protect(secret) {
      const iv = randomBytes(16);
      const cipher = createCipheriv('aes-256-cbc', key, iv);
      return Buffer.concat([iv, cipher.update(secret), cipher.final()]);
    },
    unprotect(protectedSecret) {
      const decipher = createDecipheriv('aes-256-cbc', key, protectedSecret.subarray(0, 16));
      return Buffer.concat([decipher.update(protectedSecret.subarray(16)), decipher.final()]);
    },
  };
}

/** The app lock as main builds it with a practice server: passphrase changes asked of the service first. */
async function startTestLockWithRefusal(dir: string, service: PracticeServerService): Promise<AppLock> {
  const lock = new AppLock({
    dataDir: dir,
    osKeyStore: null,
    scryptCost: TEST_SCRYPT_COST,
    passphraseChangeRefusal: () => service.passphraseChangeRefusal(),
    openStore: (options) => openStore(dir, { ...options, onDocumentChange: service.noteChange }),
  });
  await lock.start();
  await lock.unlock(TEST_PASSPHRASE);
  return lock;
}

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe.skipIf(missing !== null)('practice server in main', () => {
  let server: TestPostgres;
  let a: Room;

  beforeAll(async () => {
    server = await startPostgres();
    a = await openRoom(server, 'main-A');
  }, 60_000);
  afterAll(async () => {
    await a?.cleanup().catch(() => undefined);
    server?.stop();
  });

  it('joins a computer as the policy says, keeps the role password only through the OS key store, and syncs after unlock', async () => {
    const dir = await makeTempDir('duet-main-room-');
    const config = serverConfig(server);
    const osKeyStore = testOsKeyStore();
    let service = await PracticeServerService.open({ dataDir: dir, config, osKeyStore, scryptCost: TEST_SCRYPT_COST, pollMs: 500 });
    let lock = await startTestLock(dir, 'unlocked', { onDocumentChange: service.noteChange });
    try {
      // Sessions from before joining reach the other rooms too.
      const before = roomSession('Before joining');
      await lock.openStore().createSession(before);
      await service.storeOpened(lock.openStore(), lock.dataCipher());
      expect(service.status()).toEqual({ state: 'not-joined', problem: null });

      await service.join(lock, { password: APP_PASSWORD, currentPassphrase: TEST_PASSPHRASE, practicePassphrase: TEST_PASSPHRASE });
      expect(lock.dataCipher().keyId).toBe(a.lock.dataCipher().keyId);
      await withTimeout(service.idle(), 20_000, 'the joined computer to sync');
      await settle(a);
      expect(a.store.hasSession(before.id)).toBe(true);
      expect(service.status()).toMatchObject({ state: 'connected', problem: null });
      for (const file of await allFiles(dir)) expect(await readFile(file, 'utf-8'), file).not.toContain(APP_PASSWORD);

      // Next start: the sync starts again after unlock, with the password from the key store.
      await service.stop();
      await lock.close();
      service = await PracticeServerService.open({ dataDir: dir, config, osKeyStore, scryptCost: TEST_SCRYPT_COST, pollMs: 500 });
      lock = await startTestLockWithRefusal(dir, service);
      await service.storeOpened(lock.openStore(), lock.dataCipher());
      // A joined computer's passphrase is the practice's: changing it here is refused in plain words, nothing changes.
      const keyId = lock.dataCipher().keyId;
      await expect(lock.changePassphrase(TEST_PASSPHRASE, 'a brand new passphrase for this room')).rejects.toMatchObject({
        message: expect.stringMatching(/shares its data with the other exam rooms .* cannot be changed here yet/),
      });
      expect(lock.dataCipher().keyId).toBe(keyId);
      const after = roomSession('After a restart');
      await a.store.createSession(after);
      await settle(a);
      await withTimeout(service.idle(), 20_000, 'the restarted computer to sync');
      expect(lock.openStore().hasSession(after.id)).toBe(true);
    } finally {
      await service.stop();
      await lock.close();
      await removeTempDir(dir);
    }
  }, 60_000);

  it('without an OS key store, joining is refused in plain words and nothing changes', async () => {
    const dir = await makeTempDir('duet-main-nokeystore-');
    const service = await PracticeServerService.open({ dataDir: dir, config: serverConfig(server), osKeyStore: null, scryptCost: TEST_SCRYPT_COST });
    const lock = await startTestLock(dir, 'unlocked', { onDocumentChange: service.noteChange });
    try {
      const keyId = lock.dataCipher().keyId;
      await expect(service.join(lock, { password: APP_PASSWORD, currentPassphrase: TEST_PASSPHRASE, practicePassphrase: TEST_PASSPHRASE })).rejects.toMatchObject({
        message: expect.stringMatching(/no operating-system key store/),
      });
      expect(lock.dataCipher().keyId).toBe(keyId);
    } finally {
      await service.stop();
      await lock.close();
      await removeTempDir(dir);
    }
  });

  it('talks to the configured server and nothing else', async () => {
    // Every TCP connection this process opens goes through net.Socket#connect (pg's included): record where each
    // one went once connected.
    const seen: string[] = [];
    const connect = net.Socket.prototype.connect;
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      this.once('connect', () => seen.push(`${this.remoteAddress}:${this.remotePort}`));
      return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
    } as typeof connect;
    let b: Room | null = null;
    try {
      b = await openRoom(server, 'main-B');
      const session = roomSession('Network check');
      await b.store.createSession(session);
      await settle(b, a);
      expect(a.store.hasSession(session.id)).toBe(true);
    } finally {
      await b?.cleanup();
      net.Socket.prototype.connect = connect;
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([`127.0.0.1:${server.port}`]));
  }, 30_000);
});
