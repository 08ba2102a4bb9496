import { access, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { syncFolder } from './storage/storage-fs';
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
