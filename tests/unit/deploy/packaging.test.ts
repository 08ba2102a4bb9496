import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import fuses from '@electron/fuses';
// @ts-expect-error plain ES module scripts without type declarations
import { DESKTOP_ENTRY, PNG_SIZES, renderPng } from '../../../scripts/make-icons.mjs';
// @ts-expect-error plain ES module scripts without type declarations
import { expectedFuses, FuseState, fuseProblems } from '../../../scripts/verify-fuses.mjs';
import { makeTempDir, removeTempDir } from '../../support/temp-store';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const RESOURCES = join(ROOT, 'resources');
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf-8'));
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf-8'));

describe('electron-builder.yml (review m9, issue 10 §4)', () => {
  it('passes electron-builder\'s own schema, and a misspelt option would not', async () => {
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    await expect(validateConfiguration(config, { isEnabled: false })).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: true } }, { isEnabled: false })).rejects.toThrow(/configuration/);
  }, 60_000);

  it('sets every fuse the review asks for, grantFileProtocolExtraPrivileges off included', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds NSIS and MSI per machine (MSI with a fixed upgrade code), dmg and pkg with the hardened runtime, and deb', () => {
    expect(config.win.target).toEqual(['nsis', 'msi']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true, deleteAppDataOnUninstall: false });
    expect(config.msi.perMachine).toBe(true);
    expect(config.msi.upgradeCode).toBe('E182A3C6-1C5F-4A8D-BA34-58D3A873331B');
    expect(config.mac.target).toEqual(['dmg', 'pkg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.pkg).toMatchObject({ installLocation: '/Applications', allowCurrentUserHome: false, isRelocatable: false });
    expect(config.linux.target).toBe('deb');
  });

  it('points at files that exist: icons, entitlements with nothing beyond JIT, the AppArmor profile', () => {
    for (const file of [config.win.icon, config.mac.icon, config.mac.entitlements, config.mac.entitlementsInherit, config.deb.appArmorProfile]) {
      expect(existsSync(join(ROOT, file)), file).toBe(true);
    }
    const entitlements = readFileSync(join(ROOT, config.mac.entitlements), 'utf-8');
    expect([...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1])).toEqual(['com.apple.security.cs.allow-jit']);
    const profile = readFileSync(join(ROOT, config.deb.appArmorProfile), 'utf-8');
    expect(profile).toMatch(/^abi <abi\/4\.0>,$/m);
    expect(profile).toMatch(/profile "\$\{executable\}" "\/opt\/\$\{sanitizedProductName\}\/\$\{executable\}" flags=\(unconfined\) \{\s+userns,/);
  });

  it('ships the sample policy files with the install', () => {
    expect(config.extraResources).toEqual([{ from: 'resources/policy', to: 'policy', filter: ['*.policy.json'] }]);
  });

  it('npm start, dev and dist fetch Electron first; npm run icons regenerates the icons', () => {
    for (const name of ['prestart', 'predev', 'predist']) expect(packageJson.scripts[name]).toBe('node scripts/ensure-electron.mjs');
    expect(packageJson.scripts.dist).toBe('electron-vite build && electron-builder');
    expect(packageJson.scripts.icons).toBe('node scripts/make-icons.mjs');
  });
});

describe('the icons in resources/, made from icon.svg by npm run icons', () => {
  const svg = readFileSync(join(RESOURCES, 'icon.svg'));
  const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

  it('are up to date with the SVG (icon.png is exactly what the script draws now)', () => {
    expect(Buffer.compare(readFileSync(join(RESOURCES, 'icon.png')), renderPng(svg, 1024))).toBe(0);
  }, 30_000);

  it('has a PNG for every Linux size, each the size its name says', () => {
    for (const size of PNG_SIZES) {
      expect(pngSize(readFileSync(join(RESOURCES, 'icons', `${size}x${size}.png`))), `${size}`).toEqual({ width: size, height: size });
    }
  });

  it('icon.ico holds the Windows sizes 16 to 256', () => {
    const ico = readFileSync(join(RESOURCES, 'icon.ico'));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1); // type 1: icon
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, index) => ico[6 + index * 16] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
  });

  it('icon.icns is an Apple icon file of the length its header says, with the 1024 px image', () => {
    const icns = readFileSync(join(RESOURCES, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic10'))).toBe(true);
  });

  it('the Linux desktop entry file and the deb\'s desktop entry say the same', () => {
    expect(readFileSync(join(RESOURCES, 'duet.desktop'), 'utf-8')).toBe(DESKTOP_ENTRY);
    for (const [key, value] of Object.entries(config.linux.desktop.entry as Record<string, string>)) {
      expect(DESKTOP_ENTRY, key).toContain(`\n${key}=${value}\n`);
    }
  });
});

describe('scripts/verify-fuses.mjs (run by CI on the packaged app)', () => {
  let dir: string;
  let binary: string;
  const { FuseV1Options, flipFuses } = fuses;

  beforeAll(async () => {
    dir = await makeTempDir('duet-fuses-');
    // A stand-in binary with Electron's real fuse-wire layout: sentinel, version 1, 8 fuses, all at their defaults.
    const wire = Buffer.from([1, 8, ...Array(8).fill(FuseState.ENABLE)]);
    binary = join(dir, 'Duet');
    await writeFile(binary, Buffer.concat([Buffer.alloc(64, 0x41), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), wire, Buffer.alloc(64, 0x42)]));
  });
  afterAll(async () => {
    await removeTempDir(dir);
  });

  it('maps every configured fuse to @electron/fuses', () => {
    expect(expectedFuses(config).map((fuse: { name: string }) => fuse.name)).toContain('GrantFileProtocolExtraPrivileges');
  });

  it('reports each fuse that differs from electron-builder.yml, and nothing once they are flipped as configured', async () => {
    const problems: string[] = await fuseProblems(binary, config);
    expect(problems).toEqual([
      'RunAsNode: expected off, found on',
      'EnableNodeOptionsEnvironmentVariable: expected off, found on',
      'EnableNodeCliInspectArguments: expected off, found on',
      'GrantFileProtocolExtraPrivileges: expected off, found on',
    ]);
    const flipped = join(dir, 'Duet-flipped');
    await copyFile(binary, flipped);
    const wanted = Object.fromEntries(expectedFuses(config).map((fuse: { index: number; enabled: boolean }) => [fuse.index, fuse.enabled]));
    await flipFuses(flipped, { version: '1' as never, ...wanted });
    expect(await fuseProblems(flipped, config)).toEqual([]);
    expect(FuseV1Options.GrantFileProtocolExtraPrivileges).toBe(7);
  });
});

describe('.github/workflows/electron.yml (the Electron lane, which cannot run here)', () => {
  const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'electron.yml'), 'utf-8'));
  const job = workflow.jobs['installers-and-electron-tests'];
  const commands = (job.steps as { run?: string }[]).map((step) => step.run ?? '').join('\n');

  it('runs on Windows, macOS and Ubuntu 24.04', () => {
    expect(job.strategy.matrix.include.map((entry: { os: string }) => entry.os)).toEqual(['windows-latest', 'macos-latest', 'ubuntu-24.04']);
  });

  it('builds the installers, reads the fuses back and runs the _electron tests (under Xvfb on Linux)', () => {
    expect(commands).toContain('npm run prestart');
    expect(commands).toContain('npm run dist -- --publish never');
    expect(commands).toContain('node scripts/verify-fuses.mjs');
    expect(commands).toContain('npx playwright test --project electron');
    expect(commands).toContain('xvfb-run --auto-servernum npx playwright test --project electron');
    expect(commands).toContain("'/S', '/allusers'");
  });
});
