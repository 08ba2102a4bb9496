import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { nodeContentApi } from '../../scripts/content-data';
import { STEP_IDS } from '../../src/shared/steps';
import { expect, test, valueOf } from './harness';
import { pdfOptions } from './harness/print';
import { startSessionFromHome } from './helpers/new-session';
import { REPORTS_DIR, firstPageImage, pdfPageCount, pdfText } from './helpers/pdf';
import en from '../../src/renderer/src/i18n/en/common.json' with { type: 'json' };

const { getCondition, sourcesForCondition } = nodeContentApi();

const STEP_NAMES = STEP_IDS.map((id) => en.steps.names[id]);
const PRACTICE = 'Riverside Family Health';
const GOALS = ['Sleep through most nights', 'Walk with my sister twice a week'];
const NEXT_STEP = 'Book the first therapy appointment';
const CARE_TEAM = { role: 'Therapist', name: 'Sam Lee', contact: '555-0142' };
/** Text that belongs to the screen around the plan, never to the printed page. */
const SCREEN_ONLY = ['Save as PDF', 'Print…', 'Back to the plan', 'Print preview', 'Step 1 of 6', 'Move between steps', 'Skip to main content'];

/** "Cuijpers" and "2020" from the first depression source: what a citation on the plan must show. */
function expectedCitation(): { author: string; year: string } {
  const source = sourcesForCondition(getCondition('depression'))[0];
  if (!source) throw new Error('The depression content cites no sources');
  const author = source.authors.split(/[ ,]/)[0] ?? '';
  return { author, year: String(source.year) };
}

const SURE_ITEMS = {
  sure: 'Do you feel SURE about the best choice for you?',
  understand: 'Do you know the benefits and risks of each option?',
  riskBenefit: 'Are you clear about which benefits and risks matter most to you?',
  encouragement: 'Do you have enough support and advice to make a choice?',
} as const;

/** Answers the four SURE questions on screen: "Yes" unless an item is named with "No". */
async function answerSure(page: Page, answers: Partial<Record<keyof typeof SURE_ITEMS, 'Yes' | 'No'>>) {
  for (const [item, question] of Object.entries(SURE_ITEMS) as Array<[keyof typeof SURE_ITEMS, string]>) {
    await page.getByRole('group', { name: question }).getByRole('radio', { name: answers[item] ?? 'Yes' }).check();
  }
}

