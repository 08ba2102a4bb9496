import { createHash } from 'node:crypto';
import { appendFile, copyFile as fsCopyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { WRITER_LOCK_FILE } from './writer-lock';

/**
 * Moving a data folder into another one: a per-user folder into the machine-wide one when a practice switches a
 * computer to shared-machine mode, or Duet 0.1's Roaming folder into Local AppData (review M9). Nothing is lost:
 *  1. every file is copied into `<to>/.moving-in/` and read back (SHA-256 equal to the original);
 *  2. only then is `.moving-in/.verified` written, and the entries are renamed into `<to>` (key.json last);
 *  3. the old folder is renamed `<from>-moved-<time>` (kept, not deleted: IT removes it once checked).
 * A crash before step 2 leaves the old folder untouched and the copy is thrown away at the next start; a crash
 * during step 2 is finished at the next start (finishInterruptedMove). Each step is written to `<to>/data-moves.log`.
 */
export const MOVE_LOG_FILE = 'data-moves.log';
const STAGING = '.moving-in';
const VERIFIED = '.verified';
/** The data key goes last: a folder with key.json but without its sessions would look like a complete one. */
const LAST = 'key.json';
/** Files that belong to a folder, not to the data in it. */
const NOT_MOVED = new Set([WRITER_LOCK_FILE, MOVE_LOG_FILE, STAGING]);

export type MoveOutcome =
  | { moved: true; files: number; bytes: number; keptAt: string }
  | { moved: false; reason: string };

export interface MoveOptions {
  from: string;
  to: string;
  /** Who asked (for the log), e.g. the OS user name. */
  by: string;
  now?: () => Date;
  log?: (message: string) => void;
  copyFile?: (source: string, target: string) => Promise<void>;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((path) => !NOT_MOVED.has(path.split(/[\\/]/)[0]!) && !path.startsWith(`${WRITER_LOCK_FILE}.`));
}

async function entriesOf(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

/** True when `dir` holds Duet data (anything beyond the lock and the move log). */
export async function holdsData(dir: string): Promise<boolean> {
  return (await entriesOf(dir)).some((name) => !NOT_MOVED.has(name) && !name.startsWith(`${WRITER_LOCK_FILE}.`));
}

export async function moveDataFolder(options: MoveOptions): Promise<MoveOutcome> {
  const { from, to, by, now = () => new Date(), log = (message) => console.warn(message), copyFile = fsCopyFile } = options;
  const record = async (message: string) => {
    log(`Duet: ${message}`);
    await mkdir(to, { recursive: true });
    await appendFile(join(to, MOVE_LOG_FILE), `${now().toISOString()} ${message}\n`);
  };

  if (!(await holdsData(from))) return { moved: false, reason: `${from} holds no Duet data` };
  if (await holdsData(to)) {
    return { moved: false, reason: `${to} already holds Duet data; the two are never merged, so nothing was moved` };
  }
  const files = await filesUnder(from);
  const staging = join(to, STAGING);
  await record(`move started by ${by}: ${files.length} files from ${from} to ${to}`);
  await rm(staging, { recursive: true, force: true });

  let bytes = 0;
  try {
    for (const file of files) {
      const source = join(from, file);
      const target = join(staging, file);
      await mkdir(dirname(target), { recursive: true });
      await copyFile(source, target);
      if ((await sha256(source)) !== (await sha256(target))) throw new Error(`the copy of ${file} differs from the original`);
      bytes += (await stat(source)).size;
    }
    await writeFile(join(staging, VERIFIED), `${files.length}\n`);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const why = error instanceof Error ? error.message : String(error);
    await record(`move stopped, nothing changed (${why}); ${from} is as it was`);
    return { moved: false, reason: `the copy failed (${why}); ${from} is as it was` };
  }

  await finishInterruptedMove(to, log);
  const keptAt = `${from}-moved-${now().toISOString().replace(/[:.]/g, '-')}`;
  await rename(from, keptAt);
  await record(`move finished: ${files.length} files, ${bytes} bytes, checked; the old folder is kept as ${keptAt} (delete it once Duet works from ${to})`);
  return { moved: true, files: files.length, bytes, keptAt };
}

/**
 * At start, before the store opens: a verified copy is moved into place (key.json last); an unverified one (a
 * crash while copying; the original is untouched) is removed.
 */
export async function finishInterruptedMove(to: string, log: (message: string) => void = (message) => console.warn(message)): Promise<void> {
  const staging = join(to, STAGING);
  const names = await entriesOf(staging);
  if (names.length === 0) return;
  if (!names.includes(VERIFIED)) {
    await rm(staging, { recursive: true, force: true });
    log('Duet: removed an unfinished copy from a data move that was interrupted; the original folder was not changed');
    return;
  }
  const ordered = names.filter((name) => name !== VERIFIED).sort((a, b) => Number(a === LAST) - Number(b === LAST));
  for (const name of ordered) {
    // A name already in place was moved before the interruption.
    if ((await entriesOf(to)).includes(name)) {
      await rm(join(staging, name), { recursive: true, force: true });
      continue;
    }
    await rename(join(staging, name), join(to, name));
  }
  await rm(staging, { recursive: true, force: true });
}
