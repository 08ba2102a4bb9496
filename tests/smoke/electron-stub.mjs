// A stand-in for the `electron` module, used only to smoke-test the BUILT main bundle in plain Node (the
// Electron binary is not available here). It records what main asks of Electron, then probes what main
// registered (IPC handlers, session guards) and writes a JSON report to DUET_SMOKE_REPORT.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const report = {
  appEvents: [],
  enableSandboxCalled: false,
  quitCalled: false,
  errorBoxes: [],
  messageBoxes: [],
  handledChannels: [],
  windows: [],
  menu: null,
  powerMonitorEvents: [],
  privilegedSchemes: [],
  protocolHandlers: [],
  session: { permissionRequestHandler: false, permissionCheckHandler: false, spellCheckerEnabled: null },
  probes: {},
  probeError: null,
};

const appListeners = new Map();
let probing = false;
const ipcHandlers = new Map();
const sessionHandlers = {};

function listenersOf(map, name) {
  if (!map.has(name)) map.set(name, []);
  return map.get(name);
}

function fakeWebContents() {
  const listeners = new Map();
  return {
    listeners,
    send: () => {},
    on(event, listener) {
      listenersOf(listeners, event).push(listener);
    },
    once: () => {},
    setWindowOpenHandler: () => {},
    isDestroyed: () => false,
    executeJavaScript: async () => false,
    print: () => {},
    printToPDF: async () => Buffer.alloc(0),
  };
}

export class BrowserWindow {
  static all = [];
  static getAllWindows() {
    return [...BrowserWindow.all];
  }
  static getFocusedWindow() {
    return null;
  }
  constructor(options = {}) {
    this.record = { options: JSON.parse(JSON.stringify(options)), loadedUrls: [] };
    report.windows.push(this.record);
    this.webContents = fakeWebContents();
    this.listeners = new Map();
    BrowserWindow.all.push(this);
  }
  on(event, listener) {
    listenersOf(this.listeners, event).push(listener);
    return this;
  }
  /** What Electron does when the person closes the window. */
  emitClosed() {
    BrowserWindow.all = BrowserWindow.all.filter((window) => window !== this);
    for (const listener of listenersOf(this.listeners, 'closed')) listener();
  }
  once() {
    return this;
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return false;
  }
  destroy() {}
  async loadURL(url) {
    this.record.loadedUrls.push(url);
    // Main has finished starting once its window loads the page: probe what it set up, then report.
    if (!probing) {
      probing = true;
      setImmediate(() => void probeAndReport(url));
    }
  }
  async loadFile(file, options) {
    return this.loadURL(`file://${file}${options?.hash ? `#${options.hash}` : ''}`);
  }
}

const paths = {};
export const app = {
  isPackaged: process.env.DUET_SMOKE_PACKAGED === '1',
  commandLine: { hasSwitch: () => false },
  on(event, listener) {
    report.appEvents.push(event);
    listenersOf(appListeners, event).push(listener);
    return app;
  },
  once(event, listener) {
    return app.on(event, listener);
  },
  whenReady: () => Promise.resolve(),
  requestSingleInstanceLock: () => true,
  enableSandbox: () => {
    report.enableSandboxCalled = true;
  },
  getPath: (name) => paths[name] ?? join(process.env.DUET_SMOKE_USER_DATA ?? '/nonexistent', name),
  setPath: (name, value) => {
    paths[name] = value;
  },
  getVersion: () => '0.0.0-smoke',
  quit: () => {
    report.quitCalled = true;
  },
  exit: () => {
    report.quitCalled = true;
  },
};

export const ipcMain = {
  handle(channel, handler) {
    report.handledChannels.push(channel);
    ipcHandlers.set(channel, handler);
  },
  removeHandler(channel) {
    ipcHandlers.delete(channel);
  },
};

let menuTemplate = null;
export const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu(template) {
    menuTemplate = template;
    const describe = (items) =>
      items.map((item) => ({
        label: item.label ?? null,
        role: item.role ?? null,
        accelerator: item.accelerator ?? null,
        submenu: Array.isArray(item.submenu) ? describe(item.submenu) : null,
      }));
    report.menu = describe(template);
  },
};

