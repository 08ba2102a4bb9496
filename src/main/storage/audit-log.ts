import { z } from 'zod';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from '../../shared/audit';
import { SerialQueue } from '../serial-queue';
import { JsonLinesFile } from './json-lines-file';
import type { StorageFs } from './storage-fs';

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
  private readonly lines: JsonLinesFile<AuditEntry>;

  constructor(
    fs: StorageFs,
    readonly file: string,
    private readonly now: () => Date,
  ) {
    this.lines = new JsonLinesFile(fs, file, (value) => {
      const parsed = auditEntrySchema.safeParse(value);
      return parsed.success ? parsed.data : null;
    });
  }

  /** Appends one entry; appends are serialised so lines never interleave. */
  record(action: AuditAction, sessionId: string, at: Date = this.now()): Promise<void> {
    const entry: AuditEntry = { at: at.toISOString(), action, sessionId };
    return this.queue.run(() => this.lines.append(entry));
  }

  /** The newest `limit` well-formed entries, newest first. Torn or foreign lines are skipped. */
  async read(limit: number): Promise<AuditEntry[]> {
    return (await this.lines.readAll()).reverse().slice(0, limit);
  }
}
