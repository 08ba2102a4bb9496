import { access, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorCode, syncFolder } from './storage/storage-fs';
import { nodeStorageFs } from './storage';

/**
 * Files Duet saves where the person chose (a plan PDF, a FHIR export): written to a temp file beside the target,
 * synced to disk, renamed over it, and the folder synced (m15). A crash or power loss leaves either no file or the
 * whole file, never a torn one under the chosen name.
 */
export async function writeFileDurably(path: string, bytes: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.duet-tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(nodeStorageFs, dirname(path));
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * The dialog asked about overwriting the name the person typed. When Duet adds the extension to it, that is
 * another name nobody was asked about, so an existing file there is never replaced: "name (2).<ext>" is used instead.
 */
export async function withExtension(path: string, extension: string): Promise<string> {
  if (path.toLowerCase().endsWith(`.${extension}`)) return path;
  let candidate = `${path}.${extension}`;
  for (let copy = 2; await exists(candidate); copy++) candidate = `${path} (${copy}).${extension}`;
  return candidate;
}

/** Gives up looking for a free name after this many ("… (99).json"). */
const MAX_NAME_ATTEMPTS = 99;

/**
 * Writes `text` as a new file in `folder` (a session export, a figures CSV): the first name of `nameFor(1)`,
 * `nameFor(2)`, … that is free, never over an existing file, synced with its folder. Returns its path, or null when
 * every name was taken; a write that fails throws, for the caller to say in its own words.
 */
export async function writeNewFileIn(folder: string, nameFor: (attempt: number) => string, text: string): Promise<string | null> {
  for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt += 1) {
    const path = join(folder, nameFor(attempt));
    let handle;
    try {
      handle = await open(path, 'wx');
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      throw error;
    }
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await syncFolder(nodeStorageFs, folder);
    return path;
  }
  return null;
}
