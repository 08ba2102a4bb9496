/**
 * What the encrypted store refuses to take as its own (M3, m1), what a deletion leaves behind (M6) and how it
 * rides out a file locked for a moment by another program (M8). Real files in a temp folder throughout.
 */
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APP_FILE_NAME,
  JOURNAL_FILE_NAME,
  LEGACY_FILE_NAME,
  SESSIONS_FOLDER,
  STORE_FILE_NAME,
  openStore,
  type OpenStoreOptions,
} from '../../../src/main/storage';
import { DataCipher, encryptBytes, ENCRYPTED_FILE_VERSION, newDataKey } from '../../../src/main/storage/cipher';
import { applyRetention } from '../../../src/main/retention';
import { makeTempDir, removeTempDir } from '../../support/temp-store';
import { answersWithPlan, sampleSession } from '../../support/sessions';
import { readDataFile } from '../../support/test-lock';
import { createFaultyFs } from '../../storage/faulty-fs';
import type { Session } from '../../../src/shared/session';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('duet-integrity-');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await removeTempDir(dir);
});

const KEY = newDataKey();
const KEY_ID = '1'.repeat(32);
const cipher = new DataCipher(KEY, KEY_ID);
const fixedNow = () => new Date('2026-03-04T05:06:07.089Z');
const idFor = (index: number) => `2f1c6b1e-8a54-4c1e-9a47-${String(index).padStart(12, '0')}`;
const sessionPath = (id: string) => join(dir, SESSIONS_FOLDER, `${id}.json`);
const withWorries = (session: Session, worries: string): Session => ({ ...session, answers: { ...session.answers, worries } });
const open = (options: OpenStoreOptions = {}) => openStore(dir, { cipher, now: fixedNow, backupEveryMs: 0, ...options });

/** Two encrypted sessions; the first saved as 'first', 'second', then 'latest'. */
async function seed(): Promise<{ target: Session; other: Session }> {
  const store = await open();
  const target = sampleSession({ id: idFor(1), patientLabel: 'T.G.' });
  const other = sampleSession({ id: idFor(2), patientLabel: 'O.T.' });
  await store.createSession(target);
  await store.createSession(withWorries(other, 'other answer'));
  for (const worries of ['first', 'second', 'latest']) await store.updateSession(target.id, (current) => withWorries(current, worries));
  await store.close();
  return { target, other };
}

describe('M3: once the data is sealed, clear or foreign files are damage, never taken as authentic', () => {
  it('a clear-text session file is moved aside and the last sealed copy restored; it is not re-sealed', async () => {
    const { target } = await seed();
    const forged = JSON.stringify({ schemaVersion: 2, session: withWorries(target, 'forged plan') });
    await writeFile(sessionPath(target.id), forged);

    const store = await open();
    const notice = await store.checkAllSessions();
    expect(notice?.reason).toBe('not-encrypted');
    expect(notice?.message).toMatch(/was not locked the way Duet locks its files/);
    expect((await store.getSession(target.id))?.answers.worries).toBe('second');
    // Kept, not deleted, and encrypted where it lies (it could hold real patient data).
    expect(await readFile(notice!.movedTo!, 'utf-8')).not.toContain('forged plan');
    expect(await readDataFile(notice!.movedTo!, cipher)).toBe(forged);
    expect(await readFile(sessionPath(target.id), 'utf-8')).not.toContain('forged plan');
    await store.close();
  });

  it('a clear-text index is rebuilt from the sealed session files', async () => {
    const { target, other } = await seed();
    await writeFile(join(dir, STORE_FILE_NAME), JSON.stringify({ schemaVersion: 2, sessions: [] }));
    const store = await open();
    expect(store.recovery?.reason).toBe('not-encrypted');
    expect(store.listSessions().map((entry) => entry.id).sort()).toEqual([target.id, other.id]);
    await store.close();
  });

  it('app.json changed outside Duet: the last signed settings are used, and retention never runs on the forgery', async () => {
    const store = await open();
    const old = sampleSession({ id: idFor(3), patientLabel: 'Old', answers: answersWithPlan({ patientConfirmed: true, clinicianConfirmed: true, agreedOption: 'therapy' }) });
    await store.createSession(old);
    await store.update((draft) => void (draft.settings.crisisLine = { en: 'Call 988', es: 'Llame al 988' }));
    await store.update((draft) => void (draft.settings.practiceName = 'Northside'));
    await store.close();
    const signed = JSON.parse(await readFile(join(dir, APP_FILE_NAME), 'utf-8')) as { settings: Record<string, unknown> };
    expect(signed).toMatchObject({ signature: { keyId: KEY_ID } });
    const forged = { ...signed, settings: { ...signed.settings, crisisLine: { en: 'Call 555-0100', es: 'Llame al 555-0100' }, retentionDays: 90 } };
    await writeFile(join(dir, APP_FILE_NAME), JSON.stringify(forged));

    const reopened = await open({ now: () => new Date('2030-01-01T00:00:00.000Z') });
    expect(reopened.recovery?.reason).toBe('not-signed');
    expect(reopened.recovery?.message).toMatch(/changed outside Duet.*went back to the last settings it had checked/s);
    expect(reopened.read().settings).toMatchObject({ crisisLine: { en: 'Call 988' }, retentionDays: null });
    expect(await applyRetention(reopened, new Date('2030-01-01T00:00:00.000Z'))).toEqual({ deleted: [], failed: [] });
    expect(reopened.hasSession(old.id)).toBe(true);
    await reopened.close();
    expect(JSON.parse(await readFile(join(dir, APP_FILE_NAME), 'utf-8'))).toMatchObject({ settings: { crisisLine: { en: 'Call 988' } } });
  });

  it('settings from before signing are adopted and signed once; a signature removed later is refused', async () => {
    const plain = await openStore(dir, { now: fixedNow });
    await plain.update((draft) => void (draft.settings.practiceName = 'Before signing'));
    await plain.close();
    const first = await open({ sealClearFiles: true });
    expect(first.recovery).toBeNull();
    expect(first.read().settings.practiceName).toBe('Before signing');
    await first.update((draft) => void (draft.settings.paperSize = 'A4'));
    await first.close();
    const file = JSON.parse(await readFile(join(dir, APP_FILE_NAME), 'utf-8')) as Record<string, unknown>;
    expect(file.signature).toBeDefined();
    delete file.signature;
    await writeFile(join(dir, APP_FILE_NAME), JSON.stringify({ ...file, settings: { ...(file.settings as object), practiceName: 'Stripped' } }));
    const second = await open();
    expect(second.recovery?.reason).toBe('not-signed');
    // The newest signed copy is the backup made before the last save.
    expect(second.read().settings).toMatchObject({ practiceName: 'Before signing', paperSize: 'Letter' });
    await second.close();
  });
});

