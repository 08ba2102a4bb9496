/**
 * M4: a passphrase change re-keys. Every patient file and its backups move to a new data key, so an old key.json
 * (last night's backup) with the old passphrase opens nothing current; a crash part-way is finished at the next
 * unlock.
 */
import { copyFile, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppLock } from '../../../src/main/lock/app-lock';
import { KEY_FILE_NAME, keyFileSchema, unwrapWithPassphrase } from '../../../src/main/lock/key-file';
import { APP_FILE_NAME, openStore } from '../../../src/main/storage';
import { bindingForFile, DataCipher, DecryptionError, isEnvelope } from '../../../src/main/storage/cipher';
import { sampleSession } from '../../support/sessions';
import { makeTempDir, removeTempDir } from '../../support/temp-store';
import { TEST_PASSPHRASE, TEST_SCRYPT_COST } from '../../support/test-lock';
import { createFaultyFs, type FaultyFs } from '../../storage/faulty-fs';
import type { OsKeyStore } from '../../../src/main/lock/os-key-store';

/** A stand-in for the OS key store: XOR with a machine secret is enough to tell which key it was given. */
function fakeOsKeyStore(): OsKeyStore {
  const secret = Buffer.alloc(32, 7);
  const xor = (bytes: Buffer) => Buffer.from(bytes.map((byte, index) => byte ^ secret[index % 32]!));
  return { protect: xor, unprotect: xor };
}

const NEW_PASSPHRASE = 'a brand new passphrase';
const idFor = (index: number) => `2f1c6b1e-8a54-4c1e-9a47-${String(index).padStart(12, '0')}`;

let dir: string;
let locks: AppLock[];
beforeEach(async () => {
  dir = await makeTempDir('duet-rekey-');
  locks = [];
});
afterEach(async () => {
  for (const lock of locks) await lock.close();
  await removeTempDir(dir);
});

async function startLock(fs: FaultyFs = createFaultyFs(), osKeyStore: OsKeyStore | null = null): Promise<AppLock> {
  const lock = new AppLock({
    dataDir: dir,
    osKeyStore,
    // The key store is used only where the practice chose it (security review M2).
    useOsKeyStore: osKeyStore !== null,
    scryptCost: TEST_SCRYPT_COST,
    fs,
    openStore: (keys) => openStore(dir, { ...keys, fs, backupEveryMs: 0 }),
  });
  locks.push(lock);
  await lock.start();
  return lock;
}

/** Set up, with three sessions each saved a few times (so there are backups), and the settings saved. */
async function setUpWithSessions(fs?: FaultyFs): Promise<AppLock> {
  const lock = await startLock(fs);
  await lock.setUp(TEST_PASSPHRASE);
  const store = lock.unlockedStore();
  for (let index = 1; index <= 3; index += 1) {
    await store.createSession(sampleSession({ id: idFor(index), patientLabel: `P${index}` }));
    for (const worries of ['a', 'b']) {
      await store.updateSession(idFor(index), (current) => ({ ...current, answers: { ...current.answers, worries: `${worries}${index}` } }));
    }
  }
  await store.update((draft) => void (draft.settings.practiceName = 'Northside'));
  return lock;
}

async function keyFileNow() {
  return keyFileSchema.parse(JSON.parse(await readFile(join(dir, KEY_FILE_NAME), 'utf-8')));
}

/** key id of every envelope in the folder, by path. */
async function envelopeKeyIds(): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    try {
      const parsed: unknown = JSON.parse(await readFile(path, 'utf-8'));
      if (isEnvelope(parsed)) ids.set(path, parsed.keyId);
    } catch {
      // not JSON: not an envelope
    }
  }
  return ids;
}

