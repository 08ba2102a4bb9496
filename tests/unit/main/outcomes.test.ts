import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationName, Result } from '../../../src/shared/contract';
import { allFilters, type DashboardFilters } from '../../../src/shared/domain/outcomes';
import { invokeOperation } from '../../../src/main/ipc/invoke';
import { openStore, type Store } from '../../../src/main/storage';
import { DataCipher, newDataKey } from '../../../src/main/storage/cipher';
import { OUTCOME_FACTS_FILE_NAME } from '../../../src/main/storage/outcome-facts';
import { createTestDuet, type TestDuet } from '../../support/test-duet';
import { readDataFile, testCipher } from '../../support/test-lock';
import { makeTempDir, removeTempDir } from '../../support/temp-store';
import { answersWithPlan, newSessionInput, sampleSession } from '../../support/sessions';
import { generateEpisodes } from '../../support/episodes-generator';

const NOW = new Date('2026-11-29T10:00:00.000Z');
const everything = (): DashboardFilters => allFilters();

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function factsOnDisk(dir: string, cipher: DataCipher): Promise<{ id: string; agreedOption: string | null }[]> {
  return (JSON.parse(await readDataFile(join(dir, OUTCOME_FACTS_FILE_NAME), cipher)) as { facts: { id: string; agreedOption: string | null }[] }).facts;
}

