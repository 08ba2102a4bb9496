import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { errorCode, fileExists, syncFolder, type StorageFs } from './storage-fs';
import { bindingForFile, type DataCipher } from './cipher';
import { readDocument, type ReadOptions, type RecoveryReason } from './read-document';

/** Which document versions a file is read in (see ReadOptions); the current one alone when not given. */
export type DocumentVersions = Pick<ReadOptions, 'expectedVersion' | 'oldestVersion'>;

/** How many earlier good versions of each file are kept beside it (`<file>.bak-1` is the newest). */
export const BACKUP_COUNT = 3;

export function backupPath(file: string, generation: number): string {
  return `${file}.bak-${generation}`;
}

export function backupPaths(file: string): string[] {
  return Array.from({ length: BACKUP_COUNT }, (_, index) => backupPath(file, index + 1));
}

export interface DurableFileOptions {
  fs: StorageFs;
  /**
   * The newest backup is replaced by the version on disk at most this often (and always on the first write
   * after opening), so three backups span real time rather than the last three keystrokes.
   */
  backupEveryMs: number;
  now: () => number;
  /**
   * Set for files that hold patient data: what reaches the disk is an AES-256-GCM envelope bound to the file's
   * name (see cipher.ts). Read at each write, so a re-key (rekey.ts) takes effect for every open file at once.
   */
  cipher?: DataCipher | null;
}

/** What lowdb's read found wrong with the file: the store moves it aside and restores a backup (recovery.ts). */
export class DamagedFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: RecoveryReason,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DamagedFileError';
  }
}

/**
 * lowdb's adapter for every Duet file: a write survives a crash or power loss at any moment. The JSON goes to a
 * temp file in the same folder, which is synced to disk, renamed over the target, and then the folder itself is
 * synced. Readers see either the old file or the new one, never a mix, and an acknowledged write is on disk.
 * A read checks the file against `schema` (and opens its envelope); damage throws DamagedFileError.
 */
export class DurableJsonFile<S extends z.ZodType> implements Adapter<z.output<S>> {
  private lastBackupAt: number | null = null;
  private readonly temp: string;
  /** The last read found an older envelope format: the caller writes the data again (see read-document.ts). */
  lastReadWasStale = false;
  /** The last read's JSON as it was on disk (see DocumentRead). */
  lastRaw: Record<string, unknown> | null = null;

  constructor(
    readonly file: string,
    private readonly schema: S,
    private readonly options: DurableFileOptions,
    private readonly versions: DocumentVersions = {},
  ) {
    this.temp = join(dirname(file), `.${basename(file)}.tmp`);
  }

  /** The checked content, or null when there is no file. Throws DamagedFileError, or StorageError (see readDocument). */
  async read(): Promise<z.output<S> | null> {
    const read = await readDocument(this.options.fs, this.file, this.schema, { ...this.versions, cipher: this.options.cipher ?? null });
    this.lastReadWasStale = read.kind === 'ok' && read.stale;
    this.lastRaw = read.kind === 'ok' ? read.raw : null;
    if (read.kind === 'ok') return read.data;
    if (read.kind === 'absent') return null;
    throw new DamagedFileError(this.file, read.kind === 'bad' ? read.reason : 'invalid-shape');
  }

  async write(data: z.output<S>): Promise<void> {
    const { fs, cipher } = this.options;
    const json = JSON.stringify(data);
    await writeSynced(fs, this.temp, cipher ? cipher.seal(json, requireBinding(this.file)) : json);
    await this.rotateBackupsIfDue();
    await fs.rename(this.temp, this.file);
    await syncFolder(fs, dirname(this.file));
  }

  /**
   * Best effort: a backup that cannot be made (a file held open by another program, a full folder) must not
   * stop the save itself; it is tried again at the next write.
   */
  private async rotateBackupsIfDue(): Promise<void> {
    const now = this.options.now();
    if (this.lastBackupAt !== null && now - this.lastBackupAt < this.options.backupEveryMs) return;
    // Nothing to keep yet; and rolling the backups now would only push the oldest good one out.
    if (!(await fileExists(this.options.fs, this.file))) return;
    try {
      await this.rotateBackups();
      this.lastBackupAt = now;
    } catch (error) {
      console.error(`Duet: could not keep a backup of ${this.file}; the save goes ahead`, error);
    }
  }

  private async rotateBackups(): Promise<void> {
    const { fs } = this.options;
    for (let generation = BACKUP_COUNT - 1; generation >= 1; generation -= 1) {
      try {
        await fs.rename(backupPath(this.file, generation), backupPath(this.file, generation + 1));
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
      }
    }
    // A hard link keeps the current version as the newest backup without copying it; the rename that follows
    // then points the file name at the new version. Some drives (FAT) have no hard links: copy there.
    try {
      await fs.link(this.file, backupPath(this.file, 1));
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT') {
        // No current version yet: nothing to keep.
      } else if (code === 'EEXIST') {
        await fs.unlink(backupPath(this.file, 1));
        await fs.link(this.file, backupPath(this.file, 1));
      } else {
        await fs.copyFile(this.file, backupPath(this.file, 1));
      }
    }
  }
}

/** Creates or replaces `path` with `content` and syncs it to the disk before returning. */
export async function writeSynced(fs: StorageFs, path: string, content: string | Buffer): Promise<void> {
  const handle = await fs.open(path, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function requireBinding(file: string) {
  const binding = bindingForFile(file);
  if (!binding) throw new Error(`Not a patient-data file, so it is never encrypted: ${file}`);
  return binding;
}