export const dialog = {
  showErrorBox(title, content) {
    report.errorBoxes.push({ title, content });
  },
  showMessageBox: async (...args) => {
    const options = args.find((arg) => arg && typeof arg === 'object' && 'message' in arg) ?? {};
    report.messageBoxes.push({ type: options.type ?? null, message: options.message ?? null, detail: options.detail ?? null });
    // DUET_SMOKE_MESSAGE_BOX_RESPONSE picks the button (0, the first, by default).
    return { response: Number(process.env.DUET_SMOKE_MESSAGE_BOX_RESPONSE ?? 0) };
  },
  showSaveDialog: async () => ({ canceled: true }),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      report.session.permissionRequestHandler = true;
      sessionHandlers.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler) {
      report.session.permissionCheckHandler = true;
      sessionHandlers.permissionCheck = handler;
    },
    setSpellCheckerEnabled(enabled) {
      report.session.spellCheckerEnabled = enabled;
    },
    webRequest: {
      onBeforeRequest(handler) {
        sessionHandlers.beforeRequest = handler;
      },
      onHeadersReceived(handler) {
        sessionHandlers.headersReceived = handler;
      },
    },
  },
};

// As on Linux with no keyring: encryption "available" but with Chromium's fixed public key, which Duet must refuse.
// DUET_SMOKE_KEYRING names a real backend instead (e.g. gnome_libsecret), to see which data modes use it.
export const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => process.env.DUET_SMOKE_KEYRING ?? 'basic_text',
  encryptString: (text) => Buffer.from(`basic:${text}`),
  decryptString: (buffer) => buffer.toString().slice('basic:'.length),
};

const protocolHandlers = new Map();
export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    report.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    report.protocolHandlers.push(scheme);
    protocolHandlers.set(scheme, handler);
  },
};

/** Asks main's app:// handler for a URL, as Chromium would; returns status, headers and body text. */
async function fetchFromApp(url) {
  const handler = protocolHandlers.get(new URL(url).protocol.replace(':', ''));
  if (!handler) return null;
  const response = await handler(new Request(url));
  return { status: response.status, contentType: response.headers.get('content-type'), csp: response.headers.get('content-security-policy'), body: await response.text() };
}

export const powerMonitor = {
  on(event) {
    report.powerMonitorEvents.push(event);
    return powerMonitor;
  },
  getSystemIdleTime: () => 0,
  getSystemIdleState: () => 'active',
};

export const shell = { openExternal: async () => {} };
export const contextBridge = { exposeInMainWorld: () => {} };
export const ipcRenderer = { invoke: async () => undefined, on: () => {}, removeListener: () => {} };

const frameAt = (url) => ({ senderFrame: { url, parent: null } });
const SMOKE_PASSPHRASE = 'smoke signals drift over quiet hills';

function cancelFor(url) {
  let decision = null;
  sessionHandlers.beforeRequest?.({ url }, (response) => {
    decision = response.cancel;
  });
  return decision;
}

/** Creates a web contents as Electron would announce it, and asks main's guards about leaving the app. */
function probeWebContentsGuards(appUrl) {
  const listeners = new Map();
  let openHandler = null;
  const contents = {
    on: (event, listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  for (const listener of listenersOf(appListeners, 'web-contents-created')) listener({}, contents);
  const prevented = (event, url) => {
    let wasPrevented = false;
    listeners.get(event)?.({ url, preventDefault: () => (wasPrevented = true) }, {}, {});
    return wasPrevented;
  };
  return {
    events: [...listeners.keys()].sort(),
    newWindow: openHandler?.({ url: 'https://example.com/' }) ?? null,
    navigateAwayPrevented: prevented('will-navigate', 'https://example.com/'),
    redirectAwayPrevented: prevented('will-redirect', 'https://example.com/'),
    navigateInAppPrevented: prevented('will-navigate', appUrl),
    webviewPrevented: prevented('will-attach-webview', 'about:blank'),
  };
}

const lockState = async (appUrl) => (await ipcHandlers.get('duet:getLockStatus')?.(frameAt(appUrl), undefined))?.value?.state;
const unlock = (appUrl) => ipcHandlers.get('duet:unlock')?.(frameAt(appUrl), { passphrase: SMOKE_PASSPHRASE });

/** C1: closing the window, losing the page and the menu's Lock each lock main itself, with or without a page. */
async function probeLockLifecycle(appUrl) {
  const lifecycle = {};
  const [window] = BrowserWindow.all;
  const item = (menuTemplate ?? []).flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : [])).find((entry) => entry.accelerator === 'CmdOrCtrl+L');
  lifecycle.unlockedBefore = await lockState(appUrl);
  for (const listener of listenersOf(window.webContents.listeners, 'render-process-gone')) listener({}, { reason: 'crashed' });
  lifecycle.afterPageGone = await lockState(appUrl);
  await unlock(appUrl);
  item?.click();
  lifecycle.afterMenuLock = await lockState(appUrl);
  await unlock(appUrl);
  lifecycle.unlockedAgain = await lockState(appUrl);
  window.emitClosed();
  lifecycle.afterWindowClosed = await lockState(appUrl);
  lifecycle.listAfterWindowClosed = await ipcHandlers.get('duet:listSessions')?.(frameAt(appUrl), undefined);
  for (const listener of listenersOf(appListeners, 'activate')) listener();
  lifecycle.windowsAfterActivate = BrowserWindow.all.length;
  lifecycle.stateAfterActivate = await lockState(appUrl);
  await unlock(appUrl);
  report.probes.lockLifecycle = lifecycle;
}

