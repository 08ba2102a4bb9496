// Practice-figures benchmark (issue 12): opening the dashboard and changing a filter with 10,000 episodes and 30,000
// visits, each beside a baseline taken in the same run. `npm run bench` runs it (through scripts/bench.mjs) and merges
// the entries into bench/results.json; `npx tsx scripts/bench-dashboard.ts` runs it alone and merges them too.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openStore, type Store } from '../src/main/storage';
import { DataCipher, isEnvelope, newDataKey } from '../src/main/storage/cipher';
import { OUTCOME_FACTS_FILE_NAME } from '../src/main/storage/outcome-facts';
import { APP_FILE_NAME, CURRENT_SCHEMA_VERSION, SESSIONS_FOLDER, STORE_FILE_NAME, defaultAppFile } from '../src/main/storage/schema';
import { createOperations } from '../src/main/ipc/operations';
import { invokeOperation } from '../src/main/ipc/invoke';
import { summarise } from '../src/shared/domain/answers';
import { allFilters, type DashboardQuery } from '../src/shared/domain/outcomes';
import type { Session } from '../src/shared/session';
import { generateEpisodes, visitCount } from '../tests/support/episodes-generator';
import { describe, runDetails, summarize, writeResults, RUNS_FOR_P95, type BenchEntry } from './bench-results.mjs';

const EPISODES = 10_000;
const OPEN_RUNS = RUNS_FOR_P95;
const FILTER_RUNS = 40;
const cipher = new DataCipher(newDataKey(), 'f'.repeat(32));
const unusedPrinter = { print: async () => ({ outcome: 'cancelled' as const }), savePdf: async () => ({ outcome: 'cancelled' as const }) };

/** The filter changes a practice lead makes, in turn: a condition, a split, a date range, an option. */
const FILTER_CHANGES: DashboardQuery[] = [
  { filters: { ...allFilters(), conditions: ['anxiety'] }, split: 'age-group' },
  { filters: allFilters(), split: 'clinician' },
  { filters: { ...allFilters(), from: '2026-01-01', to: '2026-11-29' }, split: 'sex-gender' },
  { filters: { ...allFilters(), options: ['therapy', 'combined'] }, split: 'condition' },
  { filters: allFilters(), split: 'none' },
];

/** Writes the episodes in the store's own format directly (the store would fsync each; seeding needs not). */
async function seed(dataDir: string, sessions: readonly Session[]): Promise<void> {
  await mkdir(join(dataDir, SESSIONS_FOLDER), { recursive: true });
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
}

