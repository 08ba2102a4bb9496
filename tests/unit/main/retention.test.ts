import { NO_RETRIES } from '../../../src/main/storage/retrying-fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyRetention } from '../../../src/main/retention';
import { RetentionRunner } from '../../../src/main/retention-schedule';
import { AUDIT_FILE_NAME, SESSIONS_FOLDER, nodeStorageFs, openStore, type StorageFs, type Store } from '../../../src/main/storage';
import { createOperations } from '../../../src/main/ipc/operations';
import { createTempStore, type TempStore } from '../../support/temp-store';
import { createRecordingPrinter } from '../../support/recording-printer';
import { sessionStatus, type Answers } from '../../../src/shared/session';
import { answersWithPlan, newSessionInput } from '../../support/sessions';

const DAY_MS = 24 * 60 * 60 * 1000;
const START = new Date('2025-01-10T09:00:00.000Z');
const daysAfterStart = (days: number) => new Date(START.getTime() + days * DAY_MS);

let temp: TempStore | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await temp?.cleanup();
  temp = null;
});

/**
 * A real store on disk, with sessions made through the real operations at a controllable time. Backups are
 * taken on every write, so each session that was saved after it was created has a .bak-1 beside its file.
 */
async function seededStore(fs: StorageFs = nodeStorageFs) {
  let clock = START;
  // A lasting refusal: no waiting for it to clear (see retrying-fs.ts).
  temp = await createTempStore({ fs, now: () => clock, backupEveryMs: 0, retry: NO_RETRIES });
  const { store } = temp;
  const operations = createOperations({ store, printer: createRecordingPrinter(), now: () => clock });
  const seed = async (label: string, at: Date, agreed: boolean) => {
    clock = at;
    const session = await operations.createSession(newSessionInput({ patientLabel: label }));
    const plan: Partial<Answers['plan']> = agreed
      ? { agreedOption: 'combined', patientConfirmed: true, clinicianConfirmed: true }
      : { agreedOption: 'combined', patientConfirmed: true, clinicianConfirmed: false };
    const saved = await operations.saveAnswers({ id: session.id, answers: answersWithPlan(plan) });
    expect(sessionStatus(saved)).toBe(agreed ? 'agreed' : 'in-progress');
    return session.id;
  };
  return { store, dir: temp.dir, operations, seed };
}

const filesOf = async (dir: string, id: string) =>
  (await readdir(join(dir, SESSIONS_FOLDER))).filter((name) => name.includes(id)).sort();

