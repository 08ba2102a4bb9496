import type { QueryClient } from '@tanstack/react-query';
import type { LockStatus } from '../../../shared/app-lock';
import { call, DuetError } from '../api/client';
import { flushAllSavers } from '../components/answersSaver';
import { navigate } from '../routing/routes';
import type { LockRequest } from './appLock';

/** A save that hangs must not keep the app unlocked: main accepts saves while locked, so it can finish later. */
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

/**
 * What happens once the screens are gone (the gate already shows the lock screen):
 * 1. every pending autosave is sent and awaited, so answers typed just before the lock are kept;
 * 2. "End session" closes the open session, so a restart does not reopen it, and the next start is Home;
 * 3. main locks: from then on it refuses every operation that reads patient data, until the passphrase is typed;
 * 4. everything the page read (sessions, settings, the log) is forgotten.
 * Returns main's lock status, or null if main could not say (the page stays locked regardless).
 */
export async function lockSequence(queryClient: QueryClient, request: LockRequest): Promise<LockStatus | null> {
  await waitAtMost(flushAllSavers(), SAVE_WAIT_LIMIT_MS);
  if (request.endSession) {
    try {
      await call('setOpenSession', { id: null });
    } catch {
      // Main may have locked on its own already; the session then simply reopens at the next start.
    }
    navigate({ name: 'home' });
  }
  let status: LockStatus | null = null;
  try {
    status = await call('lock');
  } catch {
    status = null;
  }
  queryClient.clear();
  return status;
}

/** Main refuses patient data with 'locked' when it locked on its own (the computer's screen locked, say). */
export function isLockedError(error: unknown): boolean {
  return error instanceof DuetError && error.code === 'locked';
}
