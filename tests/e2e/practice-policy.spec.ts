import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createAppOperations } from '../../src/main/ipc/app-operations';
import { createOperations } from '../../src/main/ipc/operations';
import { loadPolicy } from '../../src/main/policy/policy-file';
import { settingsPolicyFrom, withSettingsPolicy } from '../../src/main/policy/settings-policy';
import { createDirectApi } from '../support/direct-api';
import { createRecordingPrinter } from '../support/recording-printer';
import { startTestLock } from '../support/test-lock';
import { makeTempDir, removeTempDir } from '../support/temp-store';
import { appUrl, serveFolder } from './harness/serve-renderer';
import { installWindowApi } from './harness/window-api';
import type { OperationName, Result } from '../../src/shared/contract';

/**
 * Settings under the sample shared-exam-room policy, in real Chromium: main's real operations with the real settings
 * policy behind window.api, the built page. Chromium (unlike happy-dom) applies <fieldset disabled> to the controls
 * inside, so this is where "cannot be changed there" is seen from the keyboard, and where axe checks the groups.
 */
const SAMPLE = join(import.meta.dirname, '..', '..', 'resources', 'policy', 'shared-exam-room.policy.json');

test('locked settings are marked "set by your practice", cannot be typed into, and pass axe', async ({ context, page }) => {
  const dataDir = await makeTempDir('duet-e2e-policy-');
  const lock = await startTestLock(dataDir, 'unlocked');
  try {
    const settingsPolicy = settingsPolicyFrom(loadPolicy(SAMPLE));
    const operations = createAppOperations({
      lock,
      sessionOperations: (store) => withSettingsPolicy(createOperations({ store, printer: createRecordingPrinter() }), settingsPolicy),
    });
    const api = createDirectApi(operations);
    await serveFolder(context);
    await installWindowApi(context, (name: OperationName, input: unknown) => (api[name] as (input?: unknown) => Promise<Result<unknown>>)(input));
    await page.goto(appUrl('#/settings'));

    // The sample presets Spanish.
    const groups = page.getByRole('group', { name: 'Lo establece su consultorio' });
    await expect(groups).toHaveCount(5);
    const practiceName = page.getByRole('textbox', { name: 'Nombre del consultorio' });
    await expect(practiceName).toBeDisabled();
    await expect(practiceName).toHaveValue('Riverside Family Practice');
    await expect(page.getByRole('radio', { name: 'A4' })).toBeDisabled();
    await expect(page.getByRole('textbox', { name: 'Dirección del consultorio' })).toBeEnabled();

    // Keyboard: Tab skips the locked name and reaches the address.
    await page.getByRole('link', { name: 'Volver al inicio' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Dirección del consultorio' })).toBeFocused();

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  } finally {
    await lock.close();
    await removeTempDir(dataDir);
  }
});
