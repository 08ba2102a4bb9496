import { join } from 'node:path';
import { SerialQueue } from '../serial-queue';
import { JsonLinesFile } from '../storage/json-lines-file';
import type { StorageFs } from '../storage/storage-fs';

export const SECURITY_LOG_FILE = 'security.log';

/**
 * What the security log records (security review m13): lock and passphrase events, settings changes and
 * retention runs. Never a passphrase, a patient label or any answer; retention runs carry counts only.
 */
export type SecurityEvent =
  | 'set-up'
  | 'unlocked'
  | 'unlock-failed'
  | 'locked'
  | 'passphrase-changed'
  | 'settings-changed'
  | 'retention-ran'
  | 'retention-skipped'
  | 'retention-held'
  | 'retention-confirmed'
  | 'retention-declined';

export interface SecurityLogEntry {
  at: string;
  event: SecurityEvent;
  /** A short machine-readable detail: why a lock happened, how many sessions retention deleted. */
  detail?: string;
}

/**
 * security.log beside audit.log: one JSON line per event, appended and synced before it counts. It is in clear,
 * like audit.log, and holds no patient data. Writes are serialised; a failure is logged, never thrown, because the
 * event itself has already happened.
 */
export class SecurityLog {
  private readonly queue = new SerialQueue();
  private readonly lines: JsonLinesFile<SecurityLogEntry>;

  constructor(
    private readonly fs: StorageFs,
    private readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.lines = new JsonLinesFile(fs, join(dataDir, SECURITY_LOG_FILE), (value) => {
      const entry = value as Partial<SecurityLogEntry> | null;
      return entry && typeof entry.at === 'string' && typeof entry.event === 'string' ? (entry as SecurityLogEntry) : null;
    });
  }

  get file(): string {
    return this.lines.file;
  }

  record(event: SecurityEvent, detail?: string): Promise<void> {
    const entry: SecurityLogEntry = { at: this.now().toISOString(), event, ...(detail ? { detail } : {}) };
    const append = async () => {
      await this.fs.mkdir(this.dataDir, { recursive: true });
      await this.lines.append(entry);
    };
    return this.queue.run(append).catch((error: unknown) => {
      console.error(`Duet: could not write "${event}" to the security log`, error);
    });
  }

  /** The entries, oldest first; torn or foreign lines are skipped. */
  read(): Promise<SecurityLogEntry[]> {
    return this.lines.readAll();
  }
}
