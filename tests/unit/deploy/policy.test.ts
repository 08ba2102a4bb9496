import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { loadPolicy, machinePolicyFile, policyFileFor, STANDARD_POLICY } from '../../../src/main/policy/policy-file';
import {
  applyPolicyToLockStatus,
  applySettingsPolicy,
  enforceSettingsPolicy,
  settingsPolicyFrom,
  withSettingsPolicy,
} from '../../../src/main/policy/settings-policy';
import { exportFolderChooserFor, fhirFileChooserFor, isInsideFolder, pdfPathRefusalFor, saveFolderFor } from '../../../src/main/policy/save-locations';
import type { SessionOperations } from '../../../src/main/ipc/operations';
import { makeTempDir, removeTempDir } from '../../support/temp-store';

const SAMPLES = join(import.meta.dirname, '..', '..', '..', 'resources', 'policy');
let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('duet-policy-');
});
afterAll(async () => {
  await removeTempDir(dir);
});

async function policyFile(name: string, contents: string | Buffer): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, contents);
  return file;
}

describe('where the policy file lives', () => {
  it('is in the machine-wide config place of each OS', () => {
    expect(machinePolicyFile('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\Duet\\policy.json');
    expect(machinePolicyFile('darwin', {})).toBe('/Library/Application Support/Duet/policy.json');
    expect(machinePolicyFile('linux', {})).toBe('/etc/duet/policy.json');
  });

  it('honours DUET_POLICY_FILE only in unpackaged builds', () => {
    const env = { DUET_POLICY_FILE: '/tmp/try.json' };
    expect(policyFileFor({ platform: 'linux', env, isPackaged: false })).toBe('/tmp/try.json');
    expect(policyFileFor({ platform: 'linux', env, isPackaged: true })).toBe('/etc/duet/policy.json');
  });
});

describe('the sample policy files in resources/policy', () => {
  it('shared exam room: machine-wide data, locked practice settings, exports only into the practice folder', () => {
    const loaded = loadPolicy(join(SAMPLES, 'shared-exam-room.policy.json'));
    expect(loaded.problem).toBeNull();
    expect(loaded.policy.dataMode).toBe('shared-machine');
    const settingsPolicy = settingsPolicyFrom(loaded);
    expect([...settingsPolicy.locked].sort()).toEqual(['crisisLine', 'lockAfterMinutes', 'paperSize', 'practiceName', 'retentionDays']);
    const effective = applySettingsPolicy(DEFAULT_SETTINGS, settingsPolicy);
    expect(effective).toMatchObject({ practiceName: 'Riverside Family Practice', defaultLanguage: 'es', paperSize: 'A4', lockAfterMinutes: 3, retentionDays: 365 });
  });

  it('one clinician: per-user data, presets, one locked setting', () => {
    const loaded = loadPolicy(join(SAMPLES, 'one-clinician.policy.json'));
    expect(loaded.problem).toBeNull();
    expect(loaded.policy.dataMode).toBe('per-user');
    expect([...settingsPolicyFrom(loaded).locked]).toEqual(['lockAfterMinutes']);
  });

  it('malformed: refused with a message naming the field; the standard policy is used', () => {
    const file = join(SAMPLES, 'malformed.policy.json');
    const loaded = loadPolicy(file);
    expect(loaded.policy).toEqual(STANDARD_POLICY);
    expect(loaded.policy.dataMode).toBe('per-user');
    expect(loaded.problem).toContain(file);
    expect(loaded.problem).toMatch(/the field "settings\.paperSize\.value" is wrong/);
    expect(loaded.problem).toMatch(/started with its standard settings/);
  });
});

describe('loadPolicy on bad files', () => {
  it('no file: the standard policy, no problem', () => {
    expect(loadPolicy(join(dir, 'absent.json'))).toMatchObject({ policy: STANDARD_POLICY, found: false, problem: null });
  });

  it.each([
    ['not JSON', '{ "policyVersion": 1, ', /not valid JSON/],
    ['a misspelt key', '{ "policyVersion": 1, "settings": { "paperSise": { "value": "A4" } } }', /"settings\.paperSise" is not something Duet knows/],
    ['a wrong version', '{ "policyVersion": 2 }', /the field "policyVersion" is wrong/],
    ['a relative data folder', '{ "policyVersion": 1, "dataMode": "shared-machine", "dataFolder": "data" }', /"dataFolder" is wrong: must be a full path/],
    ['a data folder in per-user mode', '{ "policyVersion": 1, "dataFolder": "/srv/duet" }', /"dataFolder" is wrong: is only used with "dataMode": "shared-machine"/],
    ['onlyThere without folders', '{ "policyVersion": 1, "saveLocations": { "onlyThere": true } }', /"saveLocations\.onlyThere" is wrong: needs both/],
    ['a lock time out of range', '{ "policyVersion": 1, "settings": { "lockAfterMinutes": { "value": 600 } } }', /"settings\.lockAfterMinutes\.value" is wrong/],
    ['a practice server on the network without the practice CA', '{ "policyVersion": 1, "practiceServer": { "host": "db.practice.example" } }', /"practiceServer\.caFile" is wrong: is needed for a server on another computer/],
    ['a practice server given as a url', '{ "policyVersion": 1, "practiceServer": { "url": "https://duet.example", "enabled": true } }', /"practiceServer\.host" is wrong/],
  ])('%s', async (_name, contents, message) => {
    const loaded = loadPolicy(await policyFile(`bad-${Math.random()}.json`, contents));
    expect(loaded.policy).toEqual(STANDARD_POLICY);
    expect(loaded.problem).toMatch(message);
  });

  it('accepts a file saved by Notepad with a byte-order mark, and the practiceServer block earlier versions reserved (off)', async () => {
    const loaded = loadPolicy(await policyFile('bom.json', '\uFEFF{ "policyVersion": 1, "practiceServer": { "url": "https://duet.example", "enabled": false } }'));
    expect(loaded.problem).toBeNull();
    expect(loaded.policy.practiceServer).toBeUndefined();
  });

  it('reads a practice server, filling in the standard port, database and role', async () => {
    const loaded = loadPolicy(
      await policyFile('server.json', '{ "policyVersion": 1, "practiceServer": { "host": "db.practice.example", "caFile": "/etc/duet/practice-ca.pem" } }'),
    );
    expect(loaded.problem).toBeNull();
    expect(loaded.policy.practiceServer).toEqual({ host: 'db.practice.example', port: 5432, database: 'duet', role: 'duet_app', caFile: '/etc/duet/practice-ca.pem' });
  });

  it('reads the logo file it names; refuses one that is not a PNG or JPEG', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(20)]);
    const logoFile = await policyFile('logo.png', png);
    const good = loadPolicy(await policyFile('logo-ok.json', JSON.stringify({ policyVersion: 1, settings: { logo: { value: { file: logoFile }, locked: true } } })));
    expect(good.problem).toBeNull();
    expect(good.logo).toEqual({ dataUrl: `data:image/png;base64,${png.toString('base64')}`, fileName: 'logo.png' });
    expect(applySettingsPolicy(DEFAULT_SETTINGS, settingsPolicyFrom(good)).logo).toEqual(good.logo);

    const textFile = await policyFile('logo.txt', 'not a picture');
    const bad = loadPolicy(await policyFile('logo-bad.json', JSON.stringify({ policyVersion: 1, settings: { logo: { value: { file: textFile } } } })));
    expect(bad.problem).toMatch(/"settings\.logo\.value\.file" names .*logo\.txt, which is not a PNG or JPEG/);
  });
});