describe('m1: each envelope is bound to its file', () => {
  it('a session file copied over another is "damage" named as belonging to another session; the right copy comes back', async () => {
    const { target, other } = await seed();
    await copyFile(sessionPath(other.id), sessionPath(target.id));
    const store = await open();
    const notice = await store.checkAllSessions();
    expect(notice?.reason).toBe('other-file');
    expect(notice?.message).toMatch(/belongs to another session/);
    expect((await store.getSession(target.id))?.answers.worries).toBe('second');
    expect((await store.getSession(other.id))?.answers.worries).toBe('other answer');
    await store.close();
  });

  it('a format-1 envelope (key id only) still opens, and is rewritten in format 2', async () => {
    const session = sampleSession({ id: idFor(4), patientLabel: 'V.1' });
    const store = await open();
    await store.createSession(session);
    await store.close();
    const { iv, tag, data } = encryptBytes(KEY, Buffer.from(JSON.stringify({ schemaVersion: 2, session: withWorries(session, 'from v1') })), `duet-data-file/1:${KEY_ID}`);
    const v1 = { schemaVersion: ENCRYPTED_FILE_VERSION, cipher: 'aes-256-gcm', keyId: KEY_ID, iv: iv.toString('base64'), tag: tag.toString('base64'), data: data.toString('base64') };
    await writeFile(sessionPath(session.id), JSON.stringify(v1));

    const reopened = await open();
    expect((await reopened.getSession(session.id))?.answers.worries).toBe('from v1');
    expect(reopened.recovery).toBeNull();
    expect(JSON.parse(await readFile(sessionPath(session.id), 'utf-8'))).toMatchObject({ format: 2, kind: 'session', id: session.id });
    await reopened.close();
  });
});

/** Every file in the data folder, decrypted when it is an envelope, as text. */
async function everyFileDecrypted(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path] = await readDataFile(path, cipher).catch(() => readFile(path, 'latin1'));
  }
  return out;
}

