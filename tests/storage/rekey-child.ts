/**
 * Opens the data folder with whichever of two passphrases works, then changes it to the other (a re-key of every
 * file), printing `begin rekey` before and `ack rekey` after. Run by rekey-kill.test.ts, bundled, as
 * `node rekey-child.mjs <dataDir>`; the parent kills it part-way.
 */
import { AppLock } from '../../src/main/lock/app-lock';
import { openStore } from '../../src/main/storage';
import { emptyAnswers } from '../../src/shared/session';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: rekey-child <dataDir>');
const PASSPHRASES = ['first practice passphrase', 'second practice passphrase'] as const;

const lock = new AppLock({
  dataDir,
  osKeyStore: null,
  scryptCost: { N: 2 ** 12, r: 8, p: 1 },
  openStore: (keys) => openStore(dataDir, { ...keys, backupEveryMs: 0 }),
});
await lock.start();
let current: string = PASSPHRASES[0];
if ((await lock.status()).state === 'needs-set-up') {
  await lock.setUp(current);
  // Enough files that a re-key takes a while: sessions, each with backups.
  for (let index = 0; index < 40; index += 1) {
    const id = `2f1c6b1e-8a54-4c1e-9a47-${String(index).padStart(12, '0')}`;
    const now = new Date().toISOString();
    await lock.unlockedStore().createSession({
      id,
      clinicianName: 'Dr. Kill',
      patientLabel: `R${index}`,
      conditionId: 'depression',
      language: 'en',
      decisionRole: 'shared',
      createdAt: now,
      updatedAt: now,
      answers: emptyAnswers(),
      followUps: [],
      planVersions: [],
    });
    for (const worries of ['a', 'b']) {
      await lock.unlockedStore().updateSession(id, (session) => ({ ...session, answers: { ...session.answers, worries: `${worries}${index}` } }));
    }
  }
} else {
  current = await lock.unlock(PASSPHRASES[0]).then(
    () => PASSPHRASES[0],
    async () => (await lock.unlock(PASSPHRASES[1]), PASSPHRASES[1]),
  );
}
const next = current === PASSPHRASES[0] ? PASSPHRASES[1] : PASSPHRASES[0];
process.stdout.write('begin rekey\n');
await lock.changePassphrase(current, next);
process.stdout.write(`ack rekey ${next}\n`);
// Wait to be killed, as the other children do: an exit of its own is a failure.
setInterval(() => undefined, 1000);
