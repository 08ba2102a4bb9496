import { LEGACY_SCHEMA_VERSION, legacyStoreSchema, type LegacyStoreData } from './schema';
import { MissingMigrationError, runMigrations, type Migration } from './migrations';
import { readDocument } from './read-document';
import { describeProblem, keptSentence, type FileRecovery } from './recovery';
import { moveAside } from './move-aside';
import type { StorageFs } from './storage-fs';

export interface LegacyRead {
  /** duet.json brought up to version 1, or null when it could not be used (it was moved aside). */
  data: LegacyStoreData | null;
  recovery: FileRecovery | null;
}

/** Reads Duet 0.1's single duet.json, migrating older single-file versions up to version 1 first. */
export async function readLegacyStore(
  fs: StorageFs,
  file: string,
  migrations: readonly Migration[],
  now: Date,
): Promise<LegacyRead> {
  const read = await readDocument(fs, file, legacyStoreSchema, { expectedVersion: LEGACY_SCHEMA_VERSION });
  if (read.kind === 'ok') return { data: read.data, recovery: null };
  if (read.kind === 'older') {
    try {
      const migrated = legacyStoreSchema.safeParse(runMigrations(read.raw, read.version, LEGACY_SCHEMA_VERSION, migrations));
      if (migrated.success) return { data: migrated.data, recovery: null };
    } catch (error) {
      if (!(error instanceof MissingMigrationError)) throw error;
    }
  }
  const reason = read.kind === 'bad' ? read.reason : 'invalid-shape';
  const movedTo = await moveAside(fs, file, 'corrupt', now);
  return {
    data: null,
    recovery: {
      file,
      reason,
      movedTo,
      restoredFrom: null,
      message:
        `Duet started with no saved sessions because ${describeProblem('its saved-data file', reason).replace(/\.$/, '')}.` +
        keptSentence(movedTo),
    },
  };
}
