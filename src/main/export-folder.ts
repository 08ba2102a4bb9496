import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { syncedFolderWarning } from './saved-file-location';

/** Asks where to export; null when the person cancels (also when they decline a synced-folder warning). */
export function createExportFolderChooser(options: {
  getMainWindow: () => BrowserWindow | null;
  /** The practice's configured folder, or null to let the OS choose (M11: not Documents by default). */
  defaultFolder: () => string | null;
  /** Asks whether to go on exporting into a cloud-synced or network folder; false stops the export. */
  confirmSyncedFolder?: (warning: string) => Promise<boolean>;
}): () => Promise<string | null> {
  return async () => {
    const folder = options.defaultFolder();
    const dialogOptions: OpenDialogOptions = {
      title: 'Choose a folder for the exported session',
      ...(folder ? { defaultPath: folder } : {}),
      // Windows would otherwise list the folder in Recent items for the next person (M11).
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    };
    const parent = options.getMainWindow();
    const choice = parent ? await dialog.showOpenDialog(parent, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    const chosen = choice.canceled ? null : (choice.filePaths[0] ?? null);
    if (chosen === null) return null;
    const warning = syncedFolderWarning(chosen);
    if (warning && options.confirmSyncedFolder && !(await options.confirmSyncedFolder(warning))) return null;
    return chosen;
  };
}
