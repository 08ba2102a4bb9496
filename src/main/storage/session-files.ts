import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Session, SessionSummary } from '../../shared/session';
import { CURRENT_SCHEMA_VERSION, sessionFileSchema, type SessionFile } from './schema';
import { BACKUP_COUNT, backupPath, DurableJsonFile, type DurableFileOptions } from './durable-file';
import { readDocument, type RecoveryReason } from './read-document';
import { describeProblem, keptSentence, salvage, type FileRecovery } from './recovery';
import { errorCode, syncFolder, type StorageFs } from './storage-fs';

/** How many session files are written at once when migrating: their syncs overlap. */
const WRITE_BATCH = 16;

type Described = Pick<SessionSummary, 'patientLabel' | 'createdAt'>;

function whichSession(session: Described | undefined): string {
  return session
    ? `The saved session for "${session.patientLabel}" (started ${session.createdAt.slice(0, 10)})`
    : 'A saved session';
}

/** sessions/<id>.json: one lowdb file per session, read and checked on first use, kept in memory after. */
export class SessionFiles {
  private readonly open = new Map<string, Low<SessionFile>>();

  constructor(
    private readonly fs: StorageFs,
    private readonly dir: string,
    private readonly fileOptions: DurableFileOptions,
    private readonly now: () => Date,
  ) {}

  path(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  cached(id: string): Session | null {
    return this.open.get(id)?.data.session ?? null;
  }

  /** Reads, checks (repairing from a backup if need be) and keeps the session; null when it cannot be had. */
  async load(id: string, recoveries: FileRecovery[], known?: Described): Promise<Session | null> {
    const cached = this.cached(id);
    if (cached) return cached;
    const db = this.database(id);
    const session = await this.readChecked(id, db, recoveries, known);
    if (session) this.open.set(id, db);
    return session;
  }

  /** Like load, without keeping the session in memory (for checking every file after start). */
  async check(id: string, recoveries: FileRecovery[], known: Described): Promise<Session | null> {
    return this.cached(id) ?? this.readChecked(id, this.database(id), recoveries, known);
  }

  /** Writes the session's file; memory takes the new version only once it is on disk. */
  async save(session: Session): Promise<void> {
    const db = this.open.get(session.id) ?? this.database(session.id);
    const next: SessionFile = { schemaVersion: CURRENT_SCHEMA_VERSION, session };
    await db.adapter.write(next);
    db.data = next;
    this.open.set(session.id, db);
  }

  /** For migration: writes every session durably, a batch at a time, without keeping them in memory. */
  async writeMany(sessions: readonly Session[]): Promise<void> {
    for (let start = 0; start < sessions.length; start += WRITE_BATCH) {
      await Promise.all(
        sessions.slice(start, start + WRITE_BATCH).map((session) => {
          const db = this.database(session.id);
          db.data = { schemaVersion: CURRENT_SCHEMA_VERSION, session };
          return db.write();
        }),
      );
    }
  }

  /** Undoes a session whose creation could not be completed. */
  async forget(id: string): Promise<void> {
    this.open.delete(id);
    try {
      await this.fs.unlink(this.path(id));
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') console.error('Duet: could not remove an unfinished session file', error);
    }
  }

  /**
   * Deletes the session for good: its backups and any moved-aside copies first, then the file itself, then the
   * folder is synced. In that order a crash part-way never brings the session back from a backup: at worst it
   * stays whole (minus backups), or its list entry is dropped at the next start because no copy is left.
   */
  async remove(id: string): Promise<void> {
    const file = this.path(id);
    const name = `${id}.json`;
    const leftovers = (await this.fs.readdir(this.dir)).filter(
      (entry) => entry.startsWith(`${name}.corrupt-`) || entry === `.${name}.tmp`,
    );
    const extras = [
      ...Array.from({ length: BACKUP_COUNT }, (_, index) => backupPath(file, BACKUP_COUNT - index)),
      ...leftovers.map((entry) => join(this.dir, entry)),
    ];
    for (const path of extras) await this.unlinkIfThere(path);
    this.open.delete(id);
    await this.unlinkIfThere(file);
    await syncFolder(this.fs, this.dir);
  }

  private async unlinkIfThere(path: string): Promise<void> {
    try {
      await this.fs.unlink(path);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }

  private database(id: string): Low<SessionFile> {
    const placeholder = null as unknown as SessionFile;
    return new Low<SessionFile>(new DurableJsonFile<SessionFile>(this.path(id), this.fileOptions), placeholder);
  }

  private async readChecked(
    id: string,
    db: Low<SessionFile>,
    recoveries: FileRecovery[],
    known: Described | undefined,
  ): Promise<Session | null> {
    const file = this.path(id);
    const cipher = this.fileOptions.cipher ?? null;
    const read = await readDocument(this.fs, file, sessionFileSchema, { cipher });
    if (read.kind === 'ok' && read.data.session.id === id) {
      db.data = read.data;
      // Written before encryption was set up (and missed by the sealing at set-up): encrypt it now.
      if (read.wasClear) await db.write();
      return read.data.session;
    }
    const reason: RecoveryReason =
      read.kind === 'bad' ? read.reason : read.kind === 'absent' ? 'missing' : 'invalid-shape';
    const found = await salvage(this.fs, file, sessionFileSchema, this.now(), cipher);
    const restored = found.data && found.data.session.id === id ? found.data : null;
    const what = whichSession(known ?? restored?.session);
    if (restored) {
      db.data = restored;
      await db.write();
    }
    recoveries.push({
      file,
      reason,
      movedTo: found.movedTo,
      restoredFrom: restored ? found.restoredFrom : null,
      message:
        describeProblem(what, reason) +
        (restored
          ? ` Duet restored its last good copy, saved ${restored.session.updatedAt.slice(0, 16).replace('T', ' ')} (UTC); changes after that may be missing.`
          : ' No good copy was found, so it is no longer in the list.') +
        keptSentence(found.movedTo),
    });
    return restored?.session ?? null;
  }
}
