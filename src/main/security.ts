import { app, session as electronSession, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';
import type { RendererLocation } from './renderer-location';

/**
 * Schemes that never leave the machine and carry no file access. `file:` is refused outright: the page and its
 * files come from app://duet/ (review S-1, m8). Everything else (http, https, ws, ftp, file, …) is refused too.
 */
const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

export function isAllowedRequest(url: string, renderer: RendererLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return LOCAL_SCHEMES.has(parsed.protocol) || renderer.isAppResource(url) || renderer.isDevServerRequest(url);
}

type Log = (message: string) => void;

/** Pages stay on the app's own page: no new windows, no navigating or redirecting away, no <webview>. */
export function guardWebContents(contents: WebContents, renderer: RendererLocation, log: Log): void {
  contents.setWindowOpenHandler(({ url }) => {
    log(`Duet: blocked a new window for ${url}`);
    return { action: 'deny' };
  });
  const stayOnApp = (event: { url: string; preventDefault: () => void }) => {
    if (renderer.isAppUrl(event.url)) return;
    event.preventDefault();
    log(`Duet: blocked navigation to ${event.url}`);
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-frame-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** No permission is ever granted, no request leaves the machine, and every response carries the CSP. */
export function guardSession(session: Session, renderer: RendererLocation, log: Log): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`Duet: denied permission ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  // Chromium's spell checker downloads dictionaries from the internet.
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, renderer);
    if (!allowed) log(`Duet: blocked a request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

/** Call before any window is created: guards every web contents the app will ever make, and the session. */
export function installSecurityGuards(renderer: RendererLocation, log: Log = (message) => console.warn(message)): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, renderer, log));
  guardSession(electronSession.defaultSession, renderer, log);
}
