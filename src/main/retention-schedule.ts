import type { Store } from './storage';
import { applyRetention } from './retention';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Applies the practice's retention period once the data is open, then once a day while Duet runs (exam-room
 * machines are often never shut down). Does nothing when retention is off.
 */
export function scheduleRetention(store: Store, now: () => Date = () => new Date()): () => void {
  const run = () => {
    applyRetention(store, now()).catch((error: unknown) => console.error('Duet: applying the retention period failed', error));
  };
  run();
  const timer = setInterval(run, DAY_MS);
  // A pending daily run must not keep Duet from quitting.
  timer.unref();
  return () => clearInterval(timer);
}
