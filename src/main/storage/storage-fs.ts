import * as fsPromises from 'node:fs/promises';

/**
 * The file-system calls the store makes. Injectable so tests can make a write fail the way a full disk or a
 * read-only folder does (tests run as root, which ignores permissions).
 */
export type StorageFs = Pick<
  typeof fsPromises,
  'open' | 'rename' | 'readFile' | 'readdir' | 'mkdir' | 'copyFile' | 'link' | 'unlink' | 'access' | 'truncate'
>;

export const nodeStorageFs: StorageFs = fsPromises;

export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

export async function fileExists(fs: StorageFs, path: string): Promise<boolean> {
  try {
    await fs.access(path);
    return true;
  } catch {
    return false;
  }
}

/** Makes a rename or new file in `folder` survive power loss. Windows cannot open folders for syncing. */
export async function syncFolder(fs: StorageFs, folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
