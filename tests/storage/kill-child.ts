/**
 * Saves to the real store as fast as it can until killed, printing one line per save only after the save
 * resolved: `ack <kind> <id> <value> [<updatedAt>]` (kinds: create, save, settings, delete; a save also gives the
 * session's new updatedAt). Every other save is a follow-up visit's (its PHQ-9 total and next review date change the
 * home list, so the journal must carry them). Run by kill.test.ts, bundled, as
 * `node kill-child.mjs <dataDir> <start>`.
 */
import { openStore } from '../../src/main/storage';
import { DataCipher } from '../../src/main/storage/cipher';
import { emptyAnswers, type Session } from '../../src/shared/session';
import { applyFollowUp, newFollowUp } from '../../src/shared/domain/follow-up-visits';
import type { FollowUpAnswers } from '../../src/shared/follow-up';

const [dataDir, startArgument] = process.argv.slice(2);
if (!dataDir || !startArgument) throw new Error('usage: kill-child <dataDir> <firstValue>');
let value = Number(startArgument);

/** A follow-up visit whose words hold `value`, with a PHQ-9 total and a review date that change with it. */
function followUpAnswers(value: number): FollowUpAnswers {
  const total = value % 28;
  const items = Array.from({ length: 9 }, (_, index) => Math.min(3, Math.max(0, total - index * 3)));
  return {
    date: '2026-01-15',
    clinicianName: 'Dr. Kill',
    measures: [{ instrument: 'phq9', answers: Object.fromEntries(items.map((item, index) => [`phq9.${index + 1}`, index === 8 ? 0 : item])), workNotApplicable: false }],
    adherence: { dosesMissedLast7Days: null, therapySessionsPlanned: null, therapySessionsAttended: null },
    goalProgress: [],
    patientWords: `v${value}`,
    safetyCheck: { promptedAt: null, clinicianNote: '', safetyPlanReviewed: false },
    review: { decision: null, reason: '', relapsePlanInPlace: null },
    nextReviewDate: `2026-${String(1 + (value % 12)).padStart(2, '0')}-${String(1 + (value % 28)).padStart(2, '0')}`,
    currentPart: 'measures',
  };
}

function newSession(index: number): Session {
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    clinicianName: 'Dr. Kill',
    patientLabel: `K${index}`,
    conditionId: 'depression',
    language: 'en',
    decisionRole: 'shared',
    createdAt: now,
    updatedAt: now,
    answers: emptyAnswers(),
    followUps: [],
    planVersions: [],
  };
}

// Encrypted as in the app: the parent hands over the data key, as the app lock would after the passphrase.
const cipher = new DataCipher(Buffer.from(process.env.DUET_KILL_KEY ?? '', 'hex'), process.env.DUET_KILL_KEY_ID ?? '');
const store = await openStore(dataDir, { backupEveryMs: Number(process.env.DUET_KILL_BACKUP_MS ?? 0), cipher });
process.stdout.write('ready\n');
for (;;) {
  const sessions = store.listSessions();
  value += 1;
  const roll = value % 15;
  if (sessions.length < 3 || roll === 0) {
    const session = newSession(sessions.length);
    await store.createSession(session);
    process.stdout.write(`ack create ${session.id} 0\n`);
  } else if (roll === 2 && sessions.length > 3) {
    const target = sessions[value % sessions.length]!;
    // A kill before the ack may or may not have deleted it: the parent accepts either.
    process.stdout.write(`begin delete ${target.id} -\n`);
    await store.deleteSession(target.id);
    process.stdout.write(`ack delete ${target.id} -\n`);
  } else if (roll === 1) {
    await store.update((draft) => void (draft.settings.practiceName = `P${value}`));
    process.stdout.write(`ack settings - ${value}\n`);
  } else {
    const target = sessions[value % sessions.length]!;
    const saved = await store.updateSession(target.id, (current) => {
      if (value % 2 === 0) return { ...current, updatedAt: new Date().toISOString(), answers: { ...current.answers, worries: `v${value}` } };
      const now = new Date();
      const episode = current.followUps.length > 0 ? current : newFollowUp(current, crypto.randomUUID(), now);
      return applyFollowUp(episode, episode.followUps.at(-1)!.id, followUpAnswers(value), now)!;
    });
    process.stdout.write(`ack save ${target.id} ${value} ${saved?.updatedAt ?? '-'}\n`);
  }
}
