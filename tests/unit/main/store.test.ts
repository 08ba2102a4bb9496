import { mkdir, readFile, readdir, rm, stat, writeFile, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../src/shared/settings';
import { applyAnswers, summarise } from '../../../src/shared/domain/answers';
import {
  APP_FILE_NAME,
  CURRENT_SCHEMA_VERSION,
  JOURNAL_FILE_NAME,
  LEGACY_FILE_NAME,
  SESSIONS_FOLDER,
  STORE_FILE_NAME,
  StorageError,
  backupPath,
  defaultAppFile,
  openStore,
  type Migration,
} from '../../../src/main/storage';
import { makeTempDir, removeTempDir } from '../../support/temp-store';
import { sampleSession } from '../../support/sessions';
import { emptyAnswers, type Session } from '../../../src/shared/session';
import { storedSessionSchema } from '../../../src/main/storage/schema';
import { planContent } from '../../../src/shared/domain/episode';

let dir: string;

beforeEach(async () => {
  dir = await makeTempDir('duet-store-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf-8')) as Record<string, unknown>;
const fixedNow = () => new Date('2025-03-04T05:06:07.089Z');
const sessionPath = (id: string) => join(dir, SESSIONS_FOLDER, `${id}.json`);
const idFor = (index: number) => `2f1c6b1e-8a54-4c1e-9a47-${String(index).padStart(12, '0')}`;

async function expectCaughtStorageError(work: Promise<unknown>): Promise<StorageError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StorageError);
  return error as StorageError;
}

describe('openStore on a new folder', () => {
  it('creates the folder, an empty index and the default settings', async () => {
    const nested = join(dir, 'a', 'b');
    const store = await openStore(nested);
    expect(store.recovery).toBeNull();
    expect(store.file).toBe(join(nested, STORE_FILE_NAME));
    expect(await readJson(join(nested, STORE_FILE_NAME))).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, summaryVersion: 2, sessions: [] });
    expect(await readJson(join(nested, APP_FILE_NAME))).toEqual(defaultAppFile());
    expect(store.read().settings).toEqual(DEFAULT_SETTINGS);
    expect(store.listSessions()).toEqual([]);
    await store.close();
  });

  it('reads back after close and reopen what was saved', async () => {
    const session = sampleSession();
    const first = await openStore(dir);
    await first.createSession(session);
    await first.update((draft) => {
      draft.openSessionId = session.id;
      draft.settings.paperSize = 'A4';
    });
    await first.close();

    const second = await openStore(dir);
    expect(second.recovery).toBeNull();
    expect(second.listSessions()).toEqual([summarise(session)]);
    expect(await second.getSession(session.id)).toEqual(session);
    expect(second.read().openSessionId).toBe(session.id);
    expect(second.read().settings.paperSize).toBe('A4');
    await second.close();
  });

  it('runs overlapping writes one at a time, keeping every change', async () => {
    const store = await openStore(dir);
    const ids = Array.from({ length: 20 }, (_, index) => idFor(index));
    await Promise.all(ids.map((id) => store.createSession(sampleSession({ id }))));
    await Promise.all(
      ids.map((id, index) => store.updateSession(id, (current) => ({ ...current, updatedAt: `2025-05-05T00:00:${String(index).padStart(2, '0')}.000Z` }))),
    );
    await store.close();
    const index = (await readJson(join(dir, STORE_FILE_NAME))) as { sessions: { id: string }[] };
    expect(index.sessions.map((entry) => entry.id)).toEqual(ids);
    const reopened = await openStore(dir);
    expect(reopened.listSessions().map((entry) => entry.updatedAt)).toEqual(ids.map((_, i) => `2025-05-05T00:00:${String(i).padStart(2, '0')}.000Z`));
    await reopened.close();
  });

  it('gives null for a session it does not have, and refuses writes after close', async () => {
    const store = await openStore(dir);
    expect(await store.getSession(idFor(1))).toBeNull();
    expect(await store.updateSession(idFor(1), (current) => current)).toBeNull();
    await store.close();
    await expectCaughtStorageError(store.update(() => undefined));
    await expectCaughtStorageError(store.createSession(sampleSession()));
  });

  it('hands out copies: changing one does not change the store', async () => {
    const store = await openStore(dir);
    await store.createSession(sampleSession());
    const copy = (await store.getSession(sampleSession().id))!;
    copy.answers.worries = 'changed outside';
    expect((await store.getSession(sampleSession().id))!.answers.worries).toBe('');
    await store.close();
  });
});

