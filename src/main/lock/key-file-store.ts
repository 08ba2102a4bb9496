import { join } from 'node:path';
import { BACKUP_COUNT, backupPath, DurableJsonFile } from '../storage/durable-file';
import { StorageError } from '../storage/errors';
import { errorCode, type StorageFs } from '../storage/storage-fs';
import { KEY_FILE_NAME, KEY_FILE_VERSION, keyFileSchema, type KeyFile } from './key-file';
import { futureVersionError } from '../storage/read-document';

/**
 * key.json on disk, written durably with a backup on every write: losing it loses every session, so IT is told
 * (docs/data.md) to back it up with the rest of the data folder.
 */
export class KeyFileStore {
  readonly file: string;
  private readonly adapter: DurableJsonFile<typeof keyFileSchema>;

  constructor(
    private readonly fs: StorageFs,
    private readonly dataDir: string,
    now: () => Date,
  ) {
    this.file = join(dataDir, KEY_FILE_NAME);
    this.adapter = new DurableJsonFile(this.file, keyFileSchema, { fs, backupEveryMs: 0, now: () => now().getTime() });
  }

  /** The key file, from its newest good copy; null when there is none at all (first start on this computer). */
  async read(): Promise<KeyFile | null> {
    let sawAny = false;
    for (const path of [this.file, ...Array.from({ length: BACKUP_COUNT }, (_, index) => backupPath(this.file, index + 1))]) {
      let text: string;
      try {
        text = await this.fs.readFile(path, 'utf-8');
      } catch (error) {
        if (errorCode(error) === 'ENOENT') continue;
        throw new StorageError('open-failed', `Duet could not read its key file (${path}).`, { cause: error });
      }
      sawAny = true;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        continue; // damaged: try the next backup
      }
      const version = (raw as { keyFileVersion?: unknown } | null)?.keyFileVersion;
      if (typeof version === 'number' && version > KEY_FILE_VERSION) throw futureVersionError(version, path);
      const parsed = keyFileSchema.safeParse(raw);
      if (parsed.success) return parsed.data;
    }
    if (!sawAny) return null;
    throw new StorageError(
      'open-failed',
      `Duet's key file is damaged and no good backup of it was found (${this.file}). Without it the saved ` +
        'sessions cannot be opened. Please restore key.json from the practice’s backup. Nothing was deleted.',
    );
  }

  /** The data folder itself may not exist yet: set-up is the first thing Duet ever writes on a computer. */
  async write(keyFile: KeyFile): Promise<void> {
    await this.fs.mkdir(this.dataDir, { recursive: true });
    await this.adapter.write(keyFile);
  }

  /**
   * After a passphrase change: writes the new key file, then drops every backup (they hold the data key wrapped by
   * the old passphrase) and writes again so the new version has a backup of its own. Once the first write is done
   * the new passphrase is in effect: a failure after it is logged, not thrown.
   */
  async writeReplacingBackups(keyFile: KeyFile): Promise<void> {
    await this.write(keyFile);
    try {
      for (let generation = 1; generation <= BACKUP_COUNT; generation += 1) {
        try {
          await this.fs.unlink(backupPath(this.file, generation));
        } catch (error) {
          if (errorCode(error) !== 'ENOENT') throw error;
        }
      }
      await this.adapter.write(keyFile);
    } catch (error) {
      console.error('Duet: the passphrase was changed, but older copies of key.json could not be replaced', error);
    }
  }

}