async function until(check: () => boolean): Promise<void> {
  for (let tries = 0; tries < 500 && !check(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe('the practice figures through the operations', () => {
  let duet: TestDuet;
  let exportFolder: string | null;
  let exports: string;
  const invoke = <K extends OperationName>(name: K, input?: unknown) => invokeOperation<K>(duet.operations, name, input, () => undefined);

  beforeEach(async () => {
    exports = await makeTempDir('duet-figures-');
    exportFolder = exports;
    duet = await createTestDuet({ now: () => NOW, chooseExportFolder: async () => exportFolder });
  });
  afterEach(async () => {
    await duet.cleanup();
    await removeTempDir(exports);
  });

  async function practice(): Promise<string[]> {
    const ids: string[] = [];
    for (let index = 0; index < 12; index += 1) {
      const session = valueOf(await invoke('createSession', newSessionInput({ patientLabel: `LABEL-${index}`, conditionId: index < 9 ? 'anxiety' : 'depression' })));
      if (index % 2 === 0) {
        valueOf(await invoke('saveAnswers', { id: session.id, answers: answersWithPlan({ agreedOption: 'therapy', patientConfirmed: true, clinicianConfirmed: true }) }));
      }
      ids.push(session.id);
    }
    return ids;
  }

  it('counts every episode as it is created and saved, with small cells hidden', async () => {
    await practice();
    const dashboard = valueOf(await invoke('getDashboard', { filters: everything(), split: 'condition' }));
    expect(dashboard.stillReading).toBe(0);
    expect(dashboard.asOf).toBe('2026-11-29');
    const all = dashboard.rows[0]!;
    expect(all.decisions.started).toEqual({ shown: true, value: 12 });
    expect(all.decisions.agreed).toEqual({ shown: true, numerator: 6, denominator: 12, percent: 50 });
    // Depression has 3 episodes: hidden, and so is anxiety (9), which would give it away as 12 − 9.
    const depression = dashboard.rows.find((row) => row.segment.key === 'depression')!;
    const anxiety = dashboard.rows.find((row) => row.segment.key === 'anxiety')!;
    expect(depression.decisions.started).toEqual({ shown: false, reason: 'fewer-than-5' });
    expect(anxiety.decisions.started).toEqual({ shown: false, reason: 'complementary' });
    expect(JSON.stringify(dashboard)).not.toContain('LABEL');
    expect(dashboard.clinicians).toEqual([{ key: 'dr rivera', name: 'Dr. Rivera' }]);
  });

  it('keeps the facts encrypted on disk, written at once when an episode is created or deleted', async () => {
    const ids = await practice();
    const file = join(duet.dir, OUTCOME_FACTS_FILE_NAME);
    const raw = await readFile(file, 'utf-8');
    expect(raw).not.toMatch(/anxiety|therapy|Rivera|LABEL/);
    expect(JSON.parse(raw)).toMatchObject({ cipher: 'aes-256-gcm', kind: 'facts', id: 'outcome-facts' });
    const cipher = await testCipher(duet.dir);
    expect((await factsOnDisk(duet.dir, cipher)).map((facts) => facts.id).sort()).toEqual([...ids].sort());
    valueOf(await invoke('deleteSession', { id: ids[0] }));
    expect((await factsOnDisk(duet.dir, cipher)).map((facts) => facts.id)).not.toContain(ids[0]);
    expect(await readFile(file, 'utf-8')).not.toContain(ids[0]);
    expect(valueOf(await invoke('getDashboard', { filters: everything(), split: 'none' })).rows[0]!.decisions.started).toEqual({ shown: true, value: 11 });
  });

  it('exports the tables and the episode rows as CSV where the person chooses, never into the data folder', async () => {
    await practice();
    const saved = valueOf(await invoke('exportDashboardCsv', { filters: everything(), split: 'condition', kind: 'aggregate' }));
    expect(saved).toMatchObject({ outcome: 'saved', folder: exports });
    if (saved.outcome !== 'saved') throw new Error('not saved');
    expect(saved.file).toBe(join(exports, 'Duet practice figures - 2026-11-29 - tables.csv'));
    const tables = await readFile(saved.file, 'utf-8');
    expect(tables.startsWith('\ufeffsplit,segment,')).toBe(true);
    expect(tables).toContain('condition,depression,decisions,started,,,,fewer than 5,');
    expect(tables).toContain('none,all,decisions,agreed,,,,6,12,50,');

    const again = valueOf(await invoke('exportDashboardCsv', { filters: everything(), split: 'none', kind: 'episodes' }));
    if (again.outcome !== 'saved') throw new Error('not saved');
    expect(again.file).toBe(join(exports, 'Duet practice figures - 2026-11-29 - episodes.csv'));
    const rows = (await readFile(again.file, 'utf-8')).trim().split('\r\n');
    expect(rows).toHaveLength(13);
    expect(rows.join('\n')).not.toMatch(/LABEL|Rivera|2026-/);

    exportFolder = null;
    expect(valueOf(await invoke('exportDashboardCsv', { filters: everything(), split: 'none', kind: 'episodes' }))).toEqual({ outcome: 'cancelled' });

    for (const inside of [duet.dir, join(duet.dir, 'sessions')]) {
      exportFolder = inside;
      const before = await readdir(inside);
      const refused = await invoke('exportDashboardCsv', { filters: everything(), split: 'none', kind: 'episodes' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'storage-failed', message: expect.stringContaining('data folder') } });
      expect(await readdir(inside)).toEqual(before);
    }
    expect((await readdir(exports)).sort()).toEqual(['Duet practice figures - 2026-11-29 - episodes.csv', 'Duet practice figures - 2026-11-29 - tables.csv']);
  });

  it('answers "locked" while Duet is locked', async () => {
    await duet.lock.lock();
    expect(await invoke('getDashboard', { filters: everything(), split: 'none' })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await invoke('exportDashboardCsv', { filters: everything(), split: 'none', kind: 'aggregate' })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
  });
});

describe('outcome-facts.json across restarts and crashes', () => {
  let dir: string;
  let cipher: DataCipher;
  const stores: Store[] = [];
  const open = async (options: { cipher?: DataCipher } = {}) => {
    const store = await openStore(dir, { cipher: options.cipher ?? cipher });
    stores.push(store);
    return store;
  };

  beforeEach(async () => {
    dir = await makeTempDir('duet-facts-');
    cipher = new DataCipher(newDataKey(), 'a'.repeat(32));
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close().catch(() => undefined);
    await removeTempDir(dir);
  });

  async function seeded(count: number): Promise<Store> {
    const store = await open();
    for (const session of generateEpisodes({ episodes: count, seed: 9 })) await store.createSession(session);
    return store;
  }

  it('a restart reads the facts file, not the sessions', async () => {
    await (await seeded(20)).close();
    const reopened = await open();
    await reopened.outcomes!.whenLoaded();
    expect(reopened.outcomes!.status()).toEqual({ episodes: 20, reading: 0 });
  });

  it('facts older than the list (a crash before they were written) are read again from the sessions', async () => {
    const store = await seeded(8);
    const target = store.listSessions()[0]!.id;
    await store.close();
    const before = join(dir, 'facts-before');
    await copyFile(join(dir, OUTCOME_FACTS_FILE_NAME), before);
    const second = await open();
    await second.updateSession(target, (session) => ({
      ...session,
      updatedAt: '2026-11-29T11:00:00.000Z',
      answers: { ...session.answers, plan: { ...session.answers.plan, agreedOption: 'waiting', agreedAt: '2026-11-29T11:00:00.000Z' } },
      planVersions: [],
    }));
    await second.close();
    // The crash: the facts file as it was before that save.
    await copyFile(before, join(dir, OUTCOME_FACTS_FILE_NAME));
    const third = await open();
    await third.outcomes!.whenLoaded();
    await until(() => third.outcomes!.status().reading === 0);
    expect(third.outcomes!.all().find((facts) => facts.id === target)).toMatchObject({ agreedOption: 'waiting', updatedAt: '2026-11-29T11:00:00.000Z' });
    expect(third.outcomes!.status().episodes).toBe(8);
  });

  it('a damaged, foreign-key or missing facts file is rebuilt, and a leftover temp file removed', async () => {
    await (await seeded(6)).close();
    for (const damage of ['garbage{', new DataCipher(newDataKey(), 'b'.repeat(32)).seal('{}', { kind: 'facts', id: 'outcome-facts' }), null]) {
      if (damage === null) await writeFile(join(dir, OUTCOME_FACTS_FILE_NAME), '');
      else await writeFile(join(dir, OUTCOME_FACTS_FILE_NAME), damage);
      await writeFile(join(dir, `.${OUTCOME_FACTS_FILE_NAME}.tmp`), 'half a write');
      const store = await open();
      await store.outcomes!.whenLoaded();
      await until(() => store.outcomes!.status().reading === 0);
      expect(store.outcomes!.status().episodes).toBe(6);
      await store.close();
      expect(await readdir(dir)).not.toContain(`.${OUTCOME_FACTS_FILE_NAME}.tmp`);
      expect((await factsOnDisk(dir, cipher)).length).toBe(6);
    }
  });

  it('a session deleted while the facts are rebuilt does not come back', async () => {
    await (await seeded(40)).close();
    await writeFile(join(dir, OUTCOME_FACTS_FILE_NAME), 'garbage{');
    const store = await open();
    const doomed = store.listSessions().at(-1)!.id;
    await store.deleteSession(doomed);
    await store.outcomes!.whenLoaded();
    await until(() => store.outcomes!.status().reading === 0);
    expect(store.outcomes!.all().map((facts) => facts.id)).not.toContain(doomed);
    expect(store.outcomes!.status().episodes).toBe(39);
  });

  it('an unreadable session file leaves that episode out without stopping the others', async () => {
    await (await seeded(6)).close();
    await writeFile(join(dir, OUTCOME_FACTS_FILE_NAME), 'garbage{');
    const victim = (await readdir(join(dir, 'sessions'))).find((name) => name.endsWith('.json'))!;
    await writeFile(join(dir, 'sessions', victim), 'not json');
    const store = await open();
    await store.outcomes!.whenLoaded();
    await until(() => store.outcomes!.status().reading === 0);
    expect(store.outcomes!.status().episodes).toBe(5);
    // Opening it repairs it or drops it; either way the figures follow.
    await store.getSession(victim.slice(0, -5));
  });

  it('a folder holding only sessions written before the facts existed gets its facts at the first start', async () => {
    await mkdir(join(dir, 'sessions'), { recursive: true });
    const store = await open();
    await store.createSession(sampleSession());
    await store.close();
    await writeFile(join(dir, OUTCOME_FACTS_FILE_NAME), '');
    const again = await open();
    await again.outcomes!.whenLoaded();
    await until(() => again.outcomes!.status().reading === 0);
    expect(again.outcomes!.all()).toHaveLength(1);
  });
});
