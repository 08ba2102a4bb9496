import type { z } from 'zod';
import { backupPaths } from './durable-file';
import { moveAside } from './move-aside';
import { sealFile } from './seal';
import type { DataCipher } from './cipher';
import { readDocument, type ReadOptions, type RecoveryReason } from './read-document';
import { StorageError } from './errors';
import { fileExists, type StorageFs } from './storage-fs';

export type { RecoveryReason } from './read-document';

/** What happened to one file Duet could not use. */
export interface FileRecovery {
  file: string;
  reason: RecoveryReason;
  /** Where the unusable file now is (null when it was missing). It is never deleted. */
  movedTo: string | null;
  /** The backup whose content replaced it, or null when none was usable. */
  restoredFrom: string | null;
  /** One plain sentence: what was recovered, or what was started fresh. */
  message: string;
}

/** Shown to the people at the computer after Duet repaired its saved data. Nothing was deleted. */
export interface RecoveryNotice {
  /** The first problem found (kept for callers that show one reason). */
  reason: RecoveryReason;
  /** Where the first unusable file now is. */
  movedTo: string | null;
  /** Every sentence, for the dialog. */
  message: string;
  files: FileRecovery[];
}

export function combineRecoveries(files: readonly FileRecovery[]): RecoveryNotice | null {
  const first = files[0];
  if (!first) return null;
  return {
    reason: first.reason,
    movedTo: first.movedTo,
    message: files.map((file) => file.message).join('\n\n'),
    files: [...files],
  };
}

export interface Salvage<T> {
  /** The newest good backup's content, or null. */
  data: T | null;
  movedTo: string | null;
  restoredFrom: string | null;
}

/**
 * Moves an unusable file aside (never deletes it) and looks for its newest backup that still passes the schema.
 * The caller writes the result back through its durable adapter.
 */
export async function salvage<S extends z.ZodType>(
  fs: StorageFs,
  file: string,
  schema: S,
  now: Date,
  cipher: DataCipher | null = null,
  /** A further check a backup must pass (the settings' signature, a session's own id). */
  accept: (data: z.output<S>, raw: Record<string, unknown>) => boolean = () => true,
  /** Which document versions a backup may be in (see ReadOptions). */
  versions: Pick<ReadOptions, 'expectedVersion' | 'oldestVersion'> = {},
): Promise<Salvage<z.output<S>>> {
  const movedTo = (await fileExists(fs, file)) ? await moveAside(fs, file, 'corrupt', now) : null;
  // A patient file found in clear text is kept, but encrypted where it lies: it may hold real patient data.
  if (movedTo && cipher) await sealFile(fs, movedTo, cipher);
  for (const candidate of backupPaths(file)) {
    try {
      const read = await readDocument(fs, candidate, schema, { ...versions, cipher });
      if (read.kind === 'ok' && accept(read.data, read.raw)) return { data: read.data, movedTo, restoredFrom: candidate };
    } catch (error) {
      // A backup from a newer Duet is not something this version can restore; try the next one.
      if (!(error instanceof StorageError)) throw error;
    }
  }
  return { data: null, movedTo, restoredFrom: null };
}

const REASON_WORDS: Record<RecoveryReason, string> = {
  empty: 'was empty',
  unreadable: 'could not be opened',
  'invalid-json': 'was damaged',
  'invalid-shape': 'was not in the form Duet expects',
  missing: 'was missing',
  'not-encrypted': 'was not locked the way Duet locks its files, so it was not written by Duet',
  'not-signed': 'had been changed outside Duet',
  'other-file': 'was replaced by a file that belongs to another session',
};

export function describeProblem(what: string, reason: RecoveryReason): string {
  return `${what} ${REASON_WORDS[reason]}.`;
}

export function keptSentence(movedTo: string | null): string {
  return movedTo ? ` The old file was kept, not deleted: ${movedTo}` : '';
}
