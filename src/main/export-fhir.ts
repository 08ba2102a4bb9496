import { realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { buildEpisodeBundle, type ModalityNames } from '../shared/fhir/episode-bundle';
import type { Session } from '../shared/session';
import { fhirUuidFor } from './fhir/name-uuid';
import { isInsideFolder } from './policy/save-locations';
import { localDateForFileName } from './saved-file-location';
import { withExtension, writeFileDurably } from './saved-file';
import { StorageError } from './storage';

/**
 * "Export for the health record (FHIR)": one episode as a FHIR R4 Bundle (src/shared/fhir/episode-bundle.ts, what
 * it holds: docs/fhir.md), written where the person chose, never into Duet's data folder.
 */

/** "Duet FHIR - 2026-11-27 - 1a2b3c4d.json": never the patient's label (M11), which would show in recent-file lists. */
export function fhirExportName(session: Pick<Session, 'id'>, date: Date): string {
  return `Duet FHIR - ${localDateForFileName(date)} - ${session.id.slice(0, 8)}.json`;
}

export function episodeBundleJson(session: Session, exportedAt: Date, modalityNames?: ModalityNames): string {
  const bundle = buildEpisodeBundle(session, {
    exportedAt,
    uuidFor: fhirUuidFor,
    modalityName: modalityNames ? (id) => modalityNames(session.conditionId, id) : undefined,
  });
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/** The folder itself when it exists, with links followed, so a link into the data folder is seen for what it is. */
async function realFolder(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

/**
 * True when `file` would land in Duet's data folder (or a folder inside it): the export is clear text, and the data
 * folder holds only Duet's own encrypted files (docs/data.md).
 */
export async function isInDataFolder(file: string, dataDir: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  const folder = dirname(resolve(file));
  if (isInsideFolder(folder, dataDir, platform)) return true;
  return isInsideFolder(await realFolder(folder), await realFolder(dataDir), platform);
}

/** Writes the bundle to `chosen` (adding ".json" when the typed name has none) and returns the path written. */
export async function writeFhirExport(chosen: string, json: string): Promise<string> {
  const path = await withExtension(chosen, 'json');
  try {
    await writeFileDurably(path, json);
  } catch (cause) {
    throw new StorageError('write-failed', `The file for the health record could not be saved to ${path}. Please choose another folder.`, { cause });
  }
  return path;
}
