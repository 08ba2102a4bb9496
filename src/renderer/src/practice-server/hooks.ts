import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Inputs } from '../../../shared/contract';
import { call } from '../api/client';
import { queryKeys } from '../api/hooks';

/** How often Home and Settings ask main for the practice server's state (an IPC call: the page never reaches the network). */
export const PRACTICE_SERVER_POLL_MS = 5_000;

export const practiceServerKeys = {
  status: ['practiceServerStatus'] as const,
  conflicts: ['syncConflicts'] as const,
};

/** null when the practice's policy names no practice server (nothing is then shown). */
export function usePracticeServerStatus() {
  return useQuery({
    queryKey: practiceServerKeys.status,
    queryFn: () => call('getPracticeServerStatus'),
    refetchInterval: PRACTICE_SERVER_POLL_MS,
  });
}

/** Asked again whenever the status's conflict count changes; the list on screen stays while the new one comes. */
export function useSyncConflicts(conflictCount: number, enabled: boolean) {
  return useQuery({
    queryKey: [...practiceServerKeys.conflicts, conflictCount],
    queryFn: () => call('listSyncConflicts'),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useResolveSyncConflict() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Inputs['resolveSyncConflict']) => call('resolveSyncConflict', input),
    onSuccess: (_kept, { id }) => {
      void client.invalidateQueries({ queryKey: practiceServerKeys.conflicts });
      void client.invalidateQueries({ queryKey: practiceServerKeys.status });
      void client.invalidateQueries({ queryKey: queryKeys.sessions });
      void client.invalidateQueries({ queryKey: queryKeys.session(id) });
    },
  });
}

export function useJoinPracticeServer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Inputs['joinPracticeServer']) => call('joinPracticeServer', input),
    onSuccess: (status) => {
      client.setQueryData(practiceServerKeys.status, status);
      // The data was re-keyed and the first exchange may bring other rooms' sessions.
      void client.invalidateQueries({ queryKey: queryKeys.sessions });
      void client.invalidateQueries({ queryKey: practiceServerKeys.conflicts });
    },
  });
}
