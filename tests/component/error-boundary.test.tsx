import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { DuetApi } from '../../src/shared/contract';
import type { Session, SessionSummary } from '../../src/shared/session';
import { installTestApi, renderApp, startSession, value, waitForRoute, type TestApi } from './shell-harness';

// The Myths step is replaced by one that throws while rendering: a stand-in for any bug in a step.
vi.mock('../../src/renderer/src/steps/MythsStep', () => ({
  MythsStep: () => {
    throw new Error('a step that fails to render');
  },
}));

let testApi: TestApi;
let consoleError: MockInstance<typeof console.error>;
beforeEach(async () => {
  testApi = await installTestApi();
  // React and the boundary report the failure on the console; keep the output readable, and check it was reported.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  consoleError.mockRestore();
  await testApi.cleanup();
});

/** The api as a later Duet might leave it: the stored session is about a condition this version does not have. */
function withRetiredCondition(api: DuetApi, id: string): DuetApi {
  const retire = <T extends Session | SessionSummary>(session: T): T =>
    session.id === id ? ({ ...session, conditionId: 'retired-condition' } as unknown as T) : session;
  return {
    ...api,
    getSession: async (input) => {
      const result = await api.getSession(input);
      return result.ok ? { ok: true, value: retire(result.value) } : result;
    },
    listSessions: async () => {
      const result = await api.listSessions();
      return result.ok ? { ok: true, value: result.value.map(retire) } : result;
    },
  };
}

describe('when a screen cannot be shown', () => {
  it('a step that throws shows a plain message inside the session; the session, its answers and the way home stay', async () => {
    const session = await startSession(testApi, {}, { currentStep: 'values', furthestStep: 'values', worries: 'Side effects' });
    renderApp(`#/session/${session.id}`);
    await screen.findByRole('heading', { level: 1, name: /What matters to you/ });

    await userEvent.click(screen.getByRole('button', { name: /^Back/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Duet could not show this screen.');
    expect(alert.textContent).toContain('Everything already saved is kept.');
    // The session around the step is still there: its heading, the crisis line and the way on.
    expect(screen.getByRole('heading', { level: 1, name: /Myths and facts/ })).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Crisis help' })).toBeTruthy();
    expect(consoleError).toHaveBeenCalled();

    // Moving to another step tries again; what was saved is all there.
    await userEvent.click(screen.getByRole('button', { name: /^Next/ }));
    expect(await screen.findByRole('textbox', { name: 'What worries you about treatment?' })).toHaveProperty('value', 'Side effects');
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await value(testApi.api.getSession({ id: session.id }))).answers.worries).toBe('Side effects');

    await userEvent.click(screen.getByRole('button', { name: /^Back/ }));
    await userEvent.click(within(await screen.findByRole('alert')).getByRole('link', { name: 'Go back home' }));
    await waitForRoute('#/');
    expect(await screen.findByRole('row', { name: /AB/ })).toBeTruthy();
  });

  it('an unknown condition never blanks the app: the session says so plainly, Home still lists it', async () => {
    const session = await startSession(testApi, {}, { worries: 'Kept' });
    window.api = withRetiredCondition(testApi.api, session.id);
    renderApp(`#/session/${session.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'This session cannot be opened here' })).toBeTruthy();
    expect(screen.getByText(/Its saved answers are kept/)).toBeTruthy();
    await userEvent.click(screen.getByRole('link', { name: /Back to Home/ }));
    await waitForRoute('#/');
    const row = await screen.findByRole('row', { name: /AB/ });
    expect(row.textContent).toContain('A topic this version does not have');
    // Nothing was changed on disk.
    expect((await value(testApi.api.getSession({ id: session.id }))).answers.worries).toBe('Kept');
  });

  it('a whole screen that throws shows the app-level message with a way home, and Home works again', async () => {
    const session = await startSession(testApi);
    window.api = withRetiredCondition(testApi.api, session.id);
    // The preview draws the printed plan, which needs the condition's content: it throws while rendering.
    renderApp(`#/session/${session.id}/preview`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Duet could not show this screen.');
    await userEvent.click(within(alert).getByRole('link', { name: 'Go back home' }));
    await waitForRoute('#/');
    expect(await screen.findByRole('row', { name: /AB/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1, name: 'Something went wrong' })).toBeNull();
  });

  it('says it in Spanish too', async () => {
    const session = await startSession(testApi, { language: 'es' }, { currentStep: 'myths', furthestStep: 'myths' });
    renderApp(`#/session/${session.id}`);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Duet no pudo mostrar esta pantalla.');
    expect(within(alert).getByRole('link', { name: 'Volver al inicio' })).toBeTruthy();
  });
});
