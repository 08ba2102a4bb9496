import { join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where the app's own page lives: the built file in production, the dev server while developing. Everything that
 * loads the page or decides whether a URL is "ours" (IPC sender checks, navigation guards) asks this one object.
 */
export interface RendererLocation {
  /** The page at a hash route, e.g. urlFor('/print/<id>'). */
  urlFor(hashRoute?: string): string;
  /** True only for the app's own page (any hash route): the built index.html or the dev server's pages. */
  isAppUrl(url: string): boolean;
  /** Requests beyond file:// the page needs: none when built; the dev server (http and its hot-reload socket) in dev. */
  isDevServerRequest(url: string): boolean;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function fileRendererLocation(indexHtml: string): RendererLocation {
  const expected = normalize(indexHtml);
  return {
    urlFor: (hashRoute = '/') => `${pathToFileURL(expected).href}#${hashRoute}`,
    isAppUrl: (url) => {
      const parsed = parse(url);
      if (!parsed || parsed.protocol !== 'file:' || parsed.host !== '') return false;
      return normalize(fileURLToPath(parsed)) === expected;
    },
    isDevServerRequest: () => false,
  };
}

export function devServerRendererLocation(serverUrl: string): RendererLocation {
  const server = new URL(serverUrl);
  const origin = server.origin;
  return {
    urlFor: (hashRoute = '/') => `${origin}/#${hashRoute}`,
    isAppUrl: (url) => parse(url)?.origin === origin,
    isDevServerRequest: (url) => {
      const parsed = parse(url);
      return !!parsed && ['http:', 'ws:'].includes(parsed.protocol) && parsed.host === server.host;
    },
  };
}

/** The built page sits beside the main bundle: out/main/index.js → out/renderer/index.html. */
export function builtRendererIndex(mainDir: string): string {
  return join(mainDir, '..', 'renderer', 'index.html');
}

/** ELECTRON_RENDERER_URL is set by electron-vite dev only, and only honoured in unpackaged builds. */
export function rendererLocationFor(options: { mainDir: string; devServerUrl?: string; isPackaged: boolean }): RendererLocation {
  if (options.devServerUrl && !options.isPackaged) return devServerRendererLocation(options.devServerUrl);
  return fileRendererLocation(builtRendererIndex(options.mainDir));
}