describe('changing the passphrase re-keys every patient file', () => {
  it('a new key id everywhere (backups included); the old key.json and old passphrase open nothing current', async () => {
    const lock = await setUpWithSessions();
    const oldKeyFile = await keyFileNow();
    await copyFile(join(dir, KEY_FILE_NAME), join(dir, 'old-key-backup.json'));
    const before = await envelopeKeyIds();
    expect(before.size).toBeGreaterThanOrEqual(10);

    await lock.changePassphrase(TEST_PASSPHRASE, NEW_PASSPHRASE);
    const keyFile = await keyFileNow();
    expect(keyFile.keyId).not.toBe(oldKeyFile.keyId);
    expect(keyFile.rekeying).toBeUndefined();
    const after = await envelopeKeyIds();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect(new Set(after.values())).toEqual(new Set([keyFile.keyId]));
    expect(JSON.parse(await readFile(join(dir, APP_FILE_NAME), 'utf-8'))).toMatchObject({ signature: { keyId: keyFile.keyId } });

    // The old key, from the old key.json with the old passphrase, opens none of the files.
    const oldKey = (await unwrapWithPassphrase(oldKeyFile, TEST_PASSPHRASE))!;
    const oldCipher = new DataCipher(oldKey, keyFile.keyId); // even claiming the new key id
    for (const path of after.keys()) {
      const envelope = JSON.parse(await readFile(path, 'utf-8')) as never;
      expect(() => oldCipher.open(envelope, bindingForFile(path)!), path).toThrow(DecryptionError);
    }
    // The sessions are all there, under the new passphrase, in this run and the next.
    expect((await lock.unlockedStore().getSession(idFor(2)))?.answers.worries).toBe('b2');
    await lock.close();
    const next = await startLock();
    await expect(next.unlock(TEST_PASSPHRASE)).rejects.toThrow(/not right/);
    await next.unlock(NEW_PASSPHRASE);
    const store = next.unlockedStore();
    expect(store.recovery).toBeNull();
    expect(await store.checkAllSessions()).toBeNull();
    expect(store.listSessions().map((entry) => entry.patientLabel).sort()).toEqual(['P1', 'P2', 'P3']);
    expect(store.read().settings.practiceName).toBe('Northside');
  });

  it('a crash part-way: Duet locks, and the next unlock with the new passphrase finishes the re-key', async () => {
    const fs = createFaultyFs();
    const lock = await setUpWithSessions(fs);
    const oldKeyId = (await keyFileNow()).keyId;
    // The disk fills up while the second session's file is being re-sealed.
    fs.fault = 'ENOSPC';
    fs.onlyPaths = new RegExp(`${idFor(2)}\\.json\\.sealing$`);
    await expect(lock.changePassphrase(TEST_PASSPHRASE, NEW_PASSPHRASE)).rejects.toMatchObject({
      failure: 'write-failed',
      message: /new passphrase is saved.*unlock it with the new passphrase/s,
    });
    expect((await lock.status()).state).toBe('locked');
    const midway = await keyFileNow();
    expect(midway.rekeying?.fromKeyId).toBe(oldKeyId);
    const keyIds = new Set((await envelopeKeyIds()).values());
    expect(keyIds).toEqual(new Set([oldKeyId, midway.keyId])); // truly part-way
    await lock.close();

    fs.fault = null;
    const next = await startLock(fs);
    await next.unlock(NEW_PASSPHRASE);
    const store = next.unlockedStore();
    expect(store.recovery).toBeNull();
    expect(await store.checkAllSessions()).toBeNull();
    for (let index = 1; index <= 3; index += 1) expect((await store.getSession(idFor(index)))?.answers.worries).toBe(`b${index}`);
    expect(store.read().settings.practiceName).toBe('Northside');
    const finished = await keyFileNow();
    expect(finished.rekeying).toBeUndefined();
    expect(new Set((await envelopeKeyIds()).values())).toEqual(new Set([finished.keyId]));
  });

  it('with an OS key store, the new key is what the key store opens at the next launch', async () => {
    const osKeyStore = fakeOsKeyStore();
    const lock = await startLock(createFaultyFs(), osKeyStore);
    await lock.setUp(TEST_PASSPHRASE);
    await lock.unlockedStore().createSession(sampleSession({ id: idFor(1), patientLabel: 'P1' }));
    await lock.changePassphrase(TEST_PASSPHRASE, NEW_PASSPHRASE);
    await lock.close();
    const keyId = (await keyFileNow()).keyId;

    const next = await startLock(createFaultyFs(), osKeyStore);
    // Opened at launch through the key store (still locked on screen): every file is under the new key.
    expect(next.openStore().listSessions().map((entry) => entry.patientLabel)).toEqual(['P1']);
    expect(new Set((await envelopeKeyIds()).values())).toEqual(new Set([keyId]));
  });
});
