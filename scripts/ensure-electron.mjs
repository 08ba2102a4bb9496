// First stage of `npm start`, `npm run dev` and `npm run dist` (their "pre" scripts).
//
// Electron 42+ downloads its binary lazily, on the first `require('electron')`, but electron-vite 6 only looks for
// node_modules/electron/path.txt and throws "Electron uninstall" when it is missing: so on every fresh clone the
// README's first command failed. This runs Electron's own installer (node_modules/electron/install.js, the
// `install-electron` bin) first. When the binary is already there the installer returns at once. When the download
// cannot happen, it prints ONE plain line saying why and what to do, and stops the command.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const NETWORK_ERRORS = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|getaddrinfo/i;
const HTTP_STATUS = /HTTPError: Response code (\d+)|status(?:Code)?[: ]+(\d{3})/i;
const CHECKSUM = /checksum|sha256|integrity/i;
const DISK = /ENOSPC|EACCES|EPERM|EROFS/;

const WHAT_TO_DO =
  'Connect this computer to the internet (github.com) and run the command again, or set ELECTRON_MIRROR or ' +
  'electron_config_cache to a copy of the Electron download (see docs/deployment.md, "Building on a machine without internet").';

/** What could not happen, by the npm script that ran this stage. */
const BLOCKED_ACTION = {
  predist: "Duet's installers cannot be built",
  predev: 'Duet cannot start in development mode',
  prestart: 'Duet cannot start',
};

/**
 * The one line shown when Electron's installer fails: why, in plain words, then what to do.
 * @param {string} output everything the installer printed
 * @param {string} [lifecycleEvent] npm's npm_lifecycle_event (prestart, predev, predist)
 * @returns {string}
 */
export function explainInstallFailure(output, lifecycleEvent = 'prestart') {
  const blocked = BLOCKED_ACTION[lifecycleEvent] ?? BLOCKED_ACTION.prestart;
  return `${blocked}: ${reasonAndRemedy(String(output))}`;
}

function reasonAndRemedy(text) {
  if (DISK.test(text)) {
    const code = text.match(DISK)[0];
    return `the Electron program could not be saved into node_modules/electron (${code}: the folder is full or read-only). Free some space or fix the folder's permissions, then run the command again.`;
  }
  if (CHECKSUM.test(text) && !NETWORK_ERRORS.test(text)) {
    return `the downloaded Electron program did not match its published checksum, so it was not used. ${WHAT_TO_DO}`;
  }
  const status = text.match(HTTP_STATUS);
  if (status) {
    return `the Electron program could not be downloaded (the server answered ${status[1] ?? status[2]}). ${WHAT_TO_DO}`;
  }
  if (NETWORK_ERRORS.test(text)) {
    return `the Electron program could not be downloaded because this computer cannot reach github.com. ${WHAT_TO_DO}`;
  }
  const firstLine = text.split('\n').map((line) => line.trim()).find(Boolean) ?? 'no message';
  return `Electron's installer failed (${firstLine.slice(0, 160)}). ${WHAT_TO_DO}`;
}

/** Runs node_modules/electron/install.js; returns null when the binary is (now) in place, else the line to print. */
export function ensureElectron({ installer = createRequire(import.meta.url).resolve('electron/install.js'), env = process.env } = {}) {
  const result = spawnSync(process.execPath, [installer], { encoding: 'utf-8', env });
  const lifecycleEvent = env.npm_lifecycle_event;
  if (result.error) return explainInstallFailure(String(result.error), lifecycleEvent);
  if (result.status === 0) return null;
  return explainInstallFailure(`${result.stderr ?? ''}\n${result.stdout ?? ''}`, lifecycleEvent);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problem = ensureElectron();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
