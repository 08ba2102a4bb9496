import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const MAIN_BUNDLE = join(ROOT, 'out', 'main', 'index.js');
export const PRELOAD_BUNDLE = join(ROOT, 'out', 'preload', 'index.cjs');
export const RENDERER_INDEX = join(ROOT, 'out', 'renderer', 'index.html');
const STUB_LOADER = join(import.meta.dirname, 'register-electron-stub.mjs');

/** Builds out/ once when any bundle is missing. */
export function ensureBuilt(): void {
  if (!existsSync(MAIN_BUNDLE) || !existsSync(PRELOAD_BUNDLE) || !existsSync(RENDERER_INDEX)) {
    execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'pipe' });
  }
}

export interface BuiltMainLaunch {
  /** Command-line switches, as a shortcut would pass them. */
  args?: string[];
  /** Runs as a packaged app (app.isPackaged), where the hardening checks apply. */
  packaged?: boolean;
  extraEnv?: NodeJS.ProcessEnv;
}

/** Runs the BUILT main bundle in plain Node with the recording Electron stub; it writes its report to `reportFile`. */
export function runBuiltMain(userData: string, reportFile: string, launch: BuiltMainLaunch = {}): Promise<{ code: number | null; stderr: string }> {
  const extraEnv = launch.extraEnv ?? {};
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DUET_SMOKE_USER_DATA: userData, DUET_SMOKE_REPORT: reportFile, ...extraEnv };
    if (launch.packaged) env.DUET_SMOKE_PACKAGED = '1';
    delete env.ELECTRON_RENDERER_URL;
    if (!('DUET_POLICY_FILE' in extraEnv)) delete env.DUET_POLICY_FILE;
    const child = spawn(process.execPath, ['--import', STUB_LOADER, MAIN_BUNDLE, ...(launch.args ?? [])], { cwd: ROOT, env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`The built main bundle did not finish within 20 s. stderr:\n${stderr}`));
    }, 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}
