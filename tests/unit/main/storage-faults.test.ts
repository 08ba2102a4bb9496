import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APP_FILE_NAME,
  CURRENT_SCHEMA_VERSION,
  JOURNAL_FILE_NAME,
  SESSIONS_FOLDER,
  STORE_FILE_NAME,
  StorageError,
  backupPath,
  openStore,
  type Store,
} from '../../../src/main/storage';
import { createOperations } from '../../../src/main/ipc/operations';
import { invokeOperation } from '../../../src/main/ipc/invoke';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { emptyAnswers, type Session } from '../../../src/shared/session';
import { makeTempDir, removeTempDir } from '../../support/temp-store';
import { sampleSession } from '../../support/sessions';
import { createRecordingPrinter } from '../../support/recording-printer';
import { createFaultyFs, type WriteFault } from '../../storage/faulty-fs';
import { NO_RETRIES } from '../../../src/main/storage/retrying-fs';
import { SESSION_FILE_VERSION } from '../../../src/main/storage/schema';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('duet-faults-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

const fixedNow = () => new Date('2025-03-04T05:06:07.089Z');
const idFor = (index: number) => `2f1c6b1e-8a54-4c1e-9a47-${String(index).padStart(12, '0')}`;
const sessionPath = (id: string) => join(dir, SESSIONS_FOLDER, `${id}.json`);
const withWorries = (session: Session, worries: string): Session => ({ ...session, answers: { ...session.answers, worries } });

/** Two sessions; the first saved three times (so its backups hold 'first' and 'second'), the other once. */
async function seed(): Promise<{ target: Session; other: Session }> {
  const store = await openStore(dir, { backupEveryMs: 0 });
  const target = sampleSession({ id: idFor(1), patientLabel: 'T.G.' });
  const other = sampleSession({ id: idFor(2), patientLabel: 'O.T.' });
  await store.createSession(target);
  await store.createSession(withWorries(other, 'other answer'));
  for (const worries of ['first', 'second', 'latest']) await store.updateSession(target.id, (current) => withWorries(current, worries));
  await store.update((draft) => void (draft.settings.practiceName = 'Northside'));
  await store.update((draft) => void (draft.settings.paperSize = 'A4'));
  await store.close();
  return { target, other };
}

async function expectOtherSessionIntact(store: Store, other: Session): Promise<void> {
  expect((await store.getSession(other.id))?.answers.worries).toBe('other answer');
}

describe('a damaged session file is moved aside and its last good backup restored', () => {
  const damage: { name: string; content: (good: string) => string; reason: string }[] = [
    { name: 'truncated', content: (good) => good.slice(0, Math.floor(good.length / 2)), reason: 'invalid-json' },
    { name: 'empty', content: () => '', reason: 'empty' },
    { name: 'invalid JSON', content: () => '{ this is not json', reason: 'invalid-json' },
    {
      name: 'valid JSON of the wrong shape',
      content: () => JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, session: { id: idFor(1), answers: 'none' } }),
      reason: 'invalid-shape',
    },
  ];
  for (const { name, content, reason } of damage) {
    it(`${name}`, async () => {
      const { target, other } = await seed();
      const bad = content(await readFile(sessionPath(target.id), 'utf-8'));
      await writeFile(sessionPath(target.id), bad);

      const store = await openStore(dir, { now: fixedNow });
      // Session files are checked on first use (or by checkAllSessions after start), not all at open.
      expect(store.recovery).toBeNull();
      const notice = await store.checkAllSessions();
      expect(notice?.reason).toBe(reason);
      const [recovery] = notice!.files;
      expect(recovery!.restoredFrom).toBe(backupPath(sessionPath(target.id), 1));
      expect(recovery!.movedTo).toBe(`${sessionPath(target.id)}.corrupt-2025-03-04T05-06-07-089Z`);
      expect(await readFile(recovery!.movedTo!, 'utf-8')).toBe(bad);
      expect(notice!.message).toMatch(/The saved session for "T\.G\." \(started 2025-01-02\)/);
      expect(notice!.message).toMatch(/restored its last good copy/);
      expect(notice!.message).toMatch(/kept, not deleted/);

      expect((await store.getSession(target.id))?.answers.worries).toBe('second');
      await expectOtherSessionIntact(store, other);
      expect(store.listSessions()).toHaveLength(2);
      await store.close();
      // The restored copy is on disk: the next start needs no repair.
      const again = await openStore(dir);
      expect(await again.checkAllSessions()).toBeNull();
      expect((await again.getSession(target.id))?.answers.worries).toBe('second');
      await again.close();
    });
  }

  it('is found on first use too, through the operations, with the same repair', async () => {
    const { target } = await seed();
    await writeFile(sessionPath(target.id), '');
    const store = await openStore(dir, { now: fixedNow });
    const operations = createOperations({ store, printer: createRecordingPrinter() });
    const result = await invokeOperation(operations, 'getSession', { id: target.id });
    expect(result).toMatchObject({ ok: true, value: { answers: { worries: 'second' } } });
    await store.close();
  });
});

