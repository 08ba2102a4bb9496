import { join } from 'node:path';
import { summarise } from '../../shared/domain/answers';
import type { Session, SessionSummary } from '../../shared/session';
import { SESSIONS_FOLDER, type AppState } from './schema';
import { MIGRATIONS, type Migration } from './migrations';
import { StorageError } from './errors';
import { OpenStore } from './open-store';
import type { DurableFileOptions } from './durable-file';
import type { DataCipher } from './cipher';
import { resealAll, sealFile } from './seal';
import type { AuditLog } from './audit-log';
import { moveLegacyIntoFolder } from './legacy';
import type { FileRecovery, RecoveryNotice } from './recovery';
import { SessionFiles } from './session-files';
import { SessionList } from './session-list';
import { SettingsFile } from './settings-file';
import { retryingFs, type RetryPolicy } from './retrying-fs';
import { nodeStorageFs, type StorageFs } from './storage-fs';
import type { BeforeRemoteChange, DocumentChangeListener, RemoteChange } from './sync-hooks';
import { OutcomeFacts, type OutcomeFactsView } from './outcome-facts';
import { withOutcomeFacts } from './with-outcome-facts';

export interface Store {
  /** The data folder. */
  readonly dir: string;
  /** index.json, the file the home list is read from. */
  readonly file: string;
  /** Set when files could not be used at start: what was moved aside and what was restored. */
  readonly recovery: RecoveryNotice | null;
  /** Settings and the open session, as saved on disk. Do not change it: go through update(). */
  read(): Readonly<AppState>;
  /**
   * Applies `change` to a copy of the settings and open session and saves it; memory takes the copy only once
   * the file is written, so a failed write (StorageError 'write-failed') leaves both as they were.
   */
  update<T>(change: (draft: AppState) => T): Promise<T>;
  /** Every session's list entry, unsorted, from memory. */
  listSessions(): SessionSummary[];
  hasSession(id: string): boolean;
  /** A copy of the session, read (and checked) from its file on first use; null when there is no such session. */
  getSession(id: string): Promise<Session | null>;
  createSession(session: Session): Promise<void>;
  /** Saves `change(current)` to that session's file only; null when there is no such session. */
  updateSession(id: string, change: (current: Session) => Session): Promise<Session | null>;
  /**
   * Deletes the session for good: its file, backups and copies, its list entry (leaving a tombstone) and its
   * entries in every copy of the list, durably. False when there is no such session. A failure is a
   * StorageError ('write-failed'); the session then stays in the list.
   */
  deleteSession(id: string): Promise<boolean>;
  /** audit.log: what was done to which session, and when (no clinical content). */
  readonly audit: AuditLog;
  /** Reads and checks every session file not yet read (slow with many sessions: run it after start). */
  checkAllSessions(): Promise<RecoveryNotice | null>;
  /**
   * Re-encrypts every patient-data file, backups and moved-aside copies included, under `next` (a new data key),
   * durably, after the writes already queued; then signs the settings with it. Safe to run again after a crash
   * part-way (see rekey in lock/app-lock.ts, which records the re-key in key.json first).
   */
  rekey(next: DataCipher): Promise<void>;
  /** Waits for pending writes; later writes are refused. */
  close(): Promise<void>;
  /**
   * Practice-server sync only (sync-hooks.ts): writes documents as another room saved them (or deletes them), in
   * the write queue, without reporting them back as this room's changes; one index write per batch.
   */
  applyRemoteChanges(changes: readonly RemoteChange[], beforeEach: BeforeRemoteChange): Promise<void>;
  /** Practice-server sync only: the document's file as it is on disk (its encrypted envelope), or null when there is none. */
  readDocumentFile(kind: 'session', id: string): Promise<Buffer | null>;
  /** The practice's outcome facts, kept in step with every change (outcome-facts.ts); set by openStore. */
  readonly outcomes?: OutcomeFactsView;
}