describe('an autosave writes only its own session', () => {
  it('leaves the index and every other session file untouched, and notes the change in the journal', async () => {
    const store = await openStore(dir);
    for (let index = 0; index < 5; index += 1) await store.createSession(sampleSession({ id: idFor(index) }));
    const indexBefore = await readFile(store.file, 'utf-8');
    const othersBefore = await Promise.all([1, 2, 3, 4].map((index) => readFile(sessionPath(idFor(index)), 'utf-8')));

    const later = new Date('2025-06-01T12:00:00.000Z');
    await store.updateSession(idFor(0), (current) => applyAnswers(current, { ...emptyAnswers(), worries: 'sleep' }, later));

    expect(await readFile(store.file, 'utf-8')).toBe(indexBefore);
    expect(await Promise.all([1, 2, 3, 4].map((index) => readFile(sessionPath(idFor(index)), 'utf-8')))).toEqual(othersBefore);
    expect(((await readJson(sessionPath(idFor(0)))).session as Session).answers.worries).toBe('sleep');
    const journal = (await readFile(join(dir, JOURNAL_FILE_NAME), 'utf-8')).trim().split('\n');
    expect(journal.map((line) => JSON.parse(line))).toEqual([
      { id: idFor(0), updatedAt: later.toISOString(), status: 'in-progress', reviewDate: '', followUpCount: 0, lastScore: null },
    ]);
    expect(store.listSessions().find((entry) => entry.id === idFor(0))?.updatedAt).toBe(later.toISOString());
    await store.close();
  });

  it('folds a long journal into the index at start, and skips a torn last line', async () => {
    const store = await openStore(dir);
    await store.createSession(sampleSession());
    for (let second = 10; second < 20; second += 1) {
      await store.updateSession(sampleSession().id, (current) => ({ ...current, updatedAt: `2025-07-01T00:00:${second}.000Z` }));
    }
    await store.close();
    await appendFile(join(dir, JOURNAL_FILE_NAME), '{"id":"2f1c6b1e-8a54-4c1e-9a47-3f0d2f7e9b10","upda');

    const reopened = await openStore(dir, { journalCompactLines: 5 });
    expect(reopened.recovery).toBeNull();
    expect(reopened.listSessions()[0]?.updatedAt).toBe('2025-07-01T00:00:19.000Z');
    expect(await readFile(join(dir, JOURNAL_FILE_NAME), 'utf-8')).toBe('');
    const index = (await readJson(join(dir, STORE_FILE_NAME))) as { sessions: { updatedAt: string }[] };
    expect(index.sessions[0]?.updatedAt).toBe('2025-07-01T00:00:19.000Z');
    await reopened.close();
  });

  it('keeps the last three good versions of a file as backups', async () => {
    const store = await openStore(dir, { backupEveryMs: 0 });
    await store.createSession(sampleSession());
    for (const worries of ['one', 'two', 'three', 'four']) {
      await store.updateSession(sampleSession().id, (current) => ({ ...current, answers: { ...current.answers, worries } }));
    }
    await store.close();
    const file = sessionPath(sampleSession().id);
    const worriesIn = async (path: string) => ((await readJson(path)).session as Session).answers.worries;
    expect(await worriesIn(file)).toBe('four');
    expect(await worriesIn(backupPath(file, 1))).toBe('three');
    expect(await worriesIn(backupPath(file, 2))).toBe('two');
    expect(await worriesIn(backupPath(file, 3))).toBe('one');
    expect(await readdir(join(dir, SESSIONS_FOLDER))).not.toContain(`${sampleSession().id}.json.bak-4`);
  });

  it('spaces backups out in time rather than keeping the last few keystrokes', async () => {
    let clock = Date.parse('2025-01-01T00:00:00.000Z');
    const store = await openStore(dir, { backupEveryMs: 60_000, now: () => new Date(clock) });
    await store.createSession(sampleSession());
    for (const worries of ['a', 'b', 'c']) {
      clock += 1000;
      await store.updateSession(sampleSession().id, (current) => ({ ...current, answers: { ...current.answers, worries } }));
    }
    await store.close();
    const file = sessionPath(sampleSession().id);
    // Only the first save after opening made a backup (of the empty answers); the next two were within a minute.
    expect(((await readJson(backupPath(file, 1))).session as Session).answers.worries).toBe('');
    await expect(stat(backupPath(file, 2))).rejects.toThrow(/ENOENT/);
  });
});

