import { chmod, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import {
  CURRENT_SCHEMA_VERSION,
  STORE_FILE_NAME,
  StorageError,
  defaultStoreData,
  openStore,
  type Migration,
  type StoreData,
} from '../../../src/main/storage';
import { makeTempDir, removeTempDir } from '../../support/temp-store';
import { sampleSession } from '../../support/sessions';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await makeTempDir('duet-store-');
  file = join(dir, STORE_FILE_NAME);
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await removeTempDir(dir);
});

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf-8')) as StoreData;
const fixedNow = () => new Date('2025-03-04T05:06:07.089Z');

async function expectCaughtStorageError(work: Promise<unknown>): Promise<StorageError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StorageError);
  return error as StorageError;
}

describe('openStore on a new folder', () => {
  it('creates the folder and a duet.json with the defaults', async () => {
    const nested = join(dir, 'a', 'b');
    const store = await openStore(nested);
    expect(store.recovery).toBeNull();
    expect(await readJson(join(nested, STORE_FILE_NAME))).toEqual(defaultStoreData());
    expect(store.read().settings).toEqual(DEFAULT_SETTINGS);
    await store.close();
  });

  it('reads back after close and reopen what was saved', async () => {
    const session = sampleSession();
    const first = await openStore(dir);
    await first.update((draft) => {
      draft.sessions.push(session);
      draft.openSessionId = session.id;
      draft.settings.paperSize = 'A4';
    });
    await first.close();

    const second = await openStore(dir);
    expect(second.recovery).toBeNull();
    expect(second.read().sessions).toEqual([session]);
    expect(second.read().openSessionId).toBe(session.id);
    expect(second.read().settings.paperSize).toBe('A4');
    await second.close();
  });

  it('runs overlapping updates one at a time, keeping every change', async () => {
    const store = await openStore(dir);
    const ids = Array.from({ length: 20 }, (_, index) => `2f1c6b1e-8a54-4c1e-9a47-${String(index).padStart(12, '0')}`);
    await Promise.all(ids.map((id) => store.update((draft) => void draft.sessions.push(sampleSession({ id })))));
    await store.close();
    expect((await readJson(file)).sessions.map((session) => session.id)).toEqual(ids);
  });

  it('refuses updates after close', async () => {
    const store = await openStore(dir);
    await store.close();
    await expectCaughtStorageError(store.update(() => undefined));
  });
});

describe('a file Duet cannot use is moved aside, never deleted', () => {
  const cases: { name: string; content: string; reason: string }[] = [
    { name: 'invalid JSON', content: '{"schemaVersion": 1, "sessions": [', reason: 'invalid-json' },
    { name: 'an empty file', content: '', reason: 'empty' },
    { name: 'the wrong shape', content: JSON.stringify({ schemaVersion: 1, sessions: 'none' }), reason: 'invalid-shape' },
    { name: 'not an object', content: '[1, 2, 3]', reason: 'invalid-shape' },
    { name: 'no schema version', content: JSON.stringify({ sessions: [] }), reason: 'invalid-shape' },
    {
      name: 'one invalid session',
      content: JSON.stringify({ ...defaultStoreData(), sessions: [{ ...sampleSession(), conditionId: 'flu' }] }),
      reason: 'invalid-shape',
    },
  ];

  for (const { name, content, reason } of cases) {
    it(`${name}: starts fresh with a notice and keeps the old bytes`, async () => {
      await writeFile(file, content);
      const store = await openStore(dir, { now: fixedNow });

      expect(store.recovery).toMatchObject({ reason });
      const movedTo = store.recovery!.movedTo;
      expect(movedTo).toBe(`${file}.corrupt-2025-03-04T05-06-07-089Z`);
      expect(await readFile(movedTo, 'utf-8')).toBe(content);
      expect(store.recovery!.message).toContain(movedTo);
      expect(store.recovery!.message).toMatch(/kept, not deleted/);
      expect(await readJson(file)).toEqual(defaultStoreData());
      await store.close();
    });
  }

  it('an unreadable file (here a folder in its place) is moved aside too', async () => {
    await mkdir(file);
    await writeFile(join(file, 'inside.txt'), 'keep me');
    const store = await openStore(dir, { now: fixedNow });
    expect(store.recovery?.reason).toBe('unreadable');
    expect(await readFile(join(store.recovery!.movedTo, 'inside.txt'), 'utf-8')).toBe('keep me');
    await store.close();
  });

  it('never overwrites an earlier moved-aside file', async () => {
    await writeFile(file, 'first damage');
    await (await openStore(dir, { now: fixedNow })).close();
    await writeFile(file, 'second damage');
    const store = await openStore(dir, { now: fixedNow });
    await store.close();

    const aside = (await readdir(dir)).filter((name) => name.includes('.corrupt-')).sort();
    expect(aside).toHaveLength(2);
    const contents = await Promise.all(aside.map((name) => readFile(join(dir, name), 'utf-8')));
    expect(contents.sort()).toEqual(['first damage', 'second damage']);
  });
});

