import { join } from 'node:path';
import { Low } from 'lowdb';
import { sessionStatus, type Session, type SessionSummary } from '../../shared/session';
import { summarise } from '../../shared/domain/answers';
import {
  APP_FILE_NAME,
  appFileSchema,
  CURRENT_SCHEMA_VERSION,
  defaultAppFile,
  emptyIndexFile,
  indexFileSchema,
  JOURNAL_FILE_NAME,
  LEGACY_FILE_NAME,
  SESSIONS_FOLDER,
  STORE_FILE_NAME,
  type AppFile,
  type AppState,
  type IndexFile,
} from './schema';
import { MIGRATIONS, type Migration } from './migrations';
import { StorageError } from './errors';
import { DurableJsonFile } from './durable-file';
import type { DataCipher } from './cipher';
import { sealClearFiles, sealFile } from './seal';
import { Journal } from './journal';
import { AUDIT_FILE_NAME, AuditLog } from './audit-log';
import { readLegacyStore } from './legacy';
import { moveAside } from './move-aside';
import { readDocument } from './read-document';
import { combineRecoveries, describeProblem, keptSentence, salvage, type FileRecovery, type RecoveryNotice } from './recovery';
import { SessionFiles } from './session-files';
import { fileExists, nodeStorageFs, type StorageFs } from './storage-fs';
import { writeFailed } from './write-failure';

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
   * Deletes the session for good: its file, backups and list entry, durably. False when there is no such
   * session. A failure is a StorageError ('write-failed'); the session then stays in the list.
   */
  deleteSession(id: string): Promise<boolean>;
  /** audit.log: what was done to which session, and when (no clinical content). */
  readonly audit: AuditLog;
  /** Reads and checks every session file not yet read (slow with many sessions: run it after start). */
  checkAllSessions(): Promise<RecoveryNotice | null>;
  /** Waits for pending writes; later writes are refused. */
  close(): Promise<void>;
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
  /** Damage found and repaired after start (a session first opened): tell the people at the computer. */
  onRecovery?: (notice: RecoveryNotice) => void;
}

const SESSION_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/i;

