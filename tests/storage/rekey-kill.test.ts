/**
 * SIGKILLs a real child process part-way through a passphrase change (a re-key of every file), many times, and
 * checks after each kill that exactly one of the two passphrases opens the data, that the next unlock finishes
 * any re-key left half-done, and that every session is whole under one key with nothing needing repair (m14).
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppLock } from '../../src/main/lock/app-lock';
import { KEY_FILE_NAME, keyFileSchema } from '../../src/main/lock/key-file';
import { openStore } from '../../src/main/storage';
import { isEnvelope } from '../../src/main/storage/cipher';
import { makeTempDir, removeTempDir } from '../support/temp-store';
import { bundleKillChild } from './bundle-child';
import { runSeed, seededRandom } from '../support/seeded-random';

const KILLS = Number(process.env.DUET_REKEY_KILLS || 20);
const PASSPHRASES = ['first practice passphrase', 'second practice passphrase'];
const SESSIONS = 40;
const MAX_DELAY_MS = 400;
const SEED = runSeed();

let workDir: string;
let childScript: string;
beforeAll(async () => {
  workDir = await makeTempDir('duet-rekey-kill-');
  childScript = await bundleKillChild(join(workDir, 'bundle'), 'rekey-child');
}, 60_000);
afterAll(async () => {
  await removeTempDir(workDir);
});

/** Runs the child until SIGKILL, `delayMs` after it starts re-keying (or at once once it finished); true if it finished. */
function runUntilKilled(dataDir: string, delayMs: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let finished = false;
    let errors = '';
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.setEncoding('utf-8');
    child.stdout.on('data', (chunk: string) => {
      if (chunk.includes('begin rekey')) setTimeout(() => child.kill('SIGKILL'), delayMs);
      if (chunk.includes('ack rekey')) {
        finished = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(giveUp);
      if (signal !== 'SIGKILL') reject(new Error(`The re-keying child ended by itself (code ${code}): ${errors}`));
      else resolve(finished);
    });
  });
}

it(`a passphrase change survives ${KILLS} SIGKILLs part-way through its re-key`, async () => {
  const dataDir = join(workDir, 'data');
  const random = seededRandom(SEED);
  console.log(`re-key kill test: seed ${SEED} (replay with DUET_KILL_SEED=${SEED})`);
  let finishedRuns = 0;
  let resumed = 0;

  for (let kill = 0; kill < KILLS; kill += 1) {
    // Squared, so most kills land early, while the files are still being re-sealed, even on a fast machine.
    const finished = await runUntilKilled(dataDir, Math.floor(random() ** 2 * MAX_DELAY_MS));
    if (finished) finishedRuns += 1;
    const halfDone = keyFileSchema.parse(JSON.parse(await readFile(join(dataDir, KEY_FILE_NAME), 'utf-8'))).rekeying !== undefined;
    if (halfDone) resumed += 1;

    const lock = new AppLock({
      dataDir,
      osKeyStore: null,
      scryptCost: { N: 2 ** 12, r: 8, p: 1 },
      openStore: (keys) => openStore(dataDir, keys),
    });
    await lock.start();
    const works: string[] = [];
    for (const passphrase of PASSPHRASES) {
      if (works.length > 0) break;
      await lock.unlock(passphrase).then(
        () => works.push(passphrase),
        () => undefined,
      );
    }
    expect(works, `after kill ${kill + 1}, a passphrase opens the data`).toHaveLength(1);
    const store = lock.unlockedStore();
    expect(store.recovery, `after kill ${kill + 1}`).toBeNull();
    expect(await store.checkAllSessions(), `after kill ${kill + 1}`).toBeNull();
    expect(store.listSessions()).toHaveLength(SESSIONS);
    for (let index = 0; index < SESSIONS; index += 1) {
      const session = await store.getSession(`2f1c6b1e-8a54-4c1e-9a47-${String(index).padStart(12, '0')}`);
      expect(session?.answers.worries).toBe(`b${index}`);
    }
    const keyFile = keyFileSchema.parse(JSON.parse(await readFile(join(dataDir, KEY_FILE_NAME), 'utf-8')));
    expect(keyFile.rekeying, 'the next unlock finishes a re-key left half-done').toBeUndefined();
    for (const entry of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name.startsWith(KEY_FILE_NAME)) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readFile(join(entry.parentPath, entry.name), 'utf-8'));
      } catch {
        continue; // the journal and the audit log are JSON lines
      }
      if (isEnvelope(parsed)) expect(parsed.keyId, join(entry.parentPath, entry.name)).toBe(keyFile.keyId);
    }
    await lock.close();
  }

  console.log(`re-key kill test: seed ${SEED}, ${KILLS} kills, ${resumed} left half-done and finished at unlock, ${finishedRuns} finished before the kill`);
  // Not vacuous: some kills must land in the middle of a re-key.
  expect(resumed).toBeGreaterThan(0);
}, 300_000);
