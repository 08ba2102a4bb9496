import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { content } from '../../src/shared/content';
import { TYPING_DEBOUNCE_MS } from '../../src/renderer/src/components/answersSaver';
import type { DuetApi } from '../../src/shared/contract';
import type { Answers, NewSession, Session } from '../../src/shared/session';
import { installTestApi, renderApp, startSession as startTestSession, value, waitForRoute, type TestApi } from './shell-harness';

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
const stepList = () => within(screen.getByRole('navigation', { name: 'Steps of the session' })).getByRole('list');

describe('Session shell', () => {
  it('says plainly when the session cannot be read, with Try again and the way back home', async () => {
    const session = await startSession();
    const working = testApi.api.getSession;
    let failuresLeft = 1;
    window.api = {
      ...testApi.api,
      getSession: (input) =>
        failuresLeft-- > 0 ? Promise.resolve({ ok: false, error: { code: 'storage-failed', message: 'disk gone' } }) : working(input),
    };
    renderApp(`#/session/${session.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'This session could not be opened' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Back to Home/ }).getAttribute('href')).toBe('#/');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: /About the condition|Sobre la condición/ })).toBeTruthy();
  });

  it('shows the six steps in order, marks the current one, and lets only reached steps be opened', async () => {
    const session = await startSession({}, { currentStep: 'options', furthestStep: 'myths' });
    renderApp(`#/session/${session.id}`);
    await screen.findByRole('heading', { level: 1, name: /Your options/ });

    const items = within(stepList()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('About the condition'),
      expect.stringContaining('Your options'),
      expect.stringContaining('What the research shows'),
      expect.stringContaining('Myths and facts'),
      expect.stringContaining('What matters to you'),
      expect.stringContaining('Your plan'),
    ]);
    expect(items.map((item) => item.getAttribute('aria-current'))).toEqual([null, 'step', null, null, null, null]);
    // Reached: condition, evidence, myths are buttons; the current step and later ones are not.
    const buttons = within(stepList()).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([
      expect.stringContaining('About the condition'),
      expect.stringContaining('What the research shows'),
      expect.stringContaining('Myths and facts'),
    ]);
    expect(within(items[4]!).queryByRole('button')).toBeNull();
    expect(items[4]!.textContent).toMatch(/not reached yet/);

    // Jumping forward to a reached step keeps how far the session got; jumping back does too.
    await userEvent.click(within(stepList()).getByRole('button', { name: /Myths and facts/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /Myths and facts/ })).toBeTruthy();
    await userEvent.click(within(stepList()).getByRole('button', { name: /About the condition/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /About the condition/ })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    await waitFor(async () => expect(await stored(session.id)).toMatchObject({ currentStep: 'condition', furthestStep: 'myths' }));
  });

  it('moves with Back and Next, saving the step and how far the session got', async () => {
    const session = await startSession();
    renderApp(`#/session/${session.id}`);
    await screen.findByRole('heading', { level: 1, name: /About the condition/ });
    expect(screen.queryByRole('button', { name: /^Back/ })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: /^Next/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /Step 2 of 6/ })).toBeTruthy();
    expect(document.title).toBe('Your options – Duet');
    await userEvent.click(screen.getByRole('button', { name: /^Next/ }));
    await screen.findByRole('heading', { level: 1, name: /What the research shows/ });
    await waitFor(async () => expect(await stored(session.id)).toMatchObject({ currentStep: 'evidence', furthestStep: 'evidence' }));

    await userEvent.click(screen.getByRole('button', { name: /^Back/ }));
    await screen.findByRole('heading', { level: 1, name: /Your options/ });
    await waitFor(async () => expect(await stored(session.id)).toMatchObject({ currentStep: 'options', furthestStep: 'evidence' }));
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('has no Next on the last step, and Print preview and About on every step', async () => {
    const session = await startSession({}, { currentStep: 'plan', furthestStep: 'plan' });
    renderApp(`#/session/${session.id}`);
    await screen.findByRole('heading', { level: 1, name: /Your plan/ });
    expect(screen.queryByRole('button', { name: /^Next/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'About this aid' }).getAttribute('href')).toBe('#/about');
    await userEvent.click(screen.getByRole('button', { name: 'Print preview' }));
    await waitForRoute(`#/session/${session.id}/preview`);
  });

  it('shows the crisis line from settings and the support statement, in the session language', async () => {
    const settings = await value(testApi.api.getSettings());
    await value(testApi.api.saveSettings({ ...settings, crisisLine: { en: 'Call 988 now.', es: 'Llame al 988 ahora.' } }));
    const session = await startSession({ language: 'es' });
    renderApp(`#/session/${session.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: /Sobre la condición/ })).toBeTruthy();
    const crisis = screen.getByRole('complementary', { name: 'Ayuda en caso de crisis' });
    expect(crisis.textContent).toContain('Llame al 988 ahora.');
    expect(screen.getByText(/No reemplaza el criterio/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Siguiente/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
  });

  it('autosaves typing after a pause, and choices at once', async () => {
    const session = await startSession({}, { currentStep: 'values', furthestStep: 'values' });
    const working = testApi.api.saveAnswers;
    let saves = 0;
    window.api = { ...testApi.api, saveAnswers: (input) => (saves++, working(input)) };
    renderApp(`#/session/${session.id}`);
    const worries = await screen.findByRole('textbox', { name: 'What worries you about treatment?' });

    // The typing pause runs on a fake clock, so however slow the machine, all twelve keystrokes land inside it.
    // (fireEvent, not userEvent: Testing Library's async helpers wait on setTimeout, which is fake here.)
    act(() => worries.focus());
    const typed = 'Side effects';
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      for (let length = 1; length <= typed.length; length += 1) fireEvent.change(worries, { target: { value: typed.slice(0, length) } });
      expect(saves).toBe(0);
      await vi.advanceTimersByTimeAsync(TYPING_DEBOUNCE_MS);
    } finally {
      vi.useRealTimers();
    }
    await waitFor(async () => expect((await stored(session.id)).worries).toBe(typed));
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(saves).toBe(1); // twelve keystrokes, one write

    await userEvent.click(screen.getByRole('radio', { name: 'Not sure yet' }));
    await waitFor(async () => expect((await stored(session.id)).leaning).toBe('unsure'));
  });

  it('saves what was typed at once when the screen closes, without waiting for the pause', async () => {
    const session = await startSession({}, { currentStep: 'values', furthestStep: 'values' });
    const view = renderApp(`#/session/${session.id}`);
    const questions = await screen.findByRole('textbox', { name: 'What questions do you want to ask?' });
    act(() => questions.focus());
    // The typing pause is scheduled on a fake clock that never moves: only the flush on unmount can save it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.change(questions, { target: { value: 'How long?' } });
      view.unmount();
    } finally {
      vi.useRealTimers();
    }
    await waitFor(async () => expect((await stored(session.id)).questions).toBe('How long?'));
  });

  it('says plainly when a save fails, keeps the answers, and retries until it works', async () => {
    const session = await startSession({}, { currentStep: 'values', furthestStep: 'values' });
    const working = testApi.api.saveAnswers;
    let failuresLeft = 1;
    const flaky: DuetApi['saveAnswers'] = (input) => {
      if (failuresLeft-- > 0) return Promise.resolve({ ok: false, error: { code: 'storage-failed', message: 'disk full' } });
      return working(input);
    };
    window.api = { ...testApi.api, saveAnswers: flaky };
    renderApp(`#/session/${session.id}`);

    await userEvent.click(await screen.findByRole('radio', { name: 'Not sure yet' }));
    expect(await screen.findByText(/Not saved yet — your answers are still on screen/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Not sure yet' }) as HTMLInputElement).checked).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(async () => expect((await stored(session.id)).leaning).toBe('unsure'));
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('retries a failed save by itself', async () => {
    const session = await startSession({}, { currentStep: 'values', furthestStep: 'values' });
    const working = testApi.api.saveAnswers;
    let failuresLeft = 1;
    window.api = {
      ...testApi.api,
      saveAnswers: (input) =>
        failuresLeft-- > 0
          ? Promise.resolve({ ok: false, error: { code: 'storage-failed', message: 'disk full' } })
          : working(input),
    };
    renderApp(`#/session/${session.id}`);
    const notSure = await screen.findByRole('radio', { name: 'Not sure yet' });
    // The retry waits on a fake clock, moved on by hand: no real 2-second wait, and nothing else can save it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    try {
      await userEvent.click(notSure);
      await screen.findByText(/Not saved yet/);
      expect(failuresLeft).toBe(0);
      expect((await stored(session.id)).leaning).not.toBe('unsure');
      await vi.advanceTimersByTimeAsync(30_000); // past the first retry (2 s), short of any idle lock
    } finally {
      vi.useRealTimers();
    }
    await waitFor(async () => expect((await stored(session.id)).leaning).toBe('unsure'));
  });

  it('rates what matters with the keyboard alone', async () => {
    const session = await startSession({}, { currentStep: 'values', furthestStep: 'values' });
    renderApp(`#/session/${session.id}`);
    const first = content.considerations[0]!;
    const group = await screen.findByRole('group', { name: first.label.en });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(5);

    act(() => radios[0]!.focus());
    await userEvent.keyboard(' ');
    await waitFor(async () => expect((await stored(session.id)).importance[first.id]).toBe(0));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect((within(group).getByRole('radio', { name: 'A lot' }) as HTMLInputElement).checked).toBe(true);
    await waitFor(async () => expect((await stored(session.id)).importance[first.id]).toBe(3));
  });
});
