import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => [] as { options: Record<string, unknown>; loadedUrls: string[] }[]);

vi.mock('electron', () => ({
  BrowserWindow: class {
    record: { options: Record<string, unknown>; loadedUrls: string[] };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loadedUrls: [] };
      created.push(this.record);
    }
    once() {}
    show() {}
    async loadURL(url: string) {
      this.record.loadedUrls.push(url);
    }
  },
}));

const { createMainWindow, createSecureWindow, defaultPreloadPath, secureWebPreferences } = await import('../../../src/main/window');
const { appProtocolRendererLocation } = await import('../../../src/main/renderer-location');

beforeEach(() => {
  created.length = 0;
});

describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences('/app/out/preload/index.cjs');

  it('isolates and sandboxes the page, with no Node, no webview and no insecure content', () => {
    expect(preferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
  });

  it('has no setting that would loosen security', () => {
    const loosening = ['enableBlinkFeatures', 'additionalArguments', 'disableDialogs', 'partition'];
    for (const key of loosening) expect(preferences).not.toHaveProperty(key);
  });
});

describe('createSecureWindow', () => {
  it('gives the window exactly secureWebPreferences (the object the security scan checks) and keeps its other options', () => {
    createSecureWindow({ preload: '/p/index.cjs', devTools: true, show: false, width: 640 });
    expect(created[0]!.options).toEqual({ show: false, width: 640, webPreferences: secureWebPreferences('/p/index.cjs', true) });
  });
});

describe('createMainWindow', () => {
  it('uses the secure preferences, the CommonJS preload beside main, and loads the app page', () => {
    const renderer = appProtocolRendererLocation();
    createMainWindow({ renderer });
    expect(created).toHaveLength(1);
    const [window] = created;
    expect(window!.options.webPreferences).toEqual(secureWebPreferences(defaultPreloadPath()));
    expect(window!.options.show).toBe(false);
    expect(window!.loadedUrls).toEqual(['app://duet/index.html#/']);
  });

  it('has no developer tools unless main allows them (unpackaged builds only, M10)', () => {
    const renderer = appProtocolRendererLocation();
    createMainWindow({ renderer });
    createMainWindow({ renderer, devTools: true });
    expect(created.map((window) => (window.options as { webPreferences?: { devTools?: boolean } }).webPreferences?.devTools)).toEqual([false, true]);
  });

  it('points the preload at ../preload/index.cjs from the main bundle folder', () => {
    expect(defaultPreloadPath()).toBe(join(import.meta.dirname, '..', '..', '..', 'src', 'preload', 'index.cjs'));
  });
});
