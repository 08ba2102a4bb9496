import { z } from 'zod';
import { sessionSchema } from '../../shared/session';
import { conditionIdSchema } from '../../shared/content/schema';
import { localeSchema } from '../../shared/locale';
import { instrumentIdSchema } from '../../shared/measures';
import { settingsSchema, DEFAULT_SETTINGS } from '../../shared/settings';
import { asEpisode } from './episode-upgrade';

/**
 * Version 1 was one file, duet.json. Version 2 is the folder layout: one file per session, a small index, a
 * journal of list changes and a file for settings. Bump with a new entry in migrations.ts when a shape changes.
 */
export const CURRENT_SCHEMA_VERSION = 2;
/** The last version kept in one file; anything older is brought up to it before being split. */
export const LEGACY_SCHEMA_VERSION = 1;

export const LEGACY_FILE_NAME = 'duet.json';
/** Kept for callers that name the main file: the index is what the home list reads. */
export const STORE_FILE_NAME = 'index.json';
export const APP_FILE_NAME = 'app.json';
export const JOURNAL_FILE_NAME = 'index.journal';
export const SESSIONS_FOLDER = 'sessions';

const version = z.literal(CURRENT_SCHEMA_VERSION);
const statusSchema = z.enum(['in-progress', 'agreed']);

const lastScoreSchema = z.object({
  instrument: instrumentIdSchema,
  total: z.number().int().min(0),
  date: z.string(),
  direction: z.enum(['better', 'worse', 'same']).nullable(),
});

/** The list fields follow-up visits added: each defaults, so an index written before them still parses. */
const episodeListFields = {
  reviewDate: z.string().default(''),
  followUpCount: z.number().int().min(0).default(0),
  lastScore: lastScoreSchema.nullable().default(null),
};

/** What the home list shows for one session. */
export const summarySchema = z.object({
  id: z.string().uuid(),
  patientLabel: z.string(),
  conditionId: conditionIdSchema,
  language: localeSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  status: statusSchema,
  ...episodeListFields,
});

/**
 * What the summaries in index.json hold. Absent (1): written before follow-ups, so reviewDate, followUpCount and
 * lastScore are only their defaults and the list is rebuilt from the session files once (see openStore).
 */
export const CURRENT_SUMMARY_VERSION = 2;

export const indexFileSchema = z.object({
  schemaVersion: version,
  summaryVersion: z.number().int().min(1).optional(),
  sessions: z.array(summarySchema),
  /** Tombstones: sessions deleted for good. A file of one found later (an old backup put back) is not brought back. */
  deletedIds: z.array(z.string().uuid()).optional(),
  /** Set once app.json carries a signature (see settings-file.ts): from then on an unsigned app.json is refused. */
  settingsSigned: z.literal(true).optional(),
});
export type IndexFile = z.infer<typeof indexFileSchema>;

export const appFileSchema = z.object({
  schemaVersion: version,
  settings: settingsSchema,
  openSessionId: z.string().uuid().nullable(),
  /** HMAC of the rest, keyed from the data key (see settings-file.ts): proof that Duet wrote these settings. */
  signature: z.object({ keyId: z.string(), mac: z.string() }).optional(),
});
export type AppFile = z.infer<typeof appFileSchema>;
/** Settings and the open session: what `Store.read()` and `Store.update()` work on. */
export type AppState = Omit<AppFile, 'schemaVersion' | 'signature'>;

/** A session as read from disk: one saved before follow-ups existed comes out as an episode of one visit. */
export const storedSessionSchema = sessionSchema.transform(asEpisode);

/**
 * Session files are written at version 3 since care episodes (follow-up visits, plan versions, baseline measures).
 * The shape only grew, so a version 2 file is read as it is (and `asEpisode` upgrades it). The bump is for the Duet
 * before: it reads a version 2 file with a schema that would silently drop the follow-ups on its next save, but
 * refuses a version 3 file as "from a newer version of Duet" and leaves it untouched. The index and app.json stay
 * at version 2: a Duet before reads them without losing anything it did not know.
 */
export const SESSION_FILE_VERSION = 3;
/** How session files are read: every version from 2 (the folder layout) to the current one. */
export const SESSION_FILE_VERSIONS = { expectedVersion: SESSION_FILE_VERSION, oldestVersion: CURRENT_SCHEMA_VERSION } as const;

export const sessionFileSchema = z.object({
  schemaVersion: z.union([version, z.literal(SESSION_FILE_VERSION)]),
  session: storedSessionSchema,
});
export type SessionFile = z.infer<typeof sessionFileSchema>;

/**
 * One line of index.journal before follow-ups (and, with a data key, any line found in clear text): no clinical
 * content, only the id, the time and the status.
 */
export const clearJournalEntrySchema = z.object({
  id: z.string().uuid(),
  updatedAt: z.string(),
  status: statusSchema,
  /** The session is being deleted for good: written before its files are removed, so a deletion cut short completes. */
  deleted: z.literal(true).optional(),
});

/**
 * One line of index.journal: what changed in a session's list entry since the index was last written. The
 * episode fields (review date, follow-up count, last score) are clinical, so with a data key every line is sealed
 * (see journal.ts); each is optional so that a line written before them still replays.
 */
export const journalEntrySchema = clearJournalEntrySchema.extend({
  reviewDate: z.string().optional(),
  followUpCount: z.number().int().min(0).optional(),
  lastScore: lastScoreSchema.nullable().optional(),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

/** duet.json as Duet 0.1 wrote it. */
export const legacyStoreSchema = z.object({
  schemaVersion: z.literal(LEGACY_SCHEMA_VERSION),
  sessions: z.array(storedSessionSchema),
  settings: settingsSchema,
  openSessionId: z.string().uuid().nullable(),
});
export type LegacyStoreData = z.infer<typeof legacyStoreSchema>;

export function defaultAppFile(): AppFile {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, settings: structuredClone(DEFAULT_SETTINGS), openSessionId: null };
}

export function emptyIndexFile(): IndexFile {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, sessions: [] };
}