/** Opens the data folder, migrating duet.json and repairing what it must. Main owns the one store. */
export async function openStore(dataDir: string, options: OpenStoreOptions = {}): Promise<Store> {
  const fs = options.fs ?? nodeStorageFs;
  const now = options.now ?? (() => new Date());
  const cipher = options.cipher ?? null;
  const clearFileOptions = { fs, backupEveryMs: options.backupEveryMs ?? 10 * 60_000, now: () => now().getTime() };
  const fileOptions = { ...clearFileOptions, cipher };
  const sessionsDir = join(dataDir, SESSIONS_FOLDER);
  const indexPath = join(dataDir, STORE_FILE_NAME);
  const recoveries: FileRecovery[] = [];

  try {
    await fs.mkdir(sessionsDir, { recursive: true });
  } catch (cause) {
    throw new StorageError('open-failed', `Duet could not create its data folder (${dataDir}).`, { cause });
  }
  const opening = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (cause) {
      if (cause instanceof StorageError) throw cause;
      throw new StorageError('open-failed', `Duet could not save to its data folder (${dataDir}).`, { cause });
    }
  };

  if (cipher && options.sealClearFiles) await opening(() => sealClearFiles(fs, dataDir, cipher));

  // Practice settings and the open session's id: no patient data, and readable before the passphrase is typed.
  const appDb = new Low<AppFile>(new DurableJsonFile<AppFile>(join(dataDir, APP_FILE_NAME), clearFileOptions), defaultAppFile());
  const indexDb = new Low<IndexFile>(new DurableJsonFile<IndexFile>(indexPath, fileOptions), emptyIndexFile());
  const journal = new Journal(fs, join(dataDir, JOURNAL_FILE_NAME));
  const sessions = new SessionFiles(fs, sessionsDir, fileOptions, now);

  /** Duet 0.1's file, kept after migration, holds patient data in clear text: it is kept encrypted. */
  const sealAside = async (movedTo: string) => {
    if (cipher) await opening(() => sealFile(fs, movedTo, cipher));
  };

  // 1. Duet 0.1's single file becomes the folder layout; index.json is written last, as the commit mark.
  const legacyPath = join(dataDir, LEGACY_FILE_NAME);
  if (await fileExists(fs, legacyPath)) {
    if (await fileExists(fs, indexPath)) {
      await sealAside(await moveAside(fs, legacyPath, 'migrated', now()));
    } else {
      const legacy = await readLegacyStore(fs, legacyPath, options.migrations ?? MIGRATIONS, now());
      if (legacy.recovery) recoveries.push(legacy.recovery);
      if (legacy.recovery?.movedTo) await sealAside(legacy.recovery.movedTo);
      if (legacy.data) {
        const { sessions: oldSessions, settings, openSessionId } = legacy.data;
        await opening(async () => {
          await sessions.writeMany(oldSessions);
          appDb.data = { schemaVersion: CURRENT_SCHEMA_VERSION, settings, openSessionId };
          await appDb.write();
          indexDb.data = { schemaVersion: CURRENT_SCHEMA_VERSION, sessions: oldSessions.map(summarise) };
          await indexDb.write();
        });
        await sealAside(await moveAside(fs, legacyPath, 'migrated', now()));
      }
    }
  }

  // 2. Settings and the open session.
  const appRead = await readDocument(fs, join(dataDir, APP_FILE_NAME), appFileSchema);
  if (appRead.kind === 'ok') {
    appDb.data = appRead.data;
  } else if (appRead.kind === 'absent') {
    await opening(() => appDb.write());
  } else {
    const reason = appRead.kind === 'bad' ? appRead.reason : 'invalid-shape';
    const file = join(dataDir, APP_FILE_NAME);
    const found = await opening(() => salvage(fs, file, appFileSchema, now()));
    appDb.data = found.data ?? defaultAppFile();
    await opening(() => appDb.write());
    recoveries.push({
      file,
      reason,
      movedTo: found.movedTo,
      restoredFrom: found.restoredFrom,
      message:
        describeProblem('The settings file', reason) +
        (found.data ? ' Duet restored the last good copy of the settings.' : ' The settings were set back to the defaults; please check them.') +
        keptSentence(found.movedTo),
    });
  }

  // 3. The index, then the journal of changes made since it was written.
  let indexChanged = false;
  const indexRead = await readDocument(fs, indexPath, indexFileSchema, { cipher });
  if (indexRead.kind === 'ok') {
    indexDb.data = indexRead.data;
    if (indexRead.wasClear) indexChanged = true;
  } else if (indexRead.kind === 'absent') {
    indexChanged = true;
  } else {
    const reason = indexRead.kind === 'bad' ? indexRead.reason : 'invalid-shape';
    const found = await opening(() => salvage(fs, indexPath, indexFileSchema, now(), cipher));
    indexDb.data = found.data ?? emptyIndexFile();
    indexChanged = true;
    recoveries.push({
      file: indexPath,
      reason,
      movedTo: found.movedTo,
      restoredFrom: found.restoredFrom,
      message:
        describeProblem('The list of sessions', reason) +
        ' Duet rebuilt it from the session files; no session was lost because of it.' +
        keptSentence(found.movedTo),
    });
  }
  const summaries = new Map(indexDb.data.sessions.map((summary) => [summary.id, summary]));
  const journalContents = await journal.read();
  for (const entry of journalContents.latest.values()) {
    const summary = summaries.get(entry.id);
    if (summary) summaries.set(entry.id, { ...summary, updatedAt: entry.updatedAt, status: entry.status });
  }
  const compactAt = options.journalCompactLines ?? 2000;
  if (journalContents.damaged || journalContents.lines >= compactAt) indexChanged = true;

  // 4. Session files the index does not know (a crash between writing a new session and the index), and
  // index entries whose file is gone.
  let names: string[];
  try {
    names = (await fs.readdir(sessionsDir)).filter((name) => SESSION_FILE.test(name));
  } catch (cause) {
    throw new StorageError('open-failed', `Duet could not read its data folder (${sessionsDir}).`, { cause });
  }
  const onDisk = new Set(names.map((name) => name.slice(0, -'.json'.length).toLowerCase()));
  for (const id of onDisk) {
    if (summaries.has(id)) continue;
    const loaded = await opening(() => sessions.load(id, recoveries));
    if (loaded) summaries.set(id, summarise(loaded));
    indexChanged = true;
  }
  for (const [id, summary] of summaries) {
    if (onDisk.has(id)) continue;
    const loaded = await opening(() => sessions.load(id, recoveries, summary));
    if (loaded) summaries.set(id, summarise(loaded));
    else summaries.delete(id);
    indexChanged = true;
  }

  const writeIndex = async () => {
    const previous = indexDb.data;
    indexDb.data = { schemaVersion: CURRENT_SCHEMA_VERSION, sessions: [...summaries.values()] };
    try {
      await indexDb.write();
    } catch (error) {
      indexDb.data = previous;
      throw error;
    }
    // Every journal entry is now in the index; replaying them again (after a crash here, or if clearing fails)
    // changes nothing, so a failure to clear must not fail the write that already succeeded.
    try {
      await journal.clear();
    } catch (error) {
      console.error('Duet: could not empty index.journal', error);
    }
  };
  if (indexChanged) {
    // The list in memory is already right; on a read-only folder Duet still opens, and tries again next time.
    await writeIndex().catch((error: unknown) => console.error('Duet: could not update index.json at start', error));
  }

  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new StorageError('write-failed', 'Duet is closing; the change was not saved.'));
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  /** The list entry follows what the session file says, however the two came apart. */
  const noteInList = async (session: Session) => {
    const summary = summaries.get(session.id);
    const status = sessionStatus(session);
    if (!summary || (summary.updatedAt === session.updatedAt && summary.status === status)) return;
    summaries.set(session.id, { ...summary, updatedAt: session.updatedAt, status });
    try {
      await journal.append({ id: session.id, updatedAt: session.updatedAt, status });
    } catch (error) {
      // The session itself is saved; the list catches up when the session is next read or the index written.
      console.error('Duet: could not note a session change in index.journal', error);
    }
  };

  /** A session whose file is gone for good leaves the list too (its damaged file stays on disk, moved aside). */
  const dropFromList = async (id: string) => {
    summaries.delete(id);
    try {
      await writeIndex();
    } catch (error) {
      console.error('Duet: could not remove a lost session from index.json', error);
    }
  };

  const loadKnown = async (id: string): Promise<Session | null> => {
    const summary = summaries.get(id);
    if (!summary) return null;
    const before = recoveries.length;
    const session = await sessions.load(id, recoveries, summary);
    const repaired = combineRecoveries(recoveries.slice(before));
    if (repaired) options.onRecovery?.(repaired);
    if (!session) {
      await dropFromList(id);
      return null;
    }
    await noteInList(session);
    return session;
  };

  const audit = new AuditLog(fs, join(dataDir, AUDIT_FILE_NAME), now);

  return {
    dir: dataDir,
    file: indexPath,
    audit,
    recovery: combineRecoveries(recoveries),
    read: () => ({ settings: appDb.data.settings, openSessionId: appDb.data.openSessionId }),
    update: <T>(change: (draft: AppState) => T) =>
      enqueue(async () => {
        const draft: AppState = structuredClone({ settings: appDb.data.settings, openSessionId: appDb.data.openSessionId });
        const result = change(draft);
        const next = { schemaVersion: CURRENT_SCHEMA_VERSION, ...draft };
        // Never write a file the next start would have to move aside. A bug, not bad input: not a ZodError.
        const checked = appFileSchema.safeParse(next);
        if (!checked.success) {
          throw new Error(`Refusing to save settings that would not reopen: ${checked.error.issues[0]?.message ?? ''}`);
        }
        // Memory takes the new settings only once they are on disk, so readers never see an unsaved change.
        try {
          await appDb.adapter.write(checked.data);
        } catch (cause) {
          throw writeFailed(cause);
        }
        appDb.data = checked.data;
        return result;
      }),
    listSessions: () => [...summaries.values()].map((summary) => ({ ...summary })),
    hasSession: (id) => summaries.has(id),
    getSession: async (id) => {
      const cached = sessions.cached(id);
      if (cached) return structuredClone(cached);
      const loaded = await enqueue(() => loadKnown(id));
      return loaded ? structuredClone(loaded) : null;
    },
    createSession: (session) =>
      enqueue(async () => {
        try {
          await sessions.save(session);
        } catch (cause) {
          throw writeFailed(cause);
        }
        summaries.set(session.id, summarise(session));
        try {
          await writeIndex();
        } catch (cause) {
          summaries.delete(session.id);
          await sessions.forget(session.id);
          throw writeFailed(cause);
        }
      }),
    updateSession: (id, change) =>
      enqueue(async () => {
        const current = await loadKnown(id);
        if (!current) return null;
        const next = change(structuredClone(current));
        try {
          await sessions.save(next);
        } catch (cause) {
          throw writeFailed(cause);
        }
        await noteInList(next);
        return structuredClone(next);
      }),
    deleteSession: (id) =>
      enqueue(async () => {
        if (!summaries.has(id)) return false;
        try {
          await sessions.remove(id);
        } catch (cause) {
          throw new StorageError(
            'write-failed',
            'Duet could not delete this session from the computer (the folder may be read-only). It is still in the list; please try again.',
            { cause },
          );
        }
        summaries.delete(id);
        try {
          await writeIndex();
        } catch (cause) {
          // The session is already gone from the disk and from memory; at the next start its stale entry is
          // dropped because no copy of it is left.
          console.error('Duet: could not remove a deleted session from index.json', cause);
        }
        return true;
      }),
    checkAllSessions: async () => {
      const before = recoveries.length;
      for (const id of [...summaries.keys()]) {
        if (closed) break; // quitting: the rest is checked at the next start
        if (sessions.cached(id)) continue;
        await enqueue(async () => {
          const summary = summaries.get(id);
          if (!summary) return;
          const session = await sessions.check(id, recoveries, summary);
          if (session) await noteInList(session);
          else await dropFromList(id);
        });
      }
      return combineRecoveries(recoveries.slice(before));
    },
    close: async () => {
      closed = true;
      await queue;
    },
  };
}
