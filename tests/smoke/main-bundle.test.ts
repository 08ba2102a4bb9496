import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../src/shared/contract';
import { channelFor } from '../../src/shared/channels';
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp';
import { makeTempDir, removeTempDir } from '../support/temp-store';
import { ensureBuilt, MAIN_BUNDLE, PRELOAD_BUNDLE, RENDERER_INDEX, runBuiltMain } from './run-built-main';

interface WindowRecord {
  options: { webPreferences: Record<string, unknown> };
  loadedUrls: string[];
}
interface SmokeReport {
  appEvents: string[];
  enableSandboxCalled: boolean;
  quitCalled: boolean;
  errorBoxes: unknown[];
  handledChannels: string[];
  windows: WindowRecord[];
  menu: { label: string | null; role: string | null; submenu: unknown[] | null }[] | null;
  session: { permissionRequestHandler: boolean; permissionCheckHandler: boolean; spellCheckerEnabled: boolean | null };
  probes: Record<string, unknown>;
  powerMonitorEvents: string[];
  privilegedSchemes: unknown[];
  protocolHandlers: string[];
  probeError: string | null;
}

let tempDir: string;
let report: SmokeReport;

beforeAll(async () => {
  ensureBuilt();
  tempDir = await makeTempDir('duet-smoke-');
  const reportFile = join(tempDir, 'report.json');
  const run = await runBuiltMain(join(tempDir, 'user'), reportFile);
  expect(run.code, run.stderr).toBe(0);
  report = JSON.parse(await readFile(reportFile, 'utf-8')) as SmokeReport;
}, 120_000);

afterAll(async () => {
  if (tempDir) await removeTempDir(tempDir);
});

