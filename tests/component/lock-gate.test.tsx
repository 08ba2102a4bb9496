import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { LockState } from '../../src/shared/app-lock';
import { PASSPHRASE_MIN_LENGTH } from '../../src/shared/app-lock';
import type { Result } from '../../src/shared/contract';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { createQueryClient } from '../../src/renderer/src/api/hooks';
import { App } from '../../src/renderer/src/App';
import { createTestDuet, TEST_PASSPHRASE, type TestDuet } from '../support/test-duet';

let duet: TestDuet | null = null;
afterEach(async () => {
  await duet?.cleanup();
  duet = null;
});

async function start(lockState: LockState): Promise<TestDuet> {
  duet = await createTestDuet({ lockState });
  window.api = duet.api;
  return duet;
}

async function value<T>(result: Promise<Result<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`operation failed: ${settled.error.code} ${settled.error.message}`);
  return settled.value;
}

function renderApp(hash: string): { queryClient: QueryClient } {
  window.location.hash = hash;
  const queryClient = createQueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>,
  );
  return { queryClient };
}

const lockState = async (testDuet: TestDuet) => (await value(testDuet.api.getLockStatus())).state;
const passphraseBox = () => screen.getByLabelText('Practice passphrase');
/** The plain message tied to a field (aria-describedby), as a screen reader reads it with the field. */
function errorOf(field: HTMLElement): string {
  const errorId = field.getAttribute('aria-describedby')?.split(' ').find((id) => id.endsWith('-error'));
  return (errorId && document.getElementById(errorId)?.textContent) || '';
}

async function createSession(testDuet: TestDuet, patientLabel = 'Patient Q7') {
  return value(
    testDuet.api.createSession({ clinicianName: 'Dr Rivera', patientLabel, conditionId: 'depression', language: 'en', decisionRole: 'shared' }),
  );
}

async function unlockOnScreen(passphrase = TEST_PASSPHRASE) {
  await userEvent.type(await screen.findByLabelText('Practice passphrase'), passphrase);
  await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
}

