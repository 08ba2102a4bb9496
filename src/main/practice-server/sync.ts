import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Session } from '../../shared/session';
import { DecryptionError, isEnvelope, type DataCipher, type Envelope } from '../storage/cipher';
import { writeSynced } from '../storage/durable-file';
import { SESSION_FILE_VERSION, SESSIONS_FOLDER, sessionFileSchema } from '../storage/schema';
import { errorCode, nodeStorageFs, syncFolder, type StorageFs } from '../storage/storage-fs';
import type { Store } from '../storage/store';
import type { DocumentChange, RemoteChange } from '../storage/sync-hooks';
import { describeServerError, type PracticeServerConfig } from './config';
import { PracticeServerError } from './errors';
import { Outbox, SyncStateFile, type RefusedChange, type SyncState } from './local-state';
import { PracticeServerConnection, type PushDocument, type ServerDocument } from './server';

/** How many server rows are pulled, or documents pushed, per round trip. */
export const PULL_PAGE = 500;
export const PUSH_BATCH = 200;
/** Without a notification from the server, this room still looks for changes this often. */
export const DEFAULT_POLL_MS = 5_000;
/** After a failure, the wait before trying again doubles from the first value up to the second. */
export const DEFAULT_RETRY_MS: readonly [number, number] = [1_000, 30_000];
/**
 * After a save, the push waits until saves have paused this long (at most PUSH_DELAY_MAX_MS in all), so a burst of
 * autosaves is pushed once and the sync's own disk writes stay out of the way of the saves (a save costs the same
 * with the server up as down: see scripts/bench-practice-server.ts).
 */
export const DEFAULT_PUSH_DELAY_MS = 150;
const PUSH_DELAY_MAX_MS = 1_000;
/** state.json is rewritten at most this often when only this room's own pushes changed it (see saveState). */
const STATE_WRITE_EVERY_MS = 10_000;

/** What the Home screen shows about the practice server. */
export interface SyncStatus {
  /**
   * connected: up to date with the server. catching-up: exchanging changes (`left` to go). offline: not reachable
   * (or refused: `problem` says why) since `offlineSince`; everything keeps working on this computer.
   */
  state: 'connected' | 'catching-up' | 'offline' | 'stopped';
  offlineSince: string | null;
  /** Changes still to exchange: this room's not yet pushed, plus the server's not yet pulled (when known). */
  left: number;
  /** Plain words when the server refused Duet or could not be reached; null when all is well. */
  problem: string | null;
  /** Documents changed in two rooms: see listConflicts(). */
  conflicts: number;
  /** Changes on the server that could not be opened and were not applied (tampered, or another practice key). */
  refused: RefusedChange[];
}

/** A document changed in two rooms: the practice's copy is current; this room's is kept beside it until someone chooses. */
export interface SyncConflict {
  id: string;
  kind: 'session';
  patientLabel: string;
  /** When this room's copy was last saved. */
  thisRoomSavedAt: string;
  /** When the practice's current copy was saved; null when another room deleted it. */
  practiceSavedAt: string | null;
  /** When the two were found to differ. */
  foundAt: string;
}

interface ConflictFile {
  id: string;
  kind: 'session';
  foundAt: string;
  serverVersion: number;
  serverDeleted: boolean;
  /** This room's envelope (encrypted, as it was on disk). */
  envelope: string;
}

export interface PracticeSyncOptions {
  dataDir: string;
  config: PracticeServerConfig;
  /** The role's password: from the OS key store in the app (password-store.ts), handed in by tests. */
  password: () => Promise<string>;
  fs?: StorageFs;
  pollMs?: number;
  retryMs?: readonly [number, number];
  /** See DEFAULT_PUSH_DELAY_MS. */
  pushDelayMs?: number;
  now?: () => Date;
  /** Told whenever the status changes (main forwards it to the page). */
  onStatus?: (status: SyncStatus) => void;
}

