import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sessionFromSave } from '../../../shared/contract';
import type { Answers, NewSession } from '../../../shared/session';
import type { Settings } from '../../../shared/settings';
import { call } from './client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Exam-room machines are offline by design; 'online' mode would pause every call.
      queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

export const queryKeys = {
  sessions: ['sessions'] as const,
  session: (id: string) => ['session', id] as const,
  settings: ['settings'] as const,
  startup: ['startup'] as const,
  auditLog: ['auditLog'] as const,
};

export function useSessions() {
  return useQuery({ queryKey: queryKeys.sessions, queryFn: () => call('listSessions') });
}

export function useSession(id: string) {
  return useQuery({ queryKey: queryKeys.session(id), queryFn: () => call('getSession', { id }) });
}

export function useStartup() {
  return useQuery({ queryKey: queryKeys.startup, queryFn: () => call('getStartup') });
}

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => call('getSettings') });
}

export function useCreateSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewSession) => call('createSession', input),
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

/** The activity log changes behind the page's back (every print, open, save): read it afresh each visit. */
export function useAuditLog() {
  return useQuery({ queryKey: queryKeys.auditLog, queryFn: () => call('listAuditLog'), staleTime: 0, refetchOnMount: 'always' });
}
