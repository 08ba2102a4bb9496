import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { electronSkipReason, launchDuet } from './electron-lane';
import { STEP_IDS } from '../../src/shared/steps';
import en from '../../src/renderer/src/i18n/en/common.json' with { type: 'json' };
import lockText from '../../src/renderer/src/i18n/en/lock.json' with { type: 'json' };
import { makeTempDir, readStoreSnapshot, removeTempDir } from '../support/temp-store';
import { startSessionFromHome } from '../e2e/helpers/new-session';
import { DataCipher } from '../../src/main/storage/cipher';
import { KEY_FILE_NAME, keyFileSchema, unwrapWithPassphrase } from '../../src/main/lock/key-file';

const PASSPHRASE = 'electron test passphrase';

/** The data key, as the app unwraps it from key.json with the passphrase. */
async function cipherFor(dataDir: string): Promise<DataCipher> {
  const keyFile = keyFileSchema.parse(JSON.parse(await readFile(join(dataDir, KEY_FILE_NAME), 'utf-8')));
  const key = await unwrapWithPassphrase(keyFile, PASSPHRASE);
  if (!key) throw new Error('The passphrase chosen at set-up does not open key.json');
  return new DataCipher(key, keyFile.keyId);
}

test.describe('Duet in Electron', () => {
  test.skip(electronSkipReason !== null, electronSkipReason ?? '');

  let home: string;
  let app: ElectronApplication;

  test.beforeEach(async () => {
    home = await makeTempDir('duet-electron-');
    app = await launchDuet(home);
  });

  test.afterEach(async () => {
    await app?.close();
    await removeTempDir(home);
  });

  test('set-up, then home; a session starts, and the steps lead to the plan, saved on disk encrypted', async () => {
    const page = await app.firstWindow();
    // A fresh user folder: Duet asks for the practice passphrase first.
    await expect(page.getByRole('heading', { level: 1, name: lockText.setUp.title })).toBeVisible();
    await page.getByLabel(lockText.setUp.next, { exact: true }).fill(PASSPHRASE);
    await page.getByLabel(lockText.setUp.confirm, { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: lockText.setUp.submit }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Duet: deciding on care together' })).toBeVisible();

    // The page got exactly the preload's API and no Node.
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof window.api.listSessions)).toBe('function');

    await startSessionFromHome(page);

    for (const [index, id] of STEP_IDS.entries()) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        `Step ${index + 1} of ${STEP_IDS.length} ${en.steps.names[id]}`,
      );
      if (index < STEP_IDS.length - 1) await page.getByRole('button', { name: /^Next/ }).click();
    }

    const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    expect(userData.startsWith(home)).toBe(true);
    const dataDir = join(userData, 'data');
    // Answers are saved as they change; give the last save a moment to reach the disk.
    await expect
      .poll(async () => {
        if (!existsSync(join(dataDir, 'index.json'))) return null;
        const stored = JSON.parse(await readStoreSnapshot(dataDir, await cipherFor(dataDir))) as {
          sessions: { patientLabel: string; answers: { furthestStep: string } }[];
        };
        return stored.sessions.map((session) => [session.patientLabel, session.answers.furthestStep]);
      })
      .toEqual([['J.D.', 'plan']]);
    for (const entry of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) expect(await readFile(join(entry.parentPath, entry.name), 'latin1'), entry.name).not.toContain('J.D.');
    }
  });
});
