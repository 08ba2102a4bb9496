// Storage benchmark: autosave latency and home-list load time with 10, 1,000 and 10,000 stored sessions, and the
// data folder's size at 10,000. `npm run bench` runs it (through scripts/bench.mjs) and merges the entries into
// bench/results.json; `npx tsx scripts/bench-storage.ts` runs it alone and merges them too.
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openStore } from '../src/main/storage';
import { DataCipher, newDataKey } from '../src/main/storage/cipher';
import { createKeyFile, unwrapWithPassphrase } from '../src/main/lock/key-file';
import { DEFAULT_SCRYPT_COST } from '../src/main/lock/passphrase-key';
import {
  APP_FILE_NAME,
  CURRENT_SCHEMA_VERSION,
  SESSIONS_FOLDER,
  STORE_FILE_NAME,
  defaultAppFile,
} from '../src/main/storage/schema';
import { createOperations } from '../src/main/ipc/operations';
import { emptyAnswers, type Answers, type Session } from '../src/shared/session';
import { summarise } from '../src/shared/domain/answers';
import { invokeOperation } from '../src/main/ipc/invoke';
import { sessionFromSave } from '../src/shared/contract';
import { describe, runDetails, summarize, writeResults, RUNS_FOR_P95, type BenchEntry } from './bench-results.mjs';

const SIZES = [10, 1_000, 10_000] as const;
const HOME_RUNS = Math.max(RUNS_FOR_P95, Number(process.env.BENCH_RUNS || RUNS_FOR_P95));
const AUTOSAVE_RUNS = 40;
// Each unlock costs about 0.4 s of scrypt on purpose: five runs, reported as median and max.
const UNLOCK_RUNS = 5;
// Encrypted as in the app: every figure includes sealing and opening the AES-256-GCM envelopes.
const cipher = new DataCipher(newDataKey(), 'e'.repeat(32));
const unusedPrinter = { print: async () => ({ outcome: 'cancelled' as const }), savePdf: async () => ({ outcome: 'cancelled' as const }) };

/** Answers as full as a real session gets partway through: about 2 kB on disk. */
function typicalAnswers(worries: string): Answers {
  const answers = emptyAnswers();
  return {
    ...answers,
    currentStep: 'values',
    furthestStep: 'values',
    optionsOfInterest: ['therapy', 'combined'],
    comparedOptions: ['therapy', 'combined'],
    importance: { 'side-effects': 4, 'time-cost': 2, 'speed': 3, 'talking': 1 },
    worries,
    questions: 'How long until I notice a change? What happens if the first option does not help?',
    leaning: 'combined',
    plan: { ...answers.plan, goals: ['Sleep through most nights', 'Get back to football on Saturdays'] },
  };
}

function sessionNumber(index: number): Session {
  const created = new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString();
  return {
    id: randomUUID(),
    clinicianName: 'Dr. Bench',
    patientLabel: `P${index}`,
    conditionId: 'depression',
    language: index % 3 === 0 ? 'es' : 'en',
    decisionRole: 'shared',
    createdAt: created,
    updatedAt: created,
    answers: typicalAnswers('Side effects of medicine, and finding time for weekly appointments around work. '.repeat(4)),
    followUps: [],
    planVersions: [],
  };
}

/** Writes `count` sessions in the store's own format directly (the store would fsync each; seeding needs not). */
async function seed(dataDir: string, count: number): Promise<Session[]> {
  await mkdir(join(dataDir, SESSIONS_FOLDER), { recursive: true });
  const sessions = Array.from({ length: count }, (_, index) => sessionNumber(index));
  for (let start = 0; start < sessions.length; start += 200) {
    await Promise.all(
      sessions.slice(start, start + 200).map((session) =>
        writeFile(
          join(dataDir, SESSIONS_FOLDER, `${session.id}.json`),
          cipher.seal(JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, session }), { kind: 'session', id: session.id }),
        ),
      ),
    );
  }
  await writeFile(
    join(dataDir, STORE_FILE_NAME),
    cipher.seal(JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, sessions: sessions.map(summarise) }), { kind: 'index', id: 'index' }),
  );
  await writeFile(join(dataDir, APP_FILE_NAME), JSON.stringify(defaultAppFile()));
  return sessions;
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    total += entry.isDirectory() ? await folderBytes(path) : (await stat(path)).size;
  }
  return total;
}

