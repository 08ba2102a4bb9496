import type { DataLocation } from './paths';
import { networkFolderRefusal, networkPathReason } from './paths';
import { acquireWriterLock, HEARTBEAT_MS, systemWriterLockEnv, type WriterLock, type WriterLockEnv } from './writer-lock';
import { finishInterruptedMove, holdsData, moveDataFolder } from './move-data-folder';

/** Duet must not open this data folder; `message` is plain words for the person at the keyboard. */
export class DataFolderRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFolderRefusal';
  }
}

export interface PrepareOptions {
  location: DataLocation;
  /** Folders that may hold this OS user's data from before: the per-user folder, Duet 0.1's Roaming folder. */
  earlierFolders: string[];
  /** Shared-machine mode: asks the person whether to move their per-user data into the machine-wide folder. */
  askToMove: (from: string, to: string) => Promise<boolean>;
  platform: NodeJS.Platform;
  lockEnv?: WriterLockEnv;
  log?: (message: string) => void;
}

/**
 * Everything between "where should the data be" and opening the store: refuse a network folder, take the writer
 * lock, finish an interrupted move, and move earlier data in when the folder is new. Per-user mode moves Duet
 * 0.1's Roaming folder into Local AppData on its own (same person, same account); shared-machine mode moves a
 * per-user folder in only when the person says so. The returned lock is renewed every minute until released.
 */
export async function prepareDataFolder(options: PrepareOptions): Promise<WriterLock> {
  const { location, platform, lockEnv = systemWriterLockEnv(), log = (message) => console.warn(message) } = options;
  const { dataDir } = location;
  const remote = networkPathReason(dataDir, platform);
  if (remote) throw new DataFolderRefusal(networkFolderRefusal(dataDir, remote));

  const taken = await acquireWriterLock(dataDir, lockEnv, log).catch((error: unknown) => {
    throw folderProblem(dataDir, error);
  });
  if (!taken.ok) throw new DataFolderRefusal(taken.message);
  const { lock } = taken;
  try {
    await finishInterruptedMove(dataDir, log);
    if (!(await holdsData(dataDir))) await moveEarlierData(options, lockEnv.user, log);
  } catch (error) {
    lock.release();
    throw error;
  }
  const renew = setInterval(() => void lock.heartbeat().catch((error: unknown) => log(`Duet: could not renew the data-folder lock: ${String(error)}`)), HEARTBEAT_MS);
  renew.unref();
  return {
    ...lock,
    release: () => {
      clearInterval(renew);
      lock.release();
    },
  };
}

const PERMISSION_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

/** A folder Duet may not write (the shared folder's rights not set up yet, say) gets plain words, not "went wrong". */
export function folderProblem(dataDir: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (!code || !PERMISSION_CODES.has(code)) return error;
  return new DataFolderRefusal(
    `Duet cannot write to its data folder ${dataDir} (${code}). On a shared computer, IT gives the people who use Duet ` +
      'the right to change files in that folder (see the deployment guide, "The shared data folder"). Nothing was changed.',
  );
}

async function moveEarlierData(options: PrepareOptions, user: string, log: (message: string) => void): Promise<void> {
  const { location } = options;
  for (const from of options.earlierFolders) {
    if (from === location.dataDir || !(await holdsData(from))) continue;
    if (location.mode === 'shared-machine' && !(await options.askToMove(from, location.dataDir))) {
      log(`Duet: ${user} chose not to move ${from} into the shared folder ${location.dataDir}`);
      return;
    }
    const outcome = await moveDataFolder({ from, to: location.dataDir, by: user, log });
    if (!outcome.moved) {
      throw new DataFolderRefusal(`Duet could not move your saved data from ${from} to ${location.dataDir}: ${outcome.reason}. Nothing was lost. Please tell your IT team.`);
    }
    return;
  }
}
