import { cp, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_FILE_NAME, STORE_FILE_NAME } from '../../../src/main/storage';
import { SESSION_FILE_VERSION } from '../../../src/main/storage/schema';
import { planContent } from '../../../src/shared/domain/episode';
import { summarise } from '../../../src/shared/domain/answers';
import { emptyBaseline } from '../../../src/shared/follow-up';
import type { Session } from '../../../src/shared/session';
import { createTestDuet, type TestDuet } from '../../support/test-duet';
import { makeTempDir } from '../../support/temp-store';
import { readDataFile, testCipher } from '../../support/test-lock';

/**
 * A data folder written by Duet before care episodes (commit 6c4302b; how it was made:
 * tests/fixtures/before-episodes/README.md), opened by this Duet on a copy: every session is an episode of one
 * visit with nothing lost, an agreed plan is plan version 1 with its own agreement time, and the home list
 * carries the episode fields although the old index and journal had none.
 */
const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'before-episodes');

interface Expected {
  madeAt: string;
  /** Every session as the old getSession returned it. */
  sessions: Array<Omit<Session, 'followUps' | 'planVersions'>>;
  list: Array<{ id: string; updatedAt: string; status: string }>;
  deletedId: string;
  openSessionId: string;
}

let expected: Expected;
let duet: TestDuet;

beforeEach(async () => {
  expected = JSON.parse(await readFile(join(FIXTURE, 'expected.json'), 'utf-8')) as Expected;
  const dir = await makeTempDir('duet-upgrade-');
  await cp(join(FIXTURE, 'data'), dir, { recursive: true });
  duet = await createTestDuet({ dir, now: () => new Date('2026-02-02T10:00:00.000Z') });
});
afterEach(async () => {
  await duet.cleanup();
});

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('a data folder from before care episodes', () => {
  it('is the folder the old Duet wrote: an old index, and autosaves in a clear-text journal', async () => {
    const cipher = await testCipher(duet.dir);
    expect(expected.madeAt).toBe('6c4302b');
    const oldIndex = JSON.parse(await readDataFile(join(FIXTURE, 'data', STORE_FILE_NAME), cipher)) as Record<string, unknown>;
    expect(oldIndex).not.toHaveProperty('summaryVersion');
    expect((oldIndex.sessions as object[])[0]).not.toHaveProperty('reviewDate');
    const journal = await readFile(join(FIXTURE, 'data', JOURNAL_FILE_NAME), 'utf-8');
    expect(journal.trim().split('\n').length).toBeGreaterThan(0);
    expect(JSON.parse(journal.split('\n')[0]!)).toHaveProperty('status');
  });

  it('every session opens as an episode of one visit, its answers exactly as saved', async () => {
    expect(expected.sessions).toHaveLength(3);
    for (const original of expected.sessions) {
      const episode = value(await duet.api.getSession({ id: original.id }));
      const { answers, followUps, planVersions, ...rest } = episode;
      const { answers: originalAnswers, ...originalRest } = original;
      expect(rest).toEqual(originalRest);
      // The one field added to the answers since: the optional baseline measures, empty.
      const { baseline, ...sameAnswers } = answers;
      expect(sameAnswers).toEqual(originalAnswers);
      expect(baseline).toEqual(emptyBaseline());
      expect(followUps).toEqual([]);
      expect(planVersions).toHaveLength(original.answers.plan.agreedAt === null ? 0 : 1);
    }
  });

  it('an agreed plan becomes plan version 1, agreed when it was agreed, at the first visit', async () => {
    const original = expected.sessions.find((session) => session.answers.plan.agreedAt !== null)!;
    const episode = value(await duet.api.getSession({ id: original.id }));
    expect(episode.planVersions).toEqual([
      { version: 1, agreedAt: original.answers.plan.agreedAt, followUpId: null, plan: planContent(original.answers.plan) },
    ]);
    // The reason it is done on read: the next save of the same plan keeps version 1 and its date.
    const saved = value(await duet.api.saveAnswers({ id: original.id, answers: { ...episode.answers, worries: 'Still sleeping badly' } }));
    if (!('answers' in saved)) throw new Error('Expected the session back');
    expect(saved.answers.plan.agreedAt).toBe(original.answers.plan.agreedAt);
    expect(saved.planVersions).toEqual(episode.planVersions);
  });

  it('a plan agreed and then withdrawn has no version: the old Duet kept no history of it', async () => {
    const withdrawn = expected.sessions.find((session) => session.patientLabel === 'G.H.')!;
    expect(withdrawn.answers.plan.agreedAt).toBeNull();
    expect(value(await duet.api.getSession({ id: withdrawn.id })).planVersions).toEqual([]);
  });

  it('the home list has the review date, no follow-ups and no score for each, right after the upgrade', async () => {
    const list = value(await duet.api.listSessions());
    expect(list.map((entry) => entry.id).sort()).toEqual(expected.sessions.map((session) => session.id).sort());
    for (const entry of list) {
      const episode = value(await duet.api.getSession({ id: entry.id }));
      expect(entry).toEqual(summarise(episode));
      // The old journal's autosaves are in: times and status as the old list showed them.
      expect(entry).toMatchObject(expected.list.find((old) => old.id === entry.id)!);
    }
    const agreed = list.find((entry) => entry.status === 'agreed')!;
    expect(agreed).toMatchObject({ reviewDate: '2026-02-09', followUpCount: 0, lastScore: null });
    expect(list.map((entry) => entry.id)).not.toContain(expected.deletedId);
  });

  it('writes the rebuilt index once, folds the old journal, and keeps the settings, the open session and the tombstone', async () => {
    const cipher = await testCipher(duet.dir);
    const index = JSON.parse(await readDataFile(join(duet.dir, STORE_FILE_NAME), cipher)) as Record<string, unknown>;
    expect(index.summaryVersion).toBe(2);
    expect(index.deletedIds).toEqual([expected.deletedId]);
    expect((index.sessions as Array<Record<string, unknown>>).find((entry) => entry.status === 'agreed')).toMatchObject({ reviewDate: '2026-02-09' });
    expect(await readFile(join(duet.dir, JOURNAL_FILE_NAME), 'utf-8')).toBe('');
    expect(value(await duet.api.getStartup())).toEqual({ resumeSessionId: expected.openSessionId });
    expect(value(await duet.api.getSettings()).practiceName).toBe('Fixture Practice');

    // The next start reads the index as it is: nothing is rebuilt or rewritten again.
    const before = await stat(join(duet.dir, STORE_FILE_NAME));
    await duet.lock.lock();
    await duet.lock.unlock('correct horse battery staple');
    expect((await stat(join(duet.dir, STORE_FILE_NAME))).mtimeMs).toBe(before.mtimeMs);
  });

  it('an upgraded episode takes follow-up visits, and the list follows them', async () => {
    const original = expected.sessions.find((session) => session.answers.plan.agreedAt !== null)!;
    const started = value(await duet.api.startFollowUp({ id: original.id }));
    const visit = started.followUps[0]!;
    value(
      await duet.api.saveFollowUp({
        id: original.id,
        visitId: visit.id,
        visit: {
          date: '2026-02-02',
          measures: [{ instrument: 'phq9', answers: Object.fromEntries([2, 2, 1, 1, 1, 1, 1, 1, 0].map((answer, index) => [`phq9.${index + 1}`, answer])), workNotApplicable: false }],
          nextReviewDate: '2026-03-02',
        },
      }),
    );
    const entry = value(await duet.api.listSessions()).find((candidate) => candidate.id === original.id)!;
    expect(entry).toMatchObject({ reviewDate: '2026-03-02', followUpCount: 1, lastScore: { instrument: 'phq9', total: 10, date: '2026-02-02', direction: null } });
  });
});

