import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';

/** Asks where to export; null when the person cancels. */
export function createExportFolderChooser(options: {
  getMainWindow: () => BrowserWindow | null;
  defaultFolder: () => string;
}): () => Promise<string | null> {
  return async () => {
    const dialogOptions: OpenDialogOptions = {
      title: 'Choose a folder for the exported session',
      defaultPath: options.defaultFolder(),
      properties: ['openDirectory', 'createDirectory'],
    };
    const parent = options.getMainWindow();
    const choice = parent ? await dialog.showOpenDialog(parent, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  };
}