describe('M6: a deletion leaves the patient nowhere in the folder', () => {
  it('not in session or index backups, corrupt copies, seal leftovers, or Duet 0.1’s kept file; and it stays deleted', async () => {
    await writeFile(join(dir, LEGACY_FILE_NAME), await readFile(join(import.meta.dirname, 'fixtures', 'duet-v1.json'), 'utf-8'));
    const jm = '2f1c6b1e-8a54-4c1e-9a47-3f0d2f7e9b10';
    const store = await open({ sealClearFiles: true });
    expect(store.listSessions().map((entry) => entry.patientLabel).sort()).toEqual(['J.M.', 'R.S.']);
    // More index versions, so its backups name J.M. too.
    for (let index = 5; index < 8; index += 1) await store.createSession(sampleSession({ id: idFor(index), patientLabel: `Other ${index}` }));
    await store.updateSession(jm, (current) => withWorries(current, 'Efectos secundarios, sueño'));
    await store.close();
    const keptCopy = join(dir, 'kept-before-delete.json');
    await copyFile(sessionPath(jm), keptCopy);
    await copyFile(join(dir, STORE_FILE_NAME), join(dir, `${STORE_FILE_NAME}.corrupt-2026-01-01T00-00-00-000Z`));
    await copyFile(sessionPath(jm), `${sessionPath(jm)}.sealing`);
    await copyFile(join(dir, STORE_FILE_NAME), join(dir, `${STORE_FILE_NAME}.sealing`));
    const before = Object.entries(await everyFileDecrypted()).filter(([, text]) => text.includes('J.M.'));
    expect(before.length).toBeGreaterThanOrEqual(6);

    const again = await open();
    expect(await again.deleteSession(jm)).toBe(true);
    await again.close();
    const left = Object.entries(await everyFileDecrypted())
      .filter(([path, text]) => path !== keptCopy && (text.includes('J.M.') || text.includes('Efectos secundarios')))
      .map(([path]) => path);
    expect(left).toEqual([]);
    // R.S., from the same 0.1 file, is still whole.
    const third = await open();
    expect((await third.getSession('7d3e2a10-5b4c-4f8e-9d21-6a0b1c2d3e4f'))?.patientLabel).toBe('R.S.');
    await third.close();

    // An old copy put back (a restored backup) is not brought back: the tombstone deletes it again.
    await copyFile(keptCopy, sessionPath(jm));
    const fourth = await open();
    expect(fourth.hasSession(jm)).toBe(false);
    expect(fourth.recovery).toBeNull();
    expect(await readdir(join(dir, SESSIONS_FOLDER))).not.toContain(`${jm}.json`);
    await fourth.close();
  });
});

describe('M8: a file held for a moment by another program (antivirus, indexer, sync)', () => {
  const quickRetry = { tries: 10, firstDelayMs: 1, maxDelayMs: 4 };

  it('EBUSY and EPERM on rename, open and read are tried again: saves and first reads go through, nothing is repaired', async () => {
    const { target } = await seed();
    const fs = createFaultyFs();
    const store = await open({ fs, retry: quickRetry });
    fs.transient = { code: 'EPERM', times: 3, calls: ['readFile'], paths: /sessions/ };
    expect((await store.getSession(target.id))?.answers.worries).toBe('latest');
    fs.transient = { code: 'EBUSY', times: 3, calls: ['rename', 'open'], paths: /sessions/ };
    await store.updateSession(target.id, (current) => withWorries(current, 'through the lock'));
    expect(fs.transient.times).toBe(0);
    expect(await store.checkAllSessions()).toBeNull();
    await store.close();
    const reopened = await open();
    expect((await reopened.getSession(target.id))?.answers.worries).toBe('through the lock');
    await reopened.close();
  });

  it('a read that keeps failing is storage-failed, and the file is neither moved aside nor rolled back', async () => {
    const { target } = await seed();
    const fs = createFaultyFs();
    const store = await open({ fs, retry: quickRetry });
    const before = (await readdir(join(dir, SESSIONS_FOLDER))).sort();
    fs.transient = { code: 'EBUSY', times: 1000, calls: ['readFile'], paths: new RegExp(`${target.id}\\.json$`) };
    await expect(store.getSession(target.id)).rejects.toMatchObject({ failure: 'read-failed', message: /could not read a saved file just now/ });
    expect((await readdir(join(dir, SESSIONS_FOLDER))).sort()).toEqual(before);
    fs.transient = null;
    expect((await store.getSession(target.id))?.answers.worries).toBe('latest');
    await store.close();
  });

  it('a journal that cannot be read stops the start with a plain message and is kept as it is', async () => {
    const { target } = await seed();
    const journal = `${JSON.stringify({ id: target.id, updatedAt: '2026-09-09T09:09:09.000Z', status: 'in-progress' })}\n`;
    await writeFile(join(dir, JOURNAL_FILE_NAME), journal);
    const fs = createFaultyFs();
    fs.transient = { code: 'EBUSY', times: 1000, calls: ['readFile'], paths: /index\.journal$/ };
    await expect(open({ fs, retry: quickRetry })).rejects.toMatchObject({ failure: 'read-failed' });
    expect(await readFile(join(dir, JOURNAL_FILE_NAME), 'utf-8')).toBe(journal);
  });

  it('a backup that cannot be made does not stop the save', async () => {
    const { target } = await seed();
    const fs = createFaultyFs();
    const store = await open({ fs, retry: quickRetry });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fs.transient = { code: 'EPERM', times: 1000, calls: ['rename'], paths: /\.bak-\d$/ };
    await store.updateSession(target.id, (current) => withWorries(current, 'no backup this time'));
    await store.close();
    const reopened = await open();
    expect((await reopened.getSession(target.id))?.answers.worries).toBe('no backup this time');
    await reopened.close();
  });
});
