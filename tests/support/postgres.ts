/**
 * A real PostgreSQL server for tests: `initdb` into a fresh temp folder, started on a free port on 127.0.0.1,
 * stopped (and its folder removed) at the end. Nothing mocks the database.
 *
 * initdb refuses to run as root, so under root (CI containers) every server command runs as the unprivileged
 * `postgres` user (`runuser -u postgres --`) in a folder that user owns. The binaries are found through
 * `pg_config --bindir`, then PATH, then the newest /usr/lib/postgresql/<version>/bin (Debian's layout).
 *
 * One server per test file: start it in beforeAll and stop it in afterAll. A process `exit` hook also stops it
 * with `pg_ctl -m immediate`, so a crashed or interrupted test run leaves no postmaster behind.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const SUPERUSER = 'duet_test_admin';
export const SUPERUSER_PASSWORD = 'test-admin-password';

/** The role Duet itself uses in the tests: no superuser, no CREATEDB or CREATEROLE; owns schema `duet` only. */
export const APP_ROLE = 'duet_app';
export const APP_PASSWORD = 'room-password-for-tests';
export const DATABASE = 'duet';

function versionOf(dir: string): number {
  return Number(/postgresql\/(\d+)/.exec(dir)?.[1] ?? 0);
}

/** Where initdb, pg_ctl and postgres live on this machine, or null when PostgreSQL is not installed. */
export function findPostgresBinaries(): string | null {
  const has = (dir: string) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')) && existsSync(join(dir, 'postgres'));
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf-8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (dir && has(dir)) return dir;
  } catch {
    // no pg_config on PATH
  }
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && has(dir)) return dir;
  }
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const dirs = readdirSync(root)
      .map((version) => join(root, version, 'bin'))
      .filter(has)
      .sort((a, b) => versionOf(b) - versionOf(a));
    if (dirs[0]) return dirs[0];
  }
  return null;
}

