// Practice-server benchmark (issue 13), against a real PostgreSQL on 127.0.0.1 started as in the tests
// (tests/support/postgres.ts): a new room's first pull of 10,000 sessions; the time from a save in one room until
// another room has it (median, p95); and what a save costs with the server up, down, and with no server at all.
// `npm run bench` runs it through scripts/bench.mjs; `npx tsx scripts/bench-practice-server.ts` runs it alone.
// Both merge the entries into bench/results.json.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openStore, type Store } from '../src/main/storage';
import { DataCipher, newDataKey } from '../src/main/storage/cipher';
import { CURRENT_SCHEMA_VERSION } from '../src/main/storage/schema';
import { practiceServerConfigSchema } from '../src/main/practice-server/config';
import { PracticeServerConnection } from '../src/main/practice-server/server';
import { PracticeSync } from '../src/main/practice-server/sync';
import { emptyAnswers, type Session } from '../src/shared/session';
import { APP_PASSWORD, postgresMissing, startPostgres, type TestPostgres } from '../tests/support/postgres';
import { describe, runDetails, summarize, writeResults, RUNS_FOR_P95, type BenchEntry } from './bench-results.mjs';

const FIRST_PULL_SESSIONS = Number(process.env.BENCH_PULL_SESSIONS || 10_000);
const FIRST_PULL_RUNS = 3;
const LATENCY_RUNS = Math.max(RUNS_FOR_P95, 40);
/** Saves per condition, measured in SAVE_BLOCKS alternating blocks (up, alone, down, alone, …) so that the load
 * other work puts on this machine falls on every condition alike. */
const SAVE_RUNS = 40;
const SAVE_BLOCKS = 4;
/** As far apart as the page's autosaves are while someone types (TYPING_DEBOUNCE_MS in answersSaver.ts). */
const SAVE_GAP_MS = 400;
/** BENCH_PRACTICE_SKIP_PULL=1 measures only the saves (the 10,000-session pull takes minutes). */
const SKIP_PULL = process.env.BENCH_PRACTICE_SKIP_PULL === '1';
const cipher = new DataCipher(newDataKey(), 'f'.repeat(32));
const machineId = randomUUID();

function session(index: number): Session {
  const created = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
  return {
    id: randomUUID(),
    clinicianName: 'Dr. Bench',
    patientLabel: `P${index}`,
    conditionId: 'depression',
    language: 'en',
    decisionRole: 'shared',
    followUps: [],
    planVersions: [],
    createdAt: created,
    updatedAt: created,
    answers: { ...emptyAnswers(), worries: 'What if the first option does not help?', questions: 'How long until I notice a change?' },
  };
}

/** The server as 10,000 sessions saved in other rooms leave it: envelopes inserted in bulk. */
async function seedServer(server: TestPostgres, count: number): Promise<void> {
  const client = await server.admin();
  try {
    for (let start = 0; start < count; start += 1000) {
      const rows = Array.from({ length: Math.min(1000, count - start) }, (_, offset) => {
        const s = session(start + offset);
        return [s.id, cipher.seal(JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, session: s }), { kind: 'session', id: s.id })];
      });
      await client.query(
        `INSERT INTO duet.documents (doc_id, kind, version, machine_id, deleted, envelope)
         SELECT id::uuid, 'session', 1, $1, false, envelope FROM unnest($2::text[], $3::text[]) AS t(id, envelope)`,
        [machineId, rows.map((row) => row[0]), rows.map((row) => row[1])],
      );
    }
  } finally {
    await client.end();
  }
}

interface BenchRoom {
  store: Store;
  sync: PracticeSync;
  close(): Promise<void>;
}

async function openRoom(server: TestPostgres, dir: string): Promise<BenchRoom> {
  const config = practiceServerConfigSchema.parse({ host: server.host, port: server.port, database: server.database, role: 'duet_app' });
  const sync = await PracticeSync.open({ dataDir: dir, config, password: async () => APP_PASSWORD, pollMs: 1_000, retryMs: [100, 400] });
  const store = await openStore(dir, { cipher, onDocumentChange: sync.noteChange });
  sync.start(store, cipher);
  return {
    store,
    sync,
    close: async () => {
      await sync.stop();
      await store.close();
    },
  };
}

/** Saves spaced as autosaves are (SAVE_GAP_MS apart), so the sync's pushes run between and around them. */
async function timeSaves(store: Store, id: string, runs: number, label: string): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await new Promise((resolve) => setTimeout(resolve, SAVE_GAP_MS));
    const started = performance.now();
    await store.updateSession(id, (current) => ({ ...current, updatedAt: new Date().toISOString(), answers: { ...current.answers, worries: `${label} ${run}` } }));
    samples.push(performance.now() - started);
  }
  return samples;
}

