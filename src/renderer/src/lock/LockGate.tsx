import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockStatus } from '../../../shared/app-lock';
import { call } from '../api/client';
import { useSettings } from '../api/hooks';
import { ErrorMessage } from '../components/ErrorMessage';
import { useRoute } from '../routing/routes';
import { AppLockContext, type AppLock, type LockRequest } from './appLock';
import { isLockedError, lockSequence } from './lockSequence';
import { SetUpPassphraseScreen } from './SetUpPassphraseScreen';
import { UnlockScreen } from './UnlockScreen';
import { useIdleLock } from './useIdleLock';

type GateState =
  | { phase: 'checking' }
  | { phase: 'check-failed'; error: unknown }
  | { phase: 'needs-set-up'; status: LockStatus }
  /** The lock screen already shows; pending saves are being sent and main is being locked. */
  | { phase: 'locking'; status: LockStatus; request: LockRequest }
  | { phase: 'locked'; status: LockStatus }
  | { phase: 'unlocked'; status: LockStatus };

function stateFor(status: LockStatus): GateState {
  switch (status.state) {
    case 'needs-set-up':
      return { phase: 'needs-set-up', status };
    case 'locked':
      return { phase: 'locked', status };
    case 'unlocked':
      return { phase: 'unlocked', status };
  }
}

/**
 * Nothing of the app is mounted until main says Duet is unlocked. Locking (idle time, the Lock button, the app
 * menu, "End session", or main refusing with 'locked') unmounts every screen at once, saves what was pending,
 * locks main and forgets every query. The address stays as it was, so unlocking returns to the same screen.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<GateState>({ phase: 'checking' });
  const [checkCount, setCheckCount] = useState(0);

  useEffect(() => {
    let cancelled = false;
    call('getLockStatus').then(
      (status) => !cancelled && setState(stateFor(status)),
      (error: unknown) => !cancelled && setState({ phase: 'check-failed', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [checkCount]);

  const lock = useCallback((request: LockRequest = {}) => {
    setState((current) => (current.phase === 'unlocked' ? { phase: 'locking', status: current.status, request } : current));
  }, []);
  const appLock = useMemo<AppLock>(() => ({ lock }), [lock]);

  // Runs after the screens have unmounted (their own autosaves flush as they go).
  const lockingRequest = state.phase === 'locking' ? state.request : null;
  const runningLock = useRef<LockRequest | null>(null);
  useEffect(() => {
    if (!lockingRequest || runningLock.current === lockingRequest) return;
    runningLock.current = lockingRequest;
    void lockSequence(queryClient, lockingRequest).then((status) => {
      runningLock.current = null;
      setState((current) =>
        current.phase === 'locking' ? { phase: 'locked', status: { ...(status ?? current.status), state: 'locked' } } : current,
      );
    });
  }, [lockingRequest, queryClient]);

  useEffect(() => {
    const lockIfRefused = (event: { type: string; action?: { type: string; error?: unknown } }) => {
      if (event.type === 'updated' && event.action?.type === 'error' && isLockedError(event.action.error)) lock();
    };
    const stopQueries = queryClient.getQueryCache().subscribe(lockIfRefused);
    const stopMutations = queryClient.getMutationCache().subscribe(lockIfRefused);
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [queryClient, lock]);

  useEffect(() => {
    // The browser test harness may provide an api without menus. 'lock' also comes when the computer locks or sleeps.
    if (typeof window.api?.onMenuCommand !== 'function') return;
    return window.api.onMenuCommand((command) => {
      if (command === 'lock') lock();
    });
  }, [lock]);

  switch (state.phase) {
    case 'checking':
      return <GateMessage />;
    case 'check-failed':
      return <GateMessage error={state.error} onRetry={() => setCheckCount((count) => count + 1)} />;
    case 'needs-set-up':
      return <SetUpPassphraseScreen status={state.status} onDone={(status) => setState(stateFor(status))} />;
    case 'locking':
    case 'locked':
      return <UnlockScreen status={state.status} locking={state.phase === 'locking'} onUnlocked={(status) => setState(stateFor(status))} />;
    case 'unlocked':
      return (
        <AppLockContext.Provider value={appLock}>
          <IdleLock fallbackMinutes={state.status.lockAfterMinutes} onIdle={lock} />
          {children}
        </AppLockContext.Provider>
      );
  }
}

/** Locks after the practice's chosen minutes of no use. Not in the hidden print window, which no one uses. */
function IdleLock({ fallbackMinutes, onIdle }: { fallbackMinutes: number; onIdle: () => void }) {
  const settings = useSettings();
  const route = useRoute();
  useIdleLock(settings.data?.lockAfterMinutes ?? fallbackMinutes, onIdle, route.name !== 'print');
  return null;
}

function GateMessage({ error, onRetry }: { error?: unknown; onRetry?: () => void }) {
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
