import type { Page } from '@playwright/test';
import { emptyAnswers } from '../../src/shared/session';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { expect, test, valueOf, type Duet } from './harness';
import { expectNoSeriousViolations } from './helpers/axe';
import { answeredEverywhere } from './helpers/seed';

const PATIENT = 'Patient Q7 Okafor';
const IDLE_MINUTES = DEFAULT_SETTINGS.lockAfterMinutes;
const LOCKED_HEADING = 'Duet is locked';

/** The whole page as HTML, title included: no patient's label may be anywhere in it while locked. */
async function expectNoPatientData(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: LOCKED_HEADING })).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain(PATIENT);
  expect(html).not.toContain('Side effects at work');
  expect(await page.title()).not.toContain(PATIENT);
}

async function expectMainLocked(duet: Duet) {
  await expect.poll(async () => valueOf(await duet.api.getLockStatus()).state).toBe('locked');
}

/** Types the passphrase with the keyboard alone: focus is already in the box when the lock screen opens. */
async function unlockByKeyboard(page: Page, passphrase: string) {
  const box = page.getByLabel('Practice passphrase', { exact: true });
  await expect(box).toBeFocused();
  await page.keyboard.type(passphrase);
  await page.keyboard.press('Enter');
}

async function seedSession(duet: Duet) {
  const session = await duet.createSession({ patientLabel: PATIENT });
  valueOf(await duet.api.saveAnswers({ id: session.id, answers: answeredEverywhere('values') }));
  return session;
}