describe('settings under a policy', () => {
  const loaded = () => loadPolicy(join(SAMPLES, 'shared-exam-room.policy.json'));
  const saved: Settings = { ...DEFAULT_SETTINGS, practiceName: 'Old name', defaultLanguage: 'en', paperSize: 'Letter' };

  it('a locked value always wins; an unlocked preset replaces only the built-in default', () => {
    const changedLanguage: Settings = { ...saved, defaultLanguage: 'en' };
    const effective = applySettingsPolicy(changedLanguage, settingsPolicyFrom(loaded()));
    expect(effective.practiceName).toBe('Riverside Family Practice');
    expect(effective.paperSize).toBe('A4');
    // 'en' is Duet's default, so the preset 'es' applies; a language chosen in Duet would have stayed.
    expect(effective.defaultLanguage).toBe('es');
    const chosen = applySettingsPolicy({ ...saved, defaultLanguage: 'es' }, settingsPolicyFrom(loadPolicy(join(SAMPLES, 'one-clinician.policy.json'))));
    expect(chosen.defaultLanguage).toBe('es');
  });

  it('settingsEditable false locks every setting', async () => {
    const policy = loadPolicy(await policyFile('frozen.json', '{ "policyVersion": 1, "settingsEditable": false }'));
    const locked = settingsPolicyFrom(policy).locked;
    expect([...locked].sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  function fakeOperations(initial: Settings) {
    let stored = initial;
    const saves: Settings[] = [];
    const operations = {
      getSettings: async () => stored,
      saveSettings: async (input: Settings) => {
        saves.push(input);
        stored = input;
        return input;
      },
    } as unknown as SessionOperations;
    return { operations, saves };
  }

  it('main lists the locked settings, refuses a change to one (naming it), and saves the others', async () => {
    const settingsPolicy = settingsPolicyFrom(loaded());
    const { operations, saves } = fakeOperations(applySettingsPolicy(saved, settingsPolicy));
    const guarded = withSettingsPolicy(operations, settingsPolicy);
    const shown = await guarded.getSettings(undefined);
    expect(shown.policyLocked).toEqual(['practiceName', 'crisisLine', 'paperSize', 'lockAfterMinutes', 'retentionDays']);

    await expect(guarded.saveSettings({ ...shown, paperSize: 'Letter' })).rejects.toMatchObject({
      name: 'ZodError',
      issues: [expect.objectContaining({ path: ['paperSize'], message: expect.stringMatching(/set by your practice/) })],
    });
    expect(saves).toEqual([]);

    const result = await guarded.saveSettings({ ...shown, practiceAddress: '1 Main St' });
    expect(result.practiceAddress).toBe('1 Main St');
    expect(result.policyLocked).toContain('paperSize');
    expect(saves).toHaveLength(1);
    expect(saves[0]).not.toHaveProperty('policyLocked');
  });

  it('at start, writes the policy values into the saved settings once, and logs which', async () => {
    const settingsPolicy = settingsPolicyFrom(loaded());
    let settings = saved;
    let writes = 0;
    const store = {
      read: () => ({ settings }),
      update: async <T>(change: (draft: { settings: Settings }) => T) => {
        writes += 1;
        const draft = { settings };
        const result = change(draft);
        settings = draft.settings;
        return result;
      },
    };
    const logged: string[] = [];
    await enforceSettingsPolicy(store, settingsPolicy, (message) => logged.push(message));
    expect(settings).toMatchObject({ practiceName: 'Riverside Family Practice', paperSize: 'A4', lockAfterMinutes: 3 });
    expect(logged).toEqual(['Duet: the practice policy set practiceName, defaultLanguage, paperSize, lockAfterMinutes, retentionDays']);
    await enforceSettingsPolicy(store, settingsPolicy, (message) => logged.push(message));
    expect(writes).toBe(1);
  });
});

describe('the lock screen under a policy (before the store is open)', () => {
  it('shows the practice\'s language, name and lock time; a language chosen in Duet stays when only preset', () => {
    const status = { state: 'needs-set-up' as const, keyProtection: 'passphrase-only' as const, language: 'en' as const, practiceName: '', lockAfterMinutes: 5, waitSeconds: 0 };
    const shared = settingsPolicyFrom(loadPolicy(join(SAMPLES, 'shared-exam-room.policy.json')));
    expect(applyPolicyToLockStatus(status, shared)).toEqual({ ...status, language: 'es', practiceName: 'Riverside Family Practice', lockAfterMinutes: 3 });
    // A locked lock time wins over anything saved.
    expect(applyPolicyToLockStatus({ ...status, language: 'es', lockAfterMinutes: 30 }, shared)).toMatchObject({ language: 'es', lockAfterMinutes: 3 });
    expect(applyPolicyToLockStatus(status, settingsPolicyFrom({ policy: STANDARD_POLICY, logo: null }))).toEqual(status);
  });
});

describe('where plans and exports are saved', () => {
  const policy = loadPolicy(join(SAMPLES, 'shared-exam-room.policy.json')).policy;

  it('offers the practice folders, else the fallback', () => {
    expect(saveFolderFor('pdf', policy, () => '/home/x/Documents')()).toBe('C:\\ProgramData\\Duet\\plans');
    expect(saveFolderFor('export', STANDARD_POLICY, () => '/home/x/Documents')()).toBe('/home/x/Documents');
  });

  it('compares folders as each OS does', () => {
    expect(isInsideFolder('c:\\programdata\\duet\\exports\\2026', 'C:\\ProgramData\\Duet\\exports', 'win32')).toBe(true);
    expect(isInsideFolder('C:\\ProgramData\\Duet\\exports-old', 'C:\\ProgramData\\Duet\\exports', 'win32')).toBe(false);
    expect(isInsideFolder('/srv/Exports', '/srv/exports', 'linux')).toBe(false);
    expect(isInsideFolder('/srv/exports/../secrets', '/srv/exports', 'linux')).toBe(false);
  });

  it('with onlyThere, refuses an export folder outside the practice one before anything is written', async () => {
    const choose = exportFolderChooserFor(async () => 'C:\\Users\\dr\\OneDrive\\Documents', policy, 'win32');
    await expect(choose()).rejects.toMatchObject({ name: 'StorageError', message: expect.stringMatching(/keeps exports in C:\\ProgramData\\Duet\\exports/) });
    await expect(exportFolderChooserFor(async () => 'C:\\ProgramData\\Duet\\exports', policy, 'win32')()).resolves.toBe('C:\\ProgramData\\Duet\\exports');
    await expect(exportFolderChooserFor(async () => null, policy, 'win32')()).resolves.toBeNull();
  });

  it('with onlyThere, refuses a FHIR file saved outside the practice export folder (issue 12), and allows one inside it', async () => {
    const choose = (file: string | null) => fhirFileChooserFor(async () => file, policy, 'win32')('Duet FHIR.json');
    await expect(choose('C:\\Users\\dr\\Desktop\\Duet FHIR.json')).rejects.toMatchObject({
      name: 'StorageError',
      message: expect.stringMatching(/keeps exports in C:\\ProgramData\\Duet\\exports.*Nothing was saved/),
    });
    await expect(choose('C:\\ProgramData\\Duet\\exports\\2026\\Duet FHIR.json')).resolves.toBe('C:\\ProgramData\\Duet\\exports\\2026\\Duet FHIR.json');
    await expect(choose(null)).resolves.toBeNull();
    await expect(fhirFileChooserFor(async () => '/anywhere/x.json', STANDARD_POLICY, 'linux')('x.json')).resolves.toBe('/anywhere/x.json');
  });

  it('with onlyThere, refuses a plan PDF saved outside the practice folder, and allows one inside it', () => {
    const refuse = pdfPathRefusalFor(policy, 'win32');
    expect(refuse('C:\\Users\\dr\\Desktop\\plan.pdf')).toMatch(/keeps saved plans in .*Nothing was saved/);
    expect(refuse(`${policy.saveLocations!.pdfFolder!}\\plan.pdf`)).toBeNull();
    expect(pdfPathRefusalFor({ ...policy, saveLocations: undefined }, 'win32')('C:\\anywhere\\plan.pdf')).toBeNull();
  });
});
