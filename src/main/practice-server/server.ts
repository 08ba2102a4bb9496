import pg from 'pg';
import { clientConfigFor, describeServerError, type PracticeServerConfig } from './config';
import { DUET_ADVISORY_LOCK, migrateServer } from './server-schema';

/** A row of duet.documents. `seq` is a bigint, kept as its decimal text. */
export interface ServerDocument {
  id: string;
  kind: string;
  version: number;
  machineId: string;
  seq: string;
  deleted: boolean;
  /** The encrypted envelope (JSON text); null for a tombstone. */
  envelope: string | null;
}

/**
 * One document to push: `baseVersion` is the version this room expects the server to hold (0: none), `version` the
 * one to write. Normally version = baseVersion + 1; after the server went back (a restored backup) it is higher,
 * so versions only ever move forward for the rooms that saw the later ones.
 */
export interface PushDocument {
  id: string;
  kind: string;
  baseVersion: number;
  version: number;
  deleted: boolean;
  envelope: string | null;
}

export type PushResult = { id: string; stored: true; version: number; seq: string } | { id: string; stored: false };

/** The channel a push notifies, so the other rooms pull at once instead of at their next poll. */
export const CHANGES_CHANNEL = 'duet_changes';

interface DocumentRow {
  doc_id: string;
  kind: string;
  version: number;
  machine_id: string;
  seq: string;
  deleted: boolean;
  envelope: string | null;
}

function fromRow(row: DocumentRow): ServerDocument {
  return { id: row.doc_id, kind: row.kind, version: row.version, machineId: row.machine_id, seq: row.seq, deleted: row.deleted, envelope: row.envelope };
}

const COLUMNS = 'doc_id, kind, version, machine_id, seq, deleted, envelope';

/**
 * One open connection to the practice server, schema checked and migrated. Every failure comes out as a
 * PracticeServerError (config.ts) in plain words.
 */
export class PracticeServerConnection {
  private constructor(
    private readonly client: pg.Client,
    readonly config: PracticeServerConfig,
  ) {}

  get name(): string {
    return `${this.config.host}:${this.config.port}`;
  }

  static async open(config: PracticeServerConfig, password: string, onLost?: (error: Error) => void): Promise<PracticeServerConnection> {
    const client = new pg.Client(await clientConfigFor(config, password));
    // A connection that drops later must not crash main: it is reported, and the sync reconnects.
    client.on('error', (error) => onLost?.(error));
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => undefined);
      throw describeServerError(error, config);
    }
    const connection = new PracticeServerConnection(client, config);
    try {
      await migrateServer(client, connection.name);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw describeServerError(error, config);
    }
    return connection;
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw describeServerError(error, this.config);
    }
  }

  /** Documents changed after `afterSeq`, in server order. */
  pull(afterSeq: string, limit: number): Promise<ServerDocument[]> {
    return this.run(async () => {
      const { rows } = await this.client.query<DocumentRow>(`SELECT ${COLUMNS} FROM duet.documents WHERE seq > $1 ORDER BY seq LIMIT $2`, [afterSeq, limit]);
      return rows.map(fromRow);
    });
  }

  document(id: string): Promise<ServerDocument | null> {
    return this.run(async () => {
      const { rows } = await this.client.query<DocumentRow>(`SELECT ${COLUMNS} FROM duet.documents WHERE doc_id = $1`, [id]);
      return rows[0] ? fromRow(rows[0]) : null;
    });
  }

  /** The highest sequence number the server has handed out (0 before any push). */
  lastSeq(): Promise<string> {
    return this.run(async () => {
      const { rows } = await this.client.query<{ n: string }>('SELECT coalesce(max(seq), 0) AS n FROM duet.documents');
      return rows[0]?.n ?? '0';
    });
  }

  /** How many changes after `afterSeq` are waiting (for "catching up, n left"). */
  countAfter(afterSeq: string): Promise<number> {
    return this.run(async () => {
      const { rows } = await this.client.query<{ n: string }>('SELECT count(*) AS n FROM duet.documents WHERE seq > $1', [afterSeq]);
      return Number(rows[0]?.n ?? 0);
    });
  }

  /**
   * Stores each document whose server version is still its base version (a new one: not on the server yet), in
   * one transaction; the others are left as they are and reported `stored: false` (a conflict). Pushes from
   * every room take one advisory lock, so server sequence numbers are handed out in commit order and a reader
   * that saw seq n has seen every change before it.
   */
  push(documents: readonly PushDocument[], machineId: string): Promise<PushResult[]> {
    return this.run(async () => {
      const results: PushResult[] = [];
      await this.client.query('BEGIN');
      try {
        await this.client.query('SELECT pg_advisory_xact_lock($1)', [DUET_ADVISORY_LOCK]);
        for (const doc of documents) {
          const { rows } =
            doc.baseVersion === 0
              ? await this.client.query<{ version: number; seq: string }>(
                  `INSERT INTO duet.documents (doc_id, kind, version, machine_id, deleted, envelope) VALUES ($1, $2, $6, $3, $4, $5)
                   ON CONFLICT (doc_id) DO NOTHING RETURNING version, seq`,
                  [doc.id, doc.kind, machineId, doc.deleted, doc.envelope, doc.version],
                )
              : await this.client.query<{ version: number; seq: string }>(
                  `UPDATE duet.documents SET version = $6, machine_id = $3, deleted = $4, envelope = $5,
                     seq = nextval(pg_get_serial_sequence('duet.documents', 'seq'))
                   WHERE doc_id = $1 AND version = $2 RETURNING version, seq`,
                  [doc.id, doc.baseVersion, machineId, doc.deleted, doc.envelope, doc.version],
                );
          results.push(rows[0] ? { id: doc.id, stored: true, version: rows[0].version, seq: rows[0].seq } : { id: doc.id, stored: false });
        }
        if (results.some((result) => result.stored)) await this.client.query(`NOTIFY ${CHANGES_CHANNEL}`);
        await this.client.query('COMMIT');
      } catch (error) {
        await this.client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      return results;
    });
  }

  /** Calls `onChange` whenever another room pushes. */
  listen(onChange: () => void): Promise<void> {
    return this.run(async () => {
      this.client.on('notification', (message) => {
        if (message.channel === CHANGES_CHANNEL) onChange();
      });
      await this.client.query(`LISTEN ${CHANGES_CHANNEL}`);
    });
  }

  /** The practice key row: its id and the passphrase-wrapped key (see practice-key.ts); null before the first room joins. */
  practiceKey(): Promise<{ keyId: string; wrapped: unknown } | null> {
    return this.run(async () => {
      const { rows } = await this.client.query<{ key_id: string; wrapped: unknown }>('SELECT key_id, wrapped FROM duet.practice_key');
      return rows[0] ? { keyId: rows[0].key_id, wrapped: rows[0].wrapped } : null;
    });
  }

  /** Stores the practice key unless another room stored one first; returns the one that is there now. */
  putPracticeKeyIfAbsent(keyId: string, wrapped: unknown): Promise<{ keyId: string; wrapped: unknown }> {
    return this.run(async () => {
      await this.client.query('INSERT INTO duet.practice_key (key_id, wrapped) VALUES ($1, $2) ON CONFLICT (singleton) DO NOTHING', [
        keyId,
        JSON.stringify(wrapped),
      ]);
      const { rows } = await this.client.query<{ key_id: string; wrapped: unknown }>('SELECT key_id, wrapped FROM duet.practice_key');
      return { keyId: rows[0]!.key_id, wrapped: rows[0]!.wrapped };
    });
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}