describe('a file from a newer Duet', () => {
  it('is refused with a clear error and left byte-identical', async () => {
    const future = JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, sessions: [], somethingNew: true }, null, 3);
    await writeFile(file, future);

    const error = await expectCaughtStorageError(openStore(dir));
    expect(error.failure).toBe('future-version');
    expect(error.message).toMatch(/newer version of Duet/);
    expect(error.message).toMatch(/has not been changed/);
    expect(await readFile(file, 'utf-8')).toBe(future);
    expect(await readdir(dir)).toEqual([STORE_FILE_NAME]);
  });
});

describe('migrations', () => {
  const fixture = join(import.meta.dirname, 'fixtures', 'duet-v0.json');
  // A stand-in for a real future migration: version 0 kept sessions under "records" and settings elsewhere.
  const fromVersionZero: Migration = {
    from: 0,
    migrate: (data) => {
      const preferences = data.preferences as { practice: string; paper: 'A4' | 'Letter' };
      return {
        sessions: data.records,
        settings: { ...DEFAULT_SETTINGS, practiceName: preferences.practice, paperSize: preferences.paper },
        openSessionId: null,
      };
    },
  };

  it('brings an older file up to the current version and keeps a backup of the original', async () => {
    const original = await readFile(fixture, 'utf-8');
    await writeFile(file, original);

    const store = await openStore(dir, { migrations: [fromVersionZero], now: fixedNow });
    expect(store.recovery).toBeNull();
    expect(store.read().schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(store.read().sessions).toHaveLength(1);
    expect(store.read().sessions[0]!.answers.worries).toBe('Efectos secundarios');
    expect(store.read().settings).toMatchObject({ practiceName: 'Clínica Norte', paperSize: 'A4' });
    await store.close();

    const onDisk = await readJson(file);
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(onDisk).not.toHaveProperty('records');
    const backup = join(dir, `${STORE_FILE_NAME}.v0-backup-${fixedNow().getTime()}`);
    expect(await readFile(backup, 'utf-8')).toBe(original);
  });

  it('moves an older file aside when no migration path exists (shipped list is empty)', async () => {
    const original = await readFile(fixture, 'utf-8');
    await writeFile(file, original);
    const store = await openStore(dir);
    expect(store.recovery?.reason).toBe('invalid-shape');
    expect(await readFile(store.recovery!.movedTo, 'utf-8')).toBe(original);
    await store.close();
  });
});

describe('write failures', () => {
  it('raise StorageError and leave memory and disk as they were', async () => {
    const store = await openStore(dir);
    await store.update((draft) => void draft.sessions.push(sampleSession()));
    const diskBefore = await readFile(file, 'utf-8');
    const memoryBefore = structuredClone(store.read());

    // lowdb writes a temp file beside duet.json; a folder in its place makes every write fail, even for root.
    const blocker = join(dir, `.${STORE_FILE_NAME}.tmp`);
    await mkdir(blocker);
    const error = await expectCaughtStorageError(store.update((draft) => void (draft.settings.paperSize = 'A4')));
    expect(error.failure).toBe('write-failed');
    expect(error.message).toMatch(/could not save/);
    expect(store.read()).toEqual(memoryBefore);
    expect(await readFile(file, 'utf-8')).toBe(diskBefore);

    // Once the disk works again, the next save holds only what it changed: the failed change is gone.
    await rm(blocker, { recursive: true });
    await store.update((draft) => void (draft.openSessionId = sampleSession().id));
    const after = await readJson(file);
    expect(after.settings.paperSize).toBe('Letter');
    expect(after.openSessionId).toBe(sampleSession().id);
    await store.close();
  });

  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)('a read-only folder gives StorageError (skipped as root, which ignores permissions)', async () => {
    const store = await openStore(dir);
    await chmod(dir, 0o555);
    const error = await expectCaughtStorageError(store.update((draft) => void (draft.settings.paperSize = 'A4')));
    expect(error.failure).toBe('write-failed');
    expect(store.read().settings.paperSize).toBe('Letter');
    await store.close();
  });

  it('a data folder that cannot be created gives an open-failed StorageError', async () => {
    const notAFolder = join(dir, 'file');
    await writeFile(notAFolder, 'x');
    const error = await expectCaughtStorageError(openStore(join(notAFolder, 'data')));
    expect(error.failure).toBe('open-failed');
  });
});
