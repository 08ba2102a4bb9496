import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { Session, SessionSummary } from '../../shared/session';
import { episodeFacts, prepareFigures, type EpisodeFacts } from '../../shared/domain/outcomes';
import { localDateForFileName } from '../saved-file-location';
import { isEnvelope, type DataCipher, type FileBinding } from './cipher';
import { writeSynced } from './durable-file';
import { readDocument } from './read-document';
import { SESSION_FILE_VERSIONS, sessionFileSchema, SESSIONS_FOLDER } from './schema';
import { asEpisode } from './episode-upgrade';
import { errorCode, syncFolder, type StorageFs } from './storage-fs';
import { SerialQueue } from '../serial-queue';

/**
 * The de-identified facts of every episode (shared/domain/outcomes/facts.ts), kept in main so the practice's figures
 * never read 10,000 session files (issue 12).
 *
 * - In memory: one entry per listed session, updated on every save, creation and deletion (with-outcome-facts.ts).
 * - On disk: outcome-facts.json beside index.json, an AES-256-GCM envelope under the data key, bound to its own
 *   name, written whole (temp file, sync, rename, folder sync) a moment after a change, at once after a creation
 *   or a deletion, after a re-key and when the store closes. It has no backups: it is a cache, never the only copy.
 * - At start it is read (a missing, damaged, or foreign-key file is simply rebuilt) and checked against the list:
 *   each entry carries its session's updatedAt, so an entry that is missing or older than the list (a crash before
 *   the facts were written) is computed again from its session file, in the background; an entry whose session is
 *   gone is dropped. The temp file of a write cut short is removed.
 */
export const OUTCOME_FACTS_FILE_NAME = 'outcome-facts.json';
const FILE_VERSION = 1;
/** Bound into the envelope: a copy of this file put in place of the index or a session never opens as either. */
const BINDING: FileBinding = { kind: 'facts', id: 'outcome-facts' };
/** How long saving must pause before the file is written (every change in between is written together). */
const WRITE_DELAY_MS = 2_000;
/** Session files read at once while rebuilding; the event loop gets a turn between batches. */
const REBUILD_BATCH = 16;

/**
 * Only the frame is checked when the file is read: the envelope is authenticated (AES-GCM under the data key), so
 * its content is exactly what this version of Duet wrote, and any change to the facts' shape changes FILE_VERSION
 * (an older or newer file is rebuilt). Checking all 10,000 entries with zod would double the time to load them.
 */
const factsFrameSchema = z.object({ schemaVersion: z.literal(FILE_VERSION), facts: z.array(z.object({ id: z.string().uuid() }).passthrough()) }).strict();

export interface OutcomeFactsStatus {
  /** Episodes with facts. */
  episodes: number;
  /** Listed episodes whose facts are still being read from their files. */
  reading: number;
}

/** What the practice's figures read. */
export interface OutcomeFactsView {
  /** Waits for the facts file to be read (not for a rebuild: see `status().reading`). */
  whenLoaded(): Promise<void>;
  /** Waits, after loading, for today's figures to be prepared ahead (see prepareFigures); for benchmarks and tests. */
  whenPrepared(): Promise<void>;
  /** Every episode's facts; the same array until something changes. */
  all(): readonly EpisodeFacts[];
  status(): OutcomeFactsStatus;
  /** Writes now what would be written a moment after the last save (tests that compare the folder before and after). */
  settle(): Promise<void>;
}

export interface OutcomeFactsOptions {
  fs: StorageFs;
  dataDir: string;
  /** The data key in use (it changes with a re-key); null only in storage tests without encryption. */
  cipher: () => DataCipher | null;
  /** The key before a re-key cut short: a facts file still under it is read, then written under the new one. */
  previousCipher?: DataCipher | null;
  writeDelayMs?: number;
}

