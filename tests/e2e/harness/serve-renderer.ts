import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { CONTENT_TYPES } from '../../../src/main/content-types';

/**
 * Serves a built page folder (out/renderer) to Chromium with no server and no port: every request to
 * http://app.test/ is answered from disk by Playwright's router. file:// would not do: Chromium blocks the
 * built module script there (origin null).
 */
export const APP_ORIGIN = 'http://app.test';

export const RENDERER_DIR = join(import.meta.dirname, '..', '..', '..', 'out', 'renderer');

/** The app's page at a hash route, e.g. appUrl('#/session/123'). */
export function appUrl(hash = '#/'): string {
  return `${APP_ORIGIN}/index.html${hash}`;
}

/** Answers http://app.test/** from `folder`; anything else the page asks for is refused (the app is offline). */
export async function serveFolder(target: Page | BrowserContext, folder: string = RENDERER_DIR): Promise<void> {
  const cache = new Map<string, Buffer>();
  await target.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) {
      // Duet never goes online; a request elsewhere is a bug the test should see, not a silent success.
      await route.abort('blockedbyclient');
      return;
    }
    const relative = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
    const file = join(folder, relative);
    if (!file.startsWith(folder + sep)) {
      await route.fulfill({ status: 403, body: 'outside the served folder' });
      return;
    }
    try {
      let body = cache.get(file);
      if (!body) {
        body = await readFile(file);
        cache.set(file, body);
      }
      const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      await route.fulfill({ status: 200, body, headers: { 'content-type': contentType } });
    } catch {
      await route.fulfill({ status: 404, body: `not found: ${url.pathname}` });
    }
  });
}
