import type pg from 'pg';
import { PracticeServerError } from './errors';

/**
 * The server's schema, as plain SQL, one entry per version, applied by Duet in one transaction (decisions.md:
 * plain SQL over a migration tool: a handful of statements, no extra dependency in the packaged app, and the
 * transaction makes a half-applied migration impossible). Never edit a shipped entry: add the next version.
 *
 * Everything lives in schema `duet`, which IT creates owned by Duet's role (docs/practice-server.md): the role
 * needs no right outside it.
 */
export const SERVER_MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      -- The practice data key, wrapped with the practice passphrase (scrypt + AES-256-GCM): one row.
      CREATE TABLE duet.practice_key (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        key_id text NOT NULL CHECK (key_id ~ '^[0-9a-f]{32}$'),
        wrapped jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- One row per document: only what sync needs, and the encrypted envelope Duet writes to disk.
      CREATE TABLE duet.documents (
        doc_id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
        version integer NOT NULL CHECK (version > 0),
        machine_id uuid NOT NULL,
        seq bigserial NOT NULL UNIQUE,
        deleted boolean NOT NULL DEFAULT false,
        envelope text,
        CHECK (deleted = (envelope IS NULL))
      );
    `,
  },
];

/** The newest server schema this Duet knows. */
export const SERVER_SCHEMA_VERSION = SERVER_MIGRATIONS[SERVER_MIGRATIONS.length - 1]!.version;

/** One number for every Duet: migrations and pushes take it so they never run side by side. */
export const DUET_ADVISORY_LOCK = 0x44554554; // "DUET"

/**
 * Brings the server's schema up to SERVER_SCHEMA_VERSION in one transaction, or refuses a newer one. Several
 * rooms starting at once take turns (advisory lock); the later ones find the work done.
 */
export async function migrateServer(client: pg.ClientBase, serverName: string): Promise<{ from: number; to: number }> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [DUET_ADVISORY_LOCK]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS duet.schema_version (
        version integer PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now(),
        applied_by text NOT NULL
      )`);
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM duet.schema_version');
    const from = rows[0]?.version ?? 0;
    if (from > SERVER_SCHEMA_VERSION) {
      throw new PracticeServerError(
        'server-too-new',
        `The practice server (${serverName}) was set up by a newer Duet (server version ${from}; this Duet knows up to ${SERVER_SCHEMA_VERSION}). ` +
          'Update Duet on this computer to share with the other rooms. This computer keeps working on its own meanwhile, and nothing on the server was changed.',
      );
    }
    for (const migration of SERVER_MIGRATIONS) {
      if (migration.version <= from) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO duet.schema_version (version, applied_by) VALUES ($1, $2)', [migration.version, 'duet']);
    }
    await client.query('COMMIT');
    return { from, to: Math.max(from, SERVER_SCHEMA_VERSION) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