export interface OpenStoreOptions {
  /** Single-file (duet.json) migrations; the shipped list by default. */
  migrations?: readonly Migration[];
  now?: () => Date;
  /** Tests inject failures here. */
  fs?: StorageFs;
  /** How often the newest backup of a file may be replaced (default 10 minutes; 0 = every write). */
  backupEveryMs?: number;
  /** The journal is folded into the index at start once it has this many lines (default 2,000). */
  journalCompactLines?: number;
  /**
   * The data key. With it, the index and every session file are AES-256-GCM envelopes on disk; without it
   * (storage tests only: the app always passes one, see lock/app-lock.ts) they are plain JSON.
   */
  cipher?: DataCipher | null;
  /** Encrypt every patient-data file still in clear text before reading (first start with a key; see seal.ts). */
  sealClearFiles?: boolean;
  /**
   * The data key before a re-key that was cut short (key.json's `rekeying`): files still under it are brought
   * under `cipher` before anything is read.
   */
  previousCipher?: DataCipher | null;
  /** How calls the disk refuses for a moment (an antivirus scan) are tried again; see retrying-fs.ts. */
  retry?: RetryPolicy;
  /** Damage found and repaired after start (a session first opened): tell the people at the computer. */
  onRecovery?: (notice: RecoveryNotice) => void;
  /** The practice-server sync's outbox (see sync-hooks.ts); absent when no practice server is configured. */
  onDocumentChange?: DocumentChangeListener;
}

const SESSION_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/i;

/** Any error at start that is not already in plain words becomes "could not open". */
function opening(dataDir: string) {
  return async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (cause) {
      if (cause instanceof StorageError) throw cause;
      throw new StorageError('open-failed', `Duet could not save to its data folder (${dataDir}).`, { cause });
    }
  };
}

/**
 * Opens the data folder, migrating duet.json and repairing what it must. Main owns the one store. In order:
 * (1) bring every patient file under the data key (sealing, or finishing a re-key); (2) move Duet 0.1's file in;
 * (3) the list (index and journal); (4) the signed settings; (5) reconcile the list with the session files;
 * (6) once, after the upgrade to care episodes, every summary is made again from its file (rebuildSummaries).
 */
export async function openStore(dataDir: string, options: OpenStoreOptions = {}): Promise<Store> {
  const fs = retryingFs(options.fs ?? nodeStorageFs, options.retry);
  const now = options.now ?? (() => new Date());
  const cipher = options.cipher ?? null;
  const clearFiles: DurableFileOptions = { fs, backupEveryMs: options.backupEveryMs ?? 10 * 60_000, now: () => now().getTime() };
  // One options object for every encrypted file: a re-key swaps its cipher for all of them at once.
  const patientFiles: DurableFileOptions = { ...clearFiles, cipher };
  const recoveries: FileRecovery[] = [];
  const open = opening(dataDir);

  try {
    await fs.mkdir(join(dataDir, SESSIONS_FOLDER), { recursive: true });
  } catch (cause) {
    throw new StorageError('open-failed', `Duet could not create its data folder (${dataDir}).`, { cause });
  }

  const previous = options.previousCipher ?? null;
  if (cipher && (options.sealClearFiles || previous)) await open(() => resealAll(fs, dataDir, cipher, previous, now()));

  const sessions = new SessionFiles(fs, join(dataDir, SESSIONS_FOLDER), patientFiles, now);
  const list = new SessionList(fs, dataDir, patientFiles, now, previous);
  const settings = new SettingsFile(dataDir, clearFiles, () => patientFiles.cipher ?? null, now);

  const legacy = await moveLegacyIntoFolder({
    fs,
    dataDir,
    now: now(),
    migrations: options.migrations ?? MIGRATIONS,
    sealAside: async (movedTo) => {
      if (cipher) await open(() => sealFile(fs, movedTo, cipher));
    },
    writeLayout: (data) =>
      open(async () => {
        await sessions.writeMany(data.sessions);
        await settings.save({ settings: data.settings, openSessionId: data.openSessionId });
        for (const session of data.sessions) list.set(summarise(session));
        await list.write();
      }),
  });
  if (legacy) recoveries.push(legacy);

  await open(() => list.open(recoveries, options.journalCompactLines ?? 2000));
  await open(() => settings.open({ cipher, previous, signedBefore: list.settingsSigned }, recoveries));
  if (cipher && !list.settingsSigned) {
    list.settingsSigned = true;
    list.needsWrite = true;
  }
  await reconcileWithFolder(sessions, list, recoveries, open);
  if (list.summariesStale) await rebuildSummaries(sessions, list, recoveries, open);
  if (list.needsWrite) {
    // The list in memory is already right; on a read-only folder Duet still opens, and tries again next time.
    await list.write().catch((error: unknown) => console.error('Duet: could not update index.json at start', error));
  }

  const opened = new OpenStore({
    fs,
    dataDir,
    now,
    sessions,
    list,
    settings,
    patientFiles,
    recoveries,
    onRecovery: options.onRecovery,
    onDocumentChange: options.onDocumentChange,
  });
  const facts = new OutcomeFacts({ fs, dataDir, cipher: () => patientFiles.cipher ?? null, previousCipher: previous });
  facts.start(opened.listSessions(), (id) => opened.hasSession(id));
  return withOutcomeFacts(opened, facts);
}

