import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewSession } from '../../src/shared/session';
import { installTestApi, renderApp, value, waitForRoute, type TestApi } from './shell-harness';

const newSession = (overrides: Partial<NewSession> = {}): NewSession => ({
  clinicianName: 'Dr Rivera',
  patientLabel: 'J.D.',
  conditionId: 'depression',
  language: 'en',
  decisionRole: 'shared',
  ...overrides,
});

let testApi: TestApi;
beforeEach(async () => {
  testApi = await installTestApi();
});
afterEach(async () => {
  await testApi.cleanup();
});

describe('Home screen', () => {
  it('lists recent sessions with date, patient, condition and status', async () => {
    await value(testApi.api.createSession(newSession({ patientLabel: 'AB' })));
    await value(testApi.api.createSession(newSession({ patientLabel: 'CD', conditionId: 'anxiety' })));
    renderApp('#/');

    const table = await screen.findByRole('table', { name: 'Recent sessions' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const anxietyRow = rows.find((row) => within(row).queryByRole('rowheader', { name: 'CD' }));
    expect(anxietyRow).toBeDefined();
    expect(within(anxietyRow!).getByText(/anxiety/i)).toBeTruthy();
    expect(within(anxietyRow!).getByText('In progress')).toBeTruthy();
    expect(within(anxietyRow!).getByRole('time')).toBeTruthy();
  });

  it('reopens a session at the step where it was left', async () => {
    const session = await value(testApi.api.createSession(newSession({ patientLabel: 'AB' })));
    await value(
      testApi.api.saveAnswers({ id: session.id, answers: { ...session.answers, currentStep: 'myths', furthestStep: 'myths' } }),
    );
    renderApp('#/');

    await userEvent.click(await screen.findByRole('link', { name: 'Open session with AB' }));

    await waitForRoute(`#/session/${session.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: /Myths and facts/ })).toBeTruthy();
    await waitFor(async () => expect((await value(testApi.api.getStartup())).resumeSessionId).toBe(session.id));
  });

  it('shows a plain message when there are no sessions, and links to settings and About', async () => {
    renderApp('#/');
    expect(await screen.findByText(/No sessions yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Practice settings' }).getAttribute('href')).toBe('#/settings');
    expect(screen.getByRole('link', { name: 'About this aid' }).getAttribute('href')).toBe('#/about');
    expect(screen.getByRole('link', { name: 'Start a new session' }).getAttribute('href')).toBe('#/new');
  });

  it('starts with a skip link that takes the keyboard to the main content', async () => {
    renderApp('#/');
    await screen.findByRole('heading', { level: 1 });
    await userEvent.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(document.activeElement).toBe(skip);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(window.location.hash).toBe('#/');
  });

  it('goes straight back to the session that was open when Duet closed', async () => {
    const session = await value(testApi.api.createSession(newSession()));
    await value(
      testApi.api.saveAnswers({ id: session.id, answers: { ...session.answers, currentStep: 'options', furthestStep: 'values' } }),
    );
    await value(testApi.api.setOpenSession({ id: session.id }));

    renderApp('#/');

    await waitForRoute(`#/session/${session.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: /Your options/ })).toBeTruthy();
  });

  it('going Home from a session forgets the open session', async () => {
    const session = await value(testApi.api.createSession(newSession()));
    renderApp(`#/session/${session.id}`);
    await screen.findByRole('heading', { level: 1, name: /About the condition/ });
    await waitFor(async () => expect((await value(testApi.api.getStartup())).resumeSessionId).toBe(session.id));

    await userEvent.click(screen.getByRole('link', { name: 'Home' }));

    expect(await screen.findByRole('heading', { level: 1, name: /deciding on care together/ })).toBeTruthy();
    await waitFor(async () => expect((await value(testApi.api.getStartup())).resumeSessionId).toBeNull());
  });

  it('follows the app menu: new session, settings, and print goes to the open session’s preview', async () => {
    const session = await value(testApi.api.createSession(newSession()));
    renderApp(`#/session/${session.id}`);
    await screen.findByRole('heading', { level: 1, name: /About the condition/ });

    testApi.sendMenuCommand('print');
    await waitForRoute(`#/session/${session.id}/preview`);

    testApi.sendMenuCommand('new-session');
    await waitForRoute('#/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Start a new session' })).toBeTruthy();

    testApi.sendMenuCommand('settings');
    await waitForRoute('#/settings');

    testApi.sendMenuCommand('save-pdf'); // no session open here: nothing to preview, so it stays put
    testApi.sendMenuCommand('home');
    await waitForRoute('#/');
  });
});
