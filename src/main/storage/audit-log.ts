import { z } from 'zod';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from '../../shared/audit';
import { SerialQueue } from '../serial-queue';
import { errorCode, type StorageFs } from './storage-fs';

export const AUDIT_FILE_NAME = 'audit.log';

const auditEntrySchema = z
  .object({ at: z.string().datetime(), action: z.enum(AUDIT_ACTIONS), sessionId: z.string().uuid() })
  .strict();

/**
 * audit.log: one JSON line per action, only ever appended to, each append synced to disk before it counts.
 * A crash mid-append leaves a torn last line: readers skip it, and the next append starts on a fresh line.
 */
export class AuditLog {
  private readonly queue = new SerialQueue();
  /** Whether the file's last byte is known to end a line (checked once, before this process's first append). */
  private endsWithNewline: boolean | null = null;

  constructor(
    private readonly fs: StorageFs,
    readonly file: string,
    private readonly now: () => Date,
  ) {}

  /** Appends one entry; appends are serialised so lines never interleave. */
  record(action: AuditAction, sessionId: string, at: Date = this.now()): Promise<void> {
    const entry: AuditEntry = { at: at.toISOString(), action, sessionId };
    return this.queue.run(() => this.append(entry));
  }

  /** The newest `limit` well-formed entries, newest first. Torn or foreign lines are skipped. */
  async read(limit: number): Promise<AuditEntry[]> {
    let text: string;
    try {
      text = await this.fs.readFile(this.file, 'utf-8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const entries: AuditEntry[] = [];
    const lines = text.split('\n');
    for (let index = lines.length - 1; index >= 0 && entries.length < limit; index -= 1) {
      const entry = parseLine(lines[index]!);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  private async append(entry: AuditEntry): Promise<void> {
    const handle = await this.fs.open(this.file, 'a+');
    try {
      if (this.endsWithNewline === null) this.endsWithNewline = await lastByteEndsLine(handle);
      const prefix = this.endsWithNewline ? '' : '\n';
      // Not yet known to be whole until the sync below succeeds.
      this.endsWithNewline = false;
      await handle.writeFile(`${prefix}${JSON.stringify(entry)}\n`);
      await handle.datasync();
      this.endsWithNewline = true;
    } finally {
      await handle.close();
    }
  }
}

type Handle = Awaited<ReturnType<StorageFs['open']>>;

async function lastByteEndsLine(handle: Handle): Promise<boolean> {
  const { size } = await handle.stat();
  if (size === 0) return true;
  const byte = Buffer.alloc(1);
  await handle.read(byte, 0, 1, size - 1);
  return byte[0] === 0x0a;
}

function parseLine(line: string): AuditEntry | null {
  if (line.trim() === '') return null;
  try {
    const parsed = auditEntrySchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