test('a whole session, from Home to a saved PDF of the agreed plan', async ({ duet }) => {
  const { page } = duet;
  await duet.goto('#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Duet: deciding on care together' })).toBeVisible();

  // The practice sets its name once; every printed plan carries it.
  await page.getByRole('link', { name: 'Practice settings' }).click();
  await page.getByLabel('Practice name').fill(PRACTICE);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await page.getByRole('link', { name: 'Back to Home' }).click();

  await startSessionFromHome(page);

  for (const [index, id] of STEP_IDS.entries()) {
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(`Step ${index + 1} of ${STEP_IDS.length} ${STEP_NAMES[index]}`);
    // SURE before the options (unsure about the benefits and risks yet), and again before agreeing (sure).
    if (id === 'condition') await answerSure(page, { understand: 'No' });
    if (id === 'values') await answerValues(page);
    if (id === 'plan') {
      await answerSure(page, {});
      await fillPlan(page);
    }
    const next = page.getByRole('button', { name: /^Next/ });
    if (index < STEP_IDS.length - 1) await next.click();
    else await expect(next).toHaveCount(0);
  }

  // Both SURE results are stored: 3 of 4 before the options, 4 of 4 before the agreement.
  await expect
    .poll(async () => valueOf(await duet.api.getSession({ id: valueOf(await duet.api.listSessions())[0]!.id })).answers.sure)
    .toEqual({
      beforeOptions: { sure: true, understand: false, riskBenefit: true, encouragement: true },
      beforeAgreement: { sure: true, understand: true, riskBenefit: true, encouragement: true },
    });

  // The agreement is recorded by main, not the page: the store says so once both have ticked.
  await expect(page.getByText(/^✓?\s*Plan agreed on /)).toBeVisible();
  const [summary] = valueOf(await duet.api.listSessions());
  expect(summary?.status).toBe('agreed');

  await page.getByRole('link', { name: 'Print preview' }).click();
  await expect(page.getByRole('heading', { name: 'My care plan' })).toBeVisible();
  // The harness cannot drive the system print dialog: its printer answers "cancelled", through main's operation.
  await page.getByRole('button', { name: 'Print…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Printing was cancelled.' })).toBeVisible();
  expect(duet.savedPdfs).toHaveLength(0);

  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved to / })).toBeVisible();
  expect(duet.savedPdfs).toHaveLength(1);
  const pdf = duet.savedPdfs[0]!;
  await expect(page.getByText(`Saved to ${pdf}`)).toBeVisible();
  expect((await stat(pdf)).size).toBeGreaterThan(1000);

  const text = await pdfText(pdf);
  const citation = expectedCitation();
  expect(text).toContain('My care plan');
  expect(text).toContain(PRACTICE);
  expect(text).toContain('J.D.');
  expect(text).toContain('Therapy and medicine together');
  for (const goal of GOALS) expect(text).toContain(goal);
  expect(text).toContain(NEXT_STEP);
  expect(text).toContain(CARE_TEAM.name);
  expect(text).toContain(citation.author);
  expect(text).toContain(citation.year);
  expect(text).toContain('988');
  expect(text).not.toContain('Draft');
  for (const control of SCREEN_ONLY) expect(text).not.toContain(control);

  // For a person to look at: reports/plan-page-1.png and the PDF itself.
  await firstPageImage(pdf, join(REPORTS_DIR, 'plan-page-1'));
  await copyFile(pdf, join(REPORTS_DIR, 'plan.pdf'));

  // The preview screen itself, printed: its controls are screen-only and must not reach paper.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeHidden();
  const previewPdf = join(REPORTS_DIR, 'preview.pdf');
  await page.pdf({ path: previewPdf, ...pdfOptions('Letter') });
  const previewText = await pdfText(previewPdf);
  expect(previewText).toContain('J.D.');
  expect(previewText).toContain(GOALS[0]);
  for (const control of SCREEN_ONLY) expect(previewText).not.toContain(control);
  expect(await pdfPageCount(previewPdf)).toBe(await pdfPageCount(pdf));

  // Encryption at rest: after the whole session, no file in the data folder shows the patient's label or any
  // answer in clear text (the practice's own settings in app.json are not patient data).
  const patientTexts = ['J.D.', 'Dr. Rivera', 'Side effects at work', NEXT_STEP, CARE_TEAM.name, CARE_TEAM.contact, ...GOALS];
  const files = await filesUnder(duet.dataDir);
  expect(files.map((file) => file.name)).toEqual(expect.arrayContaining(['key.json', 'index.json', 'app.json', 'audit.log']));
  expect(files.filter((file) => file.path.includes('sessions')).length).toBeGreaterThanOrEqual(1);
  for (const file of files) {
    for (const secret of patientTexts) expect(file.text, `${file.path} shows "${secret}"`).not.toContain(secret);
  }
});

/** Every file under `dir` (recursively), read as bytes decoded as Latin-1 so that no byte is dropped. */
async function filesUnder(dir: string): Promise<{ path: string; name: string; text: string }[]> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return Promise.all(
    entries.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, name: entry.name, text: await readFile(path, 'latin1') };
    }),
  );
}

async function answerValues(page: Page) {
  const ratings = page.getByRole('region', { name: 'How much does each of these matter to you?' }).getByRole('group');
  const count = await ratings.count();
  expect(count).toBeGreaterThan(2);
  for (let index = 0; index < count; index += 1) {
    await ratings.nth(index).getByRole('radio', { name: index % 2 === 0 ? 'Very much' : 'A little' }).check();
  }
  await page.getByLabel('What worries you about treatment?').fill('Side effects at work');
  await page.getByRole('radio', { name: 'Therapy and medicine together' }).check();
}

async function fillPlan(page: Page) {
  await page.getByRole('radio', { name: 'Therapy and medicine together' }).check();
  for (const [index, goal] of GOALS.entries()) {
    await page.getByRole('button', { name: 'Add a goal' }).click();
    await page.getByLabel(`Goal ${index + 1}`, { exact: true }).fill(goal);
  }
  await page.getByRole('button', { name: 'Add a step' }).click();
  await page.getByLabel('Step 1: what happens').fill(NEXT_STEP);
  await page.getByLabel('Step 1: date').fill('2026-12-15');
  await page.getByRole('button', { name: 'Add a person' }).click();
  const person = page.getByRole('group', { name: 'Person 1' });
  await person.getByLabel('Role').fill(CARE_TEAM.role);
  await person.getByLabel('Name').fill(CARE_TEAM.name);
  await person.getByLabel('Phone or email').fill(CARE_TEAM.contact);
  await page.getByLabel('Review date').fill('2027-01-20');
  await page.getByRole('checkbox', { name: 'Patient agrees with this plan' }).check();
  await page.getByRole('checkbox', { name: 'Clinician agrees with this plan' }).check();
}
