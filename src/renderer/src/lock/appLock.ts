import { createContext, useContext } from 'react';

export interface LockRequest {
  /** "End session": the open session is closed, and after unlocking Duet starts at Home instead of where it was. */
  endSession?: boolean;
}

export interface AppLock {
  /** Hides every screen at once, saves what is pending, locks main, then forgets all data held in the page. */
  lock: (request?: LockRequest) => void;
}

export const AppLockContext = createContext<AppLock | null>(null);

/** The lock of the surrounding LockGate; null when a screen is rendered without one (some component tests). */
export function useAppLock(): AppLock | null {
  return useContext(AppLockContext);
}
