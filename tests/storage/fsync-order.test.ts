/**
 * SIGKILL (kill.test.ts) leaves the page cache intact, so it passes with or without fsync. This test watches the
 * file-system calls instead: every write path must write, sync, rename and then sync the folder, in that order,
 * before the save is acknowledged. Deleting any sync (or moving it after the rename) fails it.
 */
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_FILE_NAME, APP_FILE_NAME, JOURNAL_FILE_NAME, SESSIONS_FOLDER, STORE_FILE_NAME, openStore } from '../../src/main/storage';
import { DataCipher, newDataKey } from '../../src/main/storage/cipher';
import { AppLock } from '../../src/main/lock/app-lock';
import { KEY_FILE_NAME } from '../../src/main/lock/key-file';
import { makeTempDir, removeTempDir } from '../support/temp-store';
import { sampleSession } from '../support/sessions';
import { TEST_PASSPHRASE, TEST_SCRYPT_COST } from '../support/test-lock';
import { createFaultyFs, type FaultyFs } from './faulty-fs';

let dir: string;
let fs: FaultyFs;
beforeEach(async () => {
  dir = await makeTempDir('duet-fsync-');
  fs = createFaultyFs();
});
afterEach(async () => {
  await removeTempDir(dir);
});

const cipher = new DataCipher(newDataKey(), 'f'.repeat(32));

/** Asserts write temp → sync temp → rename temp over `file` → sync the folder, all in the log since `from`. */
function expectDurableReplace(log: readonly string[], file: string): void {
  const temp = join(dirname(file), `.${basename(file)}.tmp`);
  const renamed = log.lastIndexOf(`rename ${temp} -> ${file}`);
  expect(renamed, `${file} was never renamed into place: ${log.join('\n')}`).toBeGreaterThan(-1);
  const wrote = log.lastIndexOf(`write ${temp}`, renamed);
  const synced = log.lastIndexOf(`sync ${temp}`, renamed);
  expect(wrote, `${temp} written before the rename`).toBeGreaterThan(-1);
  expect(synced, `${temp} synced after it was written and before the rename`).toBeGreaterThan(wrote);
  expect(log.indexOf(`sync ${dirname(file)}`, renamed), `the folder synced after the rename of ${file}`).toBeGreaterThan(renamed);
}

/** Asserts an append to `file` was written and then synced (an append needs no rename). */
function expectSyncedAppend(log: readonly string[], file: string): void {
  const wrote = log.lastIndexOf(`write ${file}`);
  expect(wrote, `${file} appended to`).toBeGreaterThan(-1);
  expect(log.indexOf(`sync ${file}`, wrote), `${file} synced after the append`).toBeGreaterThan(wrote);
}

// Windows cannot sync a folder (see storage-fs.ts and docs/data.md), so there the folder step is absent by design.
describe.skipIf(process.platform === 'win32')('every save reaches the disk before it is acknowledged (fsync order)', () => {
  it('session files, the index, the settings, the journal and the audit log', async () => {
    const store = await openStore(dir, { fs, cipher });
    const session = sampleSession();
    const sessionFile = join(dir, SESSIONS_FOLDER, `${session.id}.json`);

    fs.log.length = 0;
    await store.createSession(session);
    expectDurableReplace(fs.log, sessionFile);
    expectDurableReplace(fs.log, join(dir, STORE_FILE_NAME));

    fs.log.length = 0;
    await store.updateSession(session.id, (current) => ({ ...current, updatedAt: '2026-01-01T00:00:00.000Z' }));
    expectDurableReplace(fs.log, sessionFile);
    expectSyncedAppend(fs.log, join(dir, JOURNAL_FILE_NAME));

    fs.log.length = 0;
    await store.update((draft) => void (draft.settings.practiceName = 'Northside'));
    expectDurableReplace(fs.log, join(dir, APP_FILE_NAME));

    fs.log.length = 0;
    await store.audit.record('opened', session.id);
    expectSyncedAppend(fs.log, join(dir, AUDIT_FILE_NAME));
    await store.close();
  });

  it('a deletion: the copies and the file are unlinked, then the folder is synced, then the index written', async () => {
    const store = await openStore(dir, { fs, cipher, backupEveryMs: 0 });
    const session = sampleSession();
    await store.createSession(session);
    await store.updateSession(session.id, (current) => ({ ...current, updatedAt: '2026-01-01T00:00:00.000Z' }));
    const sessionFile = join(dir, SESSIONS_FOLDER, `${session.id}.json`);

    fs.log.length = 0;
    await store.deleteSession(session.id);
    const unlinkedFile = fs.log.indexOf(`unlink ${sessionFile}`);
    const unlinkedBackup = fs.log.indexOf(`unlink ${sessionFile}.bak-1`);
    expect(unlinkedBackup).toBeGreaterThan(-1);
    expect(unlinkedFile).toBeGreaterThan(unlinkedBackup);
    expect(fs.log.indexOf(`sync ${join(dir, SESSIONS_FOLDER)}`, unlinkedFile)).toBeGreaterThan(unlinkedFile);
    expectDurableReplace(fs.log, join(dir, STORE_FILE_NAME));
    await store.close();
  });

  it('key.json at set-up and at a passphrase change (with the re-key of every file)', async () => {
    const lock = new AppLock({
      dataDir: dir,
      osKeyStore: null,
      scryptCost: TEST_SCRYPT_COST,
      fs,
      openStore: (keys) => openStore(dir, { ...keys, fs }),
    });
    await lock.start();
    await lock.setUp(TEST_PASSPHRASE);
    expectDurableReplace(fs.log, join(dir, KEY_FILE_NAME));
    await lock.unlockedStore().createSession(sampleSession());

    fs.log.length = 0;
    await lock.changePassphrase(TEST_PASSPHRASE, 'a brand new passphrase');
    expectDurableReplace(fs.log, join(dir, KEY_FILE_NAME));
    // Each re-sealed file: written to its .sealing temp, synced, renamed; then its folder synced.
    const session = join(dir, SESSIONS_FOLDER, `${sampleSession().id}.json`);
    const renamed = fs.log.indexOf(`rename ${session}.sealing -> ${session}`);
    expect(renamed).toBeGreaterThan(fs.log.indexOf(`sync ${session}.sealing`));
    expect(fs.log.indexOf(`sync ${session}.sealing`)).toBeGreaterThan(fs.log.indexOf(`write ${session}.sealing`));
    expect(fs.log.indexOf(`sync ${join(dir, SESSIONS_FOLDER)}`, renamed)).toBeGreaterThan(renamed);
    await lock.close();
  });
});
