// Finds a Chromium for Playwright. Shared by scripts/test.mjs, playwright.config.ts and scripts/bench.mjs,
// so every entry point agrees on which browser runs and says the same thing when there is none.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const HOW_TO_GET_CHROMIUM =
  'No Chromium found: run `sudo apt-get install -y chromium` (or `npx playwright install chromium`), or set CHROMIUM_PATH to a Chromium executable.';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command) {
  for (const folder of (process.env.PATH || '').split(delimiter)) {
    if (folder && isExecutable(join(folder, command))) return join(folder, command);
  }
  return null;
}

async function playwrightsOwnChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The Chromium executable to use, or null. `||` on purpose: an empty CHROMIUM_PATH falls back too. */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH || '';
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  return onPath('chromium') || onPath('chromium-browser') || (await playwrightsOwnChromium());
}

/** Like findChromium, but prints the one line telling how to get a browser and throws when there is none. */
export async function requireChromium() {
  const path = await findChromium();
  if (path) return path;
  const detail = process.env.CHROMIUM_PATH ? ` (CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable)` : '';
  console.error(HOW_TO_GET_CHROMIUM + detail);
  throw new Error('No Chromium available');
}
