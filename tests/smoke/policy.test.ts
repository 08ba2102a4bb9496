import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../support/temp-store';
import { ensureBuilt, ROOT, runBuiltMain } from './run-built-main';
import { WRITER_LOCK_FILE } from '../../src/main/data-location/writer-lock';
import { MOVE_LOG_FILE } from '../../src/main/data-location/move-data-folder';

/**
 * The sample policy files in resources/policy, loaded by the BUILT main bundle (with the Electron stub) through
 * DUET_POLICY_FILE, which unpackaged builds honour. The shared-machine sample is copied with a `dataFolder` in a
 * temp folder, so the test never writes to this machine's real /var/lib/duet.
 */
const SAMPLES = join(ROOT, 'resources', 'policy');
/** Each test starts the built bundle once or twice; the machine may be busy. */
const RUN_TIMEOUT_MS = 60_000;

interface PolicySmokeReport {
  errorBoxes: { title: string; content: string }[];
  messageBoxes: { type: string | null; message: string | null; detail: string | null }[];
  quitCalled: boolean;
  windows: unknown[];
  probes: Record<string, { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } }>;
  probeError: string | null;
}

let dir: string;
beforeAll(async () => {
  ensureBuilt();
  dir = await makeTempDir('duet-smoke-policy-');
}, 120_000);
afterAll(async () => {
  await removeTempDir(dir);
});

async function runWithPolicy(name: string, policyText: string | null, extraEnv: NodeJS.ProcessEnv = {}, userData = join(dir, name, 'user')) {
  const policyFile = join(dir, name, 'policy.json');
  await mkdir(join(dir, name), { recursive: true });
  if (policyText !== null) await writeFile(policyFile, policyText);
  const reportFile = join(dir, name, 'report.json');
  const run = await runBuiltMain(userData, reportFile, { extraEnv: { DUET_POLICY_FILE: policyFile, DUET_SMOKE_KEYRING: 'gnome_libsecret', ...extraEnv } });
  expect(run.code, run.stderr).toBe(0);
  return { report: JSON.parse(await readFile(reportFile, 'utf-8')) as PolicySmokeReport, stderr: run.stderr, userData };
}

describe('the built main bundle with a practice policy', () => {
  it('shared exam room: data in the machine-wide folder, passphrase-only, locked settings in force and refused by main', async () => {
    const machineFolder = join(dir, 'shared', 'machine', 'data');
    const sample = JSON.parse(await readFile(join(SAMPLES, 'shared-exam-room.policy.json'), 'utf-8'));
    const { report, userData } = await runWithPolicy('shared', JSON.stringify({ ...sample, dataFolder: machineFolder }));

    expect(report.errorBoxes).toEqual([]);
    expect(report.probeError).toBeNull();
    // An OS key store is available (the stub says libsecret), and still not used on a shared computer.
    // The set-up screen already speaks the practice's language and shows its name and lock time.
    expect(report.probes.lockStatusAtStart).toMatchObject({
      ok: true,
      value: { keyProtection: 'passphrase-only', language: 'es', practiceName: 'Riverside Family Practice', lockAfterMinutes: 3 },
    });
    expect(report.probes.settingsAfterSetUp).toMatchObject({
      ok: true,
      value: {
        practiceName: 'Riverside Family Practice',
        defaultLanguage: 'es',
        paperSize: 'A4',
        lockAfterMinutes: 3,
        retentionDays: 365,
        policyLocked: ['practiceName', 'crisisLine', 'paperSize', 'lockAfterMinutes', 'retentionDays'],
      },
    });
    expect(report.probes.saveOtherPaperSize).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('paperSize') } });

    const files = await readdir(machineFolder);
    expect(files).toEqual(expect.arrayContaining(['key.json', 'app.json']));
    const saved = JSON.parse(await readFile(join(machineFolder, 'app.json'), 'utf-8'));
    expect(JSON.stringify(saved)).toContain('Riverside Family Practice');
    expect(JSON.stringify(saved)).not.toContain('policyLocked');
    expect(existsSync(join(userData, 'userData', 'data', 'key.json'))).toBe(false);
    // The writer lock was taken and released when main ended.
    expect(files).not.toContain(WRITER_LOCK_FILE);
  }, RUN_TIMEOUT_MS);

  it('one clinician: per-user data, an OS key store when there is one, presets and one locked setting', async () => {
    const sample = await readFile(join(SAMPLES, 'one-clinician.policy.json'), 'utf-8');
    const { report, userData } = await runWithPolicy('one-clinician', sample);
    expect(report.errorBoxes).toEqual([]);
    expect(report.probes.lockStatusAtStart).toMatchObject({ ok: true, value: { keyProtection: 'os-key-store' } });
    expect(report.probes.settingsAfterSetUp).toMatchObject({
      ok: true,
      value: { practiceName: 'Riverside Family Practice', paperSize: 'Letter', lockAfterMinutes: 10, policyLocked: ['lockAfterMinutes'] },
    });
    // paperSize is a preset, not locked: it can be changed.
    expect(report.probes.saveOtherPaperSize).toMatchObject({ ok: true, value: { paperSize: 'A4' } });
    expect(existsSync(join(userData, 'userData', 'data', 'key.json'))).toBe(true);
  }, RUN_TIMEOUT_MS);

  it('malformed: refused with a message naming the field, shown at start; Duet starts with standard settings', async () => {
    const sample = await readFile(join(SAMPLES, 'malformed.policy.json'), 'utf-8');
    const { report, stderr, userData } = await runWithPolicy('malformed', sample);
    expect(report.errorBoxes).toEqual([]);
    expect(report.quitCalled).toBe(false);
    // Its window, and the one the smoke probe reopens after closing it (the lock lifecycle check).
    expect(report.windows).toHaveLength(2);
    expect(stderr).toMatch(/practice policy file .* was not used: the field "settings\.paperSize\.value" is wrong/);
    expect(report.messageBoxes).toContainEqual({
      type: 'warning',
      message: 'Duet’s practice policy file was not used.',
      detail: expect.stringMatching(/the field "settings\.paperSize\.value" is wrong.*started with its standard settings/),
    });
    expect(report.probes.settingsAfterSetUp).toMatchObject({ ok: true, value: { paperSize: 'Letter', policyLocked: [] } });
    // Standard policy: per-user data, not the machine-wide folder the bad file asked for.
    expect(existsSync(join(userData, 'userData', 'data', 'key.json'))).toBe(true);
  }, RUN_TIMEOUT_MS);
});

