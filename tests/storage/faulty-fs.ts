import * as fsPromises from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { StorageFs } from '../../src/main/storage';

export type WriteFault = 'ENOSPC' | 'EACCES' | 'EROFS' | 'EPERM';
/** What an antivirus scanner or sync client holding a file open causes on Windows, for a moment. */
export type TransientFault = 'EBUSY' | 'EPERM' | 'EACCES';
type Call = 'open' | 'rename' | 'readFile' | 'unlink' | 'link';

export interface FaultyFs extends StorageFs {
  /** While set, writes fail with this code, as the real ones would. */
  fault: WriteFault | null;
  /** When set, only writes to paths matching it fail. */
  onlyPaths: RegExp | null;
  /** How many writes were refused. */
  refused: number;
  /** The next `times` calls of `calls` on paths matching `paths` fail with `code`, then they work again. */
  transient: { code: TransientFault; times: number; calls: readonly Call[]; paths: RegExp } | null;
  /** Every write-path step, in order: `write <path>`, `sync <path>`, `rename <from> -> <to>`, `unlink <path>`, … */
  log: string[];
}

function errnoError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });
}

/**
 * The real file system, except that writes can be made to fail the way a full disk (data refused part-way, after
 * the file was created) or a read-only folder (nothing can even be opened for writing) fails them, and calls can
 * fail for a moment the way a file locked by an antivirus scan does. Tests run as root, which ignores
 * permissions, so this is the only honest way to get those errors here. It also logs each write, sync and rename,
 * so a test can check their order (an fsync deleted from the code fails that test).
 */
export function createFaultyFs(): FaultyFs {
  const faultFor = (path: string): WriteFault | null =>
    faulty.fault && (!faulty.onlyPaths || faulty.onlyPaths.test(path)) ? faulty.fault : null;
  const transientFor = (call: Call, path: string) => {
    const transient = faulty.transient;
    if (!transient || transient.times <= 0 || !transient.calls.includes(call) || !transient.paths.test(path)) return;
    transient.times -= 1;
    throw errnoError(transient.code, call, path);
  };
  const logged = (handle: FileHandle, path: string, full: boolean): FileHandle =>
    Object.assign(Object.create(handle) as FileHandle, {
      writeFile: async (data: string | Uint8Array) => {
        if (full) {
          faulty.refused += 1;
          throw errnoError('ENOSPC', 'write', path);
        }
        faulty.log.push(`write ${path}`);
        return handle.writeFile(data);
      },
      close: () => handle.close(),
      sync: async () => {
        faulty.log.push(`sync ${path}`);
        return handle.sync();
      },
      datasync: async () => {
        faulty.log.push(`sync ${path}`);
        return handle.datasync();
      },
      stat: () => handle.stat(),
      read: (...args: Parameters<FileHandle['read']>) => handle.read(...args),
    });
  const faulty: FaultyFs = {
    ...fsPromises,
    fault: null,
    onlyPaths: null,
    refused: 0,
    transient: null,
    log: [],
    open: (async (path: string, flags?: string | number, mode?: number) => {
      transientFor('open', path);
      const writing = typeof flags === 'string' && /[wa+]/.test(flags);
      const fault = faultFor(path);
      if (writing && fault && fault !== 'ENOSPC') {
        faulty.refused += 1;
        throw errnoError(fault, 'open', path);
      }
      const handle: FileHandle = await fsPromises.open(path, flags, mode);
      return logged(handle, path, writing && fault === 'ENOSPC');
    }) as StorageFs['open'],
    readFile: (async (path: string, options?: Parameters<typeof fsPromises.readFile>[1]) => {
      transientFor('readFile', path);
      return fsPromises.readFile(path, options ?? null);
    }) as StorageFs['readFile'],
    rename: (async (from: string, to: string) => {
      transientFor('rename', to);
      const fault = faultFor(to);
      if (fault && fault !== 'ENOSPC') {
        faulty.refused += 1;
        throw errnoError(fault, 'rename', from);
      }
      faulty.log.push(`rename ${from} -> ${to}`);
      return fsPromises.rename(from, to);
    }) as StorageFs['rename'],
    unlink: (async (path: string) => {
      transientFor('unlink', path);
      faulty.log.push(`unlink ${path}`);
      return fsPromises.unlink(path);
    }) as StorageFs['unlink'],
    link: (async (from: string, to: string) => {
      transientFor('link', to);
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