export class OutcomeFacts implements OutcomeFactsView {
  readonly file: string;
  private readonly temp: string;
  private readonly facts = new Map<string, EpisodeFacts>();
  private snapshot: readonly EpisodeFacts[] | null = null;
  private loaded: Promise<void> = Promise.resolve();
  private prepared: Promise<void> = Promise.resolve();
  private reading = new Set<string>();
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly writes = new SerialQueue();
  private closed = false;
  /** Write as soon as the file is loaded (it was under the previous key). */
  private writeSoon = false;

  constructor(private readonly options: OutcomeFactsOptions) {
    this.file = join(options.dataDir, OUTCOME_FACTS_FILE_NAME);
    this.temp = join(dirname(this.file), `.${OUTCOME_FACTS_FILE_NAME}.tmp`);
  }

  /**
   * Reads the file, then brings it in line with the list in the background. `listed` is the list at start;
   * `isListed` answers for later (a session deleted meanwhile is not brought back).
   */
  start(listed: readonly SessionSummary[], isListed: (id: string) => boolean): void {
    this.loaded = this.load().then(() => {
      if (this.writeSoon) void this.flush();
      const wanted = new Map(listed.map((summary) => [summary.id, summary.updatedAt]));
      for (const id of this.facts.keys()) {
        if (!wanted.has(id)) this.drop(id);
      }
      const stale = listed.filter((summary) => this.facts.get(summary.id)?.updatedAt !== summary.updatedAt).map((summary) => summary.id);
      this.reading = new Set(stale);
      if (stale.length > 0) void this.rebuild(stale, isListed);
    });
    // After loading, on a later turn of the event loop: the first dashboard of the day then only adds up.
    this.prepared = this.loaded.then(
      () =>
        new Promise<void>((resolve) =>
          setImmediate(() => {
            try {
              if (!this.closed) prepareFigures(this.all(), localDateForFileName(new Date()));
            } catch (error) {
              // Only a head start: the figures work it out when asked, and report any problem then.
              console.error('Duet: could not prepare the practice figures ahead', error);
            }
            resolve();
          }),
        ),
    );
  }

  whenLoaded(): Promise<void> {
    return this.loaded;
  }

  whenPrepared(): Promise<void> {
    return this.prepared;
  }

  all(): readonly EpisodeFacts[] {
    this.snapshot ??= [...this.facts.values()];
    return this.snapshot;
  }

  status(): OutcomeFactsStatus {
    return { episodes: this.facts.size, reading: this.reading.size };
  }

  /**
   * The session as just saved: its facts replace the old ones (always: two saves can share a time). `whenNewer`,
   * for a session only read: only when its time differs from the facts'.
   */
  note(session: Session, { whenNewer = false }: { whenNewer?: boolean } = {}): void {
    const known = this.facts.get(session.id);
    if (whenNewer && known && known.updatedAt === session.updatedAt) return;
    try {
      this.facts.set(session.id, episodeFacts(session));
    } catch (error) {
      // Figures are never worth a failed save: the episode is left out until its next save.
      console.error('Duet: could not work out the outcome facts of an episode', error);
      this.facts.delete(session.id);
    }
    this.reading.delete(session.id);
    this.changed();
  }

  /** A session deleted for good. */
  forget(id: string): void {
    this.reading.delete(id);
    if (this.drop(id)) this.changed();
  }

  /** Writes the file now if anything changed (or `always`: after a re-key), after any write already running. */
  settle(): Promise<void> {
    return this.flush();
  }

