import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { openStore, StorageError, type RecoveryNotice, type Store } from './storage';
import { createOperations } from './ipc/operations';
import { registerIpcHandlers } from './ipc/register';
import { rendererLocationFor } from './renderer-location';
import { installSecurityGuards } from './security';
import { installAppMenu, menuCommandSender } from './menu';
import { createElectronPrinter } from './print';
import { createExportFolderChooser } from './export-folder';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function cannotStart(error: unknown): void {
  const detail =
    error instanceof StorageError
      ? error.message
      : 'Something went wrong while Duet was starting. Please restart the computer and try again.';
  if (!(error instanceof StorageError)) console.error('Duet: failed to start', error);
  dialog.showErrorBox('Duet cannot start', detail);
  app.quit();
}

/** Writes in flight finish before the process ends. */
function closeStoreOnQuit(store: Store): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void store.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  const renderer = rendererLocationFor({
    mainDir: import.meta.dirname,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    isPackaged: app.isPackaged,
  });
  installSecurityGuards(renderer);

  const store = await openStore(join(app.getPath('userData'), 'data'));
  closeStoreOnQuit(store);

  const printer = createElectronPrinter({
    renderer,
    getMainWindow: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null),
    defaultFolder: () => app.getPath('documents'),
  });
  const chooseExportFolder = createExportFolderChooser({
    getMainWindow: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null),
    defaultFolder: () => app.getPath('documents'),
  });
  registerIpcHandlers({
    operations: createOperations({ store, printer, chooseExportFolder, appVersion: app.getVersion() }),
    renderer,
  });

  installAppMenu({
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    locale: store.read().settings.defaultLanguage,
    send: menuCommandSender(() => mainWindow),
  });

  const openWindow = () => {
    mainWindow = createMainWindow({ renderer });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    return mainWindow;
  };
  const window = openWindow();

  const tellAboutRepair = (notice: RecoveryNotice | null) => {
    if (!notice || window.isDestroyed()) return;
    void dialog.showMessageBox(window, {
      type: 'warning',
      title: 'Duet',
      message: 'Duet found damaged saved data and repaired what it could. Nothing was deleted.',
      detail: notice.message,
    });
  };
  window.once('ready-to-show', () => {
    tellAboutRepair(store.recovery);
    // Session files are checked on first use; this reads the rest in the background so damage is found early.
    store.checkAllSessions().then(tellAboutRepair, (error: unknown) => console.error('Duet: checking saved sessions failed', error));
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

// Every renderer is sandboxed, whatever a window's own options say.
app.enableSandbox();

// One Duet per user: two would be two writers to the same data file.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch(cannotStart);
}
