import type { Page } from '@playwright/test';
import type { Session } from '../../src/shared/session';
import { expect, test, type Duet } from './harness';

const WORRIES = 'Gaining weight on medicine';
const QUESTIONS = 'Can I keep working night shifts?';
const GOAL = 'Get back to choir practice';

/** The banner's save status: "Saved" once main has acknowledged the last change. */
async function expectSaved(page: Page) {
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(/Saved$/);
}

async function storedSession(duet: Duet, id: string): Promise<Session> {
  const data = JSON.parse(await duet.readStoreFile()) as { sessions: Session[] };
  const session = data.sessions.find((candidate) => candidate.id === id);
  if (!session) throw new Error(`Session ${id} is not in ${duet.storeFile()}`);
  return session;
}

async function nextUntil(page: Page, heading: RegExp) {
  const title = page.getByRole('heading', { level: 1 });
  for (let guard = 0; guard < 6 && !heading.test((await title.textContent()) ?? ''); guard += 1) {
    await page.getByRole('button', { name: /^Next/ }).click();
  }
  await expect(title).toHaveText(heading);
}

function importanceGroups(page: Page) {
  return page.getByRole('region', { name: 'How much does each of these matter to you?' }).getByRole('group');
}

/** Rates the first two considerations, types worries and questions, and leans towards therapy. */
async function answerValues(page: Page) {
  await nextUntil(page, /What matters to you$/);
  await importanceGroups(page).nth(0).getByRole('radio', { name: 'Very much' }).check();
  await importanceGroups(page).nth(1).getByRole('radio', { name: 'Not at all' }).check();
  await page.getByLabel('What worries you about treatment?').fill(WORRIES);
  await page.getByLabel('What questions do you want to ask?').fill(QUESTIONS);
  await page.getByRole('radio', { name: 'Therapy alone' }).check();
}

async function expectValuesShown(page: Page) {
  await expect(importanceGroups(page).nth(0).getByRole('radio', { name: 'Very much' })).toBeChecked();
  await expect(importanceGroups(page).nth(1).getByRole('radio', { name: 'Not at all' })).toBeChecked();
  await expect(importanceGroups(page).nth(2).getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.getByLabel('What worries you about treatment?')).toHaveValue(WORRIES);
  await expect(page.getByLabel('What questions do you want to ask?')).toHaveValue(QUESTIONS);
  await expect(page.getByRole('radio', { name: 'Therapy alone' })).toBeChecked();
}

test('answers on several steps come back from disk after a reload', async ({ duet }) => {
  const session = await duet.createSession();
  await duet.goto(`#/session/${session.id}`);
  const { page } = duet;

  await answerValues(page);
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Your plan$/);
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await page.getByLabel('Goal 1', { exact: true }).fill(GOAL);
  await expectSaved(page);
  await expect.poll(async () => (await storedSession(duet, session.id)).answers.plan.goals).toEqual([GOAL]);

  // On disk, not only in memory: the JSON file holds every answer.
  const stored = await storedSession(duet, session.id);
  expect(Object.values(stored.answers.importance).sort()).toEqual([0, 4]);
  expect(stored.answers.worries).toBe(WORRIES);
  expect(stored.answers.questions).toBe(QUESTIONS);
  expect(stored.answers.leaning).toBe('therapy');
  expect(stored.answers.currentStep).toBe('plan');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Step 6 of 6 Your plan$/);
  await expect(page.getByLabel('Goal 1', { exact: true })).toHaveValue(GOAL);
  await page.getByRole('navigation', { name: 'Steps of the session' }).getByRole('button', { name: /What matters to you/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Step 5 of 6 What matters to you$/);
  await expectValuesShown(page);
});

test('closing Duet and opening it again resumes the same session at the same step', async ({ duet }) => {
  const session = await duet.createSession({ patientLabel: 'K.M.' });
  await duet.createSession({ patientLabel: 'Someone else' });
  await duet.goto('#/');
  const { page } = duet;
  await page.getByRole('row', { name: /K\.M\./ }).getByRole('link', { name: /Open/ }).click();

  await answerValues(page);
  await expectSaved(page);
  await expect.poll(async () => (await storedSession(duet, session.id)).answers.questions).toBe(QUESTIONS);

  const reopened = await duet.reopen();
  await expect(reopened).toHaveURL(new RegExp(`#/session/${session.id}$`));
  await expect(reopened.getByText('Session with K.M.')).toBeVisible();
  await expect(reopened.getByRole('heading', { level: 1 })).toHaveText(/Step 5 of 6 What matters to you$/);
  await expectValuesShown(reopened);
});