test.describe('app lock', () => {
  test('idle lock covers Home and the print preview; a wrong passphrase keeps it, the right one returns', async ({ duet }) => {
    const { page } = duet;
    const session = await seedSession(duet);
    await page.clock.install();
    await duet.goto('#/');
    await expect(page.getByRole('rowheader', { name: PATIENT })).toBeVisible();

    // One minute short of the idle time, a key press starts the wait again.
    await page.clock.runFor((IDLE_MINUTES - 1) * 60_000);
    await page.keyboard.press('Shift');
    await page.clock.runFor((IDLE_MINUTES - 1) * 60_000);
    await expect(page.getByRole('rowheader', { name: PATIENT })).toBeVisible();
    await page.clock.runFor(60_000);
    await expectNoPatientData(page);
    await expectMainLocked(duet);
    await expectNoSeriousViolations(page, 'lock screen');

    await unlockByKeyboard(page, 'not our passphrase');
    await expect(page.getByRole('alert')).toContainText('That passphrase did not unlock Duet.');
    await expectNoPatientData(page);
    await expectMainLocked(duet);

    await unlockByKeyboard(page, duet.passphrase);
    await expect(page.getByRole('rowheader', { name: PATIENT })).toBeVisible();
    await expect(page).toHaveURL(/#\/$/);

    // The print preview shows the whole plan: it is covered the same way, and comes back after unlocking.
    await duet.goto(`#/session/${session.id}/preview`);
    await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeVisible();
    await expect(page.getByText(PATIENT).first()).toBeVisible();
    await page.clock.runFor(IDLE_MINUTES * 60_000);
    await expectNoPatientData(page);
    await unlockByKeyboard(page, duet.passphrase);
    await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/session/${session.id}/preview$`));
  });

  test('answers typed a moment before the lock are saved; the session reopens where it was', async ({ duet }) => {
    const { page } = duet;
    const session = await duet.createSession({ patientLabel: PATIENT });
    valueOf(await duet.api.saveAnswers({ id: session.id, answers: { ...emptyAnswers(), currentStep: 'values', furthestStep: 'values' } }));
    await duet.goto(`#/session/${session.id}`);
    const questions = page.getByRole('textbox', { name: 'What questions do you want to ask?' });
    // The window title shows in the taskbar and screen-share pickers: the step, never the patient (m3).
    await expect(page).toHaveTitle(/– Duet$/);
    expect(await page.title()).not.toContain(PATIENT);
    await questions.fill('Can I stop the medicine later?');
    // The app menu's Lock (also sent when the computer locks or sleeps), inside the pause autosave waits for.
    await duet.sendMenuCommand('lock');
    await expectNoPatientData(page);
    await expectMainLocked(duet);

    await unlockByKeyboard(page, duet.passphrase);
    await expect(questions).toHaveValue('Can I stop the medicine later?');
    await expect(page).toHaveURL(new RegExp(`#/session/${session.id}$`));
    expect(valueOf(await duet.api.getSession({ id: session.id })).answers.questions).toBe('Can I stop the medicine later?');
  });

  test('the patient preparing alone is locked by idle time too; End session closes the session and locks', async ({ duet }) => {
    const { page } = duet;
    const session = await seedSession(duet);
    valueOf(await duet.api.saveAnswers({ id: session.id, answers: { ...answeredEverywhere('condition'), mode: 'prepare' } }));
    await page.clock.install();
    await duet.goto(`#/session/${session.id}`);
    await expect(page.locator('html')).toHaveClass(/prepare-mode/);
    await page.clock.runFor(IDLE_MINUTES * 60_000);
    await expectNoPatientData(page);
    await unlockByKeyboard(page, duet.passphrase);
    await expect(page.getByRole('button', { name: 'Clinician: continue the visit' })).toBeVisible();
    await page.getByRole('button', { name: 'Clinician: continue the visit' }).click();
    await page.getByRole('button', { name: 'Yes, continue the visit' }).click();

    await page.getByRole('button', { name: 'End session' }).click();
    await expectNoPatientData(page);
    await expectMainLocked(duet);
    // Closed, not just hidden: starting Duet again opens Home, not this session.
    const restarted = await duet.reopen();
    await expect(restarted.getByRole('heading', { level: 1, name: 'Duet: deciding on care together' })).toBeVisible();
    await expect(restarted).toHaveURL(/#\/$/);
  });

  test('the lock screen reflows at 200% zoom (640 px wide, as 1280 px at 200%) and switches to Spanish', async ({ duet }) => {
    const { page } = duet;
    await seedSession(duet);
    await page.setViewportSize({ width: 640, height: 720 });
    await duet.goto('#/');
    await page.getByRole('button', { name: 'Lock' }).click();
    await expectNoPatientData(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Duet está bloqueado' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expectNoSeriousViolations(page, 'lock screen in Spanish');
  });
});

test.describe('first start on this computer', () => {
  test.use({ duetStart: 'needs-set-up' });

  test('asks for a practice passphrase, explains it cannot be recovered, and refuses a short or weak one', async ({ duet }) => {
    const { page } = duet;
    await duet.goto('#/');
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a passphrase for your practice' })).toBeVisible();
    await expect(page.getByText(/no one can get it back/)).toBeVisible();
    await expectNoSeriousViolations(page, 'set-up screen');

    const next = page.getByLabel('New passphrase', { exact: true });
    const confirm = page.getByLabel('Type the new passphrase again', { exact: true });
    await next.fill('short');
    await confirm.fill('short');
    await page.getByRole('button', { name: 'Save the passphrase and start' }).click();
    await expect(next).toBeFocused();
    await expect(next).toHaveAccessibleDescription(/too short/);
    expect(valueOf(await duet.api.getLockStatus()).state).toBe('needs-set-up');

    // Twelve characters, but a common password: the offline strength check refuses it in plain words (M5).
    await next.fill('password1234');
    await confirm.fill('password1234');
    await page.getByRole('button', { name: 'Save the passphrase and start' }).click();
    await expect(next).toBeFocused();
    await expect(next).toHaveAccessibleDescription(/easy to guess/);
    expect(valueOf(await duet.api.getLockStatus()).state).toBe('needs-set-up');

    await next.fill(duet.passphrase);
    await confirm.fill(duet.passphrase);
    await page.getByRole('button', { name: 'Save the passphrase and start' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Duet: deciding on care together' })).toBeVisible();
    expect(valueOf(await duet.api.getLockStatus()).state).toBe('unlocked');
  });
});

test('after a restart, only the lock screen shows until the passphrase is typed, then the session that was open', async ({ duet }) => {
  const session = await seedSession(duet);
  await duet.goto(`#/session/${session.id}`);
  await expect(duet.page.getByRole('heading', { level: 1, name: /What matters to you/ })).toBeVisible();
  await expect.poll(async () => valueOf(await duet.api.getStartup()).resumeSessionId).toBe(session.id);

  const page = await duet.reopen({ locked: true });
  await expectNoPatientData(page);
  await expectNoSeriousViolations(page, 'lock screen at start');
  await unlockByKeyboard(page, duet.passphrase);
  await expect(page.getByRole('heading', { level: 1, name: /What matters to you/ })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/session/${session.id}$`));
});
