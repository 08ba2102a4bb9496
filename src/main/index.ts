import { join } from 'node:path';
import { app, BrowserWindow, dialog, powerMonitor, safeStorage } from 'electron';
import { nodeStorageFs, openStore, StorageError, type RecoveryNotice, type Store } from './storage';
import { content } from '../shared/content';
import { createOperations } from './ipc/operations';
import { createAppOperations } from './ipc/app-operations';
import { AppLock } from './lock/app-lock';
import { electronKeyStore } from './lock/electron-key-store';
import { startIdleBackstop } from './lock/idle-backstop';
import { SecurityLog } from './lock/security-log';
import { RetentionRunner, scheduleRetention } from './retention-schedule';
import { RepairNotices } from './repair-notices';
import { DANGEROUS_SWITCHES, dangerousSwitchesIn, devToolsAllowed, refusedSwitchesMessage } from './hardening';

import { registerIpcHandlers } from './ipc/register';
import { builtRendererRoot, rendererLocationFor } from './renderer-location';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { installSecurityGuards } from './security';
import { installAppMenu, menuCommandSender } from './menu';
import { createElectronPrinter } from './print';
import { createExportFolderChooser, createFhirFileChooser } from './export-folder';
import { modalityNamesFrom } from '../shared/fhir/episode-bundle';
import { createMainWindow } from './window';
import { loadPolicy, policyFileFor } from './policy/policy-file';
import {
  applyPolicyToLockStatus,
  enforceSettingsPolicy,
  settingsPolicyFrom,
  withLockStatusPolicy,
  withSettingsPolicy,
} from './policy/settings-policy';
import { exportFolderChooserFor, fhirFileChooserFor, pdfPathRefusalFor, saveFolderFor } from './policy/save-locations';
import { dataLocationFor } from './data-location/paths';
import { DataFolderRefusal, prepareDataFolder } from './data-location/prepare';
import { PracticeServerService } from './practice-server/service';

// First of all (M10): a packaged Duet started with a debugging or no-sandbox switch goes no further. (Imports are
// evaluated before any statement anyway; none of them starts anything.)
const refusedAtStart = refuseDangerousSwitches();

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

/**
 * A packaged Duet started with a remote-debugging, inspector or no-sandbox switch quits before anything else
 * (security review M10). Unpackaged builds (development, the test lane) keep them.
 */
function refuseDangerousSwitches(): boolean {
  if (!app.isPackaged) return false;
  const found = new Set(dangerousSwitchesIn(process.argv));
  for (const name of DANGEROUS_SWITCHES) if (app.commandLine.hasSwitch(name)) found.add(name);
  if (found.size === 0) return false;
  dialog.showErrorBox('Duet did not open', refusedSwitchesMessage([...found]));
  app.exit(1);
  return true;
}

let mainWindow: BrowserWindow | null = null;

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

