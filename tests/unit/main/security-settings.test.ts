import { describe, expect, it, vi } from 'vitest';

// security.ts imports Electron for its install functions; isAllowedRequest itself is pure.
vi.mock('electron', () => ({ app: {}, session: {} }));

const { isAllowedRequest } = await import('../../../src/main/security');
const { devServerRendererLocation, appProtocolRendererLocation } = await import('../../../src/main/renderer-location');

const built = appProtocolRendererLocation();
const dev = devServerRendererLocation('http://localhost:5173');

/** Everything that would leave the machine, by scheme, plus URLs that only look local. */
const NETWORK_URLS = [
  'http://example.com/',
  'https://example.com/tracker.js',
  'http://127.0.0.1:8080/',
  'http://localhost:5173/src/main.tsx',
  'ws://example.com/socket',
  'wss://example.com/socket',
  'ftp://example.com/file.txt',
  // On Windows a file URL with a host is an SMB share: a network connection that can leak credentials.
  'file://fileserver/share/logo.png',
  'file://example.com/etc/passwd',
  // No file: request at all, even this machine's own files or the built page (review S-1, m8).
  'file:///app/out/renderer/index.html#/',
  'file:///app/out/renderer/assets/font.woff2',
  'file://localhost/app/out/renderer/index.html',
  'file:///etc/passwd',
  // Another host on Duet's own scheme is not Duet.
  'app://evil/index.html',
  'chrome-extension://abcdefghijklmnop/script.js',
  'javascript:fetch("https://example.com")',
  'filesystem:http://example.com/temporary/x',
  'not a url',
  '',
];

const LOCAL_URLS = [
  'app://duet/index.html#/',
  'app://duet/assets/font.woff2',
  'devtools://devtools/bundled/inspector.html',
  'data:image/png;base64,iVBORw0KGgo=',
  'blob:app://duet/2f1c6b1e-8a54-4c1e-9a47-3f0d2f7e9b10',
];

describe('isAllowedRequest (main refuses every request that would leave the machine)', () => {
  it.each(NETWORK_URLS)('refuses %s in the built app', (url) => {
    expect(isAllowedRequest(url, built)).toBe(false);
  });

  it.each(LOCAL_URLS)('allows %s', (url) => {
    expect(isAllowedRequest(url, built)).toBe(true);
  });

  it('in development, allows only the dev server (http and its hot-reload socket), nothing else online', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    for (const url of ['https://localhost:5173/', 'http://localhost:5174/', 'ws://localhost:5174/', 'https://example.com/', 'file://fileserver/share/x']) {
      expect(isAllowedRequest(url, dev), url).toBe(false);
    }
  });
});
