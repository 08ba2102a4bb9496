import { clearJournalEntrySchema, journalEntrySchema, type JournalEntry } from './schema';
import { errorCode, type StorageFs } from './storage-fs';
import { readFailedError } from './read-document';
import { DecryptionError, isEnvelope, type DataCipher, type FileBinding } from './cipher';

export interface JournalContents {
  /** The newest entry for each session, in file order. */
  latest: Map<string, JournalEntry>;
  lines: number;
  /** A torn or invalid line was skipped (a crash mid-append): fold and clear the journal soon. */
  damaged: boolean;
}

/** Every sealed line is bound to the journal: a line copied from elsewhere (or a session file's envelope) never opens. */
const JOURNAL_BINDING: FileBinding = { kind: 'journal', id: 'index' };

export interface JournalKeys {
  /** The data key now (read at each call: a re-key swaps it); null only in storage tests without encryption. */
  current: () => DataCipher | null;
  /** The key before a re-key cut short: lines sealed with it still open (see store.ts). */
  previous?: DataCipher | null;
}

/**
 * index.journal: one line per autosave with the session's new list entry (time, status, review date, follow-up
 * count and last score), so a keystroke appends a few hundred bytes instead of rewriting the whole index. Folded
 * into index.json whenever the index is written.
 *
 * The review date and the last score are clinical, so with a data key each line is an AES-256-GCM envelope
 * (cipher.ts) bound to the journal, sealed on its own: an append is still one write and one sync, and a line torn
 * by a crash is skipped without harming the lines before it. Lines in clear text (written before follow-ups, when
 * the journal held only ids, times and status) are still read, but only for those three fields.
 */
export class Journal {
  constructor(
    private readonly fs: StorageFs,
    readonly file: string,
    private readonly keys: JournalKeys = { current: () => null },
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
      const entry = this.decode(line);
      if (entry) latest.set(entry.id, entry);
      else damaged = true;
    }
    return { latest, lines, damaged };
  }

  async append(entry: JournalEntry): Promise<void> {
    const cipher = this.keys.current();
    const line = cipher ? cipher.seal(JSON.stringify(entry), JOURNAL_BINDING) : JSON.stringify(entry);
    const handle = await this.fs.open(this.file, 'a');
    try {
      await handle.writeFile(`${line}\n`);
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

  /** The entry on one line; null for a torn, changed or unreadable line (another key's, or not Duet's). */
  private decode(line: string): JournalEntry | null {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return null;
    }
    const cipher = this.keys.current();
    if (!isEnvelope(parsed)) {
      // With a data key, a clear line is trusted for the fields that were never clinical, and no more.
      const entry = (cipher ? clearJournalEntrySchema : journalEntrySchema).safeParse(parsed);
      return entry.success ? entry.data : null;
    }
    const key = [cipher, this.keys.previous ?? null].find((candidate) => candidate?.keyId === parsed.keyId);
    if (!key || parsed.kind !== JOURNAL_BINDING.kind || parsed.id !== JOURNAL_BINDING.id) return null;
    let inner: unknown;
    try {
      inner = JSON.parse(key.open(parsed, JOURNAL_BINDING).toString('utf-8'));
    } catch (error) {
      if (error instanceof DecryptionError || error instanceof SyntaxError) return null;
      throw error;
    }
    const entry = journalEntrySchema.safeParse(inner);
    return entry.success ? entry.data : null;
  }
}
