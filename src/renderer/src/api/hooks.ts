import { MutationCache, QueryCache, QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LockStatus } from '../../../shared/app-lock';
import { sessionFromSave } from '../../../shared/operation-results';
import type { FollowUpAnswers } from '../../../shared/follow-up';
import type { Answers, NewSession } from '../../../shared/session';
import type { Settings } from '../../../shared/settings';
import { dropSaver, followUpSaverKey } from '../components/answersSaver';
import { call, DuetError } from './client';
import { preloadLockScreens } from '../lock/lockScreens';
import { loadSessionResources } from './sessionResources';

type LockedListener = () => void;
const lockedListeners = new WeakMap<QueryClient, Set<LockedListener>>();

/**
 * Main refuses patient data with 'locked' when it locked on its own (the computer locked, the window closed): any
 * query or mutation failing that way tells the lock gate (see LockGate), through the caches' own onError.
 */
export function onLockedError(client: QueryClient, listener: LockedListener): () => void {
  const listeners = lockedListeners.get(client) ?? new Set<LockedListener>();
  lockedListeners.set(client, listeners);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isLockedError(error: unknown): boolean {
  return error instanceof DuetError && error.code === 'locked';
}

export function createQueryClient(): QueryClient {
  const tellIfLocked = (error: unknown) => {
    if (isLockedError(error)) lockedListeners.get(client)?.forEach((listener) => listener());
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: tellIfLocked }),
    mutationCache: new MutationCache({ onError: tellIfLocked }),
    defaultOptions: {
      // Exam-room machines are offline by design; 'online' mode would pause every call.
      queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
      mutations: { networkMode: 'always', retry: false },
    },
  });
  return client;
}

export const queryKeys = {
  /** Kept when the lock forgets everything else: it is what the lock gate shows. */
  lockStatus: ['lockStatus'] as const,
  retentionReview: ['retentionReview'] as const,
  sessions: ['sessions'] as const,
  session: (id: string) => ['session', id] as const,
  settings: ['settings'] as const,
  startup: ['startup'] as const,
  auditLog: ['auditLog'] as const,
};

export function useSessions() {
  return useQuery({ queryKey: queryKeys.sessions, queryFn: () => call('listSessions') });
}

/**
 * The reads the first screen needs, shared by their hooks and by the start-up prefetch (api/prefetch.ts). A
 * session is ready when the code and content its screen shows are in too (sessionResources.ts), and a locked
 * status when the lock screen's code is: the screen then shows at once, never a Suspense fallback first, which
 * React would keep on screen for at least 300 ms (issue 14).
 */
export const sessionQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.session(id),
    queryFn: async () => {
      const session = await call('getSession', { id });
      await loadSessionResources(session);
      return session;
    },
  });
export const startupQuery = queryOptions({ queryKey: queryKeys.startup, queryFn: () => call('getStartup') });
export const settingsQuery = queryOptions({ queryKey: queryKeys.settings, queryFn: () => call('getSettings') });
export const lockStatusQuery = queryOptions({
  queryKey: queryKeys.lockStatus,
  queryFn: async () => {
    const status = await call('getLockStatus');
    if (status.state !== 'unlocked') await preloadLockScreens();
    return status;
  },
});
export const retentionReviewQuery = queryOptions({ queryKey: queryKeys.retentionReview, queryFn: () => call('getRetentionReview') });

export function useSession(id: string) {
  return useQuery(sessionQuery(id));
}

/** `enabled`: only a launch at Home asks (App.tsx); the read is a round trip to main, worth saving elsewhere. */
export function useStartup(enabled = true) {
  return useQuery({ ...startupQuery, enabled });
}

export function useSettings() {
  return useQuery(settingsQuery);
}

export function useCreateSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: NewSession) => {
      const session = await call('createSession', input);
      // The new session's screen opens next: its content and code first (see sessionQuery).
      await loadSessionResources(session);
      return session;
    },
    onSuccess: (session) => {
      client.setQueryData(queryKeys.session(session.id), session);
      void client.invalidateQueries({ queryKey: queryKeys.sessions });
    },
  });
}

/**
 * Autosave: every change sends the whole answers object; main keeps the last one it acknowledged. A save that
 * lands after Duet locked gets only its time back, so nothing refills the cache the lock emptied.
 */
export function useSaveAnswers(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ['saveAnswers', id],
    mutationFn: (answers: Answers) => call('saveAnswers', { id, answers }),
    onSuccess: (saved) => {
      const session = sessionFromSave(saved);
      if (!session) return;
      client.setQueryData(queryKeys.session(id), session);
      void client.invalidateQueries({ queryKey: queryKeys.sessions });
    },
  });
}

