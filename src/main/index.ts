import { join } from 'node:path';
import { app, BrowserWindow, dialog, powerMonitor, safeStorage } from 'electron';
import { openStore, StorageError, type RecoveryNotice } from './storage';
import { content } from '../shared/content';
import { createOperations } from './ipc/operations';
import { createAppOperations } from './ipc/app-operations';
import { AppLock } from './lock/app-lock';
import { electronKeyStore } from './lock/electron-key-store';
import { scheduleRetention } from './retention-schedule';
import { registerIpcHandlers } from './ipc/register';
import { rendererLocationFor } from './renderer-location';
import { installSecurityGuards } from './security';
import { installAppMenu, menuCommandSender } from './menu';
import { createElectronPrinter } from './print';
import { createExportFolderChooser } from './export-folder';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;
let windowShown = false;
const pendingUntilShown: Array<() => void> = [];

function whenWindowShown(work: () => void): void {
  if (windowShown) work();
  else pendingUntilShown.push(work);
}

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
function closeStoreOnQuit(lock: AppLock): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void lock.close().finally(() => {
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

  const dataDir = join(app.getPath('userData'), 'data');
  const tellAboutRepair = (notice: RecoveryNotice | null) => {
    const window = mainWindow;
    if (!notice || !window || window.isDestroyed()) return;
    void dialog.showMessageBox(window, {
      type: 'warning',
      title: 'Duet',
      message: 'Duet found damaged saved data and repaired what it could. Nothing was deleted.',
      detail: notice.message,
    });
  };
  const lock = new AppLock({
    dataDir,
    osKeyStore: electronKeyStore(safeStorage, process.platform),
    openStore: ({ cipher, sealClearFiles }) => openStore(dataDir, { cipher, sealClearFiles, onRecovery: tellAboutRepair }),
    onStoreOpened: (store) => {
      // Shown once the window is up (the store may open before it, with an OS key store).
      whenWindowShown(() => {
        tellAboutRepair(store.recovery);
        // Session files are checked on first use; this reads the rest in the background so damage is found early.
        store.checkAllSessions().then(tellAboutRepair, (error: unknown) => console.error('Duet: checking saved sessions failed', error));
      });
      scheduleRetention(store);
    },
  });
  await lock.start();
  closeStoreOnQuit(lock);

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
    operations: createAppOperations({
      lock,
      sessionOperations: (store) => createOperations({ store, printer, chooseExportFolder, appVersion: app.getVersion(), contentVersion: content.about.contentVersion }),
    }),
    renderer,
  });

  const sendMenuCommand = menuCommandSender(() => mainWindow);
  installAppMenu({
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    locale: (await lock.status()).language,
    send: sendMenuCommand,
  });
  // The computer locking its screen or going to sleep locks Duet too. Main locks at once; the page then saves
  // what is pending (saving is allowed while locked) and shows the lock screen.
  const lockNow = () => {
    void lock.lock();
    sendMenuCommand('lock');
  };
  powerMonitor.on('lock-screen', lockNow);
  powerMonitor.on('suspend', lockNow);

  const openWindow = () => {
    mainWindow = createMainWindow({ renderer });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    return mainWindow;
  };
  const window = openWindow();
  window.once('ready-to-show', () => {
    windowShown = true;
    pendingUntilShown.splice(0).forEach((work) => work());
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
