import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Session, SessionSummary } from '../../shared/session';
import { summarise } from '../../shared/domain/answers';
import {
  CURRENT_SCHEMA_VERSION,
  CURRENT_SUMMARY_VERSION,
  emptyIndexFile,
  indexFileSchema,
  JOURNAL_FILE_NAME,
  STORE_FILE_NAME,
  type IndexFile,
  type JournalEntry,
} from './schema';
import { DamagedFileError, DurableJsonFile, type DurableFileOptions } from './durable-file';
import { Journal } from './journal';
import { describeProblem, keptSentence, salvage, type FileRecovery } from './recovery';
import type { StorageFs } from './storage-fs';
import type { DataCipher } from './cipher';

/** The list fields an autosave can change (the label, condition, language and start never change). */
type ChangingFields = Pick<SessionSummary, 'updatedAt' | 'status' | 'reviewDate' | 'followUpCount' | 'lastScore'>;

function changingFields(summary: SessionSummary): ChangingFields {
  const { updatedAt, status, reviewDate, followUpCount, lastScore } = summary;
  return { updatedAt, status, reviewDate, followUpCount, lastScore };
}

function sameFields(a: ChangingFields, b: ChangingFields): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.status === b.status &&
    a.reviewDate === b.reviewDate &&
    a.followUpCount === b.followUpCount &&
    JSON.stringify(a.lastScore) === JSON.stringify(b.lastScore)
  );
}

/** A journal line over the entry it changes: fields the line does not carry (a line from before follow-ups) stay. */
function replayed(summary: SessionSummary, entry: JournalEntry): SessionSummary {
  return {
    ...summary,
    updatedAt: entry.updatedAt,
    status: entry.status,
    ...(entry.reviewDate === undefined ? {} : { reviewDate: entry.reviewDate }),
    ...(entry.followUpCount === undefined ? {} : { followUpCount: entry.followUpCount }),
    ...(entry.lastScore === undefined ? {} : { lastScore: entry.lastScore }),
  };
}

/**
 * The home list: index.json (encrypted; one entry per session, plus tombstones of deleted ids) and the
 * index.journal of list changes made since the index was last written (see journal.ts). The list in memory is
 * the truth for the home screen; `write()` folds it, and the journal, into index.json.
 */
export class SessionList {
  readonly file: string;
  private readonly summaries = new Map<string, SessionSummary>();
  private readonly deleted = new Set<string>();
  private readonly adapter: DurableJsonFile<typeof indexFileSchema>;
  private readonly db: Low<IndexFile>;
  private readonly journal: Journal;
  /** Something at start differs from index.json (repairs, a long or torn journal): write it soon. */
  needsWrite = false;
  /**
   * index.json was written before the episode fields (review date, follow-up count, last score) existed: every
   * summary must be made again from its session file once (openStore does it) before the index is written whole.
   */
  summariesStale = false;
  settingsSigned = false;

  constructor(
    private readonly fs: StorageFs,
    dataDir: string,
    private readonly fileOptions: DurableFileOptions,
    private readonly now: () => Date,
    /** The data key before a re-key cut short: journal lines sealed with it still replay. */
    private readonly previousCipher: DataCipher | null = null,
  ) {
    this.file = join(dataDir, STORE_FILE_NAME);
    this.adapter = new DurableJsonFile(this.file, indexFileSchema, fileOptions);
    this.db = new Low(this.adapter, emptyIndexFile());
    this.journal = new Journal(fs, join(dataDir, JOURNAL_FILE_NAME), {
      current: () => fileOptions.cipher ?? null,
      previous: previousCipher,
    });
  }