describe('other files', () => {
  it('a damaged index is rebuilt from its backup and the session files: no session lost', async () => {
    const { target, other } = await seed();
    await writeFile(join(dir, STORE_FILE_NAME), '{"schemaVersion":2,"sessions":[{"id":');
    const store = await openStore(dir, { now: fixedNow });
    expect(store.recovery?.reason).toBe('invalid-json');
    expect(store.recovery?.message).toMatch(/The list of sessions was damaged\. Duet rebuilt it .* no session was lost/);
    expect(store.listSessions().map((entry) => entry.id).sort()).toEqual([target.id, other.id]);
    expect((await store.getSession(target.id))?.answers.worries).toBe('latest');
    await expectOtherSessionIntact(store, other);
    await store.close();
  });

  it('settings of the wrong shape come back from their backup', async () => {
    await seed();
    await writeFile(join(dir, APP_FILE_NAME), JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: 'none' }));
    const store = await openStore(dir, { now: fixedNow });
    expect(store.recovery?.reason).toBe('invalid-shape');
    expect(store.recovery?.message).toMatch(/restored the last good copy of the settings/);
    // The newest backup is the version before the last save.
    expect(store.read().settings).toMatchObject({ practiceName: 'Northside', paperSize: 'Letter' });
    await store.close();
  });

  it('settings with no usable backup go back to the defaults, and the notice says to check them', async () => {
    await openStore(dir).then((store) => store.close());
    await writeFile(join(dir, APP_FILE_NAME), '');
    const store = await openStore(dir, { now: fixedNow });
    expect(store.recovery?.message).toMatch(/set back to the defaults; please check them/);
    expect(store.read().settings).toEqual(DEFAULT_SETTINGS);
    await store.close();
  });
});

describe('a file from a newer Duet is never overwritten', () => {
  it('an index of a later version stops the start with a clear error and changes nothing', async () => {
    await seed();
    const future = JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, sessions: [], more: true });
    await writeFile(join(dir, STORE_FILE_NAME), future);
    const before = (await readdir(dir)).sort();
    const error = await openStore(dir).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).failure).toBe('future-version');
    expect((error as StorageError).message).toMatch(/newer version of Duet.*has not been changed/s);
    expect(await readFile(join(dir, STORE_FILE_NAME), 'utf-8')).toBe(future);
    expect((await readdir(dir)).sort()).toEqual(before);
  });

  it('a session file of a later version: that session reports storage-failed, the file stays, the rest works', async () => {
    const { target, other } = await seed();
    const future = JSON.stringify({ schemaVersion: SESSION_FILE_VERSION + 1, session: { changed: true } });
    await writeFile(sessionPath(target.id), future);
    const store = await openStore(dir);
    const operations = createOperations({ store, printer: createRecordingPrinter() });
    const result = await invokeOperation(operations, 'saveAnswers', { id: target.id, answers: emptyAnswers() }, () => undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed', message: expect.stringMatching(/newer version of Duet/) } });
    expect(await readFile(sessionPath(target.id), 'utf-8')).toBe(future);
    await expectOtherSessionIntact(store, other);
    await store.close();
  });
});