describe('First start on this computer', () => {
  // Typing a long passphrase key by key, twice, is slow under load: a generous limit, not a speed check.
  it('explains the passphrase, refuses a short, weak or unmatched one in plain words, then opens Duet', { timeout: 30_000 }, async () => {
    const testDuet = await start('needs-set-up');
    renderApp('#/');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Choose a passphrase for your practice' });
    // Focus moves in an effect after the screen appears: wait for it rather than race it.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.body.textContent).toMatch(/no one can get it back/);
    expect(document.body.textContent).toMatch(/password manager/);

    const next = screen.getByLabelText('New passphrase');
    const confirm = screen.getByLabelText('Type the new passphrase again');
    expect(next.getAttribute('type')).toBe('password');
    expect(next.getAttribute('autocomplete')).toBe('new-password');
    await userEvent.type(next, 'short');
    await userEvent.type(confirm, 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Save the passphrase and start' }));
    expect(errorOf(next)).toContain(`at least ${PASSPHRASE_MIN_LENGTH} characters`);
    expect(next.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(next);
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent).join(' ')).toContain('too short');
    expect(await lockState(testDuet)).toBe('needs-set-up');

    // Long enough, but a common password with digits: the strength check says so plainly (M5).
    fireEvent.change(next, { target: { value: 'password1234' } });
    fireEvent.change(confirm, { target: { value: 'password1234' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save the passphrase and start' }));
    expect(errorOf(next)).toMatch(/easy to guess/);
    expect(await lockState(testDuet)).toBe('needs-set-up');

    await userEvent.clear(next);
    await userEvent.type(next, TEST_PASSPHRASE);
    await userEvent.clear(confirm);
    await userEvent.type(confirm, `${TEST_PASSPHRASE}!`);
    await userEvent.click(screen.getByRole('button', { name: 'Save the passphrase and start' }));
    expect(errorOf(confirm)).toMatch(/not the same/);
    expect(errorOf(next)).toBe('');
    expect(document.activeElement).toBe(confirm);
    expect(await lockState(testDuet)).toBe('needs-set-up');

    await userEvent.clear(confirm);
    await userEvent.type(confirm, TEST_PASSPHRASE);
    await userEvent.click(screen.getByRole('button', { name: 'Save the passphrase and start' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Duet: deciding on care together' })).toBeTruthy();
    expect(await lockState(testDuet)).toBe('unlocked');
    // The chosen passphrase is the one that unlocks from now on.
    await value(testDuet.api.lock());
    expect((await testDuet.api.unlock({ passphrase: 'something else' })).ok).toBe(false);
    expect((await value(testDuet.api.unlock({ passphrase: TEST_PASSPHRASE }))).state).toBe('unlocked');
  });
});

describe('The lock screen', () => {
  it('shows no patient data, keeps the lock on a wrong passphrase, and returns to the same screen with the right one', async () => {
    const testDuet = await start('unlocked');
    await value(testDuet.api.saveSettings({ ...DEFAULT_SETTINGS, practiceName: 'Riverside Clinic' }));
    const session = await createSession(testDuet);
    await value(testDuet.api.lock());
    renderApp(`#/session/${session.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Duet is locked' })).toBeTruthy();
    expect(document.body.textContent).toContain('Riverside Clinic');
    expect(document.body.textContent).not.toContain('Patient Q7');
    expect(document.title).toBe('Duet is locked – Duet');
    await waitFor(() => expect(document.activeElement).toBe(passphraseBox()));

    // Empty: a plain request, and nothing is sent.
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(errorOf(passphraseBox())).toContain('Please type the practice passphrase.');

    await unlockOnScreen('not the passphrase');
    await waitFor(() => expect(errorOf(passphraseBox())).toContain('That passphrase did not unlock Duet.'));
    expect(screen.getByRole('alert').textContent).toContain('did not unlock');
    expect((passphraseBox() as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(passphraseBox());
    expect(await lockState(testDuet)).toBe('locked');
    expect(document.body.textContent).not.toContain('Patient Q7');

    await unlockOnScreen();
    expect(await screen.findByRole('heading', { level: 1, name: /About the condition/ })).toBeTruthy();
    expect(window.location.hash).toBe(`#/session/${session.id}`);
    expect(document.body.textContent).toContain('Patient Q7');
  });

  it('says how long to wait after several wrong passphrases', async () => {
    const testDuet = await start('locked');
    renderApp('#/');
    await screen.findByRole('heading', { level: 1, name: 'Duet is locked' });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await unlockOnScreen(`wrong ${attempt}`);
      await waitFor(() => expect((passphraseBox() as HTMLInputElement).value).toBe(''));
    }
    await waitFor(() => expect(errorOf(passphraseBox())).toMatch(/Please wait \d+ seconds, then try again\./));
    expect(await lockState(testDuet)).toBe('locked');
  });

  it('switches between English and Spanish, starting in the practice language', async () => {
    const testDuet = await start('unlocked');
    await value(testDuet.api.saveSettings({ ...DEFAULT_SETTINGS, defaultLanguage: 'es' }));
    await value(testDuet.api.lock());
    renderApp('#/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Duet está bloqueado' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
    const languages = screen.getByRole('group', { name: 'Idioma' });
    expect(within(languages).getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(within(languages).getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Duet is locked' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByLabelText('Practice passphrase')).toBeTruthy();
  });
});

describe('The hidden print page', () => {
  it('says "error" at once when Duet is locked, so main stops waiting (T-2), and shows no patient', async () => {
    const testDuet = await start('unlocked');
    const session = await createSession(testDuet);
    await value(testDuet.api.lock());
    delete document.documentElement.dataset.printReady;
    renderApp(`#/print/${session.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Duet is locked' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.dataset.printReady).toBe('error'));
    expect(document.body.textContent).not.toContain('Patient Q7');
    delete document.documentElement.dataset.printReady;
  });
});

describe('Locking', () => {
  it('locks from the Home button: main is locked, the page forgets every query, focus goes to the passphrase', async () => {
    const testDuet = await start('unlocked');
    await createSession(testDuet);
    const { queryClient } = renderApp('#/');
    expect(await screen.findByRole('rowheader', { name: 'Patient Q7' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Lock' }));
    await waitFor(() => expect(document.activeElement).toBe(passphraseBox()));
    expect(await lockState(testDuet)).toBe('locked');
    expect(document.body.textContent).not.toContain('Patient Q7');
    // Only main's lock status stays: it is what the gate shows (no patient data in it).
    expect(queryClient.getQueryCache().getAll().map((query) => query.queryKey)).toEqual([['lockStatus']]);
    expect(JSON.stringify(queryClient.getQueryData(['lockStatus']))).not.toContain('Patient Q7');
    expect(queryClient.getMutationCache().getAll()).toEqual([]);

    await unlockOnScreen();
    expect(await screen.findByRole('rowheader', { name: 'Patient Q7' })).toBeTruthy();
    expect(window.location.hash).toBe('#/');
  });

  it('saves answers typed just before the app menu locks, and keeps the session to return to', async () => {
    const testDuet = await start('unlocked');
    const created = await createSession(testDuet);
    await value(
      testDuet.api.saveAnswers({ id: created.id, answers: { ...created.answers, currentStep: 'values', furthestStep: 'values' } }),
    );
    const session = created;
    renderApp(`#/session/${session.id}`);
    const worries = await screen.findByRole('textbox', { name: 'What worries you about treatment?' });
    // Typing waits for a pause before saving: the lock comes inside that pause.
    act(() => worries.focus());
    fireEvent.change(worries, { target: { value: 'Side effects at work' } });
    act(() => testDuet.api.emitMenuCommand('lock'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Duet is locked' })).toBeTruthy();
    // Main locks first; the late save follows, and the passphrase box is offered once it is done.
    await waitFor(() => expect(document.activeElement).toBe(passphraseBox()));
    expect(await lockState(testDuet)).toBe('locked');
    await value(testDuet.api.unlock({ passphrase: TEST_PASSPHRASE }));
    const stored = await value(testDuet.api.getSession({ id: session.id }));
    expect(stored.answers).toMatchObject({ worries: 'Side effects at work', currentStep: 'values' });
    expect((await value(testDuet.api.getStartup())).resumeSessionId).toBe(session.id);
  });

  it('shows the lock screen when main refuses with "locked" (it locked on its own)', async () => {
    const testDuet = await start('unlocked');
    const session = await createSession(testDuet);
    renderApp('#/');
    await screen.findByRole('rowheader', { name: 'Patient Q7' });
    // Main locked without telling the page (the menu command was lost): the page learns it from its next call.
    await value(testDuet.api.lock());
    await userEvent.click(screen.getByRole('link', { name: /Open/ }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Duet is locked' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('Patient Q7');
    expect(window.location.hash).toBe(`#/session/${session.id}`);
    await unlockOnScreen();
    expect(await screen.findByRole('heading', { level: 1, name: /About the condition/ })).toBeTruthy();
  });

  it('"End session" saves, closes the session and locks; unlocking starts at Home', async () => {
    const testDuet = await start('unlocked');
    const session = await createSession(testDuet);
    renderApp(`#/session/${session.id}`);
    await screen.findByRole('heading', { level: 1, name: /About the condition/ });
    await waitFor(async () => expect((await value(testDuet.api.getStartup())).resumeSessionId).toBe(session.id));

    await userEvent.click(screen.getByRole('button', { name: 'End session' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Duet is locked' })).toBeTruthy();
    await waitFor(async () => expect(await lockState(testDuet)).toBe('locked'));
    expect(document.body.textContent).not.toContain('Patient Q7');
    // Read from the store itself: the operations refuse while locked, and Home would clear it anyway.
    expect(testDuet.store.read().openSessionId).toBeNull();

    await unlockOnScreen();
    expect(await screen.findByRole('heading', { level: 1, name: 'Duet: deciding on care together' })).toBeTruthy();
    expect(window.location.hash).toBe('#/');
  });
});
