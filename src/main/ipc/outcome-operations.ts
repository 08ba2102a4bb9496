import type { z } from 'zod';
import type { DashboardView, ExportOutcome, inputSchemas } from '../../shared/contract';
import { aggregateCsv, computeDashboard, episodesCsv } from '../../shared/domain/outcomes';
import { isInsideFolder } from '../policy/save-locations';
import { localDateForFileName } from '../saved-file-location';
import { StorageError, type Store } from '../storage';
import type { OutcomeFactsView } from '../storage/outcome-facts';
import { writeNewFileIn } from '../saved-file';

/**
 * The practice's figures (issue 12): the dashboard and its two CSV exports, computed in main from the de-identified
 * outcome facts the store keeps (storage/outcome-facts.ts), never from the session files. Behind the app lock like
 * every operation (app-operations.ts).
 */

export interface OutcomeOperationsDeps {
  store: Store;
  now: () => Date;
  /** The same folder dialog as a session export (never the data folder: refused below). */
  chooseExportFolder: () => Promise<string | null>;
  platform?: NodeJS.Platform;
}

type Input<K extends keyof typeof inputSchemas> = z.output<(typeof inputSchemas)[K]>;

/** Spreadsheets read a CSV without it as the computer's old code page, which garbles "Núñez" and "menos". */
const UTF8_BOM = '\ufeff';

function factsOf(store: Store): OutcomeFactsView {
  if (!store.outcomes) throw new Error('This store keeps no outcome facts (it was not opened with openStore).');
  return store.outcomes;
}

export function csvBaseName(kind: 'aggregate' | 'episodes', date: Date): string {
  return `Duet practice figures - ${localDateForFileName(date)} - ${kind === 'aggregate' ? 'tables' : 'episodes'}`;
}

export function csvCandidateName(base: string, attempt: number): string {
  return attempt === 1 ? `${base}.csv` : `${base} (${String(attempt)}).csv`;
}

/** Writes `text` to a new file in `folder` (never over an existing one) and syncs it; returns its path. */
async function writeNewCsv(folder: string, base: string, text: string): Promise<string> {
  let path: string | null;
  try {
    path = await writeNewFileIn(folder, (attempt) => csvCandidateName(base, attempt), UTF8_BOM + text);
  } catch (cause) {
    throw new StorageError('write-failed', `The figures could not be saved to ${folder}. Please choose another folder.`, { cause });
  }
  if (path === null) {
    throw new StorageError('write-failed', `There are already many files of these figures in ${folder}. Please choose another folder.`);
  }
  return path;
}

export function createOutcomeOperations({ store, now, chooseExportFolder, platform = process.platform }: OutcomeOperationsDeps) {
  const dashboardFor = async (query: Input<'getDashboard'>): Promise<DashboardView> => {
    const facts = factsOf(store);
    await facts.whenLoaded();
    const dashboard = computeDashboard(facts.all(), query, localDateForFileName(now()));
    return { ...dashboard, stillReading: facts.status().reading };
  };

  return {
    getDashboard: (input: Input<'getDashboard'>): Promise<DashboardView> => dashboardFor(input),

    exportDashboardCsv: async ({ filters, split, kind }: Input<'exportDashboardCsv'>): Promise<ExportOutcome> => {
      const facts = factsOf(store);
      await facts.whenLoaded();
      const text = kind === 'aggregate' ? aggregateCsv(await dashboardFor({ filters, split })) : episodesCsv(facts.all(), filters);
      const folder = await chooseExportFolder();
      if (folder === null) return { outcome: 'cancelled' };
      if (isInsideFolder(folder, store.dir, platform)) {
        throw new StorageError(
          'write-failed',
          'That folder is inside Duet’s own data folder, where exports are never kept. Please choose another folder. Nothing was saved.',
        );
      }
      const file = await writeNewCsv(folder, csvBaseName(kind, now()), text);
      return { outcome: 'saved', folder, file };
    },
  };
}