/** Home list from a cold open: open the folder, then list (as the home screen asks on start). */
async function measureHome(dataDir: string, expected: number): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run <= HOME_RUNS; run += 1) {
    const started = performance.now();
    const store = await openStore(dataDir, { cipher });
    const listed = await createOperations({ store, printer: unusedPrinter }).listSessions(undefined);
    const elapsed = performance.now() - started;
    if (listed.length !== expected) throw new Error(`Home list shows ${listed.length} sessions, expected ${expected}`);
    await store.close();
    if (run > 0) samples.push(elapsed); // the first run warms the OS file cache and the module caches
  }
  return samples;
}

/**
 * One autosave as the page makes it: saveAnswers with the whole answers object, a different text each time, taken
 * through main's IPC entry (invokeOperation: operation name check and the contract's zod parse of the payload) with
 * the payload and the reply structured-cloned, as Electron's IPC does. Not included: the app lock's gate in front
 * of the operations (a state check) and the Chromium↔main process hop itself.
 */
async function measureAutosave(dataDir: string, sessions: Session[]): Promise<number[]> {
  const store = await openStore(dataDir, { cipher });
  const operations = createOperations({ store, printer: unusedPrinter });
  // Sessions spread through the store: the cost must not depend on where a session sits or how many there are.
  const targets = [0, Math.floor(sessions.length / 2), sessions.length - 1].map((index) => sessions[index]!);
  for (const target of targets) await operations.getSession({ id: target.id });
  const samples: number[] = [];
  for (let run = 0; run < AUTOSAVE_RUNS + 3; run += 1) {
    const target = targets[run % targets.length]!;
    const started = performance.now();
    const payload = structuredClone({ id: target.id, answers: typicalAnswers(`Typed so far: ${'x'.repeat(run)}`) });
    const reply = structuredClone(await invokeOperation(operations, 'saveAnswers', payload));
    const elapsed = performance.now() - started;
    if (!reply.ok) throw new Error(`The autosave was refused: ${reply.error.message}`);
    if (sessionFromSave(reply.value)?.answers.worries.length !== 14 + run) throw new Error('The autosave did not save what was typed');
    if (run >= 3) samples.push(elapsed);
  }
  await store.close();
  return samples;
}

/** Typing the passphrase: scrypt at the shipped cost, then unwrapping the data key (what unlock waits for). */
async function measureUnlock(): Promise<number[]> {
  const { keyFile } = await createKeyFile('a practice passphrase', DEFAULT_SCRYPT_COST, null, new Date());
  const samples: number[] = [];
  for (let run = 0; run < UNLOCK_RUNS; run += 1) {
    const started = performance.now();
    if (!(await unwrapWithPassphrase(keyFile, 'a practice passphrase'))) throw new Error('The passphrase did not unlock');
    samples.push(performance.now() - started);
  }
  return samples;
}

export async function runStorageBench(): Promise<BenchEntry[]> {
  const workDir = await mkdtemp(join(tmpdir(), 'duet-bench-storage-'));
  const results: BenchEntry[] = [];
  const unlock = summarize('unlock.passphrase', await measureUnlock());
  console.log(describe(unlock));
  results.push(unlock);
  try {
    for (const size of SIZES) {
      const dataDir = join(workDir, `sessions-${size}`);
      const sessions = await seed(dataDir, size);
      for (const [name, samples] of [
        [`home.sessions-${size}`, await measureHome(dataDir, size)],
        [`autosave.sessions-${size}`, await measureAutosave(dataDir, sessions)],
      ] as const) {
        const entry: BenchEntry = { ...summarize(name, samples), target: name.startsWith('home.') ? 'median ≤ 300 ms' : 'flat from 10 to 10,000 sessions' };
        console.log(describe(entry));
        results.push(entry);
      }
      if (size === 10_000) {
        const bytes = await folderBytes(dataDir);
        console.log(`data.bytes-10000: ${bytes} bytes (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
        results.push({ name: 'data.bytes-10000', unit: 'bytes', median: bytes, max: bytes, runs: 1 });
      }
      await rm(dataDir, { recursive: true, force: true });
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeResults(await runStorageBench(), runDetails());
}
