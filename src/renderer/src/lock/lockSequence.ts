import type { QueryClient } from '@tanstack/react-query';
import type { LockStatus } from '../../../shared/app-lock';
import { call } from '../api/client';
import { forgetEverythingButLockStatus } from '../api/hooks';
import { flushAllSavers, forgetAllSavers } from '../components/answersSaver';
import { navigate } from '../routing/routes';
import type { LockRequest } from './appLock';

/**
 * How long pending saves may take once Duet is locked. Main accepts late saves for the session open at the lock
 * for 30 s (AppLock.LATE_SAVE_GRACE_MS); what is not saved by then is dropped from the page.
 */
export const SAVE_WAIT_LIMIT_MS = 10_000;

function waitAtMost(work: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void work.finally(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function lockMain(): Promise<LockStatus | null> {
  try {
    return await call('lock');
  } catch {
    return null;
  }
}

/**
 * What happens once the screens are gone (the gate already shows the lock screen):
 * 1. "End session" first saves what is pending and closes the open session (only possible while unlocked), so a
 *    restart does not reopen it, and the next start is Home;
 * 2. main locks at once (m4): from then on it refuses every operation that reads patient data;
 * 3. pending autosaves are sent (main still takes them for the session open at the lock, briefly) and awaited;
 * 4. every saver and everything the page read (sessions, settings, the log) is forgotten.
 * Returns main's lock status, or null if main could not say (the page stays locked regardless).
 */
export async function lockSequence(queryClient: QueryClient, request: LockRequest): Promise<LockStatus | null> {
  if (request.endSession) {
    await waitAtMost(flushAllSavers(), SAVE_WAIT_LIMIT_MS);
    try {
      await call('setOpenSession', { id: null });
    } catch {
      // Main may have locked on its own already; the session then simply reopens at the next start.
    }
    navigate({ name: 'home' });
  }
  const status = await lockMain();
  await waitAtMost(flushAllSavers(), SAVE_WAIT_LIMIT_MS);
  forgetAllSavers();
  forgetEverythingButLockStatus(queryClient);
  return status;
}
