import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import type { ClientConfig } from 'pg';
import { z } from 'zod';
import { PracticeServerError } from './errors';

/**
 * Where the practice's PostgreSQL server is and how to reach it: set once by IT in the machine-wide policy file
 * (policy/schema.ts, `practiceServer`) or in Settings. The password is never here: it is kept in the OS key store
 * (see password-store.ts) and handed in when connecting.
 */
export const practiceServerConfigSchema = z
  .object({
    host: z.string().min(1).max(253),
    port: z.number().int().min(1).max(65535).default(5432),
    database: z.string().min(1).max(63).default('duet'),
    /** The least-privilege role Duet logs in as (docs/practice-server.md). */
    role: z.string().min(1).max(63).default('duet_app'),
    /**
     * The practice's CA certificate (PEM) on this computer. With it, Duet only talks TLS and checks that the
     * server's certificate is signed by it and names `host`. Without it, only a server on this computer
     * (127.0.0.1, ::1, localhost) is allowed, in clear: nothing on the network is ever reached without TLS.
     */
    caFile: z.string().min(1).max(1000).optional(),
  })
  .strict()
  .refine((config) => config.caFile !== undefined || isLoopback(config.host), {
    path: ['caFile'],
    message: 'is needed for a server on another computer (Duet only reaches it over TLS, checked with the practice CA)',
  });
export type PracticeServerConfig = z.output<typeof practiceServerConfigSchema>;
export type PracticeServerConfigInput = z.input<typeof practiceServerConfigSchema>;

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

/** How long a connection attempt may take before the server counts as unreachable. */
export const CONNECT_TIMEOUT_MS = 5_000;

/** The `pg` client settings for `config`; the CA file is read now, so a missing file is a clear message. */
export async function clientConfigFor(config: PracticeServerConfig, password: string): Promise<ClientConfig> {
  let ssl: ClientConfig['ssl'] = false;
  if (config.caFile) {
    let ca: string;
    try {
      ca = await readFile(config.caFile, 'utf-8');
    } catch (cause) {
      throw new PracticeServerError(
        'tls',
        `Duet could not read the practice's certificate authority file (${config.caFile}). Ask your IT team to put it back; until then this computer works on its own.`,
        { cause },
      );
    }
    // rejectUnauthorized with the practice's CA only: neither the OS's public CAs nor an unchecked certificate.
    ssl = { ca, rejectUnauthorized: true, servername: isIP(config.host) ? undefined : config.host };
  }
  return {
    host: config.host,
    port: config.port,
    database: config.database,
    user: config.role,
    password,
    ssl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // A query the server never answers (a half-open network) must not hang the sync forever.
    query_timeout: 60_000,
    keepAlive: true,
    application_name: 'duet',
  };
}

const TLS_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', '57P01', '57P03', '08006', '08001', '08003']);

/** Any error from connecting or talking to the server, as a PracticeServerError with plain words. */
export function describeServerError(error: unknown, config: PracticeServerConfig): PracticeServerError {
  if (error instanceof PracticeServerError) return error;
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const where = `${config.host}:${config.port}`;
  if (code === '28000' && /no encryption/i.test(message)) {
    return new PracticeServerError(
      'tls',
      `The practice server (${where}) only accepts TLS connections, and this computer is set up without the practice's certificate authority file. Ask your IT team to set "caFile" (docs/practice-server.md).`,
      { cause: error },
    );
  }
  if (code === '28P01' || code === '28000') {
    return new PracticeServerError(
      'wrong-password',
      `The practice server (${where}) did not accept Duet's sign-in for the role "${config.role}". Ask your IT team to check the role and the password saved on this computer. This computer keeps working on its own meanwhile.`,
      { cause: error },
    );
  }
  if ((code && TLS_CODES.has(code)) || /certificate|self[- ]signed/i.test(message)) {
    return new PracticeServerError(
      'tls',
      `Duet did not connect to ${where}: its certificate is not one the practice's certificate authority signed for this address. It may not be your practice's server. Ask your IT team to check the server certificate and the CA file. This computer keeps working on its own meanwhile.`,
      { cause: error },
    );
  }
  if (/does not support SSL/i.test(message)) {
    return new PracticeServerError(
      'tls',
      `The practice server (${where}) does not offer TLS, so Duet did not send anything to it. Ask your IT team to turn TLS on (docs/practice-server.md).`,
      { cause: error },
    );
  }
  if (code === '3D000' || code === '3F000' || code === '42501') {
    return new PracticeServerError(
      'not-set-up',
      `The practice server (${where}) is not set up for Duet yet (${code === '3D000' ? `no database "${config.database}"` : code === '3F000' ? 'no schema "duet"' : `the role "${config.role}" may not use schema "duet"`}). Ask your IT team to follow docs/practice-server.md.`,
      { cause: error },
    );
  }
  if ((code && UNREACHABLE_CODES.has(code)) || /timeout|terminated|Connection terminated|not queryable|ended/i.test(message)) {
    return new PracticeServerError('unreachable', `Duet cannot reach the practice server (${where}) right now. This computer keeps working and catches up when it is back.`, {
      cause: error,
    });
  }
  return new PracticeServerError('server-error', `The practice server (${where}) reported a problem: ${message}`, { cause: error });
}
