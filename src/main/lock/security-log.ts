import { join } from 'node:path';
import { SerialQueue } from '../serial-queue';
import { errorCode, type StorageFs } from '../storage/storage-fs';

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
  readonly file: string;

  constructor(
    private readonly fs: StorageFs,
    private readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = join(dataDir, SECURITY_LOG_FILE);
  }

  record(event: SecurityEvent, detail?: string): Promise<void> {
    const entry: SecurityLogEntry = { at: this.now().toISOString(), event, ...(detail ? { detail } : {}) };
    return this.queue.run(() => this.append(entry)).catch((error: unknown) => {
      console.error(`Duet: could not write "${event}" to the security log`, error);
    });
  }

  /** The entries, oldest first; torn or foreign lines are skipped. */
  async read(): Promise<SecurityLogEntry[]> {
    let text: string;
    try {
      text = await this.fs.readFile(this.file, 'utf-8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    return text.split('\n').flatMap((line) => {
      try {
        const parsed = JSON.parse(line) as Partial<SecurityLogEntry> | null;
        return parsed && typeof parsed.at === 'string' && typeof parsed.event === 'string' ? [parsed as SecurityLogEntry] : [];
      } catch {
        return [];
      }
    });
  }

  private async append(entry: SecurityLogEntry): Promise<void> {
    await this.fs.mkdir(this.dataDir, { recursive: true });
    const handle = await this.fs.open(this.file, 'a');
    try {
      // A line torn by a crash is skipped by read(); starting each entry on its own line keeps the next one whole.
      await handle.writeFile(`\n${JSON.stringify(entry)}`);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }
}
