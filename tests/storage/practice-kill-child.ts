/**
 * One exam room saving as fast as it can while its sync pushes to the practice server, until killed. Prints
 * `ack <kind> <id> <value>` only after a save resolved (kinds: create, save, delete). Run by
 * practice-server-kill.test.ts, bundled, as `node practice-kill-child.mjs <dataDir> <firstValue>`.
 */
import { openStore } from '../../src/main/storage';
import { DataCipher } from '../../src/main/storage/cipher';
import { practiceServerConfigSchema } from '../../src/main/practice-server/config';
import { PracticeSync } from '../../src/main/practice-server/sync';
import { emptyAnswers, type Session } from '../../src/shared/session';

const [dataDir, startArgument] = process.argv.slice(2);
if (!dataDir || !startArgument) throw new Error('usage: practice-kill-child <dataDir> <firstValue>');
let value = Number(startArgument);
const env = process.env;

function newSession(index: number): Session {
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    clinicianName: 'Dr. Kill',
    patientLabel: `K${index}`,
    conditionId: 'depression',
    language: 'en',
    decisionRole: 'shared',
    followUps: [],
    planVersions: [],
    createdAt: now,
    updatedAt: now,
    answers: emptyAnswers(),
  };
}

const cipher = new DataCipher(Buffer.from(env.DUET_KILL_KEY ?? '', 'hex'), env.DUET_KILL_KEY_ID ?? '');
const config = practiceServerConfigSchema.parse({ host: '127.0.0.1', port: Number(env.DUET_PG_PORT), database: 'duet', role: 'duet_app' });
const sync = await PracticeSync.open({ dataDir, config, password: async () => env.DUET_PG_PASSWORD ?? '',
  pollMs: 50,
  retryMs: [50, 200],
  pushDelayMs: 5,
  // The parent starts its kill timer once the sync is talking to the server, so the kills land mid-push.
  onStatus: (status) => {
    if (status.state === 'connected' || status.state === 'catching-up') process.stdout.write('connected\n');
  },
});
// pushDelayMs: push between nearly every save, so the kills land mid-push (the app waits for a pause in saving).
const store = await openStore(dataDir, { cipher, backupEveryMs: 0, onDocumentChange: sync.noteChange });
sync.start(store, cipher);
process.stdout.write('ready\n');
for (;;) {
  const sessions = store.listSessions();
  value += 1;
  const roll = value % 17;
  if (sessions.length < 4 || roll === 0) {
    const session = newSession(sessions.length);
    await store.createSession(session);
    process.stdout.write(`ack create ${session.id} 0\n`);
  } else if (roll === 3 && sessions.length > 4) {
    const target = sessions[value % sessions.length]!;
    process.stdout.write(`begin delete ${target.id} -\n`);
    await store.deleteSession(target.id);
    process.stdout.write(`ack delete ${target.id} -\n`);
  } else {
    const target = sessions[value % sessions.length]!;
    await store.updateSession(target.id, (current) => ({
      ...current,
      updatedAt: new Date().toISOString(),
      answers: { ...current.answers, worries: `v${value}` },
    }));
    process.stdout.write(`ack save ${target.id} ${value}\n`);
  }
  // A room saves at typing speed, not in a tight loop: leave the sync room to push between saves.
  await new Promise((resolve) => setTimeout(resolve, 2));
}
