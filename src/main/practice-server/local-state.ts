import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { writeSynced } from '../storage/durable-file';
import { errorCode, syncFolder, type StorageFs } from '../storage/storage-fs';
import { SerialQueue } from '../serial-queue';

/** This room's sync bookkeeping, beside the data: `<dataDir>/sync/`. Ids, versions and hashes only: no patient data. */
export const SYNC_FOLDER = 'sync';
const STATE_FILE = 'state.json';
const OUTBOX_FILE = 'outbox.jsonl';
/** About 250 lines: emptying the outbox costs a sync, so it is not done after every push. */
const EMPTY_OUTBOX_AT_BYTES = 16 * 1024;

const docStateSchema = z.object({
  /** The newest server version of the document this room has seen (its copy is based on it). */
  version: z.number().int().min(0),
  /**
   * Set when the server holds an older version than `version`, or none (0): a restored backup, or a row removed
   * from the database. The next push expects this one and writes `version` + 1 over it.
   */
  serverVersion: z.number().int().min(0).optional(),
  /** sha256 of the envelope this room last pushed ('deleted' for a tombstone); null when the copy came from the server. */
  sha: z.string().nullable(),
});

const refusedSchema = z.object({ id: z.string(), seq: z.string(), message: z.string(), at: z.string() });
export type RefusedChange = z.infer<typeof refusedSchema>;

const stateSchema = z.object({
  stateVersion: z.literal(1),
  /** This room, as the server knows it (machine_id). */
  machineId: z.string().uuid(),
  /** The practice server these versions belong to (host:port/database): another server starts from scratch. */
  server: z.string().nullable(),
  /** The highest server sequence number this room has pulled. */
  cursor: z.string().regex(/^\d+$/),
  docs: z.record(z.string(), docStateSchema),
  /** Unused since the first release (a room recognises its own pushes by machine id); kept so files still read. */
  pushing: z.record(z.string(), z.string()),
  /** Server changes that could not be opened (tampered, or another key), kept to show. */
  refused: z.array(refusedSchema),
  /** Every document this room had when it first met this server is in the outbox (see PracticeSync.start). */
  seeded: z.boolean().default(false),
});
export type SyncState = z.infer<typeof stateSchema>;

function freshState(): SyncState {
  return { stateVersion: 1, machineId: randomUUID(), server: null, cursor: '0', docs: {}, pushing: {}, refused: [], seeded: false };
}

/** state.json: rewritten whole, durably (temp file, fsync, rename, folder sync). */
export class SyncStateFile {
  readonly dir: string;
  private readonly file: string;
  private readonly queue = new SerialQueue();

  constructor(
    private readonly fs: StorageFs,
    dataDir: string,
  ) {
    this.dir = join(dataDir, SYNC_FOLDER);
    this.file = join(this.dir, STATE_FILE);
  }

  async read(): Promise<SyncState> {
    await this.fs.mkdir(this.dir, { recursive: true });
    let text: string;
    try {
      text = await this.fs.readFile(this.file, 'utf-8');
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      const state = freshState();
      await this.write(state);
      return state;
    }
    const parsed = stateSchema.safeParse(safeJson(text));
    if (parsed.success) return parsed.data;
    // Damaged (it is always replaced whole, so only by something outside Duet): start the bookkeeping again. The
    // documents are safe in the store; a fresh state pulls everything again and pushes what the outbox holds.
    console.error('Duet: sync/state.json was unreadable; the practice-server sync starts again from the beginning');
    const state = freshState();
    await this.write(state);
    return state;
  }

  write(state: SyncState): Promise<void> {
    const text = JSON.stringify(state);
    return this.queue.run(async () => {
      const temp = `${this.file}.tmp`;
      await writeSynced(this.fs, temp, text);
      await this.fs.rename(temp, this.file);
      await syncFolder(this.fs, this.dir);
    });
  }
}

/**
 * outbox.jsonl: the ids of documents this room changed and has not pushed yet, one appended, fsync'd line per
 * change (before the file changes: see storage/sync-hooks.ts). Emptied when every change in it is on the server
 * and it has grown past EMPTY_OUTBOX_AT_BYTES. An id left in it after it was pushed only costs a check at the next
 * start (its envelope's sha256 against the one pushed).
 */
export class Outbox {
  private readonly file: string;
  private readonly queue = new SerialQueue();
  /** id → how many times it was changed (so a push of an older copy does not clear a newer change). */
  private readonly pending = new Map<string, number>();
  private counter = 0;
  /** Bytes in the file: it is emptied only once it is worth a sync (stale lines cost one check each, see above). */
  private bytes = 0;

  constructor(
    private readonly fs: StorageFs,
    dataDir: string,
  ) {
    this.file = join(dataDir, SYNC_FOLDER, OUTBOX_FILE);
  }

  async read(): Promise<void> {
    let text = '';
    try {
      text = await this.fs.readFile(this.file, 'utf-8');
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
    this.bytes = Buffer.byteLength(text);
    for (const line of text.split('\n')) {
      const entry = safeJson(line) as { id?: unknown } | undefined;
      // A torn last line (a kill mid-append) was never acknowledged: skipping it loses nothing.
      if (entry && typeof entry.id === 'string') this.pending.set(entry.id, ++this.counter);
    }
  }

  /** Durably notes that `id` changed. */
  add(id: string, kind: string): Promise<void> {
    return this.queue.run(async () => {
      const line = `${JSON.stringify({ id, kind })}\n`;
      const handle = await this.fs.open(this.file, 'a');
      try {
        await handle.writeFile(line);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      this.bytes += line.length;
      this.pending.set(id, ++this.counter);
    });
  }

  /** Durably notes many changed ids at once (one sync for all of them). */
  addMany(entries: ReadonlyArray<{ id: string; kind: string }>): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return this.queue.run(async () => {
      const text = entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
      this.bytes += text.length;
      const handle = await this.fs.open(this.file, 'a');
      try {
        await handle.writeFile(text);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      for (const entry of entries) this.pending.set(entry.id, ++this.counter);
    });
  }

  has(id: string): boolean {
    return this.pending.has(id);
  }

  get size(): number {
    return this.pending.size;
  }

  /** The pending ids, each with its change counter (hand it back to done()). */
  snapshot(): Array<[string, number]> {
    return [...this.pending.entries()];
  }

  /** The ids are on the server as they were at `mark` (or, without a mark, are settled for good). */
  done(entries: ReadonlyArray<[string, number | null]>): Promise<void> {
    return this.queue.run(async () => {
      for (const [id, mark] of entries) {
        if (mark === null || this.pending.get(id) === mark) this.pending.delete(id);
      }
      if (this.pending.size === 0 && this.bytes >= EMPTY_OUTBOX_AT_BYTES) {
        const handle = await this.fs.open(this.file, 'w');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        this.bytes = 0;
      }
    });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
