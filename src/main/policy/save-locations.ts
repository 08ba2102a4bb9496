import { posix, win32 } from 'node:path';
import { StorageError } from '../storage';
import type { Policy } from './schema';

type SaveKind = 'pdf' | 'export';

/** The folder a save dialog opens in: the practice's folder when the policy names one, else `fallback`. */
export function saveFolderFor(kind: SaveKind, policy: Policy, fallback: () => string | null): () => string | null {
  const folder = kind === 'pdf' ? policy.saveLocations?.pdfFolder : policy.saveLocations?.exportFolder;
  return () => folder ?? fallback();
}

/** True when `path` is `folder` or inside it. Windows and macOS file names ignore case, so the check does too. */
export function isInsideFolder(path: string, folder: string, platform: NodeJS.Platform): boolean {
  const paths = platform === 'win32' ? win32 : posix;
  const fold = (text: string) => (platform === 'linux' ? text : text.toLowerCase());
  const inside = paths.relative(fold(paths.resolve(folder)), fold(paths.resolve(path)));
  return inside === '' || (!inside.startsWith('..') && !paths.isAbsolute(inside));
}

/**
 * With the policy's `onlyThere`, a plan saved outside the practice's PDF folder is refused in plain words before
 * anything is rendered or written; null means the path is allowed.
 */
export function pdfPathRefusalFor(policy: Policy, platform: NodeJS.Platform): (path: string) => string | null {
  const allowed = policy.saveLocations?.onlyThere ? policy.saveLocations.pdfFolder : undefined;
  return (path) =>
    allowed && !isInsideFolder(path, allowed, platform)
      ? `Your practice keeps saved plans in ${allowed}. Please save the plan in that folder, or a folder inside it. Nothing was saved.`
      : null;
}

/**
 * The export folder chooser with the policy's `onlyThere` in force: a folder outside the practice's export folder
 * is refused in plain words before anything is written.
 */
export function exportFolderChooserFor(
  choose: () => Promise<string | null>,
  policy: Policy,
  platform: NodeJS.Platform,
): () => Promise<string | null> {
  const allowed = policy.saveLocations?.onlyThere ? policy.saveLocations.exportFolder : undefined;
  if (!allowed) return choose;
  return async () => {
    const folder = await choose();
    if (folder !== null && !isInsideFolder(folder, allowed, platform)) {
      throw new StorageError('write-failed', `Your practice keeps exports in ${allowed}. Please choose that folder, or a folder inside it. Nothing was saved.`);
    }
    return folder;
  };
}

/**
 * The FHIR file chooser with the policy's `onlyThere` in force: a file outside the practice's export folder is
 * refused in plain words before anything is written (the same rule as exportFolderChooserFor).
 */
export function fhirFileChooserFor(
  choose: (suggestedName: string) => Promise<string | null>,
  policy: Policy,
  platform: NodeJS.Platform,
): (suggestedName: string) => Promise<string | null> {
  const allowed = policy.saveLocations?.onlyThere ? policy.saveLocations.exportFolder : undefined;
  if (!allowed) return choose;
  return async (suggestedName) => {
    const file = await choose(suggestedName);
    const folder = file === null ? null : (platform === 'win32' ? win32 : posix).dirname(file);
    if (folder !== null && !isInsideFolder(folder, allowed, platform)) {
      throw new StorageError('write-failed', `Your practice keeps exports in ${allowed}. Please choose that folder, or a folder inside it. Nothing was saved.`);
    }
    return file;
  };
}
