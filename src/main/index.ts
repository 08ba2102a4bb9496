import { join } from 'node:path';
import { app, BrowserWindow, dialog, powerMonitor, safeStorage } from 'electron';
import { openStore, StorageError, type RecoveryNotice } from './storage';
import { createOperations } from './ipc/operations';
import { createAppOperations } from './ipc/app-operations';
import { AppLock } from './lock/app-lock';
import { electronKeyStore } from './lock/electron-key-store';
import { scheduleRetention } from './retention-schedule';
import { registerIpcHandlers } from './ipc/register';
import { builtRendererRoot, rendererLocationFor } from './renderer-location';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { installSecurityGuards } from './security';
import { installAppMenu, menuCommandSender } from './menu';
import { createElectronPrinter } from './print';
import { createExportFolderChooser } from './export-folder';
import { createMainWindow } from './window';
import { loadPolicy, policyFileFor } from './policy/policy-file';
import {
  applyPolicyToLockStatus,
  enforceSettingsPolicy,
  settingsPolicyFrom,
  withLockStatusPolicy,
  withSettingsPolicy,
} from './policy/settings-policy';
import { exportFolderChooserFor, saveFolderFor } from './policy/save-locations';
import { dataLocationFor } from './data-location/paths';
import { DataFolderRefusal, prepareDataFolder } from './data-location/prepare';

// Before ready: the practice's policy decides where Chromium's profile and Duet's data live (issue 10 §2, §3).
const loadedPolicy = loadPolicy(policyFileFor({ platform: process.platform, env: process.env, isPackaged: app.isPackaged }));
const { policy } = loadedPolicy;
if (loadedPolicy.problem) console.error(loadedPolicy.problem);
const settingsPolicy = settingsPolicyFrom(loadedPolicy);
/** Electron's own userData (Roaming on Windows): where Duet 0.1 kept its data. */
const earlierUserData = app.getPath('userData');
const dataLocation = dataLocationFor({
  mode: policy.dataMode,
  platform: process.platform,
  env: process.env,
  defaultUserData: earlierUserData,
  policyDataFolder: policy.dataFolder,
});
if (dataLocation.userData) app.setPath('userData', dataLocation.userData);

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
    error instanceof StorageError || error instanceof DataFolderRefusal
      ? error.message
      : 'Something went wrong while Duet was starting. Please restart the computer and try again.';
  if (!(error instanceof StorageError || error instanceof DataFolderRefusal)) console.error('Duet: failed to start', error);
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

/** Shared-machine mode, first start with this account's earlier data: an explicit choice, never automatic. */
async function askToMoveIntoSharedFolder(from: string, to: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'question',
    title: 'Duet',
    message: 'Move your saved Duet data into this computer’s shared Duet folder?',
    detail:
      `Your practice has set this computer up for everyone to share one Duet folder (${to}). Your earlier data is in ${from}. ` +
      'Moving copies every file and checks it, and keeps your old folder until IT removes it. If you choose Not now, Duet starts with the shared folder and asks again next time.',
    buttons: ['Move my data', 'Not now'],
    defaultId: 0,
    cancelId: 1,
  });
  return response === 0;
}

async function start(): Promise<void> {
  await app.whenReady();
  const renderer = rendererLocationFor({ devServerUrl: process.env.ELECTRON_RENDERER_URL, isPackaged: app.isPackaged });
  serveAppProtocol(builtRendererRoot(import.meta.dirname));
  installSecurityGuards(renderer);

  if (loadedPolicy.problem) {
    // Not awaited: Duet goes on starting with its standard settings while IT's message is on screen.
    void dialog.showMessageBox({ type: 'warning', title: 'Duet', message: 'Duet’s practice policy file was not used.', detail: loadedPolicy.problem });
  }
  const { dataDir } = dataLocation;
  const writerLock = await prepareDataFolder({
    location: dataLocation,
    earlierFolders: [join(app.getPath('userData'), 'data'), join(earlierUserData, 'data')],
    askToMove: askToMoveIntoSharedFolder,
    platform: process.platform,
  });
  process.on('exit', () => writerLock.release());
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
    // A shared exam-room computer is passphrase-only: an OS key store would open the data for the next person (M2).
    osKeyStore: dataLocation.mode === 'shared-machine' ? null : electronKeyStore(safeStorage, process.platform),
    openStore: ({ cipher, sealClearFiles }) => openStore(dataDir, { cipher, sealClearFiles, onRecovery: tellAboutRepair }),
    onStoreOpened: (store) => {
      void enforceSettingsPolicy(store, settingsPolicy, (message) => console.warn(message)).catch((error: unknown) =>
        console.error('Duet: could not apply the practice policy to settings', error),
      );
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
    defaultFolder: saveFolderFor('pdf', policy, () => app.getPath('documents')),
  });
  const chooseExportFolder = exportFolderChooserFor(
    createExportFolderChooser({
      getMainWindow: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null),
      defaultFolder: saveFolderFor('export', policy, () => app.getPath('documents')),
    }),
    policy,
    process.platform,
  );
  registerIpcHandlers({
    operations: withLockStatusPolicy(
      createAppOperations({
        lock,
        sessionOperations: (store) =>
          withSettingsPolicy(createOperations({ store, printer, chooseExportFolder, appVersion: app.getVersion() }), settingsPolicy),
      }),
      settingsPolicy,
    ),
    renderer,
  });

  const sendMenuCommand = menuCommandSender(() => mainWindow);
  installAppMenu({
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    locale: applyPolicyToLockStatus(await lock.status(), settingsPolicy).language,
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
// The page is served from app://duet/, never file:// (must be declared before ready).
registerAppScheme();

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
