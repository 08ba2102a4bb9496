// Storage benchmark: autosave latency and home-list load time with 10, 1,000 and 10,000 stored sessions, and the
// data folder's size at 10,000; then the same for care episodes (three visits each: the first and two follow-ups),
// with a follow-up's autosave, opening an episode of 50 follow-ups beside a single-visit session, and the one-time
// list rebuild after the upgrade to episodes. Each has its baseline in the same run. `npm run bench` runs it
// (through scripts/bench.mjs) and merges the entries into bench/results.json; `npx tsx scripts/bench-storage.ts`
// runs it alone and merges them too.
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
  CURRENT_SUMMARY_VERSION,
  SESSION_FILE_VERSION,
  SESSIONS_FOLDER,
  STORE_FILE_NAME,
  defaultAppFile,
} from '../src/main/storage/schema';
import { INSTRUMENTS, INSTRUMENT_IDS } from '../src/shared/measures';
import type { FollowUpAnswers, VisitMeasures } from '../src/shared/follow-up';
import { applyFollowUp, newFollowUp } from '../src/shared/domain/follow-up-visits';
import { applyAnswers } from '../src/shared/domain/answers';
import { createOperations } from '../src/main/ipc/operations';
import { emptyAnswers, type Answers, type Session, type SessionSummary } from '../src/shared/session';
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

/** Every seeded plan's review date: the list rebuilt after the upgrade must show it (the old index had none). */
const REVIEW_DATE = '2025-02-03';

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
    plan: { ...answers.plan, goals: ['Sleep through most nights', 'Get back to football on Saturdays'], reviewDate: REVIEW_DATE },
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

/** Every questionnaire a follow-up offers (PHQ-9, GAD-7, WSAS, FIBSER), each complete. */
function fullMeasures(level: number): VisitMeasures {
  return INSTRUMENT_IDS.map((instrument) => ({
    instrument,
    answers: Object.fromEntries(INSTRUMENTS[instrument].items.map((item, index) => [item.id, index === 8 ? 0 : Math.min(level, 3)])),
    workNotApplicable: false,
  }));
}

/** A follow-up visit as full as a real one gets: every measure, adherence, goals, the person's words, the review. */
function typicalFollowUp(day: string, level: number, words: string): FollowUpAnswers {
  return {
    date: day,
    clinicianName: 'Dr. Bench',
    measures: fullMeasures(level),
    adherence: { dosesMissedLast7Days: 1, therapySessionsPlanned: 4, therapySessionsAttended: 3 },
    goalProgress: [
      { goal: 'Sleep through most nights', rating: 6 },
      { goal: 'Get back to football on Saturdays', rating: 4 },
    ],
    patientWords: words,
    safetyCheck: { promptedAt: null, clinicianNote: '', safetyPlanReviewed: false },
    review: { decision: 'keep', reason: 'Scores are falling and the side effects are mild; we keep the plan as it is.', relapsePlanInPlace: null },
    nextReviewDate: '2026-04-06',
    currentPart: 'review',
  };
}

const DAY_MS = 86_400_000;

/** An agreed episode with baseline measures and `followUps` follow-up visits, four weeks apart. */
function episodeNumber(index: number, followUps: number): Session {
  const first = sessionNumber(index);
  const start = Date.parse(first.createdAt);
  const answers = typicalAnswers(first.answers.worries);
  let episode = applyAnswers(
    first,
    {
      ...answers,
      baseline: { date: first.createdAt.slice(0, 10), measures: fullMeasures(3) },
      plan: { ...answers.plan, agreedOption: 'combined', patientConfirmed: true, clinicianConfirmed: true },
    },
    new Date(start),
  );
  for (let visit = 0; visit < followUps; visit += 1) {
    const at = new Date(start + (visit + 1) * 28 * DAY_MS);
    episode = newFollowUp(episode, randomUUID(), at);
    const words = 'Sleeping a little better; mornings are still hard, and work feels more possible than last month. ';
    episode = applyFollowUp(episode, episode.followUps.at(-1)!.id, typicalFollowUp(at.toISOString().slice(0, 10), 3 - (visit % 3), words), at)!;
  }
  return episode;
}

/** What the measures need of a seeded session: its id, its newest follow-up's id, and its list entry. */
interface Seeded {
  id: string;
  lastVisitId: string | null;
  summary: SessionSummary;
}

/**
 * Writes `count` sessions in the store's own format directly (the store would fsync each; seeding needs not), 200
 * at a time, keeping only what the measures need: a bench process holding every episode in memory would pay for
 * it in garbage collection during the timed runs, which main never does.
 */
