import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RETENTION_DAY_CHOICES } from '../../src/shared/app-lock';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { TEST_PASSPHRASE } from '../support/test-duet';
import { installTestApi, renderApp, value, type TestApi } from './shell-harness';

let testApi: TestApi;
beforeEach(async () => {
  testApi = await installTestApi();
});
afterEach(async () => {
  await testApi.cleanup();
});

function errorOf(field: HTMLElement): string {
  const errorId = field.getAttribute('aria-describedby')?.split(' ').find((id) => id.endsWith('-error'));
  return (errorId && document.getElementById(errorId)?.textContent) || '';
}

describe('Lock settings', () => {
  it('saves the minutes before Duet locks itself and when agreed sessions are deleted', async () => {
    renderApp('#/settings');
    const lockAfter = await screen.findByRole('combobox', { name: 'Lock Duet after this much time with no use' });
    const retention = screen.getByRole('combobox', { name: 'Delete old sessions with an agreed plan' });
    expect((lockAfter as HTMLSelectElement).value).toBe('5');
    expect((retention as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Off: keep sessions until someone deletes them');
    // Every choice is in plain words, and only agreed sessions are said to be deleted.
    const retentionWords = [...(retention as HTMLSelectElement).options].map((option) => option.textContent);
    expect(retentionWords).toHaveLength(RETENTION_DAY_CHOICES.length + 1);
    expect(retentionWords).toContain('After 1 year');
    expect(document.getElementById(retention.getAttribute('aria-describedby')!)?.textContent).toMatch(/Only sessions whose plan was agreed/);

    await userEvent.selectOptions(lockAfter, '10 minutes');
    await userEvent.selectOptions(retention, 'After 1 year');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(async () =>
      expect(await value(testApi.api.getSettings())).toEqual({ ...DEFAULT_SETTINGS, lockAfterMinutes: 10, retentionDays: 365 }),
    );
    // The lock screen's status follows the saved settings too.
    expect((await value(testApi.api.getLockStatus())).lockAfterMinutes).toBe(10);
  });
});

describe('Change passphrase', () => {
  const NEW_PASSPHRASE = 'blue kettle morning walk';

  // Typing three long passphrases key by key is slow under load: a generous limit, not a speed check.
  it('refuses a wrong current passphrase or an unmatched new one in plain words, then changes it', { timeout: 30_000 }, async () => {
    renderApp('#/settings');
    const current = await screen.findByLabelText('Passphrase you use now');
    const next = screen.getByLabelText('New passphrase');
    const confirm = screen.getByLabelText('Type the new passphrase again');
    const submit = screen.getByRole('button', { name: 'Change the passphrase' });

    await userEvent.type(current, TEST_PASSPHRASE);
    await userEvent.type(next, NEW_PASSPHRASE);
    await userEvent.type(confirm, 'blue kettle');
    await userEvent.click(submit);
    expect(errorOf(confirm)).toMatch(/not the same/);
    expect(document.activeElement).toBe(confirm);

    await userEvent.clear(current);
    await userEvent.type(current, 'not the passphrase');
    await userEvent.clear(confirm);
    await userEvent.type(confirm, NEW_PASSPHRASE);
    await userEvent.click(submit);
    await waitFor(() => expect(errorOf(current)).toMatch(/not the passphrase you use now/));
    expect(document.activeElement).toBe(current);
    expect((current as HTMLInputElement).value).toBe('');

    await userEvent.type(current, TEST_PASSPHRASE);
    await userEvent.click(submit);
    expect(await screen.findByText('Passphrase changed. Use the new one from now on.')).toBeTruthy();
    expect((next as HTMLInputElement).value).toBe('');

    await value(testApi.api.lock());
    expect((await testApi.api.unlock({ passphrase: TEST_PASSPHRASE })).ok).toBe(false);
    expect((await value(testApi.api.unlock({ passphrase: NEW_PASSPHRASE }))).state).toBe('unlocked');
  });
});
