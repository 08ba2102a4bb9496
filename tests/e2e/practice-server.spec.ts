import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import type { OperationName, Result } from '../../src/shared/contract';
import { createAppOperations } from '../../src/main/ipc/app-operations';
import { createOperations } from '../../src/main/ipc/operations';
import type { OsKeyStore } from '../../src/main/lock/os-key-store';
import { PracticeServerService } from '../../src/main/practice-server/service';
import { createDirectApi } from '../support/direct-api';
import { APP_PASSWORD, postgresMissing, startPostgres } from '../support/postgres';
import { serverConfig } from '../support/practice-rooms';
import { createRecordingPrinter } from '../support/recording-printer';
import { makeTempDir, removeTempDir } from '../support/temp-store';
import { startTestLock, TEST_PASSPHRASE, TEST_SCRYPT_COST } from '../support/test-lock';
import { expectNoSeriousViolations } from './helpers/axe';
import { appUrl, serveFolder } from './harness/serve-renderer';
import { installWindowApi } from './harness/window-api';

/**
 * IT joins a computer from Settings in real Chromium, against a real PostgreSQL: the built page, main's real
 * operations and PracticeServerService behind window.api. Then Home shows "connected". Both screens pass axe.
 */
const missing = postgresMissing();
if (missing && process.env.CI) throw new Error(missing);

function testOsKeyStore(): OsKeyStore {
  const key = randomBytes(32);
  return {
    protect(secret) {
      const iv = randomBytes(16);
      const cipher = createCipheriv('aes-256-cbc', key, iv);
      return Buffer.concat([iv, cipher.update(secret), cipher.final()]);
    },
    unprotect(protectedSecret) {
      const decipher = createDecipheriv('aes-256-cbc', key, protectedSecret.subarray(0, 16));
      return Buffer.concat([decipher.update(protectedSecret.subarray(16)), decipher.final()]);
    },
  };
}

test.skip(missing !== null, missing ?? '');

test('IT joins this computer from Settings (a wrong password first), and Home says connected', async ({ context, page }) => {
  const server = await startPostgres();
  const dir = await makeTempDir('duet-e2e-practice-');
  const service = await PracticeServerService.open({ dataDir: dir, config: serverConfig(server), osKeyStore: testOsKeyStore(), scryptCost: TEST_SCRYPT_COST, pollMs: 300 });
  const lock = await startTestLock(dir, 'unlocked', { onDocumentChange: service.noteChange });
  try {
    const operations = createAppOperations({
      lock,
      sessionOperations: (store) => createOperations({ store, printer: createRecordingPrinter() }),
      practiceServer: service,
    });
    const api = createDirectApi(operations);
    await serveFolder(context);
    await installWindowApi(context, (name: OperationName, input: unknown) => (api[name] as (input?: unknown) => Promise<Result<unknown>>)(input));
    await page.goto(appUrl('#/settings'));

    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Practice server' }) });
    await expect(section.locator('.practice-server-status')).toHaveText('Practice server: this computer has not joined yet. Your work is saved on this computer.');
    const field = (label: string) => section.getByLabel(label, { exact: true });
    await field('Server password').fill('not the password');
    await field('This computer’s passphrase now').fill(TEST_PASSPHRASE);
    await field('Practice passphrase').fill('walrus lantern quietly folds');
    await field('Type the practice passphrase again').fill('walrus lantern quietly folds');
    await section.getByRole('button', { name: 'Join the practice server' }).click();
    await expect(section.getByText('The practice server did not accept that password. Please check it and try again.')).toBeVisible();
    await expect(field('Server password')).toBeFocused();
    await expectNoSeriousViolations(page, 'settings with the practice server section');

    await field('Server password').fill(APP_PASSWORD);
    await field('Practice passphrase').fill('walrus lantern quietly folds');
    await field('Type the practice passphrase again').fill('walrus lantern quietly folds');
    await section.getByRole('button', { name: 'Join the practice server' }).click();
    await expect(section.getByText('Done. This computer has joined the practice server.')).toBeVisible({ timeout: 30_000 });

    await page.goto(appUrl('#/'));
    await expect(page.locator('.practice-server-status')).toHaveText('Practice server: connected.', { timeout: 20_000 });
    await expectNoSeriousViolations(page, 'home with the practice server status');
  } finally {
    await service.stop();
    await lock.close();
    await removeTempDir(dir);
    server.stop();
  }
});