export async function runPracticeServerBench(): Promise<BenchEntry[]> {
  const missing = postgresMissing();
  if (missing) {
    console.warn(`practice-server bench skipped: ${missing}`);
    return [];
  }
  const workDir = await mkdtemp(join(tmpdir(), 'duet-bench-practice-'));
  // On a real practice network the server is another computer: in memory here, so its writes do not slow the
  // rooms' fsyncs on this disk (ext4 flushes other files' dirty data with each journal commit).
  const server = await startPostgres({ baseDir: existsSync('/dev/shm') ? '/dev/shm' : undefined });
  const results: BenchEntry[] = [];
  const record = (entry: BenchEntry) => {
    console.log(describe(entry));
    results.push(entry);
  };
  try {
    // The schema, as the first room to connect creates it.
    await (await PracticeServerConnection.open(practiceServerConfigSchema.parse({ host: server.host, port: server.port, role: 'duet_app' }), APP_PASSWORD)).close();
    if (!SKIP_PULL) await seedServer(server, FIRST_PULL_SESSIONS);
    const bytes = SKIP_PULL ? 0 : Number((await server.sql("SELECT pg_total_relation_size('duet.documents') AS n")).rows[0].n);
    if (!SKIP_PULL) console.log(`practice.server-bytes-${FIRST_PULL_SESSIONS}: ${bytes} bytes (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
    if (!SKIP_PULL) results.push({ name: `practice.server-bytes-${FIRST_PULL_SESSIONS}`, unit: 'bytes', median: bytes, max: bytes, runs: 1 });
    const pulls: number[] = [];
    for (let run = 0; run < (SKIP_PULL ? 0 : FIRST_PULL_RUNS); run += 1) {
      const dir = join(workDir, `new-room-${run}`);
      const started = performance.now();
      const room = await openRoom(server, dir);
      await room.sync.idle();
      pulls.push(performance.now() - started);
      if (room.store.listSessions().length !== FIRST_PULL_SESSIONS) throw new Error('The new room did not pull every session');
      await room.close();
      await rm(dir, { recursive: true, force: true });
    }
    if (!SKIP_PULL) record({ ...summarize(`practice.first-pull-${FIRST_PULL_SESSIONS}`, pulls), target: 'a new room is usable the same morning (minutes, not hours)' });
    await server.sql('TRUNCATE duet.documents');

    const a = await openRoom(server, join(workDir, 'room-a'));
    const b = await openRoom(server, join(workDir, 'room-b'));
    try {
      const shared = session(1);
      await a.store.createSession(shared);
      await a.sync.idle();
      await b.sync.idle();
      // Save in A, then wait until B's store has that save: push, NOTIFY, pull, and B's own file write.
      const latencies: number[] = [];
      for (let run = 0; run < LATENCY_RUNS + 1; run += 1) {
        const marker = `latency ${run}`;
        const started = performance.now();
        await a.store.updateSession(shared.id, (current) => ({ ...current, updatedAt: new Date().toISOString(), answers: { ...current.answers, worries: marker } }));
        for (;;) {
          if ((await b.store.getSession(shared.id))?.answers.worries === marker) break;
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
        if (run > 0) latencies.push(performance.now() - started);
      }
      record({ ...summarize('practice.save-to-other-room', latencies), target: 'median ≤ 1 s with the server on the practice network' });

      // Room B is another computer: it stops here, so its pulls do not share this process's disk and CPU with A's saves.
      await b.close();
      const alone = await openStore(join(workDir, 'alone'), { cipher });
      const solo = session(2);
      await alone.createSession(solo);
      const up: number[] = [];
      const down: number[] = [];
      const noServer: number[] = [];
      const perBlock = SAVE_RUNS / SAVE_BLOCKS;
      await timeSaves(a.store, shared.id, 2, 'warm-up');
      await timeSaves(alone, solo.id, 2, 'warm-up');
      for (let block = 0; block < SAVE_BLOCKS; block += 1) {
        await a.sync.idle();
        up.push(...(await timeSaves(a.store, shared.id, perBlock, 'up')));
        noServer.push(...(await timeSaves(alone, solo.id, perBlock / 2, 'alone')));
        server.pause();
        try {
          down.push(...(await timeSaves(a.store, shared.id, perBlock, 'down')));
          noServer.push(...(await timeSaves(alone, solo.id, perBlock / 2, 'alone')));
        } finally {
          server.resume();
        }
      }
      await alone.close();
      record({ ...summarize('practice.save-server-up', up), target: 'same as practice.save-server-down' });
      record({ ...summarize('practice.save-server-down', down), target: 'same as practice.save-server-up' });
      record({ ...summarize('practice.save-no-server', noServer), target: 'reference: a computer with no practice server' });
    } finally {
      await a.close();
      await b.close().catch(() => undefined);
    }
  } finally {
    server.stop();
    await rm(workDir, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeResults(await runPracticeServerBench(), runDetails());
}
