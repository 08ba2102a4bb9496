import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';
import { CONTENT_TYPES } from './content-types';
import { APP_HOST, APP_SCHEME } from './renderer-location';

/**
 * Duet's page is served from `app://duet/` instead of `file://` (review S-1, m8): on a file page `'self'` in the
 * CSP admits any local file, and file pages get extra privileges (the grantFileProtocolExtraPrivileges fuse, now
 * off). This handler serves only files inside the built renderer folder, each with the CSP header.
 */

/** Must run before the app is ready: standard (real origin, relative URLs) and secure (a secure context). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/**
 * The file an app:// URL names, or null when it names anything outside `root`: another host, `..` (also
 * percent-encoded, or through an encoded slash), a backslash (a separator on Windows), a NUL byte, or a bad escape.
 */
export function resolveAppRequest(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const base = resolve(root);
  const target = resolve(base, `.${pathname === '/' ? '/index.html' : pathname}`);
  const inside = relative(base, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return target;
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The response for one request to app://duet/: the file with its type and the CSP, or 404/405. Never throws. */
export async function appProtocolResponse(root: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  const file = resolveAppRequest(root, request.url);
  if (!file) return notFound();
  try {
    const body = await readFile(file);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    // Missing, a folder, or unreadable: all the same to the page.
    return notFound();
  }
}

/** Call once the app is ready: serves the built page's folder on app://duet/ for the default session. */
export function serveAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(root, request));
}