describe('self-repair at start', () => {
  it('adopts a session file the index does not list (a crash between the two writes)', async () => {
    const store = await openStore(dir);
    await store.close();
    const orphan = sampleSession({ patientLabel: 'Orphan' });
    await writeFile(sessionPath(orphan.id), JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, session: orphan }));

    const reopened = await openStore(dir);
    expect(reopened.recovery).toBeNull();
    expect(reopened.listSessions()).toEqual([summarise(orphan)]);
    expect(((await readJson(reopened.file)) as { sessions: unknown[] }).sessions).toHaveLength(1);
    await reopened.close();
  });

  it('drops from the list a session whose file and backups are gone, and says so', async () => {
    const store = await openStore(dir);
    await store.createSession(sampleSession({ patientLabel: 'Gone' }));
    await store.createSession(sampleSession({ id: idFor(2), patientLabel: 'Stays' }));
    await store.close();
    await rm(sessionPath(sampleSession().id));

    const reopened = await openStore(dir, { now: fixedNow });
    expect(reopened.listSessions().map((entry) => entry.patientLabel)).toEqual(['Stays']);
    expect(reopened.recovery?.reason).toBe('missing');
    expect(reopened.recovery?.message).toMatch(/session for "Gone" .* was missing/);
    await reopened.close();
  });
});