async function seed(dataDir: string, count: number, make: (index: number) => Session = sessionNumber): Promise<Seeded[]> {
  await mkdir(join(dataDir, SESSIONS_FOLDER), { recursive: true });
  const seeded: Seeded[] = [];
  for (let start = 0; start < count; start += 200) {
    const sessions = Array.from({ length: Math.min(200, count - start) }, (_, index) => make(start + index));
    for (const session of sessions) seeded.push({ id: session.id, lastVisitId: session.followUps.at(-1)?.id ?? null, summary: summarise(session) });
    await Promise.all(
      sessions.map((session) =>
        writeFile(
          join(dataDir, SESSIONS_FOLDER, `${session.id}.json`),
          cipher.seal(JSON.stringify({ schemaVersion: SESSION_FILE_VERSION, session }), { kind: 'session', id: session.id }),
        ),
      ),
    );
  }
  await writeIndex(dataDir, seeded, CURRENT_SUMMARY_VERSION);
  await writeFile(join(dataDir, APP_FILE_NAME), JSON.stringify(defaultAppFile()));
  return seeded;
}

/** index.json as the store writes it; without a summary version, as Duet wrote it before care episodes. */
async function writeIndex(dataDir: string, sessions: Seeded[], summaryVersion: number | null): Promise<void> {
  const index =
    summaryVersion === null
      ? {
          schemaVersion: CURRENT_SCHEMA_VERSION,
          sessions: sessions.map(({ summary }) => {
            const { reviewDate: _reviewDate, followUpCount: _followUpCount, lastScore: _lastScore, ...before } = summary;
            return before;
          }),
        }
      : { schemaVersion: CURRENT_SCHEMA_VERSION, summaryVersion, sessions: sessions.map(({ summary }) => summary) };
  await writeFile(join(dataDir, STORE_FILE_NAME), cipher.seal(JSON.stringify(index), { kind: 'index', id: 'index' }));
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
 * A store as it is once Duet has been open a while: the practice figures' facts loaded and, on a folder seeded
 * without them, their one-time build from every session file finished (that build is timed on its own, as
 * dashboard.facts-first-build-10000). Without this, an autosave at 10,000 shares the machine with the build.
 */
async function openSettledStore(dataDir: string) {
  const store = await openStore(dataDir, { cipher });
  await store.outcomes?.whenLoaded();
  while ((store.outcomes?.status().reading ?? 0) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  await store.outcomes?.settle();
  return store;
}

/**
 * One autosave as the page makes it: saveAnswers with the whole answers object, a different text each time, taken
 * through main's IPC entry (invokeOperation: operation name check and the contract's zod parse of the payload) with
 * the payload and the reply structured-cloned, as Electron's IPC does. Not included: the app lock's gate in front
 * of the operations (a state check) and the Chromium↔main process hop itself.
 */
async function measureAutosave(dataDir: string, sessions: Seeded[]): Promise<number[]> {
  const store = await openSettledStore(dataDir);
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

/**
 * A follow-up's autosave as the page makes it: saveFollowUp with the whole visit, a different text each time,
 * through invokeOperation with the payload and reply structured-cloned (as autosave.* above), on episodes spread
 * through the store.
 */
async function measureFollowUpAutosave(dataDir: string, episodes: Seeded[]): Promise<number[]> {
  const store = await openSettledStore(dataDir);
  const operations = createOperations({ store, printer: unusedPrinter });
  const targets = [0, Math.floor(episodes.length / 2), episodes.length - 1].map((index) => episodes[index]!);
  for (const target of targets) await operations.getSession({ id: target.id });
  const samples: number[] = [];
  for (let run = 0; run < AUTOSAVE_RUNS + 3; run += 1) {
    const target = targets[run % targets.length]!;
    const visitId = target.lastVisitId!;
    const started = performance.now();
    const payload = structuredClone({ id: target.id, visitId, visit: typicalFollowUp('2025-03-01', 2, `Typed so far: ${'x'.repeat(run)}`) });
    const reply = structuredClone(await invokeOperation(operations, 'saveFollowUp', payload));
    const elapsed = performance.now() - started;
    if (!reply.ok) throw new Error(`The follow-up autosave was refused: ${reply.error.message}`);
    if (sessionFromSave(reply.value)?.followUps.at(-1)?.patientWords.length !== 14 + run) throw new Error('The follow-up autosave did not save what was typed');
    if (run >= 3) samples.push(elapsed);
  }
  await store.close();
  return samples;
}

const OPEN_RUNS = 30;

/**
 * Opening an episode from Home: getSession through invokeOperation (reply structured-cloned, as IPC does) on a
 * store just opened, so the episode is read from its file, decrypted, parsed and checked, as the first time it is
 * opened in a day. The two are measured in turns, in the same folder, so both see the same machine.
 */
async function measureOpenEpisode(dataDir: string, single: Session, long: Session): Promise<{ single: number[]; long: number[] }> {
  const samples = { single: [] as number[], long: [] as number[] };
  for (let run = 0; run <= OPEN_RUNS; run += 1) {
    for (const [kind, target] of [['single', single], ['long', long]] as const) {
      const store = await openStore(dataDir, { cipher });
      const operations = createOperations({ store, printer: unusedPrinter });
      const started = performance.now();
      const reply = structuredClone(await invokeOperation(operations, 'getSession', { id: target.id }));
      const elapsed = performance.now() - started;
      if (!reply.ok || reply.value.followUps.length !== target.followUps.length) throw new Error(`Could not open the ${kind} episode`);
      await store.close();
      if (run > 0) samples[kind].push(elapsed);
    }
  }
  return samples;
}

const UPGRADE_RUNS = 3;

/** The first start after the upgrade: index.json without summary version, so every summary is made from its file. */
async function measureUpgradeOpen(dataDir: string, sessions: Seeded[]): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < UPGRADE_RUNS; run += 1) {
    await writeIndex(dataDir, sessions, null);
    const started = performance.now();
    const store = await openStore(dataDir, { cipher });
    const listed = await createOperations({ store, printer: unusedPrinter }).listSessions(undefined);
    const elapsed = performance.now() - started;
    if (listed.length !== sessions.length || listed.some((entry) => entry.reviewDate !== REVIEW_DATE)) {
      throw new Error('The list was not rebuilt with the episode fields');
    }
    await store.close();
    samples.push(elapsed);
  }
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
        // Sessions saved before care episodes have no follow-ups: their index is rebuilt once, from every file.
        const upgrade: BenchEntry = {
          ...summarize('upgrade.first-open-10000', await measureUpgradeOpen(dataDir, sessions)),
          target: 'once, at the first start after the upgrade (baseline: home.sessions-10000)',
        };
        console.log(describe(upgrade));
        results.push(upgrade);
        const bytes = await folderBytes(dataDir);
        console.log(`data.bytes-10000: ${bytes} bytes (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
        results.push({ name: 'data.bytes-10000', unit: 'bytes', median: bytes, max: bytes, runs: 1 });
      }
      await rm(dataDir, { recursive: true, force: true });
    }
    results.push(...(await runEpisodeBench(workDir)));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return results;
}

/** Follow-up visits per episode in the home and autosave figures: 10,000 episodes hold 30,000 visits. */
const FOLLOW_UPS_PER_EPISODE = 2;
const LONG_EPISODE_FOLLOW_UPS = 50;

async function runEpisodeBench(workDir: string): Promise<BenchEntry[]> {
  const results: BenchEntry[] = [];
  const record = (entry: BenchEntry) => {
    console.log(describe(entry));
    results.push(entry);
  };

  const openDir = join(workDir, 'episode-open');
  const single = sessionNumber(0);
  const long = episodeNumber(1, LONG_EPISODE_FOLLOW_UPS);
  await seed(openDir, 12, (index) => (index === 0 ? single : index === 1 ? long : sessionNumber(index)));
  const bytes = async (session: Session) => (await stat(join(openDir, SESSIONS_FOLDER, `${session.id}.json`))).size;
  console.log(`episode files: single visit ${await bytes(single)} bytes, ${LONG_EPISODE_FOLLOW_UPS} follow-ups ${await bytes(long)} bytes`);
  const open = await measureOpenEpisode(openDir, single, long);
  record(summarize('episode.open-1-visit', open.single));
  record({ ...summarize(`episode.open-${LONG_EPISODE_FOLLOW_UPS}-visits`, open.long), target: 'none here: the read alone (file, decryption, checks); the ≤ 1.2× of issue 11 is load.episode-50-visits, the open a person waits for' });
  await rm(openDir, { recursive: true, force: true });

  for (const size of SIZES) {
    const dataDir = join(workDir, `episodes-${size}`);
    const episodes = await seed(dataDir, size, (index) => episodeNumber(index, FOLLOW_UPS_PER_EPISODE));
    record({ ...summarize(`home.episodes-${size}`, await measureHome(dataDir, size)), target: 'median ≤ 300 ms (baseline: home.sessions-* above)' });
    record({
      ...summarize(`autosave.follow-up-episodes-${size}`, await measureFollowUpAutosave(dataDir, episodes)),
      target: 'flat from 10 to 10,000 episodes (baseline: autosave.sessions-* above)',
    });
    await rm(dataDir, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeResults(await runStorageBench(), runDetails());
}
