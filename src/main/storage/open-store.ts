import { join } from 'node:path';
import { summarise } from '../../shared/domain/answers';
import type { Session, SessionSummary } from '../../shared/session';
import type { AppState } from './schema';
import { StorageError } from './errors';
import type { DurableFileOptions } from './durable-file';
import type { DataCipher } from './cipher';
import { resealAll } from './seal';
import { AUDIT_FILE_NAME, AuditLog } from './audit-log';
import { combineRecoveries, type FileRecovery, type RecoveryNotice } from './recovery';
import type { SessionFiles } from './session-files';
import type { SessionList } from './session-list';
import type { SettingsFile } from './settings-file';
import { removeFromListCopies } from './purge';
import type { StorageFs } from './storage-fs';
import { WriteQueue } from './write-queue';
import { writeFailed } from './write-failure';
import type { Store } from './store';
import type { BeforeRemoteChange, DocumentChange, DocumentChangeListener, RemoteChange } from './sync-hooks';

/** What openStore (store.ts) hands the open store once the folder is opened, checked and repaired. */
export interface OpenStoreParts {
  fs: StorageFs;
  dataDir: string;
  now: () => Date;
  sessions: SessionFiles;
  list: SessionList;
  settings: SettingsFile;
  /** Shared by every encrypted file: rekey() swaps its cipher. */
  patientFiles: DurableFileOptions;
  /** Every repair so far (start, then first reads); onRecovery hears of those after start. */
  recoveries: FileRecovery[];
  onRecovery?: (notice: RecoveryNotice) => void;
  /** Practice-server sync only (see sync-hooks.ts). */
  onDocumentChange?: DocumentChangeListener;
}

/** The open data folder. Every change goes through one write queue, so writes never interleave. */
export class OpenStore implements Store {
  readonly dir: string;
  readonly file: string;
  readonly recovery: RecoveryNotice | null;
  readonly audit: AuditLog;
  private readonly queue = new WriteQueue();

  constructor(private readonly parts: OpenStoreParts) {
    this.dir = parts.dataDir;
    this.file = parts.list.file;
    this.recovery = combineRecoveries(parts.recoveries);
    this.audit = new AuditLog(parts.fs, join(parts.dataDir, AUDIT_FILE_NAME), parts.now);
  }

  read(): Readonly<AppState> {
    return this.parts.settings.read();
  }

  update<T>(change: (draft: AppState) => T): Promise<T> {
    return this.queue.run(async () => {
      const draft = structuredClone(this.parts.settings.read());
      const result = change(draft);
      await this.parts.settings.save(draft);
      return result;
    });
  }

  listSessions(): SessionSummary[] {
    return this.parts.list.entries();
  }

  hasSession(id: string): boolean {
    return this.parts.list.has(id);
  }

  async getSession(id: string): Promise<Session | null> {
    const cached = this.parts.sessions.cached(id);
    if (cached) return structuredClone(cached);
    const loaded = await this.queue.run(() => this.loadKnown(id));
    return loaded ? structuredClone(loaded) : null;
  }

  createSession(session: Session): Promise<void> {
    const { sessions, list } = this.parts;
    return this.queue.run(async () => {
      await this.reportChange({ kind: 'session', id: session.id, deleted: false });
      try {
        await sessions.save(session);
      } catch (cause) {
        throw writeFailed(cause);
      }
      list.set(summarise(session));
      try {
        await list.writeOrUndo(() => list.remove(session.id));
      } catch (cause) {
        await sessions.forget(session.id);
        throw writeFailed(cause);
      }
    });
  }

  updateSession(id: string, change: (current: Session) => Session): Promise<Session | null> {
    return this.queue.run(async () => {
      const current = await this.loadKnown(id);
      if (!current) return null;
      const next = change(structuredClone(current));
      await this.reportChange({ kind: 'session', id, deleted: false });
      try {
        await this.parts.sessions.save(next);
      } catch (cause) {
        throw writeFailed(cause);
      }
      await this.parts.list.note(next);
      return structuredClone(next);
    });
  }

  deleteSession(id: string): Promise<boolean> {
    return this.queue.run(async () => {
      if (this.parts.list.has(id)) await this.reportChange({ kind: 'session', id, deleted: true });
      return this.deleteForGood(id);
    });
  }

  applyRemoteChanges(changes: readonly RemoteChange[], beforeEach: BeforeRemoteChange): Promise<void> {
    const { sessions, list } = this.parts;
    return this.queue.run(async () => {
      const written: Session[] = [];
      const notCached: Session[] = [];
      for (const change of changes) {
        if (change.deleted) {
          await beforeEach(change);
          await this.deleteForGood(change.id);
          continue;
        }
        if (list.wasDeleted(change.id)) continue; // deleted here for good: the tombstone travels the other way
        await beforeEach(change);
        try {
          if (sessions.cached(change.id)) await sessions.save(change.session);
          else notCached.push(change.session);
        } catch (cause) {
          throw writeFailed(cause);
        }
        written.push(change.session);
      }
      try {
        // Many at once (a new room's first pull): their syncs overlap.
        await sessions.writeMany(notCached);
      } catch (cause) {
        throw writeFailed(cause);
      }
      for (const session of written) list.set(summarise(session));
      if (written.length > 0) {
        try {
          await list.write();
        } catch (cause) {
          // The session files are written; the list is rebuilt from them at the next start (reconcileWithFolder).
          console.error('Duet: could not update index.json after changes from the practice server', cause);
        }
      }
    });
  }

