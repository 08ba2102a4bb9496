import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../src/shared/contract';
import type { Answers, NewSession, Session } from '../../src/shared/session';
import { installTestApi, renderApp, startSession as startTestSession, value, type TestApi } from './shell-harness';

let testApi: TestApi;
beforeEach(async () => {
  testApi = await installTestApi();
});
afterEach(async () => {
  await testApi.cleanup();
});

const startSession = (overrides: Partial<NewSession> = {}, answers: Partial<Answers> = {}): Promise<Session> =>
  startTestSession(testApi, overrides, answers);

const stored = async (id: string) => (await value(testApi.api.getSession({ id }))).answers;
const stepNames = () =>
  within(screen.getByRole('navigation', { name: 'Steps of the session' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
const LEAVING_COMMANDS: MenuCommand[] = ['home', 'new-session', 'settings', 'about', 'print', 'save-pdf'];

describe('Prepare mode', () => {
  it('lets the patient go through the four patient steps alone, in larger type, with no way out of the session', async () => {
    const session = await startSession();
    renderApp(`#/session/${session.id}`);
    await screen.findByRole('heading', { level: 1, name: /Step 1 of 6/ });

    await userEvent.click(screen.getByRole('button', { name: 'Let the patient prepare alone' }));
    const heading = await screen.findByRole('heading', { level: 1, name: /Part 1 of 4\s+About the condition/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.documentElement.classList.contains('prepare-mode')).toBe(true);
    await waitFor(async () => expect((await stored(session.id)).mode).toBe('prepare'));

    expect(stepNames()).toEqual([
      expect.stringContaining('About the condition'),
      expect.stringContaining('Your options'),
      expect.stringContaining('Myths and facts'),
      expect.stringContaining('What matters to you'),
    ]);
    expect(screen.queryByRole('link', { name: 'Home' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Print preview' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'About this aid' })).toBeNull();
    expect(screen.getByRole('region', { name: 'You are getting ready on your own' })).toBeTruthy();

    // Menu commands arrive and navigate synchronously (the next test shows 'home' moving at once), so the hash
    // can be checked straight away: no waiting window.
    for (const command of LEAVING_COMMANDS) testApi.sendMenuCommand(command);
    expect(window.location.hash).toBe(`#/session/${session.id}`);

    // Evidence is left for the visit: Next goes from Options straight to Myths.
    await userEvent.click(screen.getByRole('button', { name: /^Next/ }));
    await screen.findByRole('heading', { level: 1, name: /Part 2 of 4\s+Your options/ });
    expect(screen.getByRole('button', { name: /^Next/ }).textContent).toContain('Myths and facts');
    await userEvent.click(screen.getByRole('button', { name: /^Next/ }));
    await screen.findByRole('heading', { level: 1, name: /Part 3 of 4\s+Myths and facts/ });
    await userEvent.click(screen.getByRole('button', { name: /^Next/ }));
    await screen.findByRole('heading', { level: 1, name: /Part 4 of 4\s+What matters to you/ });
    expect(screen.queryByRole('button', { name: /^Next/ })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'I am done' }));
    const end = await screen.findByRole('heading', { level: 1, name: 'Thank you. You are done for now.' });
    expect(document.activeElement).toBe(end);
    expect(screen.getByText('When you are done, tell your clinician.')).toBeTruthy();
    await waitFor(async () => expect(await stored(session.id)).toMatchObject({ currentStep: 'values', mode: 'prepare' }));
  });

  it('returns to the visit, after the clinician confirms, at the step the patient reached', async () => {
    const session = await startSession({}, { mode: 'prepare', currentStep: 'myths', furthestStep: 'myths' });
    renderApp(`#/session/${session.id}`);
    await screen.findByRole('heading', { level: 1, name: /Part 3 of 4\s+Myths and facts/ });

    await userEvent.click(screen.getByRole('button', { name: 'Clinician: continue the visit' }));
    const confirm = screen.getByRole('group', { name: /Are you the clinician\?/ });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Yes, continue the visit' }));
    await userEvent.click(within(confirm).getByRole('button', { name: 'No, keep preparing' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Clinician: continue the visit' }));
    expect(document.documentElement.classList.contains('prepare-mode')).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Clinician: continue the visit' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, continue the visit' }));
    const visitHeading = await screen.findByRole('heading', { level: 1, name: /Step 4 of 6\s+Myths and facts/ });
    await waitFor(() => expect(document.activeElement).toBe(visitHeading));
    expect(stepNames()).toHaveLength(6);
    expect(document.documentElement.classList.contains('prepare-mode')).toBe(false);
    expect(screen.getByRole('link', { name: 'Home' })).toBeTruthy();
    await waitFor(async () => expect(await stored(session.id)).toMatchObject({ mode: 'visit', currentStep: 'myths' }));

    // Menu commands work again, and at once: the positive control for the synchronous checks in this file.
    testApi.sendMenuCommand('home');
    expect(window.location.hash).toBe('#/');
  });

  it('reopens in prepare mode, in the session language, with the lang attribute set', async () => {
    const session = await startSession({ language: 'es' }, { mode: 'prepare', currentStep: 'evidence', furthestStep: 'evidence' });
    renderApp(`#/session/${session.id}`);
    // Evidence is not one of the patient's steps: they see the first one.
    expect(await screen.findByRole('heading', { level: 1, name: /Parte 1 de 4\s+Sobre la condición/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Profesional de salud: seguir con la visita' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
    expect(document.querySelector('.session')?.getAttribute('lang')).toBe('es');
    testApi.sendMenuCommand('new-session');
    expect(window.location.hash).toBe(`#/session/${session.id}`);
  });
});
