import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Session, SessionSummary } from '../../shared/session';
import { SESSION_FILE_VERSION, SESSION_FILE_VERSIONS, sessionFileSchema, type SessionFile } from './schema';
import { DamagedFileError, DurableJsonFile, type DurableFileOptions } from './durable-file';
import type { RecoveryReason } from './read-document';
import { bindingForFile } from './cipher';
import { describeProblem, keptSentence, salvage, type FileRecovery } from './recovery';
import { errorCode, syncFolder, type StorageFs } from './storage-fs';

/** How many session files are written at once when migrating: their syncs overlap. */
const WRITE_BATCH = 16;

type Described = Pick<SessionSummary, 'patientLabel' | 'createdAt'>;
type SessionAdapter = DurableJsonFile<typeof sessionFileSchema>;

function whichSession(session: Described | undefined): string {
  return session
    ? `The saved session for "${session.patientLabel}" (started ${session.createdAt.slice(0, 10)})`
    : 'A saved session';
}

/** sessions/<id>.json: one lowdb file per session, read and checked on first use, kept in memory after. */
export class SessionFiles {
  /** Sessions read or written in this run: lowdb holds each one's last saved data. */
  private readonly open = new Map<string, Low<SessionFile>>();

  constructor(
    private readonly fs: StorageFs,
    readonly dir: string,
    private readonly fileOptions: DurableFileOptions,
    private readonly now: () => Date,
  ) {}

  /** The names in sessions/. */
  list(): Promise<string[]> {
    return this.fs.readdir(this.dir);
  }

  /** The session ids that any file in `names` (a session file, or a backup, copy or temp file of one) belongs to. */
  idsIn(names: readonly string[]): string[] {
    const ids = new Set<string>();
    for (const name of names) {
      const binding = bindingForFile(name);
      if (binding?.kind === 'session') ids.add(binding.id);
    }
    return [...ids];
  }

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
    const adapter = this.adapter(id);
    const data = await this.readChecked(id, adapter, recoveries, known);
    if (data) this.open.set(id, new Low(adapter, data));
    return data?.session ?? null;
  }

  /** Like load, without keeping the session in memory (for checking every file after start). */
  async check(id: string, recoveries: FileRecovery[], known: Described): Promise<Session | null> {
    return this.cached(id) ?? (await this.readChecked(id, this.adapter(id), recoveries, known))?.session ?? null;
  }

  /** Writes the session's file; memory takes the new version only once it is on disk. */
  async save(session: Session): Promise<void> {
    const adapter = (this.open.get(session.id)?.adapter as SessionAdapter | undefined) ?? this.adapter(session.id);
    const db = new Low<SessionFile>(adapter, { schemaVersion: SESSION_FILE_VERSION, session });
    await db.write();
    this.open.set(session.id, db);
  }

  /** For migration: writes every session durably, a batch at a time, without keeping them in memory. */
  async writeMany(sessions: readonly Session[]): Promise<void> {
    for (let start = 0; start < sessions.length; start += WRITE_BATCH) {
      await Promise.all(
        sessions
          .slice(start, start + WRITE_BATCH)
          .map((session) => new Low<SessionFile>(this.adapter(session.id), { schemaVersion: SESSION_FILE_VERSION, session }).write()),
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
   * Deletes the session for good: every other copy first (backups, moved-aside copies, and temp files of a write
   * or a seal cut short), then the file itself, then the folder is synced. In that order a crash part-way never
   * brings the session back from a backup: at worst it stays whole (minus backups), or its list entry is dropped
   * at the next start because no copy is left.
   */
  async remove(id: string): Promise<void> {
    const name = `${id}.json`;
    const copies = (await this.fs.readdir(this.dir)).filter((entry) => entry.startsWith(`${name}.`) || entry.startsWith(`.${name}.`));
    for (const entry of copies) await this.unlinkIfThere(join(this.dir, entry));
    this.open.delete(id);
    await this.unlinkIfThere(this.path(id));
    await syncFolder(this.fs, this.dir);
  }

  private async unlinkIfThere(path: string): Promise<void> {
    try {
      await this.fs.unlink(path);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }

  private adapter(id: string): SessionAdapter {
    return new DurableJsonFile(this.path(id), sessionFileSchema, this.fileOptions, SESSION_FILE_VERSIONS);
  }

  private async readChecked(
    id: string,
    adapter: SessionAdapter,
    recoveries: FileRecovery[],
    known: Described | undefined,
  ): Promise<SessionFile | null> {
    let reason: RecoveryReason;
    try {
      const data = await adapter.read();
      if (data && data.session.id === id) {
        // In an older envelope format (see cipher.ts): bring it forward now.
        if (adapter.lastReadWasStale) await adapter.write(data);
        return data;
      }
      reason = data ? 'other-file' : 'missing';
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      reason = error.reason;
    }
    const file = this.path(id);
    const found = await salvage(
      this.fs,
      file,
      sessionFileSchema,
      this.now(),
      this.fileOptions.cipher ?? null,
      (data) => data.session.id === id,
      SESSION_FILE_VERSIONS,
    );
    const restored = found.data;
    const what = whichSession(known ?? restored?.session);
    if (restored) await adapter.write(restored);
    recoveries.push({
      file,
      reason,
      movedTo: found.movedTo,
      restoredFrom: found.restoredFrom,
      message:
        describeProblem(what, reason) +
        (restored
          ? ` Duet restored its last good copy, saved ${restored.session.updatedAt.slice(0, 16).replace('T', ' ')} (UTC); changes after that may be missing.`
          : ' No good copy was found, so it is no longer in the list.') +
        keptSentence(found.movedTo),
    });
    return restored;
  }
}
