import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';

/**
 * The Electron lane: the real app, Electron running the built main bundle (out/main/index.js), its sandboxed
 * preload and the built page. Needs the Electron binary, which `electron` downloads on first use (`npm start`'s
 * first stage, or `npx install-electron`); where it is absent (as on machines without internet) every spec here
 * is skipped with the reason printed. CI runs this lane on Windows, macOS and Ubuntu (.github/workflows/electron.yml).
 */
export const ROOT = join(import.meta.dirname, '..', '..');
export const MAIN_BUNDLE = join(ROOT, 'out', 'main', 'index.js');
const ELECTRON_DIST = join(ROOT, 'node_modules', 'electron', 'dist');

function electronMissingReason(): string | null {
  if (!existsSync(ELECTRON_DIST)) {
    return `Electron binary not present (node_modules/electron/dist missing): cannot launch the real app here. Run \`npx install-electron\` once with internet access to download it.`;
  }
  if (!existsSync(MAIN_BUNDLE)) return 'out/main/index.js missing: run `npx electron-vite build` first.';
  return null;
}

export const electronSkipReason = electronMissingReason();
if (electronSkipReason) console.log(`[electron] skipped: ${electronSkipReason}`);

/**
 * Launches Duet with every per-user folder inside `home`, so a test never touches a real user's data. The policy
 * file is `policyFile` (unpackaged builds honour DUET_POLICY_FILE), or one that does not exist, so the machine's
 * own policy never applies to a test.
 */
export function launchDuet(home: string, options: { policyFile?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ElectronApplication> {
  return electron.launch({
    args: [MAIN_BUNDLE],
    cwd: ROOT,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      APPDATA: join(home, 'AppData', 'Roaming'),
      LOCALAPPDATA: join(home, 'AppData', 'Local'),
      DUET_POLICY_FILE: options.policyFile ?? join(home, 'no-policy.json'),
      ...options.env,
    },
  });
}
