import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Operations, SessionOperations } from '../../src/main/ipc/operations';
import { loadPolicy } from '../../src/main/policy/policy-file';
import { settingsPolicyFrom, withSettingsPolicy } from '../../src/main/policy/settings-policy';
import { createDirectApi } from '../support/direct-api';
import { createTestDuet, type TestDuet } from '../support/test-duet';
import { renderApp, value } from './shell-harness';

const SAMPLES = join(import.meta.dirname, '..', '..', 'resources', 'policy');
let duet: TestDuet | null = null;

/** window.api as main wires it under a sample policy: the real operations with the real settings policy. */
/**
 * A control inside <fieldset disabled> is disabled by the HTML spec (browsers match it as :disabled and ignore
 * input); happy-dom does not implement that rule, so these tests check the control sits in such a fieldset.
 */
const inDisabledFieldset = (element: HTMLElement) => element.closest('fieldset[disabled]') !== null;

async function installApiWithPolicy(sample: string) {
  duet = await createTestDuet();
  const settingsPolicy = settingsPolicyFrom(loadPolicy(join(SAMPLES, sample)));
  const operations = { ...duet.operations, ...withSettingsPolicy(duet.operations as SessionOperations, settingsPolicy) } as Operations;
  window.api = createDirectApi(operations);
  return window.api;
}

afterEach(async () => {
  await duet?.cleanup();
  duet = null;
});

describe('Settings under a practice policy', () => {
  it('shows a locked setting as "Set by your practice", not editable; the others still save', async () => {
    const api = await installApiWithPolicy('one-clinician.policy.json');
    renderApp('#/settings');
    const group = await screen.findByRole('group', { name: 'Set by your practice' });
    const lockTime = within(group).getByRole('combobox');
    expect(inDisabledFieldset(lockTime)).toBe(true);
    expect(screen.getAllByRole('group', { name: 'Set by your practice' })).toHaveLength(1);

    const address = screen.getByRole('textbox', { name: 'Practice address' });
    expect(inDisabledFieldset(address)).toBe(false);
    await userEvent.type(address, '1 Main St');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(async () => expect((await value(api.getSettings())).practiceAddress).toBe('1 Main St'));
    expect((await value(api.getSettings())).lockAfterMinutes).toBe(10);
  });

  it('in Spanish: "Lo establece su consultorio" on each locked setting, with the practice values', async () => {
    await installApiWithPolicy('shared-exam-room.policy.json');
    renderApp('#/settings');
    const groups = await screen.findAllByRole('group', { name: 'Lo establece su consultorio' });
    // practice name, crisis lines, paper size, lock time, retention
    expect(groups).toHaveLength(5);
    const name = screen.getByRole('textbox', { name: 'Nombre del consultorio' }) as HTMLInputElement;
    expect(name.value).toBe('Riverside Family Practice');
    expect(inDisabledFieldset(name)).toBe(true);
    for (const radio of within(groups[2]!).getAllByRole('radio')) expect(inDisabledFieldset(radio)).toBe(true);
  });

  it('main refuses a change to a locked setting even when the page sends one', async () => {
    const api = await installApiWithPolicy('shared-exam-room.policy.json');
    const settings = await value(api.getSettings());
    const result = await api.saveSettings({ ...settings, paperSize: 'Letter' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('paperSize') } });
    expect((await value(api.getSettings())).paperSize).toBe('A4');
  });
});