  /** Reads index.json (repairing it from a backup if need be) and replays the journal over it. */
  async open(recoveries: FileRecovery[], compactAtLines: number): Promise<void> {
    const empty = this.db.data;
    try {
      await this.db.read();
      if (this.db.data === empty) this.needsWrite = true;
      // In an older envelope format: write it again in the current one.
      if (this.adapter.lastReadWasStale) this.needsWrite = true;
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      const found = await salvage(this.fs, this.file, indexFileSchema, this.now(), this.fileOptions.cipher ?? null);
      this.db.data = found.data ?? emptyIndexFile();
      this.needsWrite = true;
      recoveries.push({
        file: this.file,
        reason: error.reason,
        movedTo: found.movedTo,
        restoredFrom: found.restoredFrom,
        message:
          describeProblem('The list of sessions', error.reason) +
          ' Duet rebuilt it from the session files; no session was lost because of it.' +
          keptSentence(found.movedTo),
      });
    }
    for (const summary of this.db.data.sessions) this.summaries.set(summary.id, summary);
    if (this.db.data.sessions.length > 0 && this.db.data.summaryVersion !== CURRENT_SUMMARY_VERSION) this.summariesStale = true;
    for (const id of this.db.data.deletedIds ?? []) this.deleted.add(id);
    this.settingsSigned = this.db.data.settingsSigned === true;
    const journal = await this.journal.read();
    for (const entry of journal.latest.values()) {
      const summary = this.summaries.get(entry.id);
      if (entry.deleted) {
        // A deletion that began and may not have finished: it is finished now (see Store.deleteSession).
        this.bury(entry.id);
        this.needsWrite = true;
      } else if (summary) {
        this.summaries.set(entry.id, replayed(summary, entry));
      }
    }
    if (journal.damaged || journal.lines >= compactAtLines) this.needsWrite = true;
    // A re-key cut short: fold lines sealed with the old key now, so none outlives it.
    if (this.previousCipher && journal.lines > 0) this.needsWrite = true;
  }

  ids(): string[] {
    return [...this.summaries.keys()];
  }

  get(id: string): SessionSummary | undefined {
    return this.summaries.get(id);
  }

  has(id: string): boolean {
    return this.summaries.has(id);
  }

  entries(): SessionSummary[] {
    return [...this.summaries.values()].map((summary) => ({ ...summary }));
  }

  /** Deleted for good earlier: a file of it that turns up again is not brought back into the list. */
  wasDeleted(id: string): boolean {
    return this.deleted.has(id);
  }

  set(summary: SessionSummary): void {
    this.summaries.set(summary.id, summary);
  }

  remove(id: string): void {
    this.summaries.delete(id);
  }

  /** Writes index.json from memory (memory changes nothing if the write fails), then empties the journal. */
  async write(): Promise<void> {
    const next: IndexFile = { schemaVersion: CURRENT_SCHEMA_VERSION, sessions: [...this.summaries.values()] };
    // Only once every summary has the episode fields: a stale list written whole stays marked as stale.
    if (!this.summariesStale) next.summaryVersion = CURRENT_SUMMARY_VERSION;
    if (this.deleted.size > 0) next.deletedIds = [...this.deleted];
    if (this.settingsSigned) next.settingsSigned = true;
    await new Low(this.adapter, next).write();
    this.db.data = next;
    this.needsWrite = false;
    // Every journal entry is now in the index; replaying them again (after a crash here, or if clearing fails)
    // changes nothing, so a failure to clear must not fail the write that already succeeded.
    try {
      await this.journal.clear();
    } catch (error) {
      console.error('Duet: could not empty index.journal', error);
    }
  }

  /** Writes the index, undoing `undo` in memory when it cannot. */
  async writeOrUndo(undo: () => void): Promise<void> {
    try {
      await this.write();
    } catch (error) {
      undo();
      throw error;
    }
  }

  /** The list entry follows what the session file says, however the two came apart (autosaves: the journal). */
  async note(session: Session, { sameTimeIsCurrent = false }: { sameTimeIsCurrent?: boolean } = {}): Promise<void> {
    const summary = this.summaries.get(session.id);
    if (!summary) return;
    // Opening a session: an entry with the file's own time was made from that version of it (every save notes its
    // full summary), so the summary (which scores every visit) need not be made again. Checks after start and saves
    // always make it afresh, so two saves within one millisecond, or a crash between a file and its journal line,
    // never leave the list behind for long.
    if (sameTimeIsCurrent && summary.updatedAt === session.updatedAt) return;
    const fresh = summarise(session);
    if (sameFields(changingFields(summary), changingFields(fresh))) return;
    this.summaries.set(session.id, fresh);
    try {
      // Sealed with the data key (journal.ts): the review date and the last score never reach the disk in clear.
      await this.journal.append({ id: session.id, ...changingFields(fresh) });
    } catch (error) {
      // The session itself is saved; the list catches up when the session is next read or the index written.
      console.error('Duet: could not note a session change in index.journal', error);
    }
  }

  /** Notes, durably, that the session is about to be deleted for good (before any of its files is removed). */
  async noteDeletion(id: string): Promise<void> {
    const summary = this.summaries.get(id);
    if (!summary) return;
    await this.journal.append({ id, updatedAt: summary.updatedAt, status: summary.status, deleted: true });
  }

  /** A session deleted for good: out of the list, and remembered as deleted (written with the next index). */
  bury(id: string): void {
    this.summaries.delete(id);
    this.deleted.add(id);
  }
}
