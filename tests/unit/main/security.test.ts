import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

/** A stand-in for Electron's app and default session that keeps the handlers main installs. */
const fake = vi.hoisted(() => ({
  appListeners: new Map<string, ((...args: unknown[]) => void)[]>(),
  session: {} as Record<string, unknown>,
}));

vi.mock('electron', () => ({
  app: {
    on: (event: string, listener: (...args: unknown[]) => void) => {
      fake.appListeners.set(event, [...(fake.appListeners.get(event) ?? []), listener]);
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: unknown) => (fake.session.permissionRequest = handler),
      setPermissionCheckHandler: (handler: unknown) => (fake.session.permissionCheck = handler),
      setSpellCheckerEnabled: (enabled: boolean) => (fake.session.spellChecker = enabled),
      webRequest: {
        onBeforeRequest: (handler: unknown) => (fake.session.beforeRequest = handler),
        onHeadersReceived: (handler: unknown) => (fake.session.headersReceived = handler),
      },
    },
  },
}));

const { installSecurityGuards, isAllowedRequest } = await import('../../../src/main/security');
const { CONTENT_SECURITY_POLICY } = await import('../../../src/main/csp');
const { appProtocolRendererLocation, devServerRendererLocation } = await import('../../../src/main/renderer-location');

const renderer = appProtocolRendererLocation();
const APP_URL = 'app://duet/index.html#/';

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    listeners,
    open: (url: string) => openHandler!({ url }),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
    on: (event: string, listener: Listener) => listeners.set(event, listener),
  };
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

let logged: string[];
let contents: ReturnType<typeof fakeWebContents>;

beforeEach(() => {
  fake.appListeners.clear();
  logged = [];
  installSecurityGuards(renderer, (message) => logged.push(message));
  contents = fakeWebContents();
  for (const listener of fake.appListeners.get('web-contents-created') ?? []) listener({}, contents);
});

describe('every web contents', () => {
  it('is guarded as soon as it is created', () => {
    expect(fake.appListeners.get('web-contents-created')).toHaveLength(1);
    expect([...contents.listeners.keys()].sort()).toEqual(
      ['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'].sort(),
    );
  });

  it('denies window.open for any URL', () => {
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.open(APP_URL)).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s away from the app is prevented', (name) => {
    for (const url of ['https://example.com/', 'http://localhost:8080/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      const event = navigationEvent(url);
      contents.listeners.get(name)!(event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    expect(logged.some((line) => line.includes('https://example.com/'))).toBe(true);
  });

  it('navigation within the app page is allowed', () => {
    const event = navigationEvent('app://duet/index.html#/session/2');
    contents.listeners.get('will-navigate')!(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const event = { preventDefault: vi.fn() };
    contents.listeners.get('will-attach-webview')!(event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('the session', () => {
  it('denies every permission request and check', () => {
    const request = fake.session.permissionRequest as (c: unknown, p: string, cb: (granted: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = fake.session.permissionCheck as (c: unknown, p: string) => boolean;
    expect(check(null, 'media')).toBe(false);
  });

  it('turns off the spell checker, which would download dictionaries', () => {
    expect(fake.session.spellChecker).toBe(false);
  });

  it('cancels every request that would leave the machine', () => {
    const beforeRequest = fake.session.beforeRequest as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      beforeRequest({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    for (const url of ['https://example.com/a.js', 'http://10.0.0.1/', 'ws://example.com/', 'ftp://x/', 'garbage', 'file:///app/out/renderer/index.html', 'app://other/index.html']) {
      expect(decide(url), url).toBe(true);
    }
    for (const url of [APP_URL, 'app://duet/assets/font.woff2', 'devtools://devtools/x', 'data:image/png;base64,AA']) {
      expect(decide(url), url).toBe(false);
    }
  });

  it('adds the Content-Security-Policy header to responses', () => {
    const headersReceived = fake.session.headersReceived as (
      d: { responseHeaders: Record<string, string[]> },
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    let headers: Record<string, string[]> = {};
    headersReceived({ responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => (headers = response.responseHeaders));
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('isAllowedRequest in development', () => {
  it('also allows the dev server, and nothing else on the network', () => {
    const dev = devServerRendererLocation('http://localhost:5173');
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css', dev)).toBe(false);
  });
});

describe('the CSP header', () => {
  it('is the same policy as the meta tag in the page', async () => {
    const html = await readFile(join(import.meta.dirname, '..', '..', '..', 'src', 'renderer', 'index.html'), 'utf-8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
  });
});
