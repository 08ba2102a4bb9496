import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_FILE_NAME, openStore, type Store } from '../../../src/main/storage';
import { DataCipher, newDataKey } from '../../../src/main/storage/cipher';
import { applyFollowUp, newFollowUp } from '../../../src/shared/domain/follow-up-visits';
import { summarise } from '../../../src/shared/domain/answers';
import type { FollowUpAnswers } from '../../../src/shared/follow-up';
import type { Session, SessionSummary } from '../../../src/shared/session';
import { readDataFile } from '../../support/test-lock';
import { answersWithPlan, sampleSession } from '../../support/sessions';
import { makeTempDir, removeTempDir } from '../../support/temp-store';

/**
 * index.journal carries the list's episode fields (review date, follow-up count, last score) between index writes,
 * so Home is right after a crash; with a data key every line is sealed, so none of it is on disk in clear text.
 */
let dir: string;
const cipher = new DataCipher(newDataKey(), 'a'.repeat(32));
const journalPath = () => join(dir, JOURNAL_FILE_NAME);
const VISIT_ID = '7d2c1f8e-2b0a-4c55-8f4e-1a2b3c4d5e6f';

beforeEach(async () => {
  dir = await makeTempDir('duet-journal-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

function visit(phq9Total: number, nextReviewDate: string): FollowUpAnswers {
  const items = Array.from({ length: 9 }, (_, index) => Math.min(3, Math.max(0, phq9Total - index * 3)));
  return {
    date: '2026-03-02',
    clinicianName: 'Dr. Rivera',
    measures: [{ instrument: 'phq9', answers: Object.fromEntries(items.map((item, index) => [`phq9.${index + 1}`, item])), workNotApplicable: false }],
    adherence: { dosesMissedLast7Days: null, therapySessionsPlanned: null, therapySessionsAttended: null },
    goalProgress: [],
    patientWords: 'Better mornings',
    safetyCheck: { promptedAt: null, clinicianNote: '', safetyPlanReviewed: false },
    review: { decision: 'keep', reason: '', relapsePlanInPlace: null },
    nextReviewDate,
    currentPart: 'review',
  };
}

/** An agreed episode with a baseline PHQ-9 of 18 and one follow-up of 14 due for review on 2026-03-30. */
async function episodeWithFollowUp(store: Store): Promise<Session> {
  const baseline = visit(18, '').measures;
  const session = sampleSession({
    answers: { ...answersWithPlan({ agreedOption: 'combined', reviewDate: '2026-03-01' }), baseline: { date: '2026-02-01', measures: baseline } },
  });
  await store.createSession(session);
  await store.updateSession(session.id, (current) => newFollowUp(current, VISIT_ID, new Date('2026-03-02T09:00:00.000Z')));
  const saved = await store.updateSession(session.id, (current) => applyFollowUp(current, VISIT_ID, visit(14, '2026-03-30'), new Date('2026-03-02T09:05:00.000Z'))!);
  return saved!;
}

describe('the journal after a crash', () => {
  it('gives Home the review date, the follow-up count and the last score, with none of it in clear text', async () => {
    const store = await openStore(dir, { cipher });
    const episode = await episodeWithFollowUp(store);
    // The index was written when the session was created; everything since is in the journal only.
    const index = JSON.parse(await readDataFile(store.file, cipher)) as { sessions: SessionSummary[] };
    expect(index.sessions[0]).toMatchObject({ reviewDate: '2026-03-01', followUpCount: 0, lastScore: { total: 18, direction: null } });

    // A crash: the store is never closed, and a new one opens the folder.
    const after = await openStore(dir, { cipher });
    const [entry] = after.listSessions();
    expect(entry).toEqual(summarise(episode));
    expect(entry).toMatchObject({ reviewDate: '2026-03-30', followUpCount: 1, lastScore: { instrument: 'phq9', total: 14, direction: 'better' } });

    const journal = await readFile(journalPath(), 'utf-8');
    expect(journal.trim().split('\n')).toHaveLength(2);
    for (const text of ['2026-03-30', 'reviewDate', 'lastScore', 'phq9', 'followUpCount', '"status"', episode.id]) expect(journal).not.toContain(text);
    await after.close();
    await store.close();
  });

  it('skips a torn last line and keeps the lines before it', async () => {
    const store = await openStore(dir, { cipher });
    const episode = await episodeWithFollowUp(store);
    await store.close();
    const lines = (await readFile(journalPath(), 'utf-8')).trim().split('\n');
    await appendFile(journalPath(), lines.at(-1)!.slice(0, 80));

    const after = await openStore(dir, { cipher, journalCompactLines: 1000 });
    expect(after.listSessions()).toEqual([summarise(episode)]);
    // A torn journal is folded into the index at once.
    expect(await readFile(journalPath(), 'utf-8')).toBe('');
    await after.close();
  });

  it('refuses a line that was changed, sealed with another key, or is another file\'s envelope', async () => {
    const store = await openStore(dir, { cipher });
    const session = sampleSession();
    await store.createSession(session);
    await store.close();
    const created = (await openStore(dir, { cipher })).listSessions();

    const other = new DataCipher(newDataKey(), 'b'.repeat(32));
    const forged = { id: session.id, updatedAt: '2030-01-01T00:00:00.000Z', status: 'agreed', reviewDate: '2030-01-01', followUpCount: 9, lastScore: null };
    const sealedLine = cipher.seal(JSON.stringify(forged), { kind: 'journal', id: 'index' });
    const changed = sealedLine.replace(/"data":"(.)/, (_match, first: string) => `"data":"${first === 'A' ? 'B' : 'A'}`);
    await writeFile(
      journalPath(),
      [
        changed,
        other.seal(JSON.stringify(forged), { kind: 'journal', id: 'index' }),
        cipher.seal(JSON.stringify(forged), { kind: 'session', id: session.id }),
        '',
      ].join('\n'),
    );
    const after = await openStore(dir, { cipher });
    expect(after.listSessions()).toEqual(created);
    await after.close();
  });

  it('reads a clear-text line from before (ids, times and status) but never clinical fields from one', async () => {
    const store = await openStore(dir, { cipher });
    const session = sampleSession();
    await store.createSession(session);
    await store.close();
    const line = { id: session.id, updatedAt: '2026-05-05T05:05:05.000Z', status: 'agreed', reviewDate: '2020-01-01', followUpCount: 3 };
    await writeFile(journalPath(), `${JSON.stringify(line)}\n`);

    const after = await openStore(dir, { cipher });
    expect(after.listSessions()[0]).toMatchObject({ updatedAt: line.updatedAt, status: 'agreed', reviewDate: '', followUpCount: 0 });
    await after.close();
  });

  it('a re-key folds the journal into the index under the new key', async () => {
    const store = await openStore(dir, { cipher });
    const episode = await episodeWithFollowUp(store);
    const next = new DataCipher(newDataKey(), 'c'.repeat(32));
    await store.rekey(next);
    expect(await readFile(journalPath(), 'utf-8')).toBe('');
    await store.close();
    const after = await openStore(dir, { cipher: next });
    expect(after.listSessions()).toEqual([summarise(episode)]);
    await after.close();
  });

  it('a re-key cut short before the fold: lines under the previous key still replay, then are folded', async () => {
    const store = await openStore(dir, { cipher });
    const episode = await episodeWithFollowUp(store);
    await store.close();
    const next = new DataCipher(newDataKey(), 'c'.repeat(32));
    // What the app does at the next start after a re-key cut short (key.json's `rekeying`).
    const after = await openStore(dir, { cipher: next, previousCipher: cipher });
    expect(after.listSessions()).toEqual([summarise(episode)]);
    expect(await readFile(journalPath(), 'utf-8')).toBe('');
    await after.close();
  });
});