describe('the built main bundle', () => {
  it('passes node --check (no redeclared __dirname or other syntax errors)', () => {
    expect(() => execFileSync(process.execPath, ['--check', MAIN_BUNDLE], { stdio: 'pipe' })).not.toThrow();
  });

  it('starts without an error dialog or quitting, and with the sandbox forced on', () => {
    expect(report.errorBoxes).toEqual([]);
    expect(report.quitCalled).toBe(false);
    expect(report.enableSandboxCalled).toBe(true);
    expect(report.probeError).toBeNull();
  });

  it('registers a handler for every operation channel, and no others', () => {
    expect([...report.handledChannels].sort()).toEqual(OPERATION_NAMES.map(channelFor).sort());
  });

  it('creates one secure window whose preload exists and which loads the built page', () => {
    // The second is the window the Dock's "activate" opened after the first was closed (see the lock test below).
    expect(report.windows).toHaveLength(2);
    const [window] = report.windows;
    const preferences = window!.options.webPreferences;
    expect(preferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    for (const loosening of ['enableBlinkFeatures', 'additionalArguments', 'enableRemoteModule']) {
      expect(preferences).not.toHaveProperty(loosening);
    }
    expect(preferences.preload).toBe(PRELOAD_BUNDLE);
    expect(existsSync(preferences.preload as string)).toBe(true);
    expect(window!.loadedUrls).toEqual(['app://duet/index.html#/']);
    expect(existsSync(RENDERER_INDEX)).toBe(true);
  });

  it('serves the built page from app://duet/ with the CSP header, and nothing outside it (review S-1, m8)', async () => {
    expect(report.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(report.protocolHandlers).toEqual(['app']);
    expect(report.probes.appPage).toEqual({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      csp: CONTENT_SECURITY_POLICY,
      body: await readFile(RENDERER_INDEX, 'utf-8'),
    });
    expect(report.probes.appTraversal).toMatchObject({ status: 404 });
    expect(report.probes.cancelFileUrl).toBe(true);
  });

  it('starts locked for set-up, refusing a basic_text key store; after set-up the data on disk is encrypted', async () => {
    expect(report.probes.lockStatusAtStart).toMatchObject({
      ok: true,
      value: { state: 'needs-set-up', keyProtection: 'passphrase-only' },
    });
    expect(report.probes.listBeforeSetUp).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(report.probes.setUp).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    expect(report.powerMonitorEvents.sort()).toEqual(['lock-screen', 'suspend']);
    const dataDir = join(tempDir, 'user', 'userData', 'data');
    const files = (await readdir(dataDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(files.map((entry) => entry.name)).toEqual(expect.arrayContaining(['key.json', 'index.json']));
    for (const entry of files) {
      expect(await readFile(join(entry.parentPath, entry.name), 'utf-8'), entry.name).not.toContain('S.T.');
    }
  });

  it('locks main itself when the window closes, the page is gone or the menu locks; a reopened window finds it locked (C1)', () => {
    expect(report.probes.lockLifecycle).toEqual({
      unlockedBefore: 'unlocked',
      afterPageGone: 'locked',
      afterMenuLock: 'locked',
      unlockedAgain: 'unlocked',
      afterWindowClosed: 'locked',
      listAfterWindowClosed: { ok: false, error: { code: 'locked', message: expect.any(String) } },
      windowsAfterActivate: 1,
      stateAfterActivate: 'locked',
    });
  });

  it('answers its own page from a real store, and refuses other senders and bad input', () => {
    expect(report.probes.trustedListSessions).toEqual({ ok: true, value: [] });
    expect(report.probes.untrustedListSessions).toMatchObject({ ok: false });
    expect(report.probes.createSession).toMatchObject({ ok: true, value: { patientLabel: 'S.T.', language: 'es' } });
    expect(report.probes.invalidInput).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('keeps the session offline and grants no permissions', () => {
    expect(report.probes.cancelHttps).toBe(true);
    expect(report.probes.cancelAppPage).toBe(false);
    expect(report.probes.permissionGranted).toBe(false);
    expect(report.session).toEqual({ permissionRequestHandler: true, permissionCheckHandler: true, spellCheckerEnabled: false });
    expect(report.probes.webContentsCreatedListeners).toBe(1);
  });

  it('guards every web contents: no new windows, no navigating away, no <webview>', () => {
    expect(report.probes.webContentsGuards).toEqual({
      events: ['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'],
      newWindow: { action: 'deny' },
      navigateAwayPrevented: true,
      redirectAwayPrevented: true,
      navigateInAppPrevented: false,
      webviewPrevented: true,
    });
  });

  it('sends the Content-Security-Policy header with every response, the same policy the built page carries', async () => {
    const headers = report.probes.responseHeaders as Record<string, string[]>;
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(await readFile(RENDERER_INDEX, 'utf-8')).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
  });

  it('installs the app menu and quits when windows close', () => {
    const labels = report.menu?.map((item) => item.label ?? item.role);
    expect(labels).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(report.appEvents).toEqual(expect.arrayContaining(['second-instance', 'window-all-closed']));
  });
});

describe('the built main bundle with data from a newer Duet', () => {
  it('shows a plain-words error, quits, opens no window and leaves the file byte-identical', async () => {
    const dir = await makeTempDir('duet-smoke-future-');
    try {
      const dataDir = join(dir, 'user', 'userData', 'data');
      await mkdir(dataDir, { recursive: true });
      const future = JSON.stringify({ schemaVersion: 99, sessions: [{ kept: true }] });
      await writeFile(join(dataDir, 'duet.json'), future);

      const reportFile = join(dir, 'report.json');
      const run = await runBuiltMain(join(dir, 'user'), reportFile);
      expect(run.code, run.stderr).toBe(0);
      const futureReport = JSON.parse(await readFile(reportFile, 'utf-8')) as SmokeReport;

      expect(futureReport.errorBoxes).toEqual([
        { title: 'Duet cannot start', content: expect.stringMatching(/newer version of Duet.*has not been changed/s) },
      ]);
      expect(futureReport.quitCalled).toBe(true);
      expect(futureReport.windows).toEqual([]);
      expect(await readFile(join(dataDir, 'duet.json'), 'utf-8')).toBe(future);
    } finally {
      await removeTempDir(dir);
    }
  }, 30_000);
});

describe('the built main bundle, packaged, started with a debugging switch (M10)', () => {
  it('shows a plain message and exits before it sandboxes, registers anything or opens a window', async () => {
    const dir = await makeTempDir('duet-smoke-switch-');
    try {
      const reportFile = join(dir, 'report.json');
      const run = await runBuiltMain(join(dir, 'user'), reportFile, { packaged: true, args: ['--remote-debugging-port=9222'] });
      expect(run.code, run.stderr).toBe(0);
      const refused = JSON.parse(await readFile(reportFile, 'utf-8')) as SmokeReport;
      expect(refused.errorBoxes).toEqual([
        { title: 'Duet did not open', content: expect.stringContaining('--remote-debugging-port') },
      ]);
      expect(refused.quitCalled).toBe(true);
      expect(refused.enableSandboxCalled).toBe(false);
      expect(refused.handledChannels).toEqual([]);
      expect(refused.windows).toEqual([]);
    } finally {
      await removeTempDir(dir);
    }
  }, 30_000);
});
