import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { installTestApi, renderApp, value, type TestApi } from './shell-harness';

let testApi: TestApi;
beforeEach(async () => {
  testApi = await installTestApi();
});
afterEach(async () => {
  await testApi.cleanup();
});

describe('Practice settings', () => {
  it('leads to the activity log, which names no patient', async () => {
    await value(testApi.api.createSession({ clinicianName: 'Dr. Rivera', patientLabel: 'Q.Z.', conditionId: 'ocd', language: 'en', decisionRole: 'shared' }));
    renderApp('#/settings');
    await userEvent.click(await screen.findByRole('link', { name: 'Open the activity log' }));
    const table = await screen.findByRole('table', { name: 'Activity log' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(table.textContent).not.toContain('Q.Z.');
  });

  it('saves the practice name, crisis lines, default language and paper size', async () => {
    renderApp('#/settings');
    const practice = await screen.findByRole('textbox', { name: 'Practice name' });
    await userEvent.type(practice, 'Riverside Clinic');
    const crisisEs = screen.getByRole('textbox', { name: 'Crisis line text in Spanish' });
    await userEvent.clear(crisisEs);
    await userEvent.type(crisisEs, 'Llame al 988.');
    await userEvent.click(screen.getByRole('radio', { name: 'Español' }));
    await userEvent.click(screen.getByRole('radio', { name: 'A4' }));
    await userEvent.click(screen.getByRole('button', { name: /Save settings|Guardar la configuración/ }));

    await waitFor(async () =>
      expect(await value(testApi.api.getSettings())).toEqual({
        ...DEFAULT_SETTINGS,
        practiceName: 'Riverside Clinic',
        crisisLine: { en: DEFAULT_SETTINGS.crisisLine.en, es: 'Llame al 988.' },
        defaultLanguage: 'es',
        paperSize: 'A4',
      }),
    );
    // Saving Spanish as the default switches the screens outside sessions to Spanish.
    expect(await screen.findByText('Configuración guardada')).toBeTruthy();
  });

  it('refuses an empty crisis line with a plain message and keeps what was stored', async () => {
    renderApp('#/settings');
    const crisisEn = await screen.findByRole('textbox', { name: 'Crisis line text in English' });
    await userEvent.clear(crisisEn);
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(crisisEn.getAttribute('aria-invalid')).toBe('true');
    const messageId = crisisEn.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(document.getElementById(messageId)?.textContent).toMatch(/Please type the crisis line text in English/);
    expect(document.activeElement).toBe(crisisEn);
    expect(await value(testApi.api.getSettings())).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses a logo that is not a PNG or JPEG picture, or is too large, in plain words, and keeps what was stored', async () => {
    renderApp('#/settings');
    const chooser = await screen.findByLabelText('Choose a logo file');
    expect(chooser.getAttribute('accept')).toBe('image/png,image/jpeg');

    // Named and typed as a PNG, but the content is text: the first bytes decide.
    await userEvent.upload(chooser, new File(['not a picture'], 'logo.png', { type: 'image/png' }));
    expect((await screen.findByRole('alert')).textContent).toContain('This file is not a PNG or JPEG picture.');
    expect(chooser.getAttribute('aria-invalid')).toBe('true');

    const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const huge = new Uint8Array(600 * 1024);
    huge.set(pngSignature);
    await userEvent.upload(chooser, new File([huge], 'photo.png', { type: 'image/png' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('This picture is too large (600 KB)'));

    expect(screen.getByText('No logo yet.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved');
    expect((await value(testApi.api.getSettings())).logo).toBeNull();
  });

  it('keeps a list of clinicians, asks for a name on each row, and offers them on the new-session form', async () => {
    renderApp('#/settings');
    await userEvent.click(await screen.findByRole('button', { name: 'Add a clinician' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a clinician' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a clinician' }));
    const row = (number: number) => screen.getByRole('group', { name: `Clinician ${number}` });
    await userEvent.type(within(row(1)).getByRole('textbox', { name: 'Name' }), 'Dr. Ana Ruiz');
    await userEvent.type(within(row(1)).getByRole('textbox', { name: 'Role' }), 'Psychiatrist');
    await userEvent.type(within(row(2)).getByRole('textbox', { name: 'Role' }), 'Therapist');
    // Row 3 stays empty: it is dropped, not refused.
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    const nameless = within(row(2)).getByRole('textbox', { name: 'Name' });
    expect(nameless.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(nameless);
    expect(row(2).textContent).toContain("Please type this clinician's name, or remove the row.");
    expect((await value(testApi.api.getSettings())).clinicians).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Remove clinician 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved');
    expect((await value(testApi.api.getSettings())).clinicians).toEqual([{ name: 'Dr. Ana Ruiz', role: 'Psychiatrist' }]);
    expect(screen.getAllByRole('group', { name: /^Clinician \d/ })).toHaveLength(1);

    cleanup();
    renderApp('#/new');
    const clinicianName = await screen.findByRole('combobox', { name: 'Clinician name' });
    const suggestions = document.getElementById(clinicianName.getAttribute('list')!);
    expect([...suggestions!.querySelectorAll('option')].map((option) => option.value)).toEqual(['Dr. Ana Ruiz']);
  });

  it('saves the practice address and phone number', async () => {
    renderApp('#/settings');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Practice address' }), '12 River Road, Springfield');
    await userEvent.type(screen.getByRole('textbox', { name: 'Practice phone number' }), '555-0100');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved');
    expect(await value(testApi.api.getSettings())).toMatchObject({ practiceAddress: '12 River Road, Springfield', practicePhone: '555-0100' });
  });
});
