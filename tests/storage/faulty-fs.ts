import * as fsPromises from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { StorageFs } from '../../src/main/storage';

export type WriteFault = 'ENOSPC' | 'EACCES' | 'EROFS' | 'EPERM';

export interface FaultyFs extends StorageFs {
  /** While set, writes fail with this code, as the real ones would. */
  fault: WriteFault | null;
  /** When set, only writes to paths matching it fail. */
  onlyPaths: RegExp | null;
  /** How many writes were refused. */
  refused: number;
}

function errnoError(code: WriteFault, syscall: string, path: string): NodeJS.ErrnoException {
  const words = { ENOSPC: 'no space left on device', EACCES: 'permission denied', EROFS: 'read-only file system', EPERM: 'operation not permitted' };
  return Object.assign(new Error(`${code}: ${words[code]}, ${syscall} '${path}'`), { code, syscall, path });
}

/**
 * The real file system, except that writes can be made to fail the way a full disk (data refused part-way, after
 * the file was created) or a read-only folder (nothing can even be opened for writing) fails them. Tests run as
 * root, which ignores permissions, so this is the only honest way to get those errors here.
 */
export function createFaultyFs(): FaultyFs {
  const faultFor = (path: string): WriteFault | null =>
    faulty.fault && (!faulty.onlyPaths || faulty.onlyPaths.test(path)) ? faulty.fault : null;
  const faulty: FaultyFs = {
    ...fsPromises,
    fault: null,
    onlyPaths: null,
    refused: 0,
    open: (async (path: string, flags?: string | number, mode?: number) => {
      const writing = typeof flags === 'string' && /[wa+]/.test(flags);
      const fault = faultFor(path);
      if (writing && fault && fault !== 'ENOSPC') {
        faulty.refused += 1;
        throw errnoError(fault, 'open', path);
      }
      const handle: FileHandle = await fsPromises.open(path, flags, mode);
      if (!writing || fault !== 'ENOSPC') return handle;
      // A full disk accepts the open and refuses the data.
      return Object.assign(Object.create(handle) as FileHandle, {
        writeFile: async () => {
          faulty.refused += 1;
          throw errnoError('ENOSPC', 'write', path);
        },
        close: () => handle.close(),
        sync: () => handle.sync(),
        datasync: () => handle.datasync(),
      });
    }) as StorageFs['open'],
    rename: (async (from: string, to: string) => {
      const fault = faultFor(to);
      if (fault && fault !== 'ENOSPC') {
        faulty.refused += 1;
        throw errnoError(fault, 'rename', from);
      }
      return fsPromises.rename(from, to);
    }) as StorageFs['rename'],
    link: (async (from: string, to: string) => {
      const fault = faultFor(to);
      if (fault) {
        faulty.refused += 1;
        throw errnoError(fault, 'link', from);
      }
      return fsPromises.link(from, to);
    }) as StorageFs['link'],
    copyFile: (async (from: string, to: string) => {
      const fault = faultFor(to);
      if (fault) {
        faulty.refused += 1;
        throw errnoError(fault, 'copyfile', from);
      }
      return fsPromises.copyFile(from, to);
    }) as StorageFs['copyFile'],
  };
  return faulty;
}
