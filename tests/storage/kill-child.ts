/**
 * Saves to the real store as fast as it can until killed, printing one line per save only after the save
 * resolved: `ack <kind> <id> <value>` (kinds: create, save, settings, delete). Run by kill.test.ts, bundled, as
 * `node kill-child.mjs <dataDir> <start>`.
 */
import { openStore } from '../../src/main/storage';
import { DataCipher } from '../../src/main/storage/cipher';
import { emptyAnswers, type Session } from '../../src/shared/session';

const [dataDir, startArgument] = process.argv.slice(2);
if (!dataDir || !startArgument) throw new Error('usage: kill-child <dataDir> <firstValue>');
let value = Number(startArgument);

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
    await store.updateSession(target.id, (current) => ({
      ...current,
      updatedAt: new Date().toISOString(),
      answers: { ...current.answers, worries: `v${value}` },
    }));
    process.stdout.write(`ack save ${target.id} ${value}\n`);
  }
}
