import { readFileSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import type { DataMode } from '../policy/schema';

/**
 * Where Duet keeps its data and Chromium's profile (review M9 and §3, issue 10 §2). Pure: platform and environment
 * come in as arguments, so every platform's answer is tested on any machine.
 */
export interface DataLocation {
  mode: DataMode;
  /** Chromium's profile folder, set with app.setPath('userData', …) before ready; null keeps Electron's own. */
  userData: string | null;
  /** Duet's data folder: key.json, app.json, index.json, sessions/. */
  dataDir: string;
}

/** The machine-wide folder a shared exam-room computer keeps Duet's data in (the installer or IT sets its ACL). */
export function machineDataFolder(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') return win32.join(env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData', 'Duet', 'data');
  if (platform === 'darwin') return '/Library/Application Support/Duet/data';
  return '/var/lib/duet/data';
}

/**
 * On Windows, Electron's default userData is in Roaming AppData, which roaming profiles and folder redirection
 * copy to servers and other PCs: Duet's profile goes under %LOCALAPPDATA% instead, never Roaming. macOS
 * (~/Library/Application Support) and Linux (~/.config) keep Electron's own, which do not roam.
 */
export function localUserDataFolder(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string | null {
  if (platform !== 'win32') return null;
  const local = env.LOCALAPPDATA ?? (env.USERPROFILE ? win32.join(env.USERPROFILE, 'AppData', 'Local') : null);
  return local ? win32.join(local, 'Duet') : null;
}

export function dataLocationFor(options: {
  mode: DataMode;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** app.getPath('userData') as Electron would have it (used when localUserDataFolder gives null). */
  defaultUserData: string;
  /** The policy's dataFolder (shared-machine only). */
  policyDataFolder?: string;
}): DataLocation {
  const { mode, platform, env } = options;
  const paths = platform === 'win32' ? win32 : posix;
  const userData = localUserDataFolder(platform, env);
  const dataDir =
    mode === 'shared-machine'
      ? (options.policyDataFolder ?? machineDataFolder(platform, env))
      : paths.join(userData ?? options.defaultUserData, 'data');
  return { mode, userData, dataDir };
}

/** File systems that are another computer's disk. */
const NETWORK_FILE_SYSTEMS = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'fuse.sshfs', 'sshfs', 'afs', 'ncpfs', '9p', 'davfs', 'fuse.davfs2', 'fuse.rclone', 'glusterfs', 'ceph']);

/** Linux: the file-system type of the mount holding `path`, from /proc/mounts text. */
export function fileSystemTypeOf(path: string, procMounts: string): string | null {
  let best: { mountPoint: string; type: string } | null = null;
  for (const line of procMounts.split('\n')) {
    const [, rawMountPoint, type] = line.split(' ');
    if (!rawMountPoint || !type) continue;
    // /proc/mounts escapes spaces and other characters as octal (\040).
    const mountPoint = rawMountPoint.replace(/\\([0-7]{3})/g, (_match, octal: string) => String.fromCharCode(parseInt(octal, 8)));
    const covers = mountPoint === '/' || path === mountPoint || path.startsWith(`${mountPoint}/`);
    if (covers && (!best || mountPoint.length > best.mountPoint.length)) best = { mountPoint, type };
  }
  return best?.type ?? null;
}

/**
 * Why `path` is on another computer, or null when it is local (as far as can be told: a Windows drive letter
 * mapped to a share, or a macOS network volume, is not detected here; docs/deployment.md says so).
 */
export function networkPathReason(path: string, platform: NodeJS.Platform, readProcMounts: () => string = () => readFileSync('/proc/mounts', 'utf-8')): string | null {
  if (platform === 'win32') {
    // \\server\share and //server/share are network shares; \\?\C:\ and \\.\ are local device paths.
    if (/^[\\/]{2}(?![?.][\\/])/.test(path)) return 'it is a network share (a \\\\server\\share path)';
    return null;
  }
  if (platform !== 'linux') return null;
  let mounts: string;
  try {
    mounts = readProcMounts();
  } catch {
    return null;
  }
  const type = fileSystemTypeOf(path, mounts);
  return type && NETWORK_FILE_SYSTEMS.has(type) ? `it is on a network file system (${type})` : null;
}

/** The plain-words refusal for a data folder on another computer (review M9). */
export function networkFolderRefusal(dataDir: string, reason: string): string {
  return (
    `Duet's data folder ${dataDir} is not on this computer: ${reason}. Duet keeps patient data on this computer only, ` +
    'because two computers writing one folder lose sessions. Ask your IT team to set a local folder (see the deployment guide).'
  );
}
