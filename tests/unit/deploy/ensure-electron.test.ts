import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module script without type declarations
import { ensureElectron, explainInstallFailure } from '../../../scripts/ensure-electron.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');
const electronInstalled = existsSync(join(ELECTRON_DIR, 'path.txt')) && existsSync(join(ELECTRON_DIR, 'dist'));

describe('npm start, first stage (prestart)', () => {
  it('either finds Electron installed, or stops with one plain line saying why and what to do', () => {
    // The real first stage, run as npm runs it: Electron's own installer, which downloads from github.com.
    const result = spawnSync('npm', ['run', '--silent', 'prestart'], { cwd: ROOT, encoding: 'utf-8', timeout: 120_000 });
    const output = `${result.stdout}${result.stderr}`.trim();
    expect(output).not.toContain('Electron uninstall');
    if (electronInstalled) {
      console.log('[ensure-electron] Electron binary present: prestart must pass silently');
      expect(result.status).toBe(0);
      expect(output).toBe('');
      return;
    }
    // As on this machine (no route to github.com) and on any clean clone that cannot download.
    expect(result.status).not.toBe(0);
    expect(output.split('\n')).toHaveLength(1);
    expect(output).toMatch(/^Duet cannot start: the Electron program could not be downloaded .+ run the command again/);
    expect(output).not.toMatch(/\n\s+at /); // no stack trace
  }, 120_000);
});

describe('ensureElectron with a stand-in installer', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'duet-ensure-electron-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function installer(body: string): Promise<string> {
    const file = join(dir, `install-${Math.random().toString(36).slice(2)}.cjs`);
    await writeFile(file, body);
    return file;
  }

  it('says nothing when the installer succeeds (binary already there)', async () => {
    expect(ensureElectron({ installer: await installer('process.exit(0)'), env: process.env })).toBeNull();
  });

  it('names a full disk, for the command that was run', async () => {
    const failing = await installer("console.error(\"Error: ENOSPC: no space left on device, write\"); process.exit(1)");
    const line = ensureElectron({ installer: failing, env: { ...process.env, npm_lifecycle_event: 'predist' } });
    expect(line).toMatch(/^Duet's installers cannot be built: .*ENOSPC.*Free some space/);
  });
});

describe('explainInstallFailure', () => {
  it.each([
    ['TypeError: fetch failed\n    at node:internal/deps/undici', /cannot reach github\.com/],
    ['getaddrinfo ENOTFOUND github.com', /cannot reach github\.com/],
    ['HTTPError: Response code 404 (Not Found)', /server answered 404/],
    ['Error: Generated checksum for "electron.zip" did not match expected checksum', /did not match its published checksum/],
    ['Error: EACCES: permission denied, mkdir', /EACCES.*read-only/],
    ['Error: Electron builds are not available on platform: aix', /installer failed \(Error: Electron builds are not available on platform: aix\)/],
  ])('%s', (output, expected) => {
    const line = explainInstallFailure(output, 'prestart');
    expect(line).toMatch(/^Duet cannot start: /);
    expect(line).toMatch(expected);
    expect(line).not.toContain('\n');
  });
});