const expiredLines = async (dir: string) =>
  (await readFile(join(dir, AUDIT_FILE_NAME), 'utf-8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { at: string; action: string; sessionId: string })
    .filter((entry) => entry.action === 'expired');

async function setRetention(store: Store, days: number | null) {
  await store.update((draft) => {
    draft.settings.retentionDays = days;
  });
}

describe('applyRetention on a real store', () => {
  it('deletes the agreed sessions past the period, with their backups, and logs each as expired without a label', async () => {
    const { store, dir, operations, seed } = await seededStore();
    const oldPlan = await seed('Old-Plan-A1', START, true);
    const otherOldPlan = await seed('Old-Plan-B2', daysAfterStart(1), true);
    const oldDraft = await seed('Old-Draft-C3', START, false);
    const recentPlan = await seed('Recent-Plan-D4', daysAfterStart(150), true);
    const openPlan = await seed('Open-Plan-E5', START, true);
    await operations.setOpenSession({ id: openPlan });
    await setRetention(store, 90);

    for (const id of [oldPlan, otherOldPlan]) expect(await filesOf(dir, id)).toEqual([`${id}.json`, `${id}.json.bak-1`]);
    const untouchedBefore = await Promise.all(
      [oldDraft, recentPlan, openPlan].map((id) => readFile(join(dir, SESSIONS_FOLDER, `${id}.json`), 'utf-8')),
    );

    const now = daysAfterStart(200);
    const outcome = await applyRetention(store, now);

    expect(outcome.failed).toEqual([]);
    expect([...outcome.deleted].sort()).toEqual([oldPlan, otherOldPlan].sort());
    for (const id of [oldPlan, otherOldPlan]) {
      expect(await filesOf(dir, id)).toEqual([]);
      expect(store.hasSession(id)).toBe(false);
    }
    const untouchedAfter = await Promise.all(
      [oldDraft, recentPlan, openPlan].map((id) => readFile(join(dir, SESSIONS_FOLDER, `${id}.json`), 'utf-8')),
    );
    expect(untouchedAfter).toEqual(untouchedBefore);
    expect(store.listSessions().map((summary) => summary.id).sort()).toEqual([oldDraft, recentPlan, openPlan].sort());

    const expired = await expiredLines(dir);
    expect(expired.map((entry) => entry.sessionId).sort()).toEqual([oldPlan, otherOldPlan].sort());
    for (const entry of expired) expect(entry.at).toBe(now.toISOString());
    const auditText = await readFile(join(dir, AUDIT_FILE_NAME), 'utf-8');
    for (const label of ['Old-Plan-A1', 'Old-Plan-B2', 'Old-Draft-C3', 'Recent-Plan-D4', 'Open-Plan-E5', 'Dr. Rivera']) {
      expect(auditText).not.toContain(label);
    }

    // Gone for good: a fresh start does not bring them back.
    await store.close();
    const reopened = await openStore(dir);
    try {
      expect(reopened.listSessions().map((summary) => summary.id).sort()).toEqual([oldDraft, recentPlan, openPlan].sort());
    } finally {
      await reopened.close();
    }
  });

  it('deletes nothing when retention is off, and nothing twice', async () => {
    const { store, dir, seed } = await seededStore();
    const oldPlan = await seed('Old-Plan', START, true);
    const now = daysAfterStart(5000);

    expect(await applyRetention(store, now)).toEqual({ deleted: [], failed: [] });
    expect(await filesOf(dir, oldPlan)).toContain(`${oldPlan}.json`);

    await setRetention(store, 90);
    expect(await applyRetention(store, now)).toEqual({ deleted: [oldPlan], failed: [] });
    expect(await applyRetention(store, now)).toEqual({ deleted: [], failed: [] });
    expect(await expiredLines(dir)).toHaveLength(1);
  });

  it('keeps going when one session cannot be deleted, and says which one failed', async () => {
    let undeletable: string | null = null;
    const refusingFs: StorageFs = {
      ...nodeStorageFs,
      unlink: async (path) => {
        if (undeletable && String(path).includes(undeletable)) {
          throw Object.assign(new Error(`EACCES: permission denied, unlink '${String(path)}'`), { code: 'EACCES' });
        }
        return nodeStorageFs.unlink(path);
      },
    };
    const { store, dir, seed } = await seededStore(refusingFs);
    const stuck = await seed('Stuck', START, true);
    const free = await seed('Free', START, true);
    await setRetention(store, 90);
    undeletable = stuck;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const outcome = await applyRetention(store, daysAfterStart(100));

    expect(outcome).toEqual({ deleted: [free], failed: [stuck] });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(stuck), expect.anything());
    expect(store.hasSession(stuck)).toBe(true);
    expect(await filesOf(dir, stuck)).toContain(`${stuck}.json`);
    expect(await filesOf(dir, free)).toEqual([]);
    expect((await expiredLines(dir)).map((entry) => entry.sessionId)).toEqual([free]);

    // Once the folder lets go, the next daily run finishes the job.
    undeletable = null;
    expect(await applyRetention(store, daysAfterStart(101))).toEqual({ deleted: [stuck], failed: [] });
  });
});

describe('RetentionRunner: checks the clock, asks first when many would go, logs each run (M7)', () => {
  async function runnerOver(count: number, clock: { now: Date }) {
    const { store, dir, seed } = await seededStore();
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) ids.push(await seed(`Plan-${index}`, START, true));
    await setRetention(store, 90);
    const events: string[] = [];
    const runner = new RetentionRunner({
      store,
      fs: nodeStorageFs,
      dataDir: dir,
      record: (event, detail) => events.push(`${event}: ${detail ?? ''}`),
      now: () => clock.now,
    });
    return { store, dir, ids, events, runner };
  }

  it('a clock set years ahead deletes nothing and is not remembered as the last run', async () => {
    const clock = { now: daysAfterStart(100) };
    const { store, ids, events, runner } = await runnerOver(2, clock);
    await new RetentionRunner({ store, fs: nodeStorageFs, dataDir: temp!.dir, record: () => undefined, now: () => daysAfterStart(1) }).run();
    clock.now = daysAfterStart(3000);
    expect(await runner.run()).toEqual({ kind: 'clock-looks-wrong', problem: 'far-after-last-run' });
    expect(ids.every((id) => store.hasSession(id))).toBe(true);
    expect(events).toEqual(['retention-skipped: far-after-last-run']);
    clock.now = daysAfterStart(100);
    expect(await runner.run()).toMatchObject({ kind: 'delete' });
    expect(ids.some((id) => store.hasSession(id))).toBe(false);
  });

  it('many due at once wait for a yes after unlock; a no keeps them', async () => {
    const clock = { now: daysAfterStart(100) };
    const { store, ids, events, runner } = await runnerOver(6, clock);
    expect(await runner.run()).toMatchObject({ kind: 'ask-first' });
    expect(runner.review()).toEqual({ dueCount: 6, totalCount: 6 });
    await runner.answer(false);
    expect(runner.review()).toBeNull();
    expect(ids.every((id) => store.hasSession(id))).toBe(true);
    await runner.run();
    await runner.answer(true);
    expect(ids.some((id) => store.hasSession(id))).toBe(false);
    expect(events).toEqual(['retention-held: 6 due', 'retention-declined: 6 kept', 'retention-held: 6 due', 'retention-confirmed: 6 deleted, 0 failed']);
  });
});