/** Why the PostgreSQL tests cannot run here (PostgreSQL missing), or null. `.ci/run` installs it, so CI always runs them. */
export function postgresMissing(): string | null {
  return findPostgresBinaries()
    ? null
    : 'PostgreSQL is not installed (no initdb/pg_ctl found via pg_config, PATH or /usr/lib/postgresql/*/bin): ' +
        'install Debian\'s "postgresql" package (.ci/run does) to run the practice-server tests.';
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a server binary, as `postgres` when we are root. */
function runAs(bin: string, args: string[], timeout = 60_000): void {
  const [command, fullArgs] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const result = spawnSync(command, fullArgs, { encoding: 'utf-8', timeout });
  if (result.status !== 0) {
    throw new Error(`${[bin, ...args].join(' ')} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`);
  }
}

export interface TlsFiles {
  /** The practice's CA certificate (PEM): what Duet is configured with. */
  caFile: string;
  /** Another CA that did not sign the server's certificate. */
  otherCaFile: string;
}

export interface TestPostgres {
  host: '127.0.0.1';
  port: number;
  database: string;
  /** Present when started with `tls: true`. */
  tls: TlsFiles | null;
  /** Where pg_dump, pg_restore and the other client tools are. */
  binDir: string;
  /** A client connected as the superuser (to tamper, inspect, or set the schema up as IT would). */
  admin(): Promise<pg.Client>;
  /** Runs SQL as the superuser in the test database. */
  sql(text: string, values?: unknown[]): Promise<pg.QueryResult>;
  /** Stops the server, keeping its data (an outage). */
  pause(): void;
  /** Starts it again after pause(). */
  resume(): void;
  /** Stops it for good and removes its folder. Safe to call twice. */
  stop(): void;
}

function makeCertificates(dir: string, chownToPostgres: boolean): { tls: TlsFiles; serverCert: string; serverKey: string } {
  const ssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir });
  const ca = (name: string) => {
    ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`, '-keyout', `${name}.key`, '-out', `${name}.crt`);
  };
  ca('practice-ca');
  ca('other-ca');
  ssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', 'server.key', '-out', 'server.csr');
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  ssl('x509', '-req', '-in', 'server.csr', '-CA', 'practice-ca.crt', '-CAkey', 'practice-ca.key', '-CAcreateserial', '-days', '2', '-extfile', 'server.ext', '-out', 'server.crt');
  chmodSync(join(dir, 'server.key'), 0o600);
  if (chownToPostgres) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf-8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf-8' }).trim());
    chownSync(join(dir, 'server.key'), uid, gid);
    chownSync(join(dir, 'server.crt'), uid, gid);
  }
  return {
    tls: { caFile: join(dir, 'practice-ca.crt'), otherCaFile: join(dir, 'other-ca.crt') },
    serverCert: join(dir, 'server.crt'),
    serverKey: join(dir, 'server.key'),
  };
}

/**
 * Starts a fresh server with password (SCRAM) authentication, a database `duet`, and the least-privilege role
 * APP_ROLE owning schema `duet`, as docs/practice-server.md tells IT to set it up. With `tls: true` the server only
 * accepts TLS connections, with a certificate signed by a test "practice CA".
 */
export async function startPostgres(options: { tls?: boolean; baseDir?: string } = {}): Promise<TestPostgres> {
  const bin = findPostgresBinaries();
  if (!bin) throw new Error(postgresMissing()!);
  const root = mkdtempSync(join(options.baseDir ?? tmpdir(), 'duet-pg-'));
  const dataDir = join(root, 'data');
  const certDir = join(root, 'certs');
  let port = await freePort();
  const asRoot = isRoot();
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', root]);
  chmodSync(root, 0o755);
  const pwFile = join(root, 'pw');
  writeFileSync(pwFile, `${SUPERUSER_PASSWORD}\n`, { mode: 0o644 });
  if (asRoot) execFileSync('chown', ['postgres:postgres', pwFile]);
  runAs(join(bin, 'initdb'), ['-D', dataDir, '-U', SUPERUSER, '--pwfile', pwFile, '--auth=scram-sha-256', '-E', 'UTF8', '--no-locale', '--no-sync']);

  let tls: TlsFiles | null = null;
  const settings = [
    `listen_addresses = '127.0.0.1'`,
    `port = ${port}`,
    `unix_socket_directories = '${root}'`,
    // Test speed only: a real practice server keeps fsync on (the tests check Duet's own durability, not the server's).
    'fsync = off',
    'synchronous_commit = off',
    'full_page_writes = off',
    'max_connections = 40',
  ];
  if (options.tls) {
    execFileSync('mkdir', ['-p', certDir]);
    const certs = makeCertificates(certDir, asRoot);
    tls = certs.tls;
    settings.push('ssl = on', `ssl_cert_file = '${certs.serverCert}'`, `ssl_key_file = '${certs.serverKey}'`);
    // Only TLS connections are accepted over TCP.
    writeFileSync(join(dataDir, 'pg_hba.conf'), 'local all all scram-sha-256\nhostssl all all 127.0.0.1/32 scram-sha-256\n');
  }
  const writeSettings = () => {
    writeFileSync(join(dataDir, 'postgresql.auto.conf'), `${settings.map((line) => (line.startsWith('port = ') ? `port = ${port}` : line)).join('\n')}\n`);
    if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dataDir]);
  };
  writeSettings();

  const logFile = join(root, 'server.log');
  const pgCtl = join(bin, 'pg_ctl');
  let state: 'running' | 'paused' | 'stopped' = 'stopped';
  const startServer = () => {
    runAs(pgCtl, ['-D', dataDir, '-l', logFile, '-w', '-t', '60', 'start']);
    state = 'running';
  };
  const stopServer = (mode: 'fast' | 'immediate') => {
    if (state !== 'running') return;
    try {
      runAs(pgCtl, ['-D', dataDir, '-m', mode, '-w', '-t', '30', 'stop']);
    } catch (error) {
      console.error('Duet tests: could not stop the test PostgreSQL', error);
    }
    state = 'paused';
  };
  const onExit = () => {
    stopServer('immediate');
    rmSync(root, { recursive: true, force: true });
  };
  process.on('exit', onExit);

  // Another test file's server may take the free port between freePort() and the start: try another one.
  for (let attempt = 1; ; attempt += 1) {
    try {
      startServer();
      break;
    } catch (error) {
      if (attempt >= 3) {
        onExit();
        process.off('exit', onExit);
        throw error;
      }
      port = await freePort();
      writeSettings();
    }
  }
  const connection = { host: '127.0.0.1', port, user: SUPERUSER, password: SUPERUSER_PASSWORD, ssl: tls ? { rejectUnauthorized: false } : false };
  const admin = async (database = DATABASE) => {
    const client = new pg.Client({ ...connection, database });
    await client.connect();
    return client;
  };
  try {
    const setup = await admin('postgres');
    try {
      await setup.query(`CREATE ROLE ${APP_ROLE} LOGIN PASSWORD '${APP_PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE`);
      await setup.query(`CREATE DATABASE ${DATABASE}`);
      await setup.query(`REVOKE ALL ON DATABASE ${DATABASE} FROM PUBLIC`);
      await setup.query(`GRANT CONNECT ON DATABASE ${DATABASE} TO ${APP_ROLE}`);
    } finally {
      await setup.end();
    }
    const db = await admin();
    try {
      await db.query(`CREATE SCHEMA duet AUTHORIZATION ${APP_ROLE}`);
    } finally {
      await db.end();
    }
  } catch (error) {
    onExit();
    process.off('exit', onExit);
    throw error;
  }

  return {
    host: '127.0.0.1',
    port,
    database: DATABASE,
    tls,
    binDir: bin,
    admin: () => admin(),
    async sql(text, values) {
      const client = await admin();
      try {
        return await client.query(text, values);
      } finally {
        await client.end();
      }
    },
    pause: () => stopServer('fast'),
    resume: () => {
      if (state === 'paused') startServer();
    },
    stop: () => {
      if (state === 'stopped' && !existsSync(root)) return;
      stopServer('fast');
      state = 'stopped';
      rmSync(root, { recursive: true, force: true });
      process.off('exit', onExit);
    },
  };
}
