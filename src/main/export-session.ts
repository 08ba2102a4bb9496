import type { Session } from '../shared/session';
import { StorageError } from './storage';
import { writeNewFileIn } from './saved-file';
import { localDateForFileName } from './saved-file-location';

export interface ExportStamp {
  appVersion: string;
  contentVersion: string;
  exportedAt: Date;
}

/** What an export file holds: the session exactly as saved, and which Duet and which content made it. */
export interface SessionExport {
  format: 'duet-session-export';
  appVersion: string;
  contentVersion: string;
  exportedAt: string;
  session: Session;
}

/**
 * "Duet session - <date> - <first 8 of the id>": never the patient's label (M11, m15), which would show in recent
 * files, sync logs and folder listings; the id tells exports of different sessions apart.
 */
export function exportBaseName(session: Pick<Session, 'id'>, date: Date): string {
  return `Duet session - ${localDateForFileName(date)} - ${session.id.slice(0, 8)}`;
}

/** The first name that is free: "x.json", then "x (2).json", "x (3).json", … */
export function candidateName(base: string, attempt: number): string {
  return attempt === 1 ? `${base}.json` : `${base} (${attempt}).json`;
}

/**
 * Writes the session as pretty JSON into `folder` and returns the file's path. Never overwrites: the file is
 * created with O_EXCL, so even a file that appears between a check and the write is left alone.
 */
export async function writeSessionExport(folder: string, session: Session, stamp: ExportStamp): Promise<string> {
  const body: SessionExport = {
    format: 'duet-session-export',
    appVersion: stamp.appVersion,
    contentVersion: stamp.contentVersion,
    exportedAt: stamp.exportedAt.toISOString(),
    session,
  };
  const text = `${JSON.stringify(body, null, 2)}\n`;
  const base = exportBaseName(session, stamp.exportedAt);
  let path: string | null;
  try {
    path = await writeNewFileIn(folder, (attempt) => candidateName(base, attempt), text);
  } catch (cause) {
    throw new StorageError('write-failed', `The session could not be exported to ${folder}. Please choose another folder.`, {
      cause,
    });
  }
  if (path === null) {
    throw new StorageError('write-failed', `There are already many exports of this session in ${folder}. Please choose another folder.`);
  }
  return path;
}
