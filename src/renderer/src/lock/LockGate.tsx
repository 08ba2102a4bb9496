import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockStatus } from '../../../shared/app-lock';
import { onLockedError, queryKeys, useLockStatus, useSettings } from '../api/hooks';
import { ErrorMessage } from '../components/ErrorMessage';
import { isBarePrintRoute, useRoute } from '../routing/routes';
import { AppLockContext, type AppLock, type LockRequest } from './appLock';
import { lockSequence } from './lockSequence';
import { RetentionReviewGate } from './RetentionReviewGate';
import { SetUpPassphraseScreen, UnlockScreen } from './lockScreens';
import { useIdleLock } from './useIdleLock';

/**
 * Nothing of the app is mounted until main says Duet is unlocked. Main's lock status is a query like any other
 * (kept when a lock forgets the rest); set-up and unlock are mutations that update it. Locking (idle time, the
 * Lock button, the app menu, "End session", or main refusing with 'locked') unmounts every screen at once, locks
 * main, saves what was pending and forgets every query. The address stays as it was, so unlocking returns to the
 * same screen.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const lockStatus = useLockStatus();
  const route = useRoute();
  /** The lock screen already shows; main is being locked and pending saves sent. */
  const [locking, setLocking] = useState<LockRequest | null>(null);

  const lock = useCallback(
    (request: LockRequest = {}) => {
      if (queryClient.getQueryData<LockStatus>(queryKeys.lockStatus)?.state !== 'unlocked') return;
      setLocking((running) => running ?? request);
    },
    [queryClient],
  );
  const appLock = useMemo<AppLock>(() => ({ lock }), [lock]);

  // Runs after the screens have unmounted (their own autosaves flush as they go).
  const running = useRef<LockRequest | null>(null);
  useEffect(() => {
    if (!locking || running.current === locking) return;
    running.current = locking;
    void lockSequence(queryClient, locking).then((status) => {
      running.current = null;
      queryClient.setQueryData<LockStatus>(queryKeys.lockStatus, (current) =>
        current ? { ...(status ?? current), state: 'locked' } : (status ?? current),
      );
      setLocking(null);
    });
  }, [locking, queryClient]);

  useEffect(() => onLockedError(queryClient, () => lock()), [queryClient, lock]);

  useEffect(() => {
    // The browser test harness may provide an api without menus. 'lock' also comes when the computer locks or sleeps.
    if (typeof window.api?.onMenuCommand !== 'function') return;
    return window.api.onMenuCommand((command) => {
      if (command === 'lock') lock();
    });
  }, [lock]);

  // The hidden print page cannot print a locked Duet: it says so at once, and main stops waiting (T-2).
  const status = lockStatus.data;
  const showsApp = status?.state === 'unlocked' && !locking;
  const barePrint = isBarePrintRoute(route);
  useEffect(() => {
    if (barePrint && status && !showsApp) document.documentElement.dataset.printReady = 'error';
  }, [barePrint, status, showsApp]);

  if (lockStatus.isPending) return <GateMessage />;
  if (lockStatus.isError) return <GateMessage error={lockStatus.error} onRetry={() => void lockStatus.refetch()} />;
  // Each lock screen has its own Suspense (its chunk is normally in already: see lockScreens.ts), so the screens
  // behind the lock are gone the moment it locks, whatever the chunk does.
  if (lockStatus.data.state === 'needs-set-up') {
    return (
      <Suspense fallback={<GateMessage />}>
        <SetUpPassphraseScreen status={lockStatus.data} />
      </Suspense>
    );
  }
  if (!showsApp) {
    return (
      <Suspense fallback={<GateMessage />}>
        <UnlockScreen status={lockStatus.data} locking={locking !== null} />
      </Suspense>
    );
  }
  return (
    <AppLockContext.Provider value={appLock}>
      <IdleLock fallbackMinutes={lockStatus.data.lockAfterMinutes} onIdle={lock} />
      <RetentionReviewGate>{children}</RetentionReviewGate>
    </AppLockContext.Provider>
  );
}

/** Locks after the practice's chosen minutes of no use. Not in the hidden print window, which no one uses. */
function IdleLock({ fallbackMinutes, onIdle }: { fallbackMinutes: number; onIdle: () => void }) {
  const settings = useSettings();
  const route = useRoute();
  // The lock screen's code, in before it is needed (not in the print window, which never shows it).
  useEffect(() => {
    if (isBarePrintRoute(route)) return;
    const timer = setTimeout(() => void UnlockScreen.preload().catch(() => undefined), 1_000);
    return () => clearTimeout(timer);
  }, [route]);
  useIdleLock(settings.data?.lockAfterMinutes ?? fallbackMinutes, onIdle, !isBarePrintRoute(route));
  return null;
}

export function GateMessage({ error, onRetry }: { error?: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('lock');
  return (
    <main id="main-content" tabIndex={-1} className="page">
      {error === undefined ? (
        <p role="status">{t('gate.checking')}</p>
      ) : (
        <>
          <h1>{t('gate.failedTitle')}</h1>
          <ErrorMessage error={error} onRetry={onRetry} />
        </>
      )}
    </main>
  );
}
