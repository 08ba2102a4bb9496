import { journalEntrySchema, type JournalEntry } from './schema';
import { errorCode, type StorageFs } from './storage-fs';
import { readFailedError } from './read-document';

export interface JournalContents {
  /** The newest entry for each session, in file order. */
  latest: Map<string, JournalEntry>;
  lines: number;
  /** A torn or invalid line was skipped (a crash mid-append): fold and clear the journal soon. */
  damaged: boolean;
}

/**
 * index.journal: one JSON line per autosave with the session's new list time and status, so a keystroke appends
 * ~100 bytes instead of rewriting the whole index. Folded into index.json whenever the index is written.
 */
export class Journal {
  constructor(
    private readonly fs: StorageFs,
    readonly file: string,
  ) {}

  async read(): Promise<JournalContents> {
    let text: string;
    try {
      text = await this.fs.readFile(this.file, 'utf-8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { latest: new Map(), lines: 0, damaged: false };
      // Not damage: the journal is kept as it is, and the start fails with a plain message (and can be retried).
      throw readFailedError(this.file, error);
    }
    const latest = new Map<string, JournalEntry>();
    let lines = 0;
    let damaged = text.length > 0 && !text.endsWith('\n');
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      lines += 1;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        damaged = true;
        continue;
      }
      const entry = journalEntrySchema.safeParse(parsed);
      if (entry.success) latest.set(entry.data.id, entry.data);
      else damaged = true;
    }
    return { latest, lines, damaged };
  }

  async append(entry: JournalEntry): Promise<void> {
    const handle = await this.fs.open(this.file, 'a');
    try {
      await handle.writeFile(`${JSON.stringify(entry)}\n`);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  async clear(): Promise<void> {
    const handle = await this.fs.open(this.file, 'w');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}