/** Writes in flight finish before the process ends (the practice-server sync first: its outbox is on disk). */
function closeStoreOnQuit(lock: AppLock, practiceServer: PracticeServerService | null): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    const stopSync = practiceServer ? practiceServer.stop().catch((error: unknown) => console.error('Duet: stopping the practice-server sync failed', error)) : Promise.resolve();
    void stopSync.then(() => lock.close()).finally(() => {
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
  closeDevToolsWhenPackaged();

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
  const securityLog = new SecurityLog(nodeStorageFs, dataDir);
  // Set once the lock exists; repair notices name patients, so they wait for an unlock (m2).
  let isUnlocked = () => false;
  const repairNotices = new RepairNotices({
    isUnlocked: () => isUnlocked(),
    show: (notice: RecoveryNotice) => {
      const window = mainWindow;
      if (!window || window.isDestroyed()) return false;
      void dialog.showMessageBox(window, {
        type: 'warning',
        title: 'Duet',
        message: 'Duet found damaged saved data and repaired what it could. Nothing was deleted.',
        detail: notice.message,
      });
      return true;
    },
  });
  const retentionRunners = new WeakMap<Store, RetentionRunner>();
  const retentionFor = (store: Store): RetentionRunner => {
    let runner = retentionRunners.get(store);
    if (!runner) {
      runner = new RetentionRunner({ store, fs: nodeStorageFs, dataDir, record: (event, detail) => void securityLog.record(event, detail) });
      retentionRunners.set(store, runner);
    }
    return runner;
  };
  // Only with a practice server in the policy (docs/practice-server.md): otherwise main opens no connection at all.
  const practiceServer = policy.practiceServer
    ? await PracticeServerService.open({
        dataDir,
        config: policy.practiceServer,
        // The role's password only (the data stays behind the passphrase): the OS key store is fine on a shared computer.
        osKeyStore: electronKeyStore(safeStorage, process.platform),
        onStatus: (status) => console.info(`Duet: practice server ${status.state}${status.problem ? `: ${status.problem}` : ''}`),
      })
    : null;
  const lock = new AppLock({
    dataDir,
    // A shared exam-room computer never uses the OS key store: it would open the data for the next person (M2).
    osKeyStore: dataLocation.mode === 'shared-machine' ? null : electronKeyStore(safeStorage, process.platform),
    // Passphrase-only unless the practice's policy chose the OS key store for a one-clinician computer (M2).
    useOsKeyStore: policy.useOsKeyStore === true,
    passphraseChangeRefusal: practiceServer ? () => practiceServer.passphraseChangeRefusal() : undefined,
    openStore: ({ cipher, sealClearFiles, previousCipher }) =>
      openStore(dataDir, { cipher, sealClearFiles, previousCipher, onRecovery: repairNotices.tell, onDocumentChange: practiceServer?.noteChange }),
    // After the first unlock: nothing is told or deleted before someone who knows the passphrase is at the screen.
    onStoreOpened: async (store) => {
      await enforceSettingsPolicy(store, settingsPolicy, (message) => console.warn(message)).catch((error: unknown) =>
        console.error('Duet: could not apply the practice policy to settings', error),
      );
      repairNotices.tell(store.recovery);
      // Session files are checked on first use; this reads the rest in the background so damage is found early.
      store.checkAllSessions().then(repairNotices.tell, (error: unknown) => console.error('Duet: checking saved sessions failed', error));
      await scheduleRetention(retentionFor(store));
      await practiceServer?.storeOpened(store, lock.dataCipher()).catch((error: unknown) => console.error('Duet: could not start the practice-server sync', error));
    },
    onEvent: (event) => {
      void securityLog.record(event);
      if (event === 'unlocked' || event === 'set-up') repairNotices.unlocked();
    },
  });
  isUnlocked = () => lock.isUnlocked();
  await lock.start();
  closeStoreOnQuit(lock, practiceServer);

  const getMainWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);
  const confirmSyncedFolder = async (warning: string) => {
    const window = getMainWindow();
    const question = {
      type: 'warning' as const,
      title: 'Duet',
      message: warning,
      buttons: ['Choose another folder', 'Save here anyway'],
      defaultId: 0,
      cancelId: 0,
    };
    const answer = window ? await dialog.showMessageBox(window, question) : await dialog.showMessageBox(question);
    return answer.response === 1;
  };
  // The practice's folder when its policy names one; otherwise none, so the OS picks (M11: never Documents by default).
  const printer = createElectronPrinter({
    renderer,
    getMainWindow,
    defaultFolder: saveFolderFor('pdf', policy, () => null),
    confirmSyncedFolder,
    refusePath: pdfPathRefusalFor(policy, process.platform),
  });
  const chooseExportFolder = exportFolderChooserFor(
    createExportFolderChooser({ getMainWindow, defaultFolder: saveFolderFor('export', policy, () => null), confirmSyncedFolder }),
    policy,
    process.platform,
  );
  const fhirModalityNames = modalityNamesFrom(content);
  const chooseFhirFile = fhirFileChooserFor(
    createFhirFileChooser({ getMainWindow, defaultFolder: saveFolderFor('export', policy, () => null), confirmSyncedFolder }),
    policy,
    process.platform,
  );
  registerIpcHandlers({
    operations: withLockStatusPolicy(
      createAppOperations({
        lock,
        sessionOperations: (store) =>
          withSettingsPolicy(
            createOperations({
              store,
              printer,
              chooseExportFolder,
              chooseFhirFile,
              modalityNames: fhirModalityNames,
              appVersion: app.getVersion(),
              contentVersion: content.about.contentVersion,
              retention: retentionFor(store),
              onSettingsSaved: () => void securityLog.record('settings-changed'),
            }),
            settingsPolicy,
          ),
        onPassphraseChanged: () => void securityLog.record('passphrase-changed'),
        practiceServer,
      }),
      settingsPolicy,
    ),
    renderer,
  });

  const sendMenuCommand = menuCommandSender(() => mainWindow);
  // Main locks first (C1), then tells the page, which saves what is pending (allowed for a short while) and shows
  // the lock screen. With no window at all, main is locked all the same.
  const lockNow = (reason: string) => {
    if (lock.isUnlocked()) console.info(`Duet: locking (${reason})`);
    void lock.lock();
    sendMenuCommand('lock');
  };
  installAppMenu({
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    locale: applyPolicyToLockStatus(await lock.status(), settingsPolicy).language,
    send: (command) => (command === 'lock' ? lockNow('menu') : sendMenuCommand(command)),
  });
  // The computer locking its screen or going to sleep locks Duet too.
  powerMonitor.on('lock-screen', () => lockNow('screen locked'));
  powerMonitor.on('suspend', () => lockNow('sleep'));
  // Main's own idle lock and OS-lock check, for when the page cannot (window closed, page gone) and on Linux (m6).
  startIdleBackstop({
    systemIdleSeconds: () => powerMonitor.getSystemIdleTime(),
    screenLocked: () => powerMonitor.getSystemIdleState(60) === 'locked',
    lockAfterMinutes: async () => (await lock.status()).lockAfterMinutes,
    isUnlocked: () => lock.isUnlocked(),
    lock: (reason) => lockNow(reason),
  });

  const openWindow = () => {
    const window = createMainWindow({ renderer, devTools: devToolsAllowed(app.isPackaged) });
    mainWindow = window;
    // Closing the window (macOS keeps Duet running) or losing the page locks Duet: a window opened later from the
    // Dock starts at the lock screen (C1).
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
      lockNow('window closed');
    });
    window.webContents.on('render-process-gone', () => lockNow('page gone'));
    return window;
  };
  openWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

/**
 * Packaged builds have no developer tools (M10). Each window's `webPreferences.devTools` is the first line of
 * defence (window.ts reads devToolsAllowed); this closes any that open all the same.
 */
function closeDevToolsWhenPackaged(): void {
  if (devToolsAllowed(app.isPackaged)) return;
  app.on('web-contents-created', (_event, contents) => {
    contents.on('devtools-opened', () => contents.closeDevTools());
  });
}

// Every renderer is sandboxed, whatever a window's own options say.
if (!refusedAtStart) {
  app.enableSandbox();
  // The page is served from app://duet/, never file:// (must be declared before ready).
  registerAppScheme();
}

// One Duet per user: two would be two writers to the same data file.
if (refusedAtStart) {
  // Exiting: nothing else runs.
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch(cannotStart);
}
