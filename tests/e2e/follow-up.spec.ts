import type { Locator, Page } from '@playwright/test';
import { expect, test, valueOf } from './harness';
import { expectNoSeriousViolations } from './helpers/axe';
import { answeredEverywhere } from './helpers/seed';
import { startSessionFromHome } from './helpers/new-session';
import { pdfTextInDrawingOrder } from './helpers/pdf';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

/** PHQ-9 answers (items 1–9) adding up to 18, 14 and 8; item 9 is 0 in each. */
const PHQ9 = {
  18: [3, 3, 2, 2, 2, 2, 2, 2, 0],
  14: [2, 2, 2, 2, 2, 2, 1, 1, 0],
  8: [1, 1, 1, 1, 1, 1, 1, 1, 0],
} as const;

const phq9Form = (page: Page): Locator => page.getByRole('region', { name: /^PHQ-9/ });

/** Chooses each PHQ-9 answer by its number, as a clinician would click down the form. */
async function answerPhq9(page: Page, answers: readonly number[]) {
  const items = phq9Form(page).getByRole('group');
  for (const [index, answer] of answers.entries()) {
    await items.nth(index).getByRole('radio', { name: new RegExp(`^${String(answer)} `) }).check();
  }
}

async function nextPart(page: Page, times: number) {
  for (let step = 0; step < times; step += 1) await page.getByRole('button', { name: /^Next: / }).click();
}

