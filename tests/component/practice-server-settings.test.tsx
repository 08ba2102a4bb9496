import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Inputs, OperationError, PracticeServerStatus, Result } from '../../src/shared/contract';
import { installTestApi, renderApp, value, type TestApi } from './shell-harness';

/**
 * Settings' practice-server section. Main's real operations answer everything else; the practice-server functions
 * on window.api are replaced at the boundary (a component test has no PostgreSQL). The real join against a real
 * server is tested in tests/storage/practice-server-operations.test.ts.
 */
let testApi: TestApi;
let status: PracticeServerStatus | null;
let joins: Inputs['joinPracticeServer'][];
let joinAnswer: Result<PracticeServerStatus>;

const statusOf = (change: Partial<PracticeServerStatus>): PracticeServerStatus => ({
  state: 'not-joined',
  offlineSince: null,
  left: 0,
  conflicts: 0,
  refused: 0,
  problem: null,
  ...change,
});
const refusal = (error: OperationError): Result<PracticeServerStatus> => ({ ok: false, error });
const PRACTICE_PASSPHRASE = 'walrus lantern quietly folds';

beforeEach(async () => {
  testApi = await installTestApi();
  status = statusOf({});
  joins = [];
  joinAnswer = { ok: true, value: statusOf({ state: 'connected' }) };
  window.api = {
    ...testApi.api,
    getPracticeServerStatus: async () => ({ ok: true, value: status }),
    listSyncConflicts: async () => ({ ok: true, value: [] }),
    joinPracticeServer: async (input) => {
      joins.push(input);
      if (joinAnswer.ok) status = joinAnswer.value;
      return joinAnswer;
    },
  };
});
afterEach(async () => {
  await testApi.cleanup();
});

async function section(): Promise<HTMLElement> {
  return (await screen.findByRole('heading', { level: 2, name: 'Practice server' })).closest('section')!;
}

/** The section's status sentence (the form's own status line is the other polite region). */
function statusLine(panel: HTMLElement): HTMLElement {
  const line = within(panel)
    .getAllByRole('status')
    .find((element) => element.classList.contains('practice-server-status'));
  expect(line?.getAttribute('aria-live')).toBe('polite');
  return line!;
}

async function fill(panel: HTMLElement, values: { password?: string; current?: string; practice?: string; confirm?: string }) {
  const type = async (label: string, text: string | undefined) => {
    if (text) await userEvent.type(within(panel).getByLabelText(label, { selector: 'input:not([type="checkbox"])' }), text);
  };
  await type('Server password', values.password);
  await type('This computer’s passphrase now', values.current);
  await type('Practice passphrase', values.practice);
  await type('Type the practice passphrase again', values.confirm);
}

const fillAll = (panel: HTMLElement) =>
  fill(panel, { password: 'role password', current: 'correct horse battery staple', practice: PRACTICE_PASSPHRASE, confirm: PRACTICE_PASSPHRASE });
const submit = (panel: HTMLElement) => userEvent.click(within(panel).getByRole('button', { name: 'Join the practice server' }));