describe('session files since care episodes', () => {
  it('are written at version 3, so the Duet before refuses them instead of dropping follow-ups on its next save', async () => {
    const original = expected.sessions[0]!;
    const cipher = await testCipher(duet.dir);
    const file = join(duet.dir, 'sessions', `${original.id}.json`);
    expect(JSON.parse(await readDataFile(file, cipher)).schemaVersion).toBe(2);
    value(await duet.api.startFollowUp({ id: original.id }));
    expect(JSON.parse(await readDataFile(file, cipher)).schemaVersion).toBe(SESSION_FILE_VERSION);
  });

  it('a damaged version 3 file is restored from a version 2 backup written before the upgrade', async () => {
    const original = expected.sessions.find((session) => session.answers.plan.agreedAt !== null)!;
    const file = join(duet.dir, 'sessions', `${original.id}.json`);
    // The fixture's backup is the session as first created (version 2, as the Duet before wrote it).
    const cipher = await testCipher(duet.dir);
    expect(JSON.parse(await readDataFile(`${file}.bak-1`, cipher)).schemaVersion).toBe(2);
    await duet.lock.lock();
    await writeFile(file, '{"torn');
    await duet.lock.unlock('correct horse battery staple');
    const restored = value(await duet.api.getSession({ id: original.id }));
    expect(restored).toMatchObject({ id: original.id, createdAt: original.createdAt, followUps: [], planVersions: [] });
    expect(restored.answers.currentStep).toBe('condition');
    expect(value(await duet.api.listSessions()).map((entry) => entry.id)).toContain(original.id);
  });
});