test('a depression episode: baseline 18, agreed plan, follow-ups at 14 then 8 (response), plan changed and agreed again', async ({ duet }) => {
  const { page } = duet;
  await duet.goto('#/');
  await startSessionFromHome(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/About the condition/);

  // First visit: the baseline, on the Condition step.
  await page.getByRole('button', { name: 'Answer the questionnaires' }).click();
  await answerPhq9(page, PHQ9[18]);
  await expect(phq9Form(page).getByRole('status')).toHaveText('Total: 18 out of 27. Fairly severe signs of low mood.');

  for (let step = 0; step < 5; step += 1) await page.getByRole('button', { name: /^Next/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Your plan/);
  await page.getByRole('radio', { name: 'Therapy and medicine together' }).check();
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await page.getByLabel('Goal 1', { exact: true }).fill('Sleep through most nights');
  await page.getByRole('button', { name: 'Add the starting scores to the plan' }).click();
  await expect(page.getByLabel('How we will know it is working')).toHaveValue(/PHQ-9 18/);
  await page.getByLabel('Review date').fill('2027-01-20');
  await page.getByRole('checkbox', { name: 'Patient agrees with this plan' }).check();
  await page.getByRole('checkbox', { name: 'Clinician agrees with this plan' }).check();
  await expect(page.getByText(/^✓?\s*Plan agreed on /)).toBeVisible();
  const [summary] = valueOf(await duet.api.listSessions());
  const sessionId = summary!.id;
  await expect.poll(async () => valueOf(await duet.api.getSession({ id: sessionId })).planVersions.length).toBe(1);

  // First follow-up: 14, no reliable change yet; keep going.
  await page.getByRole('button', { name: 'Start a follow-up visit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Part 1 of 4 How you are doing/);
  await answerPhq9(page, PHQ9[14]);
  await expect(phq9Form(page).getByRole('status')).toHaveText('Total: 14 out of 27. Moderate signs of low mood.');
  await nextPart(page, 1);
  await page.getByLabel('How many doses did you miss in the last 7 days?').fill('1');
  await nextPart(page, 1);
  await page.getByRole('group', { name: 'Sleep through most nights' }).getByRole('radio', { name: '4', exact: true }).check();
  await nextPart(page, 1);
  await expect(page.getByText('Your score went from 18 at the start to 14 now.').first()).toBeVisible();
  await expect(page.getByText('The change is not bigger than normal ups and downs.').first()).toBeVisible();
  await page.getByRole('radio', { name: 'Keep going with the plan' }).check();
  await page.getByLabel('Next review date').fill('2027-02-10');
  await page.getByRole('button', { name: 'Back to the session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Your plan/);

  // Second follow-up: 8, a fall of more than half: response.
  await page.getByRole('button', { name: 'Start a follow-up visit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Part 1 of 4 How you are doing/);
  await answerPhq9(page, PHQ9[8]);
  await expect(phq9Form(page).getByRole('status')).toHaveText('Total: 8 out of 27. Mild signs of low mood.');
  await nextPart(page, 3);
  const table = page.getByRole('table', { name: 'PHQ-9: mood: your score at each visit' });
  await expect(table.getByRole('row')).toHaveText([/Visit/, /First visit.*18/, /Follow-up 1.*14/, /Follow-up 2.*8/]);
  await expect(page.getByText('Your score went from 18 at the start to 8 now.').first()).toBeVisible();
  await expect(page.getByText('Your score has dropped by half or more since the start.').first()).toBeVisible();
  await expect(page.getByText(/Current plan: version 1, agreed on/)).toBeVisible();

  // The plan changes at this visit: a new version both confirm.
  await page.getByRole('radio', { name: 'Change the dose of the medicine' }).check();
  await page.getByLabel('Why? In plain words').fill('Doing better; side effects at the higher dose.');
  await page.getByRole('navigation', { name: 'Steps to change the plan' }).getByRole('button', { name: 'Your plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Your plan/);
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await page.getByLabel('Goal 2', { exact: true }).fill('Walk with my sister twice a week');
  await expect(page.getByRole('checkbox', { name: 'Patient agrees with this plan' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Clinician agrees with this plan' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Patient agrees with this plan' }).check();
  await page.getByRole('checkbox', { name: 'Clinician agrees with this plan' }).check();
  await expect(page.getByText(/^✓?\s*Plan agreed on /)).toBeVisible();

  const episode = async () => valueOf(await duet.api.getSession({ id: sessionId }));
  await expect.poll(async () => (await episode()).planVersions.length).toBe(2);
  const stored = await episode();
  expect(stored.followUps.map((visit) => visit.review.decision)).toEqual(['keep', 'adjust-dose']);
  expect(stored.planVersions[1]!.followUpId).toBe(stored.followUps[1]!.id);
  expect(stored.planVersions[1]!.plan.goals).toEqual(['Sleep through most nights', 'Walk with my sister twice a week']);

  // Back at the visit, the current version is the new one.
  await page.getByRole('region', { name: 'Follow-up visits' }).getByRole('link', { name: /^Open/ }).last().click();
  await expect(page.getByText(/Current plan: version 2, agreed on/)).toBeVisible();
  await expect(page.getByLabel('Why? In plain words')).toHaveValue('Doing better; side effects at the higher dose.');

  await page.getByLabel('Next review date').fill('2027-03-03');
  await expect.poll(async () => (await episode()).followUps[1]?.nextReviewDate).toBe('2027-03-03');

  // Take it home: the follow-up summary, saved as PDF from its preview and read back.
  await page.getByRole('link', { name: 'Print or save the summary' }).click();
  await page.getByRole('button', { name: /Save as PDF/ }).click();
  await expect.poll(() => duet.savedPdfs.length).toBe(1);
  const text = await pdfTextInDrawingOrder(duet.savedPdfs[0]!);
  expect(text).toMatch(/18[\s\S]*14[\s\S]*8/);
  expect(text).toContain('Your score has dropped by half or more since the start.');
  expect(text).toContain('Doing better; side effects at the higher dose.');
  expect(text).toMatch(/March 3, 2027/);
  expect(text).toContain(DEFAULT_SETTINGS.crisisLine.en.slice(0, 40));
});

test('PHQ-9 item 9 above 0: the safety prompt is on screen at once and recorded with the visit', async ({ duet }) => {
  const { page } = duet;
  const session = await duet.createSession();
  valueOf(await duet.api.saveAnswers({ id: session.id, answers: answeredEverywhere('plan') }));
  const started = valueOf(await duet.api.startFollowUp({ id: session.id }));
  const visit = started.followUps.at(-1)!;
  await duet.goto(`#/session/${session.id}/follow-up/${visit.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/How you are doing/);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await phq9Form(page).getByRole('group').nth(8).getByRole('radio', { name: /^2 / }).check();
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Clinician: check safety now');
  // Never a risk level or a label.
  await expect(alert).not.toContainText(/risk|level|high|moderate|severe/i);
  await page.getByLabel('What you did and found').fill('Asked directly; no plan or means; went over the safety plan.');
  await page.getByRole('checkbox', { name: 'We went over the safety plan together' }).check();

  await expect
    .poll(async () => valueOf(await duet.api.getSession({ id: session.id })).followUps[0]?.safetyCheck)
    .toMatchObject({
      promptedAt: expect.any(String),
      clinicianNote: 'Asked directly; no plan or means; went over the safety plan.',
      safetyPlanReviewed: true,
    });

  // The link opens the safety plan itself.
  await page.getByRole('button', { name: 'Open the safety plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Safety plan' })).toBeFocused();
});

test('the due list on Home and every part of a follow-up visit pass axe, in Spanish with the English-only WSAS marked', async ({ duet }) => {
  test.setTimeout(120_000);
  const { page } = duet;
  const session = await duet.createSession({ language: 'es', patientLabel: 'M.G.' });
  const answers = answeredEverywhere('plan');
  // Today on this computer's calendar, as the page reads it: due today.
  const now = new Date();
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  valueOf(await duet.api.saveAnswers({ id: session.id, answers: { ...answers, plan: { ...answers.plan, reviewDate: today } } }));
  const settings = valueOf(await duet.api.getSettings());
  valueOf(await duet.api.saveSettings({ ...settings, defaultLanguage: 'es' }));

  await duet.goto('#/');
  const due = page.getByRole('table', { name: 'Pendientes de revisión' });
  await expect(due.getByRole('rowheader', { name: 'M.G.' })).toBeVisible();
  await expectNoSeriousViolations(page, 'Home with episodes due (es)');

  await due.getByRole('button', { name: 'Empezar una visita de seguimiento con M.G.' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Parte 1 de 4 Cómo está/);
  await phq9Form(page).getByRole('group').nth(8).getByRole('radio', { name: /^1 / }).check();
  await expect(page.getByRole('alert')).toContainText('Profesional: revise la seguridad ahora');
  await expect(page.getByRole('region', { name: /^WSAS/ }).locator('[lang="en"]').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'follow-up: measures with the safety prompt (es)');
  for (const part of ['Medicamento y terapia', 'Sus metas', 'Mirar atrás y decidir']) {
    await page.getByRole('button', { name: /^Siguiente: / }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(part);
    if (part === 'Mirar atrás y decidir') await page.getByRole('radio', { name: 'Dejar el medicamento poco a poco' }).check();
    await expectNoSeriousViolations(page, `follow-up: ${part} (es)`);
  }
});
