import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { hostname, uptime, userInfo } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * One writer per data folder, across OS users and computers (review M9). Electron's single-instance lock is per
 * user and per userData folder; on a shared exam-room computer two people signed in at once (fast user switching)
 * would otherwise run two Duets on one machine-wide folder. The lock is a file created exclusively in the data
 * folder; its holder rewrites it every minute, so a lock left by a crash or a power cut is recognised as stale.
 */
export const WRITER_LOCK_FILE = 'duet-writer.lock';
export const HEARTBEAT_MS = 60_000;
/** A lock from another computer whose holder has not written it for this long is treated as left behind. */
export const STALE_AFTER_MS = 5 * 60_000;

const holderSchema = z.object({
  host: z.string(),
  pid: z.number().int(),
  user: z.string(),
  startedAt: z.string(),
  updatedAt: z.string(),
});
export type LockHolder = z.infer<typeof holderSchema>;

export interface WriterLockEnv {
  host: string;
  pid: number;
  user: string;
  now: () => Date;
  /** When this computer last started. */
  bootTime: () => Date;
  isProcessAlive: (pid: number) => boolean;
}

export function systemWriterLockEnv(): WriterLockEnv {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // Some accounts (for example a service without a passwd entry) have no name.
  }
  return {
    host: hostname(),
    pid: process.pid,
    user,
    now: () => new Date(),
    bootTime: () => new Date(Date.now() - uptime() * 1000),
    isProcessAlive: (pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch (error) {
        // EPERM: the process exists but belongs to another OS user: exactly the case this lock is for.
        return (error as NodeJS.ErrnoException).code === 'EPERM';
      }
    },
  };
}

export type WriterLockResult = { ok: true; lock: WriterLock } | { ok: false; holder: LockHolder | null; message: string };

export interface WriterLock {
  file: string;
  /** Rewrites the lock's time (called every HEARTBEAT_MS while Duet runs). */
  heartbeat(): Promise<void>;
  /** Removes the lock if it is still this process's. Synchronous, so it also works from process 'exit'. */
  release(): void;
}

/** An unreadable lock younger than this may be one another Duet is writing this very moment. */
const UNREADABLE_GRACE_MS = 10_000;

function staleReason(holder: LockHolder | null, env: WriterLockEnv, modifiedAt: number): string | null {
  if (!holder) return env.now().getTime() - modifiedAt > UNREADABLE_GRACE_MS ? 'unreadable (a crash while it was written)' : null;
  const updated = Date.parse(holder.updatedAt);
  if (holder.host === env.host) {
    if (Date.parse(holder.startedAt) < env.bootTime().getTime()) return 'left from before this computer last started';
    if (holder.pid === env.pid) return 'left by this same process';
    if (!env.isProcessAlive(holder.pid)) return `its Duet (process ${holder.pid}) is no longer running`;
    return null;
  }
  if (!Number.isFinite(updated) || env.now().getTime() - updated > STALE_AFTER_MS) return `not renewed by ${holder.host} for over 5 minutes`;
  return null;
}

function readHolder(file: string, text?: string): LockHolder | null {
  try {
    return holderSchema.parse(JSON.parse(text ?? readFileSync(file, 'utf-8')));
  } catch {
    return null;
  }
}

function describeHolder(holder: LockHolder | null, env: WriterLockEnv): string {
  if (!holder) return 'Duet is already open for this data folder.';
  const since = new Date(holder.startedAt).toLocaleString();
  if (holder.host === env.host && holder.user === env.user) return `Duet is already open for this data folder (since ${since}).`;
  if (holder.host === env.host) return `Duet is open in another account on this computer (${holder.user}, since ${since}).`;
  return `Duet is open on another computer (${holder.host}, ${holder.user}, since ${since}) and uses the same data folder.`;
}

/**
 * Takes the data folder's writer lock, or says in plain words who holds it. A stale lock is moved aside (kept as
 * `duet-writer.lock.stale-<time>`, for the record) and taken over; `log` is told why.
 */
export async function acquireWriterLock(
  dataDir: string,
  env: WriterLockEnv = systemWriterLockEnv(),
  log: (message: string) => void = (message) => console.warn(message),
): Promise<WriterLockResult> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, WRITER_LOCK_FILE);
  const startedAt = env.now().toISOString();
  const contents = (): string => JSON.stringify({ host: env.host, pid: env.pid, user: env.user, startedAt, updatedAt: env.now().toISOString() } satisfies LockHolder);

  // Two tries: the second after moving a stale lock aside.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(contents());
        await handle.sync();
      } finally {
        await handle.close();
      }
      return { ok: true, lock: heldLock(file, contents, env) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let text: string | undefined;
    try {
      text = await readFile(file, 'utf-8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // released in between: try again
      throw error;
    }
    const holder = readHolder(file, text);
    const modifiedAt = await stat(file).then((info) => info.mtimeMs, () => 0);
    const stale = staleReason(holder, env, modifiedAt);
    if (!stale || attempt > 0) return { ok: false, holder, message: refusal(holder, env) };
    const aside = `${file}.stale-${env.now().toISOString().replace(/[:.]/g, '-')}`;
    try {
      await rename(file, aside);
      log(`Duet: took over a stale data-folder lock (${stale}); the old lock is kept as ${aside}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return { ok: false, holder: readHolder(file), message: refusal(readHolder(file), env) };
}

function refusal(holder: LockHolder | null, env: WriterLockEnv): string {
  return (
    `${describeHolder(holder, env)} Only one Duet at a time may use it, so that no one's work is lost. ` +
    'Close Duet there first, then open it here. If Duet is not open anywhere, restart this computer and try again.'
  );
}

function heldLock(file: string, contents: () => string, env: WriterLockEnv): WriterLock {
  const isOurs = (): boolean => {
    const holder = readHolder(file);
    return !!holder && holder.host === env.host && holder.pid === env.pid;
  };
  return {
    file,
    // Written beside and renamed over, so no one ever reads a half-written lock.
    heartbeat: async () => {
      if (!isOurs()) return;
      const temp = `${file}.${env.pid}.tmp`;
      await writeFile(temp, contents());
      await rename(temp, file);
    },
    release: () => {
      if (!isOurs()) return;
      try {
        unlinkSync(file);
      } catch {
        // Already gone: nothing to release.
      }
    },
  };
}