/**
 * Files of sessions deleted for good (a deletion cut short, or an old backup put back) are deleted again. Session
 * files the list does not know (a crash between writing a new session and the index) are added. List entries
 * whose file is gone are restored from a backup or dropped.
 */
async function reconcileWithFolder(
  sessions: SessionFiles,
  list: SessionList,
  recoveries: FileRecovery[],
  open: <T>(work: () => Promise<T>) => Promise<T>,
): Promise<void> {
  let allNames: string[];
  try {
    allNames = await sessions.list();
  } catch (cause) {
    throw new StorageError('open-failed', `Duet could not read its data folder (${sessions.dir}).`, { cause });
  }
  for (const id of sessions.idsIn(allNames).filter((id) => list.wasDeleted(id))) {
    // Best effort: on a read-only folder Duet still opens, and the files stay out of the list.
    await sessions.remove(id).catch((error: unknown) => console.error('Duet: could not delete the files of a deleted session', error));
  }
  const names = allNames.filter((name) => SESSION_FILE.test(name));
  const onDisk = new Set(names.map((name) => name.slice(0, -'.json'.length).toLowerCase()));
  for (const id of onDisk) {
    if (list.has(id) || list.wasDeleted(id)) continue;
    const loaded = await open(() => sessions.load(id, recoveries));
    if (loaded) list.set(summarise(loaded));
    list.needsWrite = true;
  }
  for (const id of list.ids()) {
    if (onDisk.has(id)) continue;
    const loaded = await open(() => sessions.load(id, recoveries, list.get(id)));
    if (loaded) list.set(summarise(loaded));
    else list.remove(id);
    list.needsWrite = true;
  }
}

/** How many session files are read at once when the list is rebuilt: their reads and decryptions overlap. */
const REBUILD_BATCH = 16;

/**
 * An index written before care episodes has no review date, follow-up count or last score: each summary is made
 * again from its session file, once (the index is then written with the current summary version). Files are read
 * without being kept in memory; a damaged one is repaired or dropped as at any first read. Costs one read and one
 * decryption per session at the first start after the upgrade (see docs/performance.md for the measured figure).
 */
async function rebuildSummaries(
  sessions: SessionFiles,
  list: SessionList,
  recoveries: FileRecovery[],
  open: <T>(work: () => Promise<T>) => Promise<T>,
): Promise<void> {
  const ids = list.ids();
  for (let start = 0; start < ids.length; start += REBUILD_BATCH) {
    const batch = ids.slice(start, start + REBUILD_BATCH);
    const loaded = await open(() =>
      Promise.all(
        batch.map((id) => {
          const known = list.get(id);
          return known ? sessions.check(id, recoveries, known) : Promise.resolve(null);
        }),
      ),
    );
    for (const [index, session] of loaded.entries()) {
      if (session) list.set(summarise(session));
      else list.remove(batch[index]!);
    }
  }
  list.summariesStale = false;
  list.needsWrite = true;
}