describe('a write the disk refuses', () => {
  const faults: { fault: WriteFault; words: RegExp }[] = [
    { fault: 'ENOSPC', words: /disk is full/ },
    { fault: 'EROFS', words: /read-only/ },
    { fault: 'EACCES', words: /not allowed to write there or another program/ },
    { fault: 'EPERM', words: /not allowed to write there or another program/ },
  ];
  for (const { fault, words } of faults) {
    it(`${fault}: storage-failed in plain words, memory equals disk, nothing saved is damaged, the next save works`, async () => {
      const { target, other } = await seed();
      const fs = createFaultyFs();
      const store = await openStore(dir, { fs, backupEveryMs: 0, retry: NO_RETRIES });
      const operations = createOperations({ store, printer: createRecordingPrinter() });
      const files = async () =>
        Object.fromEntries(await Promise.all([sessionPath(target.id), sessionPath(other.id), join(dir, STORE_FILE_NAME)].map(async (path) => [path, await readFile(path, 'utf-8')])));
      expect((await store.getSession(target.id))?.answers.worries).toBe('latest');
      const before = await files();

      fs.fault = fault;
      const failed = await invokeOperation(operations, 'saveAnswers', { id: target.id, answers: { ...emptyAnswers(), worries: 'typed while full' } }, () => undefined);
      expect(failed).toMatchObject({ ok: false, error: { code: 'storage-failed', message: expect.stringMatching(words) } });
      if (!failed.ok) expect(failed.error.message).toMatch(/everything saved before it is safe/);
      const settingsFailed = await invokeOperation(operations, 'saveSettings', { ...DEFAULT_SETTINGS, practiceName: 'X' }, () => undefined);
      expect(settingsFailed).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
      const createFailed = await invokeOperation(
        operations,
        'createSession',
        { clinicianName: 'A', patientLabel: 'B', conditionId: 'depression', language: 'en', decisionRole: 'shared' },
        () => undefined,
      );
      expect(createFailed).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
      expect(fs.refused).toBeGreaterThan(0);

      // Memory is what the disk holds, and the disk is what it was.
      expect((await store.getSession(target.id))?.answers.worries).toBe('latest');
      expect(store.read().settings.practiceName).toBe('Northside');
      expect(store.listSessions()).toHaveLength(2);
      expect(await files()).toEqual(before);

      fs.fault = null;
      const retried = await invokeOperation(operations, 'saveAnswers', { id: target.id, answers: { ...emptyAnswers(), worries: 'after the fault' } });
      expect(retried).toMatchObject({ ok: true, value: { answers: { worries: 'after the fault' } } });
      await store.close();

      const reopened = await openStore(dir);
      expect(reopened.recovery).toBeNull();
      expect(await reopened.checkAllSessions()).toBeNull();
      expect((await reopened.getSession(target.id))?.answers.worries).toBe('after the fault');
      await expectOtherSessionIntact(reopened, other);
      expect(reopened.listSessions()).toHaveLength(2);
      await reopened.close();
    });
  }
});

describe('partial failures', () => {
  it('a new session whose index write fails is undone: not listed, no file left, the others untouched', async () => {
    const { other } = await seed();
    const fs = createFaultyFs();
    const store = await openStore(dir, { fs });
    fs.fault = 'ENOSPC';
    fs.onlyPaths = /index\.json/;
    const fresh = sampleSession({ id: idFor(9), patientLabel: 'New' });
    const error = await store.createSession(fresh).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect(store.hasSession(fresh.id)).toBe(false);
    expect(await readdir(join(dir, SESSIONS_FOLDER))).not.toContain(`${fresh.id}.json`);
    fs.fault = null;
    await store.createSession(fresh);
    await store.close();
    const reopened = await openStore(dir);
    expect(reopened.listSessions().map((entry) => entry.patientLabel).sort()).toEqual(['New', 'O.T.', 'T.G.']);
    await expectOtherSessionIntact(reopened, other);
    await reopened.close();
  });

  it('a read-only folder still opens and shows everything; only saving is refused', async () => {
    const { target } = await seed();
    const fs = createFaultyFs();
    fs.fault = 'EROFS';
    const store = await openStore(dir, { fs });
    expect(store.recovery).toBeNull();
    expect(store.listSessions()).toHaveLength(2);
    expect((await store.getSession(target.id))?.answers.worries).toBe('latest');
    const error = (await store.update((draft) => void (draft.openSessionId = target.id)).catch((caught: unknown) => caught)) as StorageError;
    expect(error.failure).toBe('write-failed');
    expect(store.read().openSessionId).toBeNull();
    await store.close();
  });

  it('a temp file left by a crash mid-write is ignored and overwritten', async () => {
    const { target } = await seed();
    await writeFile(join(dir, SESSIONS_FOLDER, `.${target.id}.json.tmp`), '{"half":');
    const store = await openStore(dir);
    expect(store.recovery).toBeNull();
    expect(await store.checkAllSessions()).toBeNull();
    await store.updateSession(target.id, (current) => withWorries(current, 'after crash'));
    await store.close();
    expect(JSON.parse(await readFile(sessionPath(target.id), 'utf-8')).session.answers.worries).toBe('after crash');
  });
});

it('a journal due for folding on a read-only folder does not stop Duet from opening', async () => {
  const { target } = await seed();
  const later = '2025-09-09T09:09:09.000Z';
  await writeFile(join(dir, JOURNAL_FILE_NAME), `${JSON.stringify({ id: target.id, updatedAt: later, status: 'in-progress' })}\n`);
  const fs = createFaultyFs();
  fs.fault = 'EACCES';
  const store = await openStore(dir, { fs, journalCompactLines: 1, retry: NO_RETRIES });
  expect(store.listSessions().find((entry) => entry.id === target.id)?.updatedAt).toBe(later);
  expect(fs.refused).toBeGreaterThan(0);
  await store.close();
});
