import { join } from 'node:path';

/**
 * Where the app's own page lives: the built files, served from Duet's own `app://duet/` origin (see
 * app-protocol.ts), in production; the dev server while developing. Everything that loads the page or decides
 * whether a URL is "ours" (IPC sender checks, navigation guards, the request filter) asks this one object.
 */
export interface RendererLocation {
  /** The page at a hash route, e.g. urlFor('/print/<id>'). */
  urlFor(hashRoute?: string): string;
  /** True only for the app's own page (any hash route): the built index.html or the dev server's pages. */
  isAppUrl(url: string): boolean;
  /** True for requests the built page makes for its own files (scripts, styles, fonts): app://duet/ only. */
  isAppResource(url: string): boolean;
  /** Requests the page needs beyond its own files: none when built; the dev server (http and its hot-reload socket) in dev. */
  isDevServerRequest(url: string): boolean;
}

/** Duet's own scheme and host. A standard, secure scheme, so `'self'` in the CSP means these files and nothing else. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'duet';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
const APP_PAGE_PATH = '/index.html';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isOnAppOrigin(parsed: URL | null): parsed is URL {
  return !!parsed && parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST;
}

/**
 * The built page. The URL is one Duet writes itself, and the URL parser lower-cases the host and resolves dot
 * segments (Node leaves a non-special scheme's host as typed, so it is lower-cased here), so the comparison no longer depends on how a drive letter or folder name is spelled (review m7).
 */
export function appProtocolRendererLocation(): RendererLocation {
  return {
    urlFor: (hashRoute = '/') => `${APP_ORIGIN}${APP_PAGE_PATH}#${hashRoute}`,
    isAppUrl: (url) => {
      const parsed = parse(url);
      return isOnAppOrigin(parsed) && parsed.pathname === APP_PAGE_PATH;
    },
    isAppResource: (url) => isOnAppOrigin(parse(url)),
    isDevServerRequest: () => false,
  };
}

export function devServerRendererLocation(serverUrl: string): RendererLocation {
  const server = new URL(serverUrl);
  const origin = server.origin;
  return {
    urlFor: (hashRoute = '/') => `${origin}/#${hashRoute}`,
    isAppUrl: (url) => parse(url)?.origin === origin,
    isAppResource: () => false,
    isDevServerRequest: (url) => {
      const parsed = parse(url);
      return !!parsed && ['http:', 'ws:'].includes(parsed.protocol) && parsed.host === server.host;
    },
  };
}

/** The built page's folder sits beside the main bundle: out/main/index.js → out/renderer/. */
export function builtRendererRoot(mainDir: string): string {
  return join(mainDir, '..', 'renderer');
}

/** ELECTRON_RENDERER_URL is set by electron-vite dev only, and only honoured in unpackaged builds. */
export function rendererLocationFor(options: { devServerUrl?: string; isPackaged: boolean }): RendererLocation {
  if (options.devServerUrl && !options.isPackaged) return devServerRendererLocation(options.devServerUrl);
  return appProtocolRendererLocation();
}