describe('the built main bundle on a shared computer with an earlier per-user folder', () => {
  async function perUserDataFrom(name: string): Promise<string> {
    // A real per-user folder, made by the bundle itself with no policy.
    const userData = join(dir, name, 'user');
    await runWithPolicy(`${name}-first`, null, {}, userData);
    return join(userData, 'userData', 'data');
  }

  it('moves it into the machine-wide folder when the person says so, logged, and the data opens with the same passphrase', async () => {
    const before = await perUserDataFrom('move');
    const keyBefore = await readFile(join(before, 'key.json'), 'utf-8');
    const machineFolder = join(dir, 'move', 'machine', 'data');
    const policy = JSON.stringify({ policyVersion: 1, dataMode: 'shared-machine', dataFolder: machineFolder });
    const { report } = await runWithPolicy('move', policy, { DUET_SMOKE_MESSAGE_BOX_RESPONSE: '0' }, join(dir, 'move', 'user'));

    expect(report.messageBoxes[0]).toMatchObject({ type: 'question', message: expect.stringMatching(/Move your saved Duet data/) });
    expect(await readFile(join(machineFolder, 'key.json'), 'utf-8')).toBe(keyBefore);
    expect(await readFile(join(machineFolder, MOVE_LOG_FILE), 'utf-8')).toMatch(/move finished: \d+ files/);
    expect(existsSync(before)).toBe(false);
    // Set up already: the smoke passphrase opens the moved data; the session made by the first run is there.
    expect(report.probes.lockStatusAtStart).toMatchObject({ ok: true, value: { state: 'locked' } });
  }, RUN_TIMEOUT_MS);

  it('leaves it alone when the person chooses Not now', async () => {
    const before = await perUserDataFrom('decline');
    const machineFolder = join(dir, 'decline', 'machine', 'data');
    const policy = JSON.stringify({ policyVersion: 1, dataMode: 'shared-machine', dataFolder: machineFolder });
    const { report } = await runWithPolicy('decline', policy, { DUET_SMOKE_MESSAGE_BOX_RESPONSE: '1' }, join(dir, 'decline', 'user'));
    expect(report.messageBoxes[0]).toMatchObject({ type: 'question' });
    expect(existsSync(join(before, 'key.json'))).toBe(true);
    expect(report.probes.lockStatusAtStart).toMatchObject({ ok: true, value: { state: 'needs-set-up' } });
  }, RUN_TIMEOUT_MS);
});

describe('the built main bundle and the writer lock', () => {
  it('refuses to start while another Duet (another OS user) holds the data folder, in plain words', async () => {
    const machineFolder = join(dir, 'locked', 'machine', 'data');
    await mkdir(machineFolder, { recursive: true });
    const now = new Date().toISOString();
    // The holder is this test's own process: alive, on this computer, under another user name.
    await writeFile(join(machineFolder, WRITER_LOCK_FILE), JSON.stringify({ host: (await import('node:os')).hostname(), pid: process.pid, user: 'reception', startedAt: now, updatedAt: now }));
    const policy = JSON.stringify({ policyVersion: 1, dataMode: 'shared-machine', dataFolder: machineFolder });
    const { report } = await runWithPolicy('locked', policy);
    expect(report.errorBoxes).toEqual([{ title: 'Duet cannot start', content: expect.stringMatching(/^Duet is open in another account on this computer \(reception, since .+\)\. Only one Duet at a time/) }]);
    expect(report.quitCalled).toBe(true);
    expect(report.windows).toEqual([]);
    expect(existsSync(join(machineFolder, WRITER_LOCK_FILE))).toBe(true);
  }, RUN_TIMEOUT_MS);
});
