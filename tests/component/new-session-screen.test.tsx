import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONDITION_IDS } from '../../src/shared/content/schema';
import { installTestApi, renderApp, value, waitForRoute, type TestApi } from './shell-harness';

let testApi: TestApi;
beforeEach(async () => {
  testApi = await installTestApi();
});
afterEach(async () => {
  await testApi.cleanup();
});

/** The ids a control's aria-describedby points at, resolved to their text. */
function description(element: Element): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('New session form', () => {
  it('offers all seven conditions with taglines, and a hint that the patient label is not a real name', async () => {
    renderApp('#/new');
    const conditionGroup = await screen.findByRole('group', { name: 'What will you talk about?' });
    const radios = within(conditionGroup).getAllByRole('radio');
    expect(radios).toHaveLength(CONDITION_IDS.length);
    expect(description(within(conditionGroup).getByRole('radio', { name: 'Depression' })).length).toBeGreaterThan(10);
    expect(description(screen.getByRole('textbox', { name: 'Patient label' }))).toMatch(/not use the patient's real name/);
  });

  it('explains every missing answer in plain words, linked to its field, and creates nothing', async () => {
    renderApp('#/new');
    await userEvent.click(await screen.findByRole('button', { name: 'Start the session' }));

    const clinician = screen.getByRole('textbox', { name: 'Clinician name' });
    expect(clinician.getAttribute('aria-invalid')).toBe('true');
    expect(description(clinician)).toMatch(/Please type the clinician's name/);
    expect(document.activeElement).toBe(clinician);
    expect(description(screen.getByRole('textbox', { name: 'Patient label' }))).toMatch(/initials or a chart alias/);
    expect(description(screen.getByRole('group', { name: 'What will you talk about?' }))).toMatch(/Please choose what you will talk about/);
    expect(description(screen.getByRole('group', { name: 'How does the patient want to decide?' }))).toMatch(
      /Please choose how the patient wants to decide/,
    );
    expect(await value(testApi.api.listSessions())).toHaveLength(0);

    // Fixing a field clears its message at once.
    await userEvent.type(clinician, 'Dr Rivera');
    expect(description(clinician)).not.toMatch(/Please type/);
  });

  it('refuses a patient label longer than the limit main enforces (40) with the "too long" message, trimming first', async () => {
    renderApp('#/new');
    const label = await screen.findByRole('textbox', { name: 'Patient label' });
    await userEvent.click(label);
    await userEvent.paste(`  ${'M'.repeat(40)}  `);
    await userEvent.click(screen.getByRole('button', { name: 'Start the session' }));
    expect(description(label)).not.toMatch(/40 letters or fewer/);
    await userEvent.type(label, 'M');
    await userEvent.click(screen.getByRole('button', { name: 'Start the session' }));
    expect(description(label)).toMatch(/Please keep the patient label to 40 letters or fewer/);
    expect(await value(testApi.api.listSessions())).toHaveLength(0);
  });

  it('creates the session, opens it and remembers it as the open session', async () => {
    renderApp('#/new');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Clinician name' }), 'Dr Rivera');
    await userEvent.type(screen.getByRole('textbox', { name: 'Patient label' }), 'MG');
    await userEvent.click(screen.getByRole('radio', { name: 'Anxiety disorders' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Español' }));
    await userEvent.click(screen.getByRole('radio', { name: 'I want to decide together with my clinician' }));
    await userEvent.click(screen.getByRole('button', { name: 'Start the session' }));

    await waitFor(async () => expect(await value(testApi.api.listSessions())).toHaveLength(1));
    const [summary] = await value(testApi.api.listSessions());
    const session = await value(testApi.api.getSession({ id: summary!.id }));
    expect(session).toMatchObject({
      clinicianName: 'Dr Rivera',
      patientLabel: 'MG',
      conditionId: 'anxiety',
      language: 'es',
      decisionRole: 'shared',
    });
    await waitForRoute(`#/session/${session.id}`);
    expect((await value(testApi.api.getStartup())).resumeSessionId).toBe(session.id);
    // The session runs in its own language.
    expect(await screen.findByRole('heading', { level: 1, name: /Sobre la condición/ })).toBeTruthy();
  });

  it('starts with the practice’s default language chosen', async () => {
    const settings = await value(testApi.api.getSettings());
    await value(testApi.api.saveSettings({ ...settings, defaultLanguage: 'es' }));
    renderApp('#/new');
    // The practice default also sets the language of the screens outside a session.
    const spanish = await screen.findByRole('radio', { name: 'Español' });
    await waitFor(() => expect((spanish as HTMLInputElement).checked).toBe(true));
    expect((screen.getByRole('radio', { name: 'English' }) as HTMLInputElement).checked).toBe(false);
  });
});
