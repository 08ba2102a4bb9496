import type { Answers } from '../../../shared/session';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';
export type SaveMode = 'typing' | 'now';

/** How long typing must pause before a save: fewer writes, and no answer older than this is at risk. */
export const TYPING_DEBOUNCE_MS = 400;
const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 30_000;

/**
 * Saves one session's answers in the background.
 * - Saves never overlap, so an older answers object can never land after a newer one.
 * - A failed save keeps the unsaved answers and retries with backoff until one succeeds, even after the
 *   session screen has closed; the next screen for the same session starts from those unsaved answers.
 */
export class AnswersSaver<T = Answers> {
  private unsaved: T | null = null;
  private inFlight = false;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = FIRST_RETRY_MS;
  private failing = false;
  private status: SaveStatus = 'idle';
  private readonly listeners = new Set<() => void>();
  private settledWaiters: Array<() => void> = [];

  constructor(private save: (answers: T) => Promise<unknown>) {}

  /** The save function comes from the mounted screen's React Query client; a new mount brings a new one. */
  setSaveFunction(save: (answers: T) => Promise<unknown>): void {
    this.save = save;
  }

  getStatus = (): SaveStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Answers changed on screen but not yet stored (null when everything is saved). */
  pendingAnswers(): T | null {
    return this.unsaved;
  }

  change(answers: T, mode: SaveMode): void {
    this.unsaved = answers;
    if (!this.failing && !this.inFlight) this.setStatus('pending');
    if (mode === 'now') {
      this.flush();
      return;
    }
    this.clearDebounce();
    this.debounceTimer = setTimeout(() => this.flush(), TYPING_DEBOUNCE_MS);
  }

  /** Save whatever is unsaved now (step change, page hide, unmount, "Try again"). */
  flush = (): void => {
    this.clearDebounce();
    this.clearRetry();
    if (this.unsaved && !this.inFlight) void this.run();
  };

  /**
   * Resolves once nothing is waiting or being saved, or once a save has failed (a failing saver keeps retrying
   * on its own, so waiting for it could take forever).
   */
  whenSettled(): Promise<void> {
    if (this.isSettled()) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  private isSettled(): boolean {
    return !this.inFlight && (this.unsaved === null || this.failing);
  }

  private resolveSettledWaiters(): void {
    if (!this.isSettled()) return;
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    waiters.forEach((resolve) => resolve());
  }

  private async run(): Promise<void> {
    const answers = this.unsaved;
    if (!answers) return;
    this.inFlight = true;
    this.unsaved = null;
    if (!this.failing) this.setStatus('saving');
    try {
      await this.save(answers);
      this.failing = false;
      this.retryDelay = FIRST_RETRY_MS;
      this.inFlight = false;
      if (this.unsaved && !this.debounceTimer) {
        void this.run();
      } else {
        this.setStatus(this.unsaved ? 'pending' : 'saved');
      }
      this.resolveSettledWaiters();
    } catch {
      this.inFlight = false;
      // Keep the newer of the two: answers typed during the failed save win.
      this.unsaved ??= answers;
      this.failing = true;
      this.setStatus('error');
      this.clearRetry();
      this.retryTimer = setTimeout(this.flush, this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, LONGEST_RETRY_MS);
      this.resolveSettledWaiters();
    }
  }

  /** Stops every timer and drops the unsaved answers (Duet locked and the late-save time is over). */
  dispose(): void {
    this.clearDebounce();
    this.clearRetry();
    this.unsaved = null;
    this.failing = false;
    this.resolveSettledWaiters();
  }

  private setStatus(status: SaveStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.listeners.forEach((listener) => listener());
  }

  private clearDebounce(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = null;
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}

const savers = new Map<string, AnswersSaver<unknown>>();

/**
 * One saver per session for the life of the page, so unsaved answers outlive a screen change. A follow-up visit
 * has its own saver, keyed by `followUpSaverKey`, so the lock flushes it with the rest.
 */
export function saverFor<T = Answers>(key: string, save: (answers: T) => Promise<unknown>): AnswersSaver<T> {
  let saver = savers.get(key) as AnswersSaver<T> | undefined;
  if (!saver) {
    saver = new AnswersSaver<T>(save);
    savers.set(key, saver as unknown as AnswersSaver<unknown>);
  } else {
    saver.setSaveFunction(save);
  }
  return saver;
}

/** Drops one saver and whatever it still held (a follow-up visit that was removed: its saves could never land). */
export function dropSaver(key: string): void {
  savers.get(key)?.dispose();
  savers.delete(key);
}

/** The saver key of one follow-up visit (a session's own answers use the session id). */
export function followUpSaverKey(sessionId: string, visitId: string): string {
  return `${sessionId}/follow-up/${visitId}`;
}

/**
 * Before Duet locks: saves every session's unsaved answers now and waits for the saves in flight, so nothing
 * typed just before the lock is lost. Savers with nothing left to save are dropped, so no answers stay in memory;
 * call it only once the session screens have unmounted, or a screen could keep using a dropped saver.
 */
export async function flushAllSavers(): Promise<void> {
  const all = [...savers.entries()];
  all.forEach(([, saver]) => saver.flush());
  await Promise.all(all.map(([, saver]) => saver.whenSettled()));
  for (const [sessionId, saver] of all) {
    if (saver.pendingAnswers() === null) savers.delete(sessionId);
  }
}

/**
 * After a lock, once the pending saves have had their time: every saver is dropped with whatever it could not
 * save, so no answers stay in the page's memory behind the lock screen (security review m4). Main refuses late
 * saves after its grace time anyway.
 */
export function forgetAllSavers(): void {
  for (const saver of savers.values()) saver.dispose();
  savers.clear();
}