/** Adds a follow-up visit, dated today, to the episode; the new visit is the last of `followUps`. */
export function useStartFollowUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('startFollowUp', { id }),
    onSuccess: (session) => {
      client.setQueryData(queryKeys.session(session.id), session);
      void client.invalidateQueries({ queryKey: queryKeys.sessions });
    },
  });
}

/** Autosave of one follow-up visit, like useSaveAnswers: a save after the lock gets only its time back. */
export function useSaveFollowUp(id: string, visitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ['saveFollowUp', id, visitId],
    mutationFn: (visit: FollowUpAnswers) => call('saveFollowUp', { id, visitId, visit }),
    onSuccess: (saved) => {
      const session = sessionFromSave(saved);
      if (!session) return;
      client.setQueryData(queryKeys.session(id), session);
      void client.invalidateQueries({ queryKey: queryKeys.sessions });
    },
  });
}

/** Removes a follow-up visit started by mistake (plan versions stay: they are history). */
export function useDeleteFollowUp(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (visitId: string) => call('deleteFollowUp', { id, visitId }),
    onSuccess: (session, visitId) => {
      dropSaver(followUpSaverKey(id, visitId));
      client.setQueryData(queryKeys.session(id), session);
      void client.invalidateQueries({ queryKey: queryKeys.sessions });
    },
  });
}

export function useSetOpenSession() {
  return useMutation({ mutationFn: (id: string | null) => call('setOpenSession', { id }) });
}

export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: Settings) => call('saveSettings', settings),
    onSuccess: (saved) => client.setQueryData(queryKeys.settings, saved),
  });
}

export function usePrintPlan() {
  return useMutation({ mutationFn: (id: string) => call('printPlan', { id }) });
}

export function useSavePlanPdf() {
  return useMutation({ mutationFn: (id: string) => call('savePlanPdf', { id }) });
}

export function usePrintFollowUp() {
  return useMutation({ mutationFn: (input: { id: string; visitId: string }) => call('printFollowUp', input) });
}

export function useSaveFollowUpPdf() {
  return useMutation({ mutationFn: (input: { id: string; visitId: string }) => call('saveFollowUpPdf', input) });
}

export function useDeleteSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('deleteSession', { id }),
    onSuccess: (_nothing, id) => {
      client.removeQueries({ queryKey: queryKeys.session(id) });
      void client.invalidateQueries({ queryKey: queryKeys.sessions });
      void client.invalidateQueries({ queryKey: queryKeys.auditLog });
    },
  });
}

export function useExportSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('exportSession', { id }),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.auditLog }),
  });
}

/** "Export for the health record (FHIR)": main asks where to save, then writes the episode's FHIR bundle. */
export function useExportEpisodeFhir() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('exportEpisodeFhir', { id }),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.auditLog }),
  });
}

/** The activity log changes behind the page's back (every print, open, save): read it afresh each visit. */
export function useAuditLog() {
  return useQuery({ queryKey: queryKeys.auditLog, queryFn: () => call('listAuditLog'), staleTime: 0, refetchOnMount: 'always' });
}

/** Main's lock state: what the lock gate shows (set-up, lock screen or the app). */
export function useLockStatus() {
  return useQuery(lockStatusQuery);
}

function useLockStatusMutation<Input>(run: (input: Input) => Promise<LockStatus>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (status) => client.setQueryData(queryKeys.lockStatus, status),
  });
}

export function useSetUpPassphrase() {
  return useLockStatusMutation((passphrase: string) => call('setUpPassphrase', { passphrase }));
}

export function useUnlock() {
  return useLockStatusMutation((passphrase: string) => call('unlock', { passphrase }));
}

export function useChangePassphrase() {
  return useMutation({ mutationFn: (input: { current: string; next: string }) => call('changePassphrase', input) });
}

/**
 * Everything the page read is forgotten at a lock, except main's lock status, which the lock gate is showing.
 * Mutations go too, so no answers or results stay in their state.
 */
export function forgetEverythingButLockStatus(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.lockStatus[0] });
  client.getMutationCache().clear();
}

/** After unlocking: many sessions were due for deletion at once, and main waits for a yes or no (M7). */
export function useRetentionReview() {
  return useQuery(retentionReviewQuery);
}

export function useAnswerRetentionReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (deleteNow: boolean) => call('answerRetentionReview', { deleteNow }),
    onSuccess: () => {
      client.setQueryData(queryKeys.retentionReview, null);
      void client.invalidateQueries({ queryKey: queryKeys.sessions });
    },
  });
}
