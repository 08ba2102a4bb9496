import { join } from 'node:path';
import type { z } from 'zod';
import { DurableJsonFile } from '../storage/durable-file';
import { errorCode, type StorageFs } from '../storage/storage-fs';

/**
 * A small clear-text JSON file of main's own bookkeeping beside the data (wrong-passphrase tries, retention runs).
 * It holds no patient data. A missing, damaged or foreign file reads as `fallback`; a failed write is logged and
 * never stops what the person is doing.
 */
export class StateFile<T> {
  private readonly adapter: DurableJsonFile<z.ZodType<T>>;

  constructor(
    private readonly fs: StorageFs,
    private readonly dataDir: string,
    name: string,
    private readonly schema: z.ZodType<T>,
    private readonly fallback: T,
  ) {
    // Backups would only keep older counts around; the file is rewritten whole each time.
    this.adapter = new DurableJsonFile(join(dataDir, name), schema, { fs, backupEveryMs: Number.POSITIVE_INFINITY, now: Date.now });
  }

  get file(): string {
    return this.adapter.file;
  }

  async read(): Promise<T> {
    try {
      const text = await this.fs.readFile(this.adapter.file, 'utf-8');
      const parsed = this.schema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : this.fallback;
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') console.error(`Duet: could not read ${this.adapter.file}`, error);
      return this.fallback;
    }
  }

  async write(value: T): Promise<void> {
    try {
      await this.fs.mkdir(this.dataDir, { recursive: true });
      await this.adapter.write(value);
    } catch (error) {
      console.error(`Duet: could not write ${this.adapter.file}`, error);
    }
  }
}