  flush(always = false): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (always) this.dirty = true;
    return this.writes.run(async () => {
      if (!this.dirty) return;
      this.dirty = false;
      try {
        await this.write();
      } catch (error) {
        // A cache: the next start rebuilds what is missing. The session files themselves are saved.
        this.dirty = true;
        console.error('Duet: could not write outcome-facts.json', error);
      }
    });
  }

  /** Writes what is pending; no background work starts after this. */
  async close(): Promise<void> {
    this.closed = true;
    await this.loaded;
    await this.flush();
  }

  private drop(id: string): boolean {
    const had = this.facts.delete(id);
    if (had) this.snapshot = null;
    return had;
  }

  /**
   * The file is written once saving pauses (each change restarts the wait), not every few seconds while someone
   * types: a write is the whole practice's facts, so it must not ride on the keystrokes of one visit.
   */
  private changed(): void {
    this.snapshot = null;
    this.dirty = true;
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.options.writeDelayMs ?? WRITE_DELAY_MS);
    this.timer.unref?.();
  }

  private async load(): Promise<void> {
    const { fs } = this.options;
    try {
      await fs.unlink(this.temp);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') console.error('Duet: could not remove a leftover temp file of outcome-facts.json', error);
    }
    let text: string;
    try {
      text = (await fs.readFile(this.file)).toString('utf-8');
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') console.error('Duet: could not read outcome-facts.json; it will be rebuilt', error);
      return;
    }
    try {
      const parsed = factsFrameSchema.parse(JSON.parse(this.open(text)));
      for (const facts of parsed.facts as unknown as EpisodeFacts[]) this.facts.set(facts.id, facts);
      this.snapshot = null;
    } catch (error) {
      // Damaged, from another key, or from another version: rebuilt from the session files, nothing is lost.
      console.warn('Duet: outcome-facts.json could not be used; it will be rebuilt from the sessions', error instanceof Error ? error.message : error);
      this.facts.clear();
      this.dirty = true;
    }
  }

  private open(text: string): string {
    const cipher = this.options.cipher();
    if (!cipher) return text;
    const envelope: unknown = JSON.parse(text);
    if (!isEnvelope(envelope)) throw new Error('not an encrypted file');
    if (envelope.keyId === cipher.keyId) return cipher.open(envelope, BINDING).toString('utf-8');
    const previous = this.options.previousCipher;
    if (previous && envelope.keyId === previous.keyId) {
      // A re-key cut short before it reached this file (resealAll normally has): written again under the new key.
      this.dirty = true;
      this.writeSoon = true;
      return previous.open(envelope, BINDING).toString('utf-8');
    }
    throw new Error('sealed with another key');
  }

  private async write(): Promise<void> {
    const { fs } = this.options;
    const cipher = this.options.cipher();
    const json = JSON.stringify({ schemaVersion: FILE_VERSION, facts: this.all() });
    await writeSynced(fs, this.temp, cipher ? cipher.seal(json, BINDING) : json);
    await fs.rename(this.temp, this.file);
    await syncFolder(fs, dirname(this.file));
  }

  /** Reads the sessions whose facts are missing or old, a batch at a time, without keeping the sessions in memory. */
  private async rebuild(ids: readonly string[], isListed: (id: string) => boolean): Promise<void> {
    const { fs, dataDir } = this.options;
    let unreadable = 0;
    for (let start = 0; start < ids.length && !this.closed; start += REBUILD_BATCH) {
      const batch = ids.slice(start, start + REBUILD_BATCH).filter((id) => this.reading.has(id));
      await Promise.all(
        batch.map(async (id) => {
          const read = await readDocument(fs, join(dataDir, SESSIONS_FOLDER, `${id}.json`), sessionFileSchema, { ...SESSION_FILE_VERSIONS, cipher: this.options.cipher() }).catch(
            () => null,
          );
          // Still wanted, and not saved meanwhile (a save has already given newer facts).
          if (!this.reading.has(id) || !isListed(id)) return;
          this.reading.delete(id);
          if (read?.kind === 'ok' && read.data.session.id === id) this.note(asEpisode(read.data.session));
          else unreadable += 1; // repaired (and its facts noted) when the session is next opened
        }),
      );
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (unreadable > 0) console.warn(`Duet: ${String(unreadable)} session files could not be read for the practice's figures yet`);
  }
}
