import { join } from 'node:path';
import { LEGACY_FILE_NAME, LEGACY_SCHEMA_VERSION, legacyStoreSchema, STORE_FILE_NAME, type LegacyStoreData } from './schema';
import { MissingMigrationError, runMigrations, type Migration } from './migrations';
import { readDocument } from './read-document';
import { describeProblem, keptSentence, type FileRecovery } from './recovery';
import { moveAside } from './move-aside';
import { fileExists, type StorageFs } from './storage-fs';

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

export interface LegacyMove {
  fs: StorageFs;
  dataDir: string;
  now: Date;
  migrations: readonly Migration[];
  /** Seals the moved-aside duet.json (it holds every 0.1 session in clear text); absent without encryption. */
  sealAside: (movedTo: string) => Promise<void>;
  /** Writes the sessions, then the settings, then the index (the commit mark), each durably. */
  writeLayout: (data: LegacyStoreData) => Promise<void>;
}

/**
 * Duet 0.1's single file becomes the folder layout; index.json is written last, as the commit mark, and
 * duet.json is then renamed to `duet.json.migrated-<time>`. A crash part-way runs the move again at the next
 * start, or, once index.json exists, only the rename.
 */
export async function moveLegacyIntoFolder(move: LegacyMove): Promise<FileRecovery | null> {
  const { fs, dataDir, now } = move;
  const legacyPath = join(dataDir, LEGACY_FILE_NAME);
  if (!(await fileExists(fs, legacyPath))) return null;
  if (await fileExists(fs, join(dataDir, STORE_FILE_NAME))) {
    await move.sealAside(await moveAside(fs, legacyPath, 'migrated', now));
    return null;
  }
  const legacy = await readLegacyStore(fs, legacyPath, move.migrations, now);
  if (legacy.recovery?.movedTo) await move.sealAside(legacy.recovery.movedTo);
  if (legacy.data) {
    await move.writeLayout(legacy.data);
    await move.sealAside(await moveAside(fs, legacyPath, 'migrated', now));
  }
  return legacy.recovery;
}
