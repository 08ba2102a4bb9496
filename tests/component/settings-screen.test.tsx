import { screen, waitFor } from '@testing-library/react';
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
});
