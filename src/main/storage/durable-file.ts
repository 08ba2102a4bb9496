import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { errorCode, fileExists, syncFolder, type StorageFs } from './storage-fs';
import { isEnvelope, type DataCipher } from './cipher';

/** How many earlier good versions of each file are kept beside it (`<file>.bak-1` is the newest). */
export const BACKUP_COUNT = 3;

export function backupPath(file: string, generation: number): string {
  return `${file}.bak-${generation}`;
}

export interface DurableFileOptions {
  fs: StorageFs;
  /**
   * The newest backup is replaced by the version on disk at most this often (and always on the first write
   * after opening), so three backups span real time rather than the last three keystrokes.
   */
  backupEveryMs: number;
  now: () => number;
  /** Set for files that hold patient data: what reaches the disk is an AES-256-GCM envelope (see cipher.ts). */
  cipher?: DataCipher | null;
}

/**
 * A lowdb adapter that survives a crash or power loss at any moment: the JSON goes to a temp file in the same
 * folder, which is synced to disk, renamed over the target, and then the folder itself is synced. Readers see
 * either the old file or the new one, never a mix, and an acknowledged write is on disk.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private lastBackupAt: number | null = null;
  private readonly temp: string;

  constructor(
    readonly file: string,
    private readonly options: DurableFileOptions,
  ) {
    this.temp = join(dirname(file), `.${basename(file)}.tmp`);
  }

  /** The store validates what it reads itself (see read-document.ts); lowdb's own read is only here for lowdb. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await this.options.fs.readFile(this.file, 'utf-8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    const parsed: unknown = JSON.parse(text);
    const { cipher } = this.options;
    return (cipher && isEnvelope(parsed) ? JSON.parse(cipher.open(parsed).toString('utf-8')) : parsed) as T;
  }

  async write(data: T): Promise<void> {
    const { fs, cipher } = this.options;
    const json = JSON.stringify(data);
    const handle = await fs.open(this.temp, 'w');
    try {
      await handle.writeFile(cipher ? cipher.seal(json) : json);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await this.rotateBackupsIfDue();
    await fs.rename(this.temp, this.file);
    await syncFolder(fs, dirname(this.file));
  }

  private async rotateBackupsIfDue(): Promise<void> {
    const now = this.options.now();
    if (this.lastBackupAt !== null && now - this.lastBackupAt < this.options.backupEveryMs) return;
    const { fs } = this.options;
    // Nothing to keep yet; and rolling the backups now would only push the oldest good one out.
    if (!(await fileExists(fs, this.file))) return;
    this.lastBackupAt = now;
    for (let generation = BACKUP_COUNT - 1; generation >= 1; generation -= 1) {
      try {
        await fs.rename(backupPath(this.file, generation), backupPath(this.file, generation + 1));
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') {
          this.lastBackupAt = null;
          throw error;
        }
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
