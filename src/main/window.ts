import { join } from 'node:path';
import { BrowserWindow, type WebPreferences } from 'electron';
import type { RendererLocation } from './renderer-location';

/** The sandboxed CommonJS preload electron-vite emits beside the main bundle. */
export function defaultPreloadPath(): string {
  return join(import.meta.dirname, '../preload/index.cjs');
}

/** Every window Duet opens, visible or hidden, uses exactly these. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
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
  };
}

export interface MainWindowOptions {
  renderer: RendererLocation;
  preload?: string;
  title?: string;
}

export function createMainWindow({ renderer, preload = defaultPreloadPath(), title = 'Duet' }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title,
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preload),
  });
  // Showing only once painted avoids a white flash on slow clinic machines.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(renderer.urlFor('/'));
  return window;
}