describe('Settings: the practice server', () => {
  it('is not there when the policy names no practice server', async () => {
    window.api = testApi.api; // main's real answer: null
    renderApp('#/settings');
    await screen.findByRole('heading', { level: 2, name: /passphrase/i });
    expect(screen.queryByRole('heading', { name: 'Practice server' })).toBeNull();
  });

  it('shows the status and the details for IT', async () => {
    status = statusOf({ state: 'offline', offlineSince: new Date(2026, 10, 2, 8, 5).toISOString(), problem: 'Duet cannot reach the practice server (db:5432) right now.' });
    renderApp('#/settings');
    const panel = await section();
    expect(statusLine(panel).textContent).toMatch(/^Practice server: offline since Nov 2, 2026.*Your work is saved on this computer\.$/);
    expect(within(panel).getByText('Details for IT: Duet cannot reach the practice server (db:5432) right now.')).toBeTruthy();
  });

  it('says what is missing, on the fields, and sends nothing', async () => {
    renderApp('#/settings');
    const panel = await section();
    await submit(panel);
    expect(await within(panel).findByText('Type the server password.')).toBeTruthy();
    expect(within(panel).getByText('Type this computer’s passphrase.')).toBeTruthy();
    expect(within(panel).getByText('Type the practice passphrase.')).toBeTruthy();
    expect(within(panel).getByText('Type the practice passphrase a second time.')).toBeTruthy();
    expect(document.activeElement).toBe(within(panel).getByLabelText('Server password', { selector: 'input:not([type="checkbox"])' }));
    expect(joins).toEqual([]);
  });

  it('asks for a strong practice passphrase, typed the same twice', async () => {
    renderApp('#/settings');
    const panel = await section();
    await fill(panel, { password: 'role password', current: 'x', practice: 'short', confirm: 'other' });
    await submit(panel);
    expect(await within(panel).findByText(/This passphrase is too short/)).toBeTruthy();
    expect(within(panel).getByText('The two practice passphrases are not the same. Please type it again here.')).toBeTruthy();
    expect(joins).toEqual([]);
  });

  it('joins, and then shows the new status', async () => {
    renderApp('#/settings');
    const panel = await section();
    expect(statusLine(panel).textContent).toBe('Practice server: this computer has not joined yet. Your work is saved on this computer.');
    await fillAll(panel);
    await submit(panel);
    expect(await within(panel).findByText('Done. This computer has joined the practice server.')).toBeTruthy();
    expect(joins).toEqual([{ password: 'role password', currentPassphrase: 'correct horse battery staple', practicePassphrase: PRACTICE_PASSPHRASE }]);
    await waitFor(() => expect(within(panel).getByText('Practice server: connected.')).toBeTruthy());
    expect((within(panel).getByLabelText('Server password', { selector: 'input:not([type="checkbox"])' }) as HTMLInputElement).value).toBe('');
  });

  it.each([
    ['wrong-password', 'Server password', 'The practice server did not accept that password. Please check it and try again.'],
    ['wrong-passphrase', 'Practice passphrase', 'That is not the practice passphrase. Please check it and try again. Nothing was changed on this computer.'],
  ] as const)('a %s refusal is shown on its field, which is emptied and focused', async (problem, label, words) => {
    joinAnswer = refusal({ code: 'practice-server', problem, message: 'main’s words' });
    renderApp('#/settings');
    const panel = await section();
    await fillAll(panel);
    await submit(panel);
    expect(await within(panel).findByText(words)).toBeTruthy();
    const field = within(panel).getByLabelText(label, { selector: 'input:not([type="checkbox"])' }) as HTMLInputElement;
    expect(field.value).toBe('');
    expect(document.activeElement).toBe(field);
    expect(within(panel).queryByText(/^Done/)).toBeNull();
  });

  it('a wrong passphrase for this computer is shown on that field', async () => {
    joinAnswer = refusal({ code: 'wrong-passphrase', message: 'wrong', waitSeconds: 0 });
    renderApp('#/settings');
    const panel = await section();
    await fillAll(panel);
    await submit(panel);
    expect(await within(panel).findByText('That is not this computer’s passphrase. Please check it and try again.')).toBeTruthy();
  });

  it('an unreachable server is said plainly, with main’s words for IT', async () => {
    joinAnswer = refusal({ code: 'practice-server', problem: 'unreachable', message: 'Duet cannot reach the practice server (db:5432) right now.' });
    renderApp('#/settings');
    const panel = await section();
    await fillAll(panel);
    await submit(panel);
    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toContain('Duet cannot reach the practice server right now. Check the network, or ask your IT team if the server is running.');
    expect(alert.textContent).toContain('Details for IT: Duet cannot reach the practice server (db:5432) right now.');
    // What was typed stays, to try again.
    expect((within(panel).getByLabelText('Server password', { selector: 'input:not([type="checkbox"])' }) as HTMLInputElement).value).toBe('role password');
  });

  it('is in Spanish too', async () => {
    await value(testApi.api.saveSettings({ ...(await value(testApi.api.getSettings())), defaultLanguage: 'es' }));
    renderApp('#/settings');
    const panel = (await screen.findByRole('heading', { level: 2, name: 'Servidor de la consulta' })).closest('section')!;
    expect(within(panel).getByRole('button', { name: 'Unirse al servidor de la consulta' })).toBeTruthy();
    expect(within(panel).getByLabelText('Contraseña del servidor', { selector: 'input:not([type="checkbox"])' })).toBeTruthy();
  });
});
