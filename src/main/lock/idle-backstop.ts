/**
 * Main's own idle lock, behind the page's (security review C1, m6). The page locks after the practice's minutes
 * without use, but only while it exists: with the window closed on macOS, a crashed page, or a page that hangs,
 * nothing would. Main asks the OS how long the whole computer has been idle, and whether its screen is locked
 * (Linux sends no 'lock-screen' event, so this is how Duet notices an OS lock there).
 */
export interface IdleBackstopOptions {
  /** Seconds since the last key press or pointer move anywhere on the computer (powerMonitor.getSystemIdleTime). */
  systemIdleSeconds: () => number;
  /** True when the OS reports its screen locked (powerMonitor.getSystemIdleState(…) === 'locked'). */
  screenLocked: () => boolean;
  /** The practice's lock time. */
  lockAfterMinutes: () => Promise<number>;
  isUnlocked: () => boolean;
  lock: (reason: 'idle' | 'screen-locked') => void;
  checkEveryMs?: number;
}

/** How often main checks: a lock comes at most this much after the practice's time. */
const IDLE_CHECK_EVERY_MS = 15_000;

/** One check; resolves to what it did. */
export async function checkIdle(options: IdleBackstopOptions): Promise<'idle' | 'screen-locked' | null> {
  if (!options.isUnlocked()) return null;
  if (options.screenLocked()) {
    options.lock('screen-locked');
    return 'screen-locked';
  }
  const minutes = await options.lockAfterMinutes();
  if (options.isUnlocked() && options.systemIdleSeconds() >= minutes * 60) {
    options.lock('idle');
    return 'idle';
  }
  return null;
}

/** Checks every few seconds until the returned function is called; never keeps Duet from quitting. */
export function startIdleBackstop(options: IdleBackstopOptions): () => void {
  const timer = setInterval(() => {
    checkIdle(options).catch((error: unknown) => console.error('Duet: the idle check failed', error));
  }, options.checkEveryMs ?? IDLE_CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