let reported = false;
function writeReport() {
  reported = true;
  writeFileSync(process.env.DUET_SMOKE_REPORT, JSON.stringify(report, null, 2));
}
// Main may end without ever loading a page (it could not start): report what happened up to then.
process.on('exit', () => {
  if (!reported) writeReport();
});

async function probeAndReport(appUrl) {
  try {
    const listSessions = ipcHandlers.get('duet:listSessions');
    report.probes.lockStatusAtStart = await ipcHandlers.get('duet:getLockStatus')?.(frameAt(appUrl), undefined);
    report.probes.listBeforeSetUp = await listSessions?.(frameAt(appUrl), undefined);
    report.probes.setUp = await ipcHandlers.get('duet:setUpPassphrase')?.(frameAt(appUrl), { passphrase: SMOKE_PASSPHRASE });
    report.probes.trustedListSessions = await listSessions?.(frameAt(appUrl), undefined);
    const settings = await ipcHandlers.get('duet:getSettings')?.(frameAt(appUrl), undefined);
    report.probes.settingsAfterSetUp = settings;
    if (settings?.ok) {
      const otherPaper = settings.value.paperSize === 'A4' ? 'Letter' : 'A4';
      report.probes.saveOtherPaperSize = await ipcHandlers.get('duet:saveSettings')?.(frameAt(appUrl), { ...settings.value, paperSize: otherPaper });
    }
    report.probes.untrustedListSessions = await listSessions?.(frameAt('https://example.com/'), undefined);
    report.probes.createSession = await ipcHandlers.get('duet:createSession')?.(frameAt(appUrl), {
      clinicianName: 'Smoke',
      patientLabel: 'S.T.',
      conditionId: 'anxiety',
      language: 'es',
      decisionRole: 'shared',
    });
    report.probes.invalidInput = await ipcHandlers.get('duet:getSession')?.(frameAt(appUrl), { id: 'x' });
    await probeLockLifecycle(appUrl);
    report.probes.cancelHttps = cancelFor('https://example.com/tracker.js');
    report.probes.cancelAppPage = cancelFor(appUrl);
    report.probes.cancelFileUrl = cancelFor('file:///etc/passwd');
    report.probes.appPage = await fetchFromApp(appUrl);
    report.probes.appTraversal = await fetchFromApp('app://duet/..%2f..%2fpackage.json');
    let granted = null;
    sessionHandlers.permissionRequest?.(null, 'media', (value) => {
      granted = value;
    });
    report.probes.permissionGranted = granted;
    report.probes.webContentsCreatedListeners = listenersOf(appListeners, 'web-contents-created').length;
    report.probes.webContentsGuards = probeWebContentsGuards(appUrl);
    let responseHeaders = null;
    sessionHandlers.headersReceived?.({ url: appUrl, responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => {
      responseHeaders = response.responseHeaders;
    });
    report.probes.responseHeaders = responseHeaders;
  } catch (error) {
    report.probeError = String(error?.stack ?? error);
  }
  writeReport();
}