/** What a push expects the server to hold, and what it writes (see PushDocument). */
function versionsFor(known: { version: number; serverVersion?: number } | undefined): { baseVersion: number; version: number } {
  if (!known) return { baseVersion: 0, version: 1 };
  return { baseVersion: known.serverVersion ?? known.version, version: known.version + 1 };
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

const DELETED = 'deleted';

/**
 * The practice-server sync for one room. The local encrypted store stays the working copy: saves never wait for
 * the network. Each change is noted in a durable outbox before its save is acknowledged; the sync pushes the
 * document's envelope (the very bytes on disk) when the server is reachable, and pulls every change after its
 * cursor (the server's sequence number, never a clock). A push against a newer server version keeps both: the
 * practice's as current, this room's as a conflict copy for someone to choose.
 */
export class PracticeSync {
  private state!: SyncState;
  private readonly stateFile: SyncStateFile;
  private readonly outbox: Outbox;
  private readonly fs: StorageFs;
  private readonly now: () => Date;
  private readonly conflictsDir: string;
  private store: Store | null = null;
  private cipher: DataCipher | null = null;
  private connection: PracticeServerConnection | null = null;
  private loop: Promise<void> | null = null;
  private stopped = false;
  private wake: (() => void) | null = null;
  private woken = false;
  private current: SyncStatus = { state: 'stopped', offlineSince: null, left: 0, problem: null, conflicts: 0, refused: [] };
  private serverLeft = 0;
  private conflictCount = 0;
  private stateDirty = false;
  private stateWrittenAt = 0;
  /** When this room last saved (performance.now()), for the push delay. */
  private lastChangeAt = 0;
  /** Resolved by the next complete exchange (see idle()). */
  private idleWaiters: Array<() => void> = [];

  private constructor(private readonly options: PracticeSyncOptions) {
    this.fs = options.fs ?? nodeStorageFs;
    this.now = options.now ?? (() => new Date());
    this.stateFile = new SyncStateFile(this.fs, options.dataDir);
    this.outbox = new Outbox(this.fs, options.dataDir);
    this.conflictsDir = join(this.stateFile.dir, 'conflicts');
  }

  /** Reads this room's sync bookkeeping. Its noteChange can be handed to openStore before the store is open. */
  static async open(options: PracticeSyncOptions): Promise<PracticeSync> {
    const sync = new PracticeSync(options);
    sync.state = await sync.stateFile.read();
    const server = `${options.config.host}:${options.config.port}/${options.config.database}`;
    if (sync.state.server !== null && sync.state.server !== server) {
      // Another server: its versions and sequence numbers mean nothing here. Keep the machine id; start again.
      sync.state = { ...sync.state, server, cursor: '0', docs: {}, pushing: {}, refused: [], seeded: false };
      await sync.stateFile.write(sync.state);
    } else if (sync.state.server === null) {
      sync.state.server = server;
      await sync.stateFile.write(sync.state);
    }
    await sync.outbox.read();
    await sync.fs.mkdir(sync.conflictsDir, { recursive: true });
    sync.conflictCount = (await sync.conflictFiles()).length;
    return sync;
  }

  get machineId(): string {
    return this.state.machineId;
  }

  /** The store's DocumentChangeListener (storage/sync-hooks.ts): one durable outbox line, no network. */
  readonly noteChange = async (change: DocumentChange): Promise<void> => {
    await this.outbox.add(change.id, change.kind);
    this.lastChangeAt = performance.now();
    // Offline, the status counts what is waiting to be shared as it grows.
    if (this.current.state === 'offline') this.setStatus({ left: this.outbox.size });
    this.nudge();
  };

  /** Starts exchanging changes for `store`, whose files are sealed with `cipher` (the practice key). */
  start(store: Store, cipher: DataCipher): void {
    if (this.loop) return;
    this.store = store;
    this.cipher = cipher;
    this.stopped = false;
    this.loop = this.seed(store)
      .catch((error: unknown) => console.error('Duet: could not note the sessions already here for the practice server', error))
      .then(() => this.run());
  }

  /**
   * The first time this room meets this server, every document it already has goes into the outbox: sessions
   * saved before the practice server was set up (or before this computer joined) reach the other rooms too.
   */
  private async seed(store: Store): Promise<void> {
    if (this.state.seeded) return;
    await this.outbox.addMany(store.listSessions().map((summary) => ({ id: summary.id, kind: 'session' })));
    this.state.seeded = true;
    await this.stateFile.write(this.state);
  }

  /** Stops after the exchange in progress (nothing is lost: the outbox and cursor are on disk). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.nudge();
    await this.loop;
    this.loop = null;
    if (this.stateDirty) {
      await this.stateFile.write(this.state).catch((error: unknown) => console.error('Duet: could not save the sync state', error));
    }
    await this.connection?.close();
    this.connection = null;
    this.setStatus({ state: 'stopped' });
  }

  status(): SyncStatus {
    return { ...this.current, refused: [...this.current.refused] };
  }

  /**
   * Resolves after the next complete exchange that leaves nothing to push, with the server reachable: everything
   * this room saved before the call is on the server, and everything the server had then is pulled (for tests,
   * the benchmark and "sync now").
   */
  idle(): Promise<void> {
    const waiting = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    this.nudge();
    return waiting;
  }

  /** Look now, rather than at the next poll. */
  nudge(): void {
    this.woken = true;
    this.wake?.();
  }

  private setStatus(change: Partial<SyncStatus>): void {
    const next: SyncStatus = {
      ...this.current,
      ...change,
      conflicts: this.conflictCount,
      refused: this.state?.refused ?? [],
    };
    const changed = JSON.stringify(next) !== JSON.stringify(this.current);
    this.current = next;
    if (changed) this.options.onStatus?.(this.status());
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken || this.stopped) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private async run(): Promise<void> {
    const [firstRetry, longestRetry] = this.options.retryMs ?? DEFAULT_RETRY_MS;
    let retry = firstRetry;
    while (!this.stopped) {
      // Waiters that arrive during this exchange wait for the next one: it may have started before their save.
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      try {
        await this.waitForSavesToPause();
        if (this.stopped) {
          this.idleWaiters.unshift(...waiters);
          break;
        }
        if (!this.connection) await this.connect();
        await this.exchange();
        retry = firstRetry;
        this.setStatus({ state: 'connected', offlineSince: null, problem: null, left: this.outbox.size });
        if (this.outbox.size === 0) for (const resolve of waiters) resolve();
        else this.idleWaiters.unshift(...waiters);
        // A save during the exchange nudged the sync: then this returns at once.
        await this.sleep(this.options.pollMs ?? DEFAULT_POLL_MS);
      } catch (error) {
        this.idleWaiters.unshift(...waiters);
        const problem = describeServerError(error, this.options.config);
        if (problem.problem === 'server-error') console.error('Duet: practice server', error);
        await this.connection?.close();
        this.connection = null;
        this.setStatus({
          state: 'offline',
          offlineSince: this.current.offlineSince ?? this.now().toISOString(),
          problem: problem.message,
          left: this.outbox.size,
        });
        await this.sleep(retry);
        retry = Math.min(retry * 2, longestRetry);
      }
    }
  }

  private async waitForSavesToPause(): Promise<void> {
    const delay = this.options.pushDelayMs ?? DEFAULT_PUSH_DELAY_MS;
    const started = performance.now();
    for (;;) {
      const now = performance.now();
      const quietFor = now - this.lastChangeAt;
      if (this.stopped || quietFor >= delay || now - started >= PUSH_DELAY_MAX_MS) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(delay - quietFor, PUSH_DELAY_MAX_MS - (now - started))));
    }
  }

  private async connect(): Promise<void> {
    const connection = await PracticeServerConnection.open(this.options.config, await this.options.password(), () => this.nudge());
    try {
      await connection.listen(() => this.nudge());
      await this.noticeServerWentBack(connection);
    } catch (error) {
      await connection.close();
      throw error;
    }
    this.connection = connection;
  }

  /**
   * Sequence numbers only grow, so a server whose newest is below this room's cursor went back in time (restored
   * from a backup). This room then pulls everything again and offers every document it has: pushes over versions
   * the server lost put them back, with versions above any a room has seen (PushDocument).
   */
  private async noticeServerWentBack(connection: PracticeServerConnection): Promise<void> {
    const last = BigInt(await connection.lastSeq());
    if (last >= BigInt(this.state.cursor)) return;
    console.warn(`Duet: the practice server went back (newest change ${last}, this computer had seen ${this.state.cursor}); offering everything again`);
    this.state.cursor = '0';
    for (const doc of Object.values(this.state.docs)) doc.sha = null;
    // Every session here, and every one this room knew (a deletion the backup does not have travels again).
    const ids = new Set([...this.store!.listSessions().map((summary) => summary.id), ...Object.keys(this.state.docs)]);
    await this.outbox.addMany([...ids].map((id) => ({ id, kind: 'session' })));
    await this.saveState(true);
  }

  /** Pull everything new, then push everything pending (pulling first makes conflicts on push rarer). */
  private async exchange(): Promise<void> {
    const connection = this.connection!;
    this.serverLeft = 0;
    for (;;) {
      const rows = await connection.pull(this.state.cursor, PULL_PAGE);
      if (rows.length === 0) break;
      if (rows.length === PULL_PAGE) this.serverLeft = await connection.countAfter(rows[rows.length - 1]!.seq);
      else this.serverLeft = 0;
      this.setStatus({ state: 'catching-up', left: this.serverLeft + this.outbox.size });
      const applied = await this.applyServerRows(rows);
      this.state.cursor = rows[rows.length - 1]!.seq;
      // Written at once when another room's change was applied here (pulling it again after a kill could look like
      // a conflict with an edit made on top of it); only this room's own pushes coming back: written lazily.
      await this.saveState(applied);
      if (this.stopped) return;
    }
    await this.pushPending(connection);
    await this.saveState(false);
  }

  /**
   * state.json is rewritten whole (it grows with the number of documents), so not after every push: a room killed
   * before it is written finds its own pushes on the server (by machine id) and adopts their versions.
   */
  private async saveState(now: boolean): Promise<void> {
    this.stateDirty = true;
    if (!now && performance.now() - this.stateWrittenAt < STATE_WRITE_EVERY_MS) return;
    await this.stateFile.write(this.state);
    this.stateDirty = false;
    this.stateWrittenAt = performance.now();
  }

  private async pushPending(connection: PracticeServerConnection): Promise<void> {
    const store = this.store!;
    const pending = this.outbox.snapshot();
    for (let start = 0; start < pending.length; start += PUSH_BATCH) {
      if (this.stopped) return;
      const batch = pending.slice(start, start + PUSH_BATCH);
      this.setStatus({ state: 'catching-up', left: this.outbox.size });
      const documents: Array<PushDocument & { sha: string; mark: number }> = [];
      const settled: Array<[string, number]> = [];
      for (const [id, mark] of batch) {
        const bytes = await store.readDocumentFile('session', id);
        const known = this.state.docs[id];
        if (!bytes) {
          // Deleted here (or never on the server): a tombstone, unless the server never had it.
          if (!known || known.version === 0 || known.sha === DELETED || known.serverVersion === 0) settled.push([id, mark]);
          else documents.push({ id, kind: 'session', ...versionsFor(known), deleted: true, envelope: null, sha: DELETED, mark });
          continue;
        }
        const envelope = bytes.toString('utf-8');
        const sha = sha256(envelope);
        if (known?.sha === sha) {
          settled.push([id, mark]); // already on the server as it is (an outbox line left by a kill)
          continue;
        }
        documents.push({ id, kind: 'session', ...versionsFor(known), deleted: false, envelope, sha, mark });
      }
      if (documents.length > 0) {
        const results = await connection.push(documents, this.state.machineId);
        const conflicts: string[] = [];
        for (const [index, result] of results.entries()) {
          const doc = documents[index]!;
          if (result.stored) {
            this.state.docs[doc.id] = { version: result.version, sha: doc.sha };
            this.forgetRefusals(doc.id);
            settled.push([doc.id, doc.mark]);
          } else conflicts.push(doc.id);
        }
        // Changed elsewhere since this room's copy was based on it. Another room: take the practice's copy as
        // current, keeping this room's as a conflict copy (applyServerRows sees the id pending in the outbox).
        // This room itself (a push committed just before a kill, never written to state.json): adopt its version
        // and push again at once.
        let again = false;
        for (const id of conflicts) {
          const row = await connection.document(id);
          const known = this.state.docs[id] ?? { version: 0, sha: null };
          if (!row || row.version < known.version) {
            // The server lost this version (a restored backup, a removed row): this room's copy goes back over it.
            this.state.docs[id] = { ...known, serverVersion: row?.version ?? 0 };
            again = true;
            continue;
          }
          again ||= row.machineId === this.state.machineId;
          await this.applyServerRows([row], { overwriteRefused: true });
        }
        if (again) this.nudge();
      }
      await this.outbox.done(settled);
    }
  }

  /** Opens each row's envelope and hands the documents to the store; a row that does not open is refused, not applied. */
  private async applyServerRows(rows: readonly ServerDocument[], options: { overwriteRefused?: boolean } = {}): Promise<boolean> {
    const store = this.store!;
    const changes: RemoteChange[] = [];
    const versions = new Map<string, ServerDocument>();
    for (const row of rows) {
      const known = this.state.docs[row.id];
      if (known && row.version <= known.version) continue; // this room's own push, or older than what it has
      if (row.machineId === this.state.machineId) {
        // Pushed by this room, but state.json was not written before a kill: the local copy is this very version
        // or one saved on top of it. Adopt the version; a pending change is pushed on top of it.
        this.state.docs[row.id] = { version: row.version, sha: known?.sha ?? null };
        continue;
      }
      if (row.kind !== 'session') {
        this.refuse(row, 'It is a kind of document this version of Duet does not know (saved by a newer Duet). Update Duet on this computer to see it.');
        continue;
      }
      if (row.deleted) {
        changes.push({ kind: 'session', id: row.id, deleted: true });
        versions.set(row.id, row);
        continue;
      }
      const opened = this.openEnvelope(row);
      if (typeof opened === 'string') {
        this.refuse(row, opened);
        // This room has a newer save of it: its push replaces the copy nobody can open. Never a newer Duet's copy,
        // though (it opens, with more than this Duet knows): this room's change waits until Duet is updated here.
        if (options.overwriteRefused && opened !== NEWER_DUET) this.state.docs[row.id] = { version: row.version, sha: known?.sha ?? null };
        continue;
      }
      changes.push({ kind: 'session', id: row.id, session: opened });
      versions.set(row.id, row);
    }
    if (changes.length > 0) {
      await store.applyRemoteChanges(changes, async (change) => {
        const row = versions.get(change.id)!;
        await this.keepConflictCopyIfChangedHere(change, row);
      });
    }
    for (const [id, row] of versions) {
      this.state.docs[id] = { version: row.version, sha: null };
      this.forgetRefusals(id);
    }
    if (options.overwriteRefused && versions.size > 0) await this.saveState(true);
    return versions.size > 0;
  }

  /** Runs in the store's write queue, just before the practice's copy replaces this room's (see sync-hooks.ts). */
  private async keepConflictCopyIfChangedHere(change: RemoteChange, row: ServerDocument): Promise<void> {
    const { id } = change;
    if (!this.outbox.has(id)) return;
    const local = await this.readLocalFile(id);
    const known = this.state.docs[id];
    if (local !== null && sha256(local) !== known?.sha && !this.sameSession(local, change)) {
      const conflict: ConflictFile = {
        id,
        kind: 'session',
        foundAt: this.now().toISOString(),
        serverVersion: row.version,
        serverDeleted: row.deleted,
        envelope: local,
      };
      const file = join(this.conflictsDir, `${id}.json`);
      await writeSynced(this.fs, `${file}.tmp`, JSON.stringify(conflict));
      await this.fs.rename(`${file}.tmp`, file);
      await syncFolder(this.fs, this.conflictsDir);
      this.conflictCount = (await this.conflictFiles()).length;
      this.setStatus({});
    }
    // The room's change is now either on the server or kept as a conflict copy: no longer to push as it is.
    await this.outbox.done([[id, null]]);
  }

  /** Whether this room's file holds exactly the session the server's copy holds (two rooms offering the same). */
  private sameSession(localEnvelope: string, change: RemoteChange): boolean {
    if (change.deleted) return false;
    const mine = openSessionEnvelope(this.cipher!, change.id, localEnvelope);
    return typeof mine !== 'string' && canonicalJson(mine) === canonicalJson(change.session);
  }

  private async readLocalFile(id: string): Promise<string | null> {
    try {
      return await this.fs.readFile(join(this.options.dataDir, SESSIONS_FOLDER, `${id}.json`), 'utf-8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  /** A newer version of the document replaced the one that was refused: nothing is left to tell. */
  private forgetRefusals(id: string): void {
    if (!this.state.refused.some((entry) => entry.id === id)) return;
    this.state.refused = this.state.refused.filter((entry) => entry.id !== id);
    this.setStatus({});
  }

  private refuse(row: ServerDocument, message: string): void {
    if (this.state.refused.some((entry) => entry.id === row.id && entry.seq === row.seq)) return;
    this.state.refused.push({ id: row.id, seq: row.seq, message, at: this.now().toISOString() });
    // Only the newest few are kept to show.
    if (this.state.refused.length > 50) this.state.refused.splice(0, this.state.refused.length - 50);
    console.error(`Duet: a change from the practice server was refused (${row.id}, seq ${row.seq}): ${message}`);
    this.setStatus({});
  }

  /** The session in a server envelope, or why it cannot be opened. */
  private openEnvelope(row: { id: string; envelope: string | null }): Session | string {
    return openSessionEnvelope(this.cipher!, row.id, row.envelope ?? '');
  }

  private async conflictFiles(): Promise<string[]> {
    try {
      return (await this.fs.readdir(this.conflictsDir)).filter((name) => /^[0-9a-f-]{36}\.json$/.test(name));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  }

  private async readConflict(id: string): Promise<ConflictFile | null> {
    try {
      return JSON.parse(await this.fs.readFile(join(this.conflictsDir, `${id}.json`), 'utf-8')) as ConflictFile;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  /** Every document changed in two rooms, for Home's "changed in two rooms: choose which to keep". */
  async listConflicts(): Promise<SyncConflict[]> {
    const store = this.requireStore();
    const conflicts: SyncConflict[] = [];
    for (const name of await this.conflictFiles()) {
      const file = await this.readConflict(name.slice(0, -'.json'.length));
      if (!file) continue;
      const mine = openSessionEnvelope(this.cipher!, file.id, file.envelope);
      const current = await store.getSession(file.id);
      conflicts.push({
        id: file.id,
        kind: 'session',
        patientLabel: typeof mine === 'string' ? (current?.patientLabel ?? '') : mine.patientLabel,
        thisRoomSavedAt: typeof mine === 'string' ? file.foundAt : mine.updatedAt,
        practiceSavedAt: current?.updatedAt ?? null,
        foundAt: file.foundAt,
      });
    }
    return conflicts.sort((a, b) => a.foundAt.localeCompare(b.foundAt));
  }

  /** This room's copy of a conflict, opened (for showing the two side by side). */
  async conflictCopy(id: string): Promise<Session | null> {
    const file = await this.readConflict(id);
    if (!file) return null;
    const mine = openSessionEnvelope(this.cipher!, file.id, file.envelope);
    return typeof mine === 'string' ? null : mine;
  }

  /**
   * Settles a conflict. 'practice': the practice's copy stays, this room's copy is dropped. 'this-room': this
   * room's copy becomes current (saved as a new change, pushed over the practice's); when the practice's copy was
   * deleted in another room, this room's is kept as a new session (a deleted id never comes back).
   * Returns the id of the session that holds the kept copy.
   */
  async resolveConflict(id: string, keep: 'practice' | 'this-room'): Promise<string> {
    const store = this.requireStore();
    const file = await this.readConflict(id);
    if (!file) throw new PracticeServerError('server-error', 'This conflict was already settled.');
    let keptId = id;
    if (keep === 'this-room') {
      const mine = openSessionEnvelope(this.cipher!, file.id, file.envelope);
      if (typeof mine === 'string') throw new PracticeServerError('server-error', `This room's copy could not be opened: ${mine}`);
      const updated = await store.updateSession(id, () => ({ ...mine, updatedAt: this.now().toISOString() }));
      if (!updated) {
        keptId = randomUUID();
        await store.createSession({ ...mine, id: keptId, updatedAt: this.now().toISOString() });
      }
    }
    await this.fs.unlink(join(this.conflictsDir, `${id}.json`));
    await syncFolder(this.fs, this.conflictsDir);
    this.conflictCount = (await this.conflictFiles()).length;
    this.setStatus({});
    return keptId;
  }

  private requireStore(): Store {
    if (!this.store || !this.cipher) throw new PracticeServerError('server-error', 'The practice-server sync has not started.');
    return this.store;
  }
}

/** A session envelope from the server, opened and checked; a string says in plain words why it was refused. */
export function openSessionEnvelope(cipher: DataCipher, id: string, envelopeText: string): Session | string {
  let envelope: Envelope;
  try {
    const parsed: unknown = JSON.parse(envelopeText);
    if (!isEnvelope(parsed)) throw new Error('not an envelope');
    envelope = parsed;
  } catch {
    return 'It is not a document Duet saved: it was changed on the practice server. This computer kept its own copy.';
  }
  if (envelope.keyId !== cipher.keyId) {
    return 'It was sealed with another practice key than this computer’s. Ask your IT team whether this computer joined the right practice server.';
  }
  let plain: Buffer;
  try {
    plain = cipher.open(envelope, { kind: 'session', id });
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
    return 'It was changed on the practice server after Duet saved it (or moved from another document), so Duet did not use it. This computer kept its own copy.';
  }
  let json: unknown;
  try {
    json = JSON.parse(plain.toString('utf-8'));
  } catch {
    return 'It could not be read. This computer kept its own copy.';
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  // Session files are at version 3 since care episodes (schema.ts); 2 and 3 are read alike.
  if (typeof version === 'number' && version > SESSION_FILE_VERSION) return NEWER_DUET;
  const parsed = sessionFileSchema.safeParse(json);
  if (!parsed.success || parsed.data.session.id !== id) return 'It is not in a form this Duet can read. This computer kept its own copy.';
  // A field this Duet does not know (added by a newer Duet in another room) would be dropped by the schema, and lost
  // for every room at this room's next save: refuse the document instead.
  if (hasFieldsNotIn(json, parsed.data)) return NEWER_DUET;
  return parsed.data.session;
}

const NEWER_DUET = 'It was saved by a newer Duet in another room. Update Duet on this computer to see it.';

/** JSON with object keys sorted, so two copies of one session compare equal whatever order their keys came in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** Whether `raw` has an object key, at any depth, that `kept` (the schema's output) no longer has. */
function hasFieldsNotIn(raw: unknown, kept: unknown): boolean {
  if (Array.isArray(raw)) {
    return Array.isArray(kept) && raw.some((item, index) => hasFieldsNotIn(item, kept[index]));
  }
  if (typeof raw !== 'object' || raw === null) return false;
  if (typeof kept !== 'object' || kept === null) return true;
  const keptRecord = kept as Record<string, unknown>;
  return Object.entries(raw as Record<string, unknown>).some(([key, value]) => !(key in keptRecord) || hasFieldsNotIn(value, keptRecord[key]));
}
