import { errorCode, type StorageFs } from './storage-fs';

type Handle = Awaited<ReturnType<StorageFs['open']>>;

/**
 * An append-only file of one JSON value per line (audit.log, security.log). Each append is synced to disk before it
 * counts. A crash mid-append leaves a torn last line: reading skips it, and the next append starts on a fresh line.
 * Callers serialise appends (a SerialQueue), so lines never interleave.
 */
export class JsonLinesFile<T> {
  constructor(
    private readonly fs: StorageFs,
    readonly file: string,
    /** The entry a parsed line holds, or null for a foreign or malformed one (skipped). */
    private readonly parseEntry: (value: unknown) => T | null,
  ) {}

  async append(entry: T): Promise<void> {
    const handle = await this.fs.open(this.file, 'a+');
    try {
      // Checked at every append (one byte): a torn line from a crash, ours or another run's, never swallows this one.
      const prefix = (await lastByteEndsLine(handle)) ? '' : '\n';
      await handle.writeFile(`${prefix}${JSON.stringify(entry)}\n`);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  /** Every well-formed entry, oldest first; a missing file has none. */
  async readAll(): Promise<T[]> {
    let text: string;
    try {
      text = await this.fs.readFile(this.file, 'utf-8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    return text.split('\n').flatMap((line) => {
      if (line.trim() === '') return [];
      try {
        const entry = this.parseEntry(JSON.parse(line));
        return entry === null ? [] : [entry];
      } catch {
        return [];
      }
    });
  }
}

async function lastByteEndsLine(handle: Handle): Promise<boolean> {
  const { size } = await handle.stat();
  if (size === 0) return true;
  const byte = Buffer.alloc(1);
  await handle.read(byte, 0, 1, size - 1);
  return byte[0] === 0x0a;
}
