import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { DashboardQuery } from '../../../shared/domain/outcomes';
import { call } from '../api/client';

/** Dashboard queries: one cache entry per query, read afresh on every visit (new episodes may have been saved). */
export const dashboardKey = (query: DashboardQuery) => ['dashboard', query] as const;

/** The practice's figures for a query; while a new query runs, the last figures stay on screen. */
export function useDashboard(query: DashboardQuery | null) {
  return useQuery({
    queryKey: dashboardKey(query ?? { filters: { from: '', to: '', conditions: [], clinicians: [], options: [] }, split: 'none' }),
    queryFn: () => call('getDashboard', query!),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchOnMount: 'always',
  });
}

export function usePrintDashboard() {
  return useMutation({ mutationFn: (query: DashboardQuery) => call('printDashboard', query) });
}

export function useSaveDashboardPdf() {
  return useMutation({ mutationFn: (query: DashboardQuery) => call('saveDashboardPdf', query) });
}

export type CsvKind = 'aggregate' | 'episodes';

export function useExportDashboardCsv() {
  return useMutation({ mutationFn: ({ query, kind }: { query: DashboardQuery; kind: CsvKind }) => call('exportDashboardCsv', { ...query, kind }) });
}
