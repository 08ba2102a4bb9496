import { z } from 'zod';
import { sessionSchema } from '../../shared/session';
import { DEFAULT_SETTINGS, settingsSchema } from '../../shared/settings';

/** Bump with a new entry in migrations.ts whenever the shape of duet.json changes. */
export const CURRENT_SCHEMA_VERSION = 1;

export const STORE_FILE_NAME = 'duet.json';

export const storeDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  sessions: z.array(sessionSchema),
  settings: settingsSchema,
  openSessionId: z.string().uuid().nullable(),
});
export type StoreData = z.infer<typeof storeDataSchema>;

export function defaultStoreData(): StoreData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    sessions: [],
    settings: structuredClone(DEFAULT_SETTINGS),
    openSessionId: null,
  };
}
