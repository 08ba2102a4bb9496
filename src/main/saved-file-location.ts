/**
 * Where a saved plan or export would leave the computer (security review M11): OneDrive (Windows Known Folder Move
 * sends Documents there), iCloud Drive, other sync clients, or a network share. Duet does not refuse these (a
 * practice may want them); it asks first, in plain words. Paths only: nothing is looked up on disk or the network.
 */
const SYNCED_FOLDER_PATTERNS: Array<{ pattern: RegExp; name: string }> = [
  { pattern: /^(\\\\|\/\/)[^\\/]/, name: 'a network folder' },
  { pattern: /[\\/]OneDrive( - [^\\/]+)?([\\/]|$)/i, name: 'OneDrive' },
  { pattern: /[\\/]com~apple~CloudDocs([\\/]|$)|[\\/]iCloud ?Drive([\\/]|$)/i, name: 'iCloud Drive' },
  { pattern: /[\\/]Library[\\/]CloudStorage[\\/]/i, name: 'a cloud storage folder' },
  { pattern: /[\\/]Dropbox([\\/]|$)/i, name: 'Dropbox' },
  { pattern: /[\\/](Google Drive|My Drive)([\\/]|$)/i, name: 'Google Drive' },
];

/** The plain warning for a path in a synced or network folder, or null for a folder on this computer. */
export function syncedFolderWarning(path: string): string | null {
  const found = SYNCED_FOLDER_PATTERNS.find(({ pattern }) => pattern.test(path));
  if (!found) return null;
  return (
    `This folder is in ${found.name}, so the patient’s plan would be copied off this computer. ` +
    'Save it here only if your practice allows it.'
  );
}

/** "2026-11-27" in the computer's own time zone, for suggested file names. */
export function localDateForFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