describe('Duet 0.1 data (one duet.json) moves into the folder layout on first start', () => {
  const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
  const legacyFile = () => join(dir, LEGACY_FILE_NAME);

  it('version 1 (what Duet 0.1 ships): every session, the settings and the open session come across', async () => {
    const original = await readFile(fixture('duet-v1.json'), 'utf-8');
    const old = JSON.parse(original) as { sessions: Session[]; openSessionId: string };
    await writeFile(legacyFile(), original);

    const store = await openStore(dir, { now: fixedNow });
    expect(store.recovery).toBeNull();
    // Compared after parsing: fields added since 0.1 come in with their defaults, and each is an episode of one visit.
    const episodes = old.sessions.map((session) => storedSessionSchema.parse(session));
    expect(store.listSessions()).toEqual(episodes.map(summarise));
    for (const episode of episodes) expect(await store.getSession(episode.id)).toEqual(episode);
    const agreed = episodes.find((episode) => episode.answers.plan.agreedAt !== null)!;
    expect(agreed.followUps).toEqual([]);
    expect(agreed.planVersions).toEqual([
      { version: 1, agreedAt: agreed.answers.plan.agreedAt, followUpId: null, plan: planContent(agreed.answers.plan) },
    ]);
    expect(store.read()).toEqual({ settings: settingsSchema.parse(JSON.parse(original).settings), openSessionId: old.openSessionId });
    expect(store.listSessions().map((entry) => entry.status)).toEqual(['in-progress', 'agreed']);
    await store.close();

    const names = await readdir(dir);
    expect(names).not.toContain(LEGACY_FILE_NAME);
    expect(await readFile(join(dir, `${LEGACY_FILE_NAME}.migrated-2025-03-04T05-06-07-089Z`), 'utf-8')).toBe(original);
    expect((await readJson(join(dir, STORE_FILE_NAME))).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);

    // A second start finds the folder layout and leaves the kept original alone.
    const again = await openStore(dir);
    expect(again.listSessions()).toHaveLength(2);
    await again.close();
    expect((await readdir(dir)).filter((name) => name.startsWith(LEGACY_FILE_NAME))).toHaveLength(1);
  });

  it('version 0 comes up through the ordered migration list, then splits', async () => {
    // A stand-in for an older single-file shape: sessions under "records", settings elsewhere.
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
    const original = await readFile(fixture('duet-v0.json'), 'utf-8');
    await writeFile(legacyFile(), original);
    const store = await openStore(dir, { migrations: [fromVersionZero], now: fixedNow });
    expect(store.recovery).toBeNull();
    const [only] = store.listSessions();
    expect((await store.getSession(only!.id))?.answers.worries).toBe('Efectos secundarios');
    expect(store.read().settings).toMatchObject({ practiceName: 'Clínica Norte', paperSize: 'A4' });
    await store.close();
    expect(await readFile(join(dir, `${LEGACY_FILE_NAME}.migrated-2025-03-04T05-06-07-089Z`), 'utf-8')).toBe(original);
  });

  it('an older file with no migration path is moved aside with a notice (shipped list has none before 1)', async () => {
    const original = await readFile(fixture('duet-v0.json'), 'utf-8');
    await writeFile(legacyFile(), original);
    const store = await openStore(dir);
    expect(store.recovery?.reason).toBe('invalid-shape');
    expect(await readFile(store.recovery!.movedTo!, 'utf-8')).toBe(original);
    await store.close();
  });

  it('a migration that crashed after writing the new layout is not run twice', async () => {
    const original = await readFile(fixture('duet-v1.json'), 'utf-8');
    await writeFile(legacyFile(), original);
    await (await openStore(dir)).close();
    // As if the process died before duet.json was renamed, and a later save changed a session.
    await writeFile(legacyFile(), original);
    const first = JSON.parse(original).sessions[0] as Session;
    const store = await openStore(dir, { now: fixedNow });
    await store.updateSession(first.id, (current) => ({ ...current, answers: { ...current.answers, worries: 'newer' } }));
    await store.close();
    const reopened = await openStore(dir);
    expect((await reopened.getSession(first.id))?.answers.worries).toBe('newer');
    await reopened.close();
    expect(await readdir(dir)).not.toContain(LEGACY_FILE_NAME);
  });

  const damaged: { name: string; content: string; reason: string }[] = [
    { name: 'invalid JSON', content: '{"schemaVersion": 1, "sessions": [', reason: 'invalid-json' },
    { name: 'an empty file', content: '', reason: 'empty' },
    { name: 'the wrong shape', content: JSON.stringify({ schemaVersion: 1, sessions: 'none' }), reason: 'invalid-shape' },
    { name: 'not an object', content: '[1, 2, 3]', reason: 'invalid-shape' },
    { name: 'no schema version', content: JSON.stringify({ sessions: [] }), reason: 'invalid-shape' },
  ];
  for (const { name, content, reason } of damaged) {
    it(`a duet.json with ${name}: starts fresh with a notice and keeps the old bytes`, async () => {
      await writeFile(legacyFile(), content);
      const store = await openStore(dir, { now: fixedNow });
      expect(store.recovery).toMatchObject({ reason });
      const movedTo = store.recovery!.movedTo!;
      expect(movedTo).toBe(`${legacyFile()}.corrupt-2025-03-04T05-06-07-089Z`);
      expect(await readFile(movedTo, 'utf-8')).toBe(content);
      expect(store.recovery!.message).toContain(movedTo);
      expect(store.recovery!.message).toMatch(/kept, not deleted/);
      expect(store.listSessions()).toEqual([]);
      await store.close();
    });
  }

  it('a duet.json from a newer Duet is refused and left byte-identical', async () => {
    const future = JSON.stringify({ schemaVersion: 99, sessions: [], somethingNew: true }, null, 3);
    await writeFile(legacyFile(), future);
    const error = await expectCaughtStorageError(openStore(dir));
    expect(error.failure).toBe('future-version');
    expect(error.message).toMatch(/newer version of Duet.*has not been changed/s);
    expect(await readFile(legacyFile(), 'utf-8')).toBe(future);
  });
});

describe('opening', () => {
  it('a data folder that cannot be created gives an open-failed StorageError', async () => {
    const notAFolder = join(dir, 'file');
    await writeFile(notAFolder, 'x');
    const error = await expectCaughtStorageError(openStore(join(notAFolder, 'data')));
    expect(error.failure).toBe('open-failed');
  });

  it('a folder standing where the settings file should be is moved aside and the settings start fresh', async () => {
    await mkdir(join(dir, APP_FILE_NAME));
    await writeFile(join(dir, APP_FILE_NAME, 'inside.txt'), 'keep me');
    const store = await openStore(dir, { now: fixedNow });
    expect(store.recovery?.reason).toBe('unreadable');
    expect(await readFile(join(store.recovery!.movedTo!, 'inside.txt'), 'utf-8')).toBe('keep me');
    expect(store.read().settings).toEqual(DEFAULT_SETTINGS);
    await store.close();
  });
});
