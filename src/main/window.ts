import { join } from 'node:path';
import { BrowserWindow, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import type { RendererLocation } from './renderer-location';

/** The sandboxed CommonJS preload electron-vite emits beside the main bundle. */
export function defaultPreloadPath(): string {
  return join(import.meta.dirname, '../preload/index.cjs');
}

/**
 * Every window Duet opens, visible or hidden, uses exactly these. Developer tools only where main allows them
 * (unpackaged builds; see hardening.ts, security review M10); off unless asked for.
 */
export function secureWebPreferences(preload: string, devTools = false): WebPreferences {
  return {
    preload,
    devTools,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // Middle-click would otherwise ask for a new window (refused anyway by the window-open handler).
    disableBlinkFeatures: 'Auxclick',
  };
}

export type SecureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'> & { preload: string; devTools?: boolean };

/** The one way Duet makes a window, visible or hidden: always with secureWebPreferences(). */
export function createSecureWindow({ preload, devTools = false, ...options }: SecureWindowOptions): BrowserWindow {
  return new BrowserWindow({ ...options, webPreferences: secureWebPreferences(preload, devTools) });
}

export interface MainWindowOptions {
  renderer: RendererLocation;
  preload?: string;
  title?: string;
  /** Main passes devToolsAllowed(app.isPackaged): only unpackaged builds have them. */
  devTools?: boolean;
}

export function createMainWindow({ renderer, preload = defaultPreloadPath(), title = 'Duet', devTools = false }: MainWindowOptions): BrowserWindow {
  const window = createSecureWindow({
    preload,
    devTools,
    title,
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
  });
  // Showing only once painted avoids a white flash on slow clinic machines.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(renderer.urlFor('/'));
  return window;
}