async function waitForFacts(store: Store): Promise<void> {
  await store.outcomes!.whenLoaded();
  while (store.outcomes!.status().reading > 0) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** The first start after the upgrade: every episode's facts read from its session file, in the background. */
async function measureRebuild(dataDir: string): Promise<number> {
  const started = performance.now();
  const store = await openStore(dataDir, { cipher });
  await waitForFacts(store);
  const elapsed = performance.now() - started;
  if (store.outcomes!.status().episodes !== EPISODES) throw new Error(`Facts for ${store.outcomes!.status().episodes} episodes, expected ${EPISODES}`);
  await store.close();
  return elapsed;
}

/** A dashboard request as the page makes it: through main's IPC entry, with the reply structured-cloned. */
async function dashboard(operations: ReturnType<typeof createOperations>, query: DashboardQuery): Promise<number> {
  const started = performance.now();
  const reply = structuredClone(await invokeOperation(operations, 'getDashboard', structuredClone(query)));
  const elapsed = performance.now() - started;
  if (!reply.ok) throw new Error(`The dashboard was refused: ${reply.error.message}`);
  if (reply.value.stillReading !== 0) throw new Error('Facts were still being read');
  return elapsed;
}

/**
 * Opening the dashboard: the first figures asked of a freshly opened store. `open` is the usual case (the facts
 * file was read and today's figures prepared in the background after Duet opened its data); `coldOpen` is the
 * worst case, asked the moment the store is open (the facts file still being read, nothing prepared); `load` is
 * that background read. Baseline: reading, decrypting and parsing outcome-facts.json alone, the floor of any
 * design that keeps facts on disk.
 */
async function measureOpen(dataDir: string): Promise<{ open: number[]; coldOpen: number[]; load: number[]; baseline: number[] }> {
  const result = { open: [] as number[], coldOpen: [] as number[], load: [] as number[], baseline: [] as number[] };
  for (let run = 0; run <= OPEN_RUNS; run += 1) {
    const floorStarted = performance.now();
    const envelope: unknown = JSON.parse(await readFile(join(dataDir, OUTCOME_FACTS_FILE_NAME), 'utf-8'));
    if (!isEnvelope(envelope)) throw new Error('outcome-facts.json is not encrypted');
    const parsed = JSON.parse(cipher.open(envelope, { kind: 'facts', id: 'outcome-facts' }).toString('utf-8')) as { facts: unknown[] };
    const floor = performance.now() - floorStarted;
    if (parsed.facts.length !== EPISODES) throw new Error('The facts file is incomplete');

    const cold = await openStore(dataDir, { cipher });
    const coldOpen = await dashboard(createOperations({ store: cold, printer: unusedPrinter }), { filters: allFilters(), split: 'none' });
    await cold.close();

    const store = await openStore(dataDir, { cipher });
    const loadStarted = performance.now();
    await store.outcomes!.whenLoaded();
    const load = performance.now() - loadStarted;
    await store.outcomes!.whenPrepared();
    const open = await dashboard(createOperations({ store, printer: unusedPrinter }), { filters: allFilters(), split: 'none' });
    await store.close();
    // The first run warms the OS file cache and the module caches.
    if (run > 0) {
      result.open.push(open);
      result.coldOpen.push(coldOpen);
      result.load.push(load);
      result.baseline.push(floor);
    }
  }
  return result;
}

/**
 * A filter or split change on an open dashboard, each one different from the one before. Baseline: the fixed cost
 * every operation pays at main's IPC entry (getStartup through invokeOperation, structured-cloned both ways).
 */
async function measureFilterChange(dataDir: string): Promise<{ change: number[]; baseline: number[] }> {
  const store = await openStore(dataDir, { cipher });
  const operations = createOperations({ store, printer: unusedPrinter });
  await dashboard(operations, { filters: allFilters(), split: 'none' });
  const change: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < FILTER_RUNS + FILTER_CHANGES.length; run += 1) {
    const elapsed = await dashboard(operations, FILTER_CHANGES[run % FILTER_CHANGES.length]!);
    const started = performance.now();
    const echo = structuredClone(await invokeOperation(operations, 'getStartup', structuredClone(undefined)));
    const floor = performance.now() - started;
    if (!echo.ok) throw new Error('getStartup failed');
    // The first round warms each query's code paths.
    if (run >= FILTER_CHANGES.length) {
      change.push(elapsed);
      baseline.push(floor);
    }
  }
  await store.close();
  return { change, baseline };
}

export async function runDashboardBench(): Promise<BenchEntry[]> {
  const workDir = await mkdtemp(join(tmpdir(), 'duet-bench-dashboard-'));
  const results: BenchEntry[] = [];
  const add = (entry: BenchEntry) => {
    console.log(describe(entry));
    results.push(entry);
  };
  try {
    const sessions = generateEpisodes({ episodes: EPISODES });
    console.log(`Seeding ${sessions.length} episodes with ${visitCount(sessions)} visits…`);
    const dataDir = join(workDir, 'practice');
    await seed(dataDir, sessions);
    const rebuild = await measureRebuild(dataDir);
    add({ ...summarize('dashboard.facts-first-build-10000', [rebuild]), target: 'once, in the background after the first start' });
    const open = await measureOpen(dataDir);
    add({ ...summarize('dashboard.episodes-10000', open.open), target: 'median ≤ 500 ms' });
    add(summarize('dashboard.episodes-10000-at-unlock', open.coldOpen));
    add(summarize('dashboard.facts-load-10000', open.load));
    add(summarize('baseline.dashboard-facts-file-10000', open.baseline));
    const filter = await measureFilterChange(dataDir);
    add({ ...summarize('dashboard.filter-change', filter.change), target: 'median ≤ 100 ms' });
    add(summarize('baseline.dashboard-ipc-round-trip', filter.baseline));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeResults(await runDashboardBench(), runDetails());
}
