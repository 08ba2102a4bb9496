import { z } from 'zod';
import { planRetention, type RetentionPlan } from '../shared/domain/retention';
import type { RetentionReview } from '../shared/contract';
import type { Store, StorageFs } from './storage';
import { deleteExpiredSessions } from './retention';
import { StateFile } from './lock/state-file';
import type { SecurityEvent } from './lock/security-log';

const DAY_MS = 24 * 60 * 60 * 1000;
const RETENTION_RUNS_FILE = 'retention-runs.json';

const runsSchema = z.object({ lastRunAt: z.string().datetime().nullable() });
type Runs = z.infer<typeof runsSchema>;

export interface RetentionRunnerOptions {
  store: Store;
  fs: StorageFs;
  dataDir: string;
  /** Each run is logged (security review M7, m13): counts and reasons only, never who. */
  record: (event: SecurityEvent, detail?: string) => void;
  now?: () => Date;
}

/**
 * The practice's retention period, applied after the first unlock and then once a day while Duet runs (exam-room
 * machines are often never shut down). A run waits when the computer's clock looks wrong, and asks the person at
 * the screen first when many sessions would go at once (see planRetention). Every run is logged.
 */
export class RetentionRunner {
  private held: string[] | null = null;
  private readonly runs: StateFile<Runs>;
  private readonly now: () => Date;

  constructor(private readonly options: RetentionRunnerOptions) {
    this.now = options.now ?? (() => new Date());
    this.runs = new StateFile(options.fs, options.dataDir, RETENTION_RUNS_FILE, runsSchema, { lastRunAt: null });
  }

  async run(): Promise<RetentionPlan> {
    const { store, record } = this.options;
    const now = this.now();
    const { settings, openSessionId } = store.read();
    const { lastRunAt } = await this.runs.read();
    const plan = planRetention({
      summaries: store.listSessions(),
      retentionDays: settings.retentionDays,
      now,
      openSessionId,
      lastRunAt: lastRunAt ? new Date(lastRunAt) : null,
    });
    if (plan.kind === 'clock-looks-wrong') {
      // The time of this run is not trusted either, so it is not kept as the last run.
      record('retention-skipped', plan.problem);
      return plan;
    }
    await this.runs.write({ lastRunAt: now.toISOString() });
    if (plan.kind === 'ask-first') {
      this.held = plan.ids;
      record('retention-held', `${plan.ids.length} due`);
    } else if (plan.kind === 'delete') {
      await this.delete(plan.ids, now, 'retention-ran');
    } else {
      record('retention-ran', 'none due');
    }
    return plan;
  }

  /** Many sessions were due at once: how many, for the page to ask about (null when nothing waits). */
  review(): RetentionReview | null {
    if (!this.held) return null;
    return { dueCount: this.held.length, totalCount: this.options.store.listSessions().length };
  }

  /** The person's answer: delete them now, or keep them and ask again at the next run. */
  async answer(deleteNow: boolean): Promise<void> {
    const held = this.held;
    this.held = null;
    if (!held) return;
    if (deleteNow) await this.delete(held, this.now(), 'retention-confirmed');
    else this.options.record('retention-declined', `${held.length} kept`);
  }

  private async delete(ids: readonly string[], now: Date, event: SecurityEvent): Promise<void> {
    const outcome = await deleteExpiredSessions(this.options.store, ids, now);
    this.options.record(event, `${outcome.deleted.length} deleted, ${outcome.failed.length} failed`);
  }
}

/** Runs now (resolving once the first run is done), then once a day. Returns a function that stops it. */
export async function scheduleRetention(runner: RetentionRunner): Promise<() => void> {
  const run = () =>
    runner.run().catch((error: unknown) => {
      console.error('Duet: applying the retention period failed', error);
    });
  await run();
  const timer = setInterval(() => void run(), DAY_MS);
  // A pending daily run must not keep Duet from quitting.
  timer.unref();
  return () => clearInterval(timer);
}
