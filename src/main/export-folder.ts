import { join } from 'node:path';
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
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

/**
 * Asks where to save an episode's FHIR file (the system save dialog, which confirms overwriting); null when the
 * person cancels or declines a synced-folder warning.
 */
export function createFhirFileChooser(options: {
  getMainWindow: () => BrowserWindow | null;
  defaultFolder: () => string | null;
  confirmSyncedFolder?: (warning: string) => Promise<boolean>;
}): (suggestedName: string) => Promise<string | null> {
  return async (suggestedName) => {
    const folder = options.defaultFolder();
    const dialogOptions: SaveDialogOptions = {
      title: 'Save for the health record (FHIR)',
      defaultPath: folder ? join(folder, suggestedName) : suggestedName,
      filters: [{ name: 'FHIR JSON', extensions: ['json'] }],
      // Windows would otherwise list the file in Recent items for the next person (M11).
      properties: ['showOverwriteConfirmation', 'createDirectory', 'dontAddToRecent'],
    };
    const parent = options.getMainWindow();
    const choice = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
    if (choice.canceled || !choice.filePath) return null;
    const warning = syncedFolderWarning(choice.filePath);
    if (warning && options.confirmSyncedFolder && !(await options.confirmSyncedFolder(warning))) return null;
    return choice.filePath;
  };
}