  readDocumentFile(kind: 'session', id: string): Promise<Buffer | null> {
    return this.queue.run(async () => {
      if (!this.parts.list.has(id)) return null;
      try {
        return await this.parts.fs.readFile(this.parts.sessions.path(id));
      } catch {
        return null;
      }
    });
  }

  async checkAllSessions(): Promise<RecoveryNotice | null> {
    const { sessions, list, recoveries } = this.parts;
    const before = recoveries.length;
    for (const id of list.ids()) {
      if (this.queue.closed) break; // quitting: the rest is checked at the next start
      if (sessions.cached(id)) continue;
      await this.queue.run(async () => {
        const summary = list.get(id);
        if (!summary) return;
        const session = await sessions.check(id, recoveries, summary);
        if (session) await list.note(session);
        else await this.dropFromList(id);
      });
    }
    return combineRecoveries(recoveries.slice(before));
  }

  rekey(next: DataCipher): Promise<void> {
    const { fs, dataDir, patientFiles, settings, now } = this.parts;
    return this.queue.run(async () => {
      const current = patientFiles.cipher;
      if (!current) throw new Error('Only encrypted data can be re-keyed');
      try {
        await resealAll(fs, dataDir, next, current, now());
        patientFiles.cipher = next;
        await settings.resign();
      } catch (cause) {
        throw writeFailed(cause);
      }
      // The journal's lines are sealed with the old key: fold them into the index (now under the new key) and
      // empty the journal. Cut short here, the next start still reads them with the previous key (journal.ts).
      try {
        await this.parts.list.write();
      } catch (error) {
        console.error('Duet: could not fold index.journal into index.json after a re-key', error);
      }
    });
  }

  close(): Promise<void> {
    return this.queue.close();
  }

  /**
   * Tells the practice-server sync (if any) that a document is about to change, before its file is written: a kill
   * between the two leaves an outbox line for a document that did not change (a check), never a change the outbox
   * does not know. Never fails the save.
   */
  private async reportChange(change: DocumentChange): Promise<void> {
    try {
      await this.parts.onDocumentChange?.(change);
    } catch (error) {
      console.error('Duet: could not note a change for the practice server', error);
    }
  }

  /** Reads a listed session (repairing it if need be), telling onRecovery about any repair. */
  private async loadKnown(id: string): Promise<Session | null> {
    const { sessions, list, recoveries, onRecovery } = this.parts;
    const summary = list.get(id);
    if (!summary) return null;
    const before = recoveries.length;
    const session = await sessions.load(id, recoveries, summary);
    const repaired = combineRecoveries(recoveries.slice(before));
    if (repaired) onRecovery?.(repaired);
    if (!session) {
      await this.dropFromList(id);
      return null;
    }
    await list.note(session, { sameTimeIsCurrent: true });
    return session;
  }

  /** A session whose file is gone for good leaves the list too (its damaged file stays on disk, moved aside). */
  private async dropFromList(id: string): Promise<void> {
    this.parts.list.remove(id);
    try {
      await this.parts.list.write();
    } catch (error) {
      console.error('Duet: could not remove a lost session from index.json', error);
    }
  }

  /**
   * In this order: (1) the journal notes the deletion; (2) the session's copies, then its file, are removed;
   * (3) the list is written without it and with its tombstone; (4) every other copy of the list is cleaned
   * (purge.ts). A failure at (1) or (2) leaves the session listed and is reported; a crash after (1) is
   * finished at the next start (the journal line buries it, the tombstone removes any file left).
   */
  private async deleteForGood(id: string): Promise<boolean> {
    const { fs, dataDir, sessions, list, patientFiles } = this.parts;
    if (!list.has(id)) return false;
    try {
      await list.noteDeletion(id);
      await sessions.remove(id);
    } catch (cause) {
      throw new StorageError(
        'write-failed',
        'Duet could not delete this session from the computer (another program may be using its files, or the folder is read-only). It is still in the list; please try again.',
        { cause },
      );
    }
    list.bury(id);
    try {
      await list.write();
      await removeFromListCopies(fs, dataDir, id, patientFiles.cipher ?? null);
    } catch (cause) {
      // The session's files are gone; the journal line finishes the list at the next start.
      console.error('Duet: could not remove a deleted session from index.json or its copies', cause);
    }
    return true;
  }
}
