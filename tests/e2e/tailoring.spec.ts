import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { nodeContentApi } from '../../scripts/content-data';
import type { PersonalFactor } from '../../src/shared/content/schema';
import { emptyAboutYou, type AboutYou } from '../../src/shared/session';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { expect, test, valueOf } from './harness';
import { answeredEverywhere } from './helpers/seed';
import { pdfText } from './helpers/pdf';
import enPlan from '../../src/renderer/src/i18n/en/plan.json' with { type: 'json' };
import enPrint from '../../src/renderer/src/i18n/en/print.json' with { type: 'json' };

const SAFETY_PARTS = Object.values(enPlan.safetyPlan.parts).map((part) => part.label);

/** The serious or critical WCAG 2.2 AA problems axe finds on what is on screen now (ids and where). */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('thoughts of suicide recorded in About you put a safety plan on the Plan step and on the PDF', async ({ duet }) => {
  const { page } = duet;
  const session = await duet.createSession();
  await duet.goto(`#/session/${session.id}`);

  // At the start of the session, with the patient: every question optional, nothing blocks going on.
  const about = page.getByRole('region', { name: 'About you (optional)' });
  const thoughts = about.getByRole('group', { name: 'Thoughts of suicide or of self-harm now?' });
  await thoughts.getByRole('radio', { name: 'Yes' }).check();
  // The clinician sees a plain prompt, never a score or a label.
  await expect(about.getByRole('note')).toHaveText(/^Check safety now, today/);

  // Editable later from the header, on any step.
  await page.getByRole('button', { name: /^Next/ }).click();
  await page.getByRole('button', { name: 'About you' }).click();
  const dialog = page.getByRole('dialog', { name: 'About you' });
  await expect(dialog.getByRole('group', { name: 'Thoughts of suicide or of self-harm now?' }).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await dialog.getByRole('group', { name: 'Age group' }).getByRole('radio', { name: '18 to 24' }).check();
  expect(await seriousAxeViolations(page), 'the About you dialog').toEqual([]);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);

  for (let step = 2; step < 6; step += 1) await page.getByRole('button', { name: /^Next/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Step 6 of 6/);
  const safety = page.getByRole('region', { name: 'Safety plan' });
  await expect(safety.getByRole('note')).toHaveText(enPlan.safetyPlan.prompt);
  await safety.getByRole('textbox', { name: /^1\. My warning signs/ }).fill('Not sleeping, staying in bed');
  await safety.getByRole('textbox', { name: /^4\. People I can ask for help/ }).fill('My sister Ana, 555-0199');
  await expect(page.getByText('Saved', { exact: false }).first()).toBeVisible();
  expect(await seriousAxeViolations(page), 'the Plan step with a safety plan').toEqual([]);

  await expect
    .poll(async () => valueOf(await duet.api.getSession({ id: session.id })).answers.plan.safetyPlan.peopleToAsk)
    .toBe('My sister Ana, 555-0199');
  const stored = valueOf(await duet.api.getSession({ id: session.id })).answers.aboutYou;
  expect(stored).toMatchObject({ suicidalThoughts: 'yes', ageGroup: '18-24' });

  const saved = valueOf(await duet.api.savePlanPdf({ id: session.id }));
  if (saved.outcome !== 'saved') throw new Error('The harness printer always saves');
  const text = await pdfText(saved.path);
  expect(text).toContain(enPrint.document.safetyPlan.title);
  expect(text).toContain(enPrint.document.safetyPlan.firstRule);
  for (const part of SAFETY_PARTS) expect(text, part).toContain(part);
  expect(text).toContain('Not sleeping, staying in bed');
  expect(text).toContain('My sister Ana, 555-0199');
  expect(text).toContain(DEFAULT_SETTINGS.crisisLine.en.slice(0, 40));
  expect(text).not.toMatch(/risk (level|score)|high risk/i);
});

test('no safety plan on the PDF when thoughts of suicide were not recorded', async ({ duet }) => {
  for (const suicidalThoughts of [null, 'no'] as const) {
    const session = await duet.createSession();
    valueOf(await duet.api.saveAnswers({ id: session.id, answers: { ...answeredEverywhere('plan'), aboutYou: { ...emptyAboutYou(), suicidalThoughts } } }));
    const saved = valueOf(await duet.api.savePlanPdf({ id: session.id }));
    if (saved.outcome !== 'saved') throw new Error('The harness printer always saves');
    const text = await pdfText(saved.path);
    expect(text).toContain(enPrint.document.title);
    expect(text).not.toContain(enPrint.document.safetyPlan.title);
    for (const part of SAFETY_PARTS) expect(text).not.toContain(part);
    // The sequencing text never carries the old "medicine first" advice (clinical review M12).
    expect(text).not.toContain('Medicine may start first');
  }
});

/** The About-you answer that brings up a caution tagged with this factor. */
const ANSWER_FOR: Record<PersonalFactor, Partial<AboutYou>> = {
  'under-18': { ageGroup: 'under-18' },
  'under-25': { ageGroup: '18-24' },
  'older-adult': { ageGroup: '65-plus' },
  pregnancy: { pregnancy: ['pregnant'] },
  bipolar: { bipolar: 'yes' },
  'substance-use': { substanceUse: 'yes' },
  'suicidal-thoughts': { suicidalThoughts: 'yes' },
  seizures: { healthConditions: ['seizures'] },
  heart: { healthConditions: ['heart'] },
  'liver-kidney': { healthConditions: ['liver-kidney'] },
  'other-medicines': { otherMedicines: 'yes' },
};

const { content } = nodeContentApi();

// Real content, end to end: the first non-red-flag caution the content tags for a person.
const tagged = content.conditions
  .flatMap((condition) => condition.cautions.map((caution) => ({ condition, caution })))
  .find(({ caution }) => caution.kind !== 'red-flag' && (caution.appliesTo?.length ?? 0) > 0);

test('a caution the content tags for the person comes first on the Options step and is on the PDF', async ({ duet }) => {
  test.skip(!tagged, 'No caution in the content carries appliesTo yet (the content helpers add the tags).');
  const { condition, caution } = tagged!;
  const factor = caution.appliesTo![0]!;
  const session = await duet.createSession({ conditionId: condition.id });
  valueOf(
    await duet.api.saveAnswers({
      id: session.id,
      answers: { ...answeredEverywhere('options'), aboutYou: { ...emptyAboutYou(), ...ANSWER_FOR[factor] } },
    }),
  );
  await duet.goto(`#/session/${session.id}`);
  const forYou = duet.page.locator('.caution-for-you');
  await expect(forYou.getByRole('heading', { name: 'These apply to you' })).toBeVisible();
  await expect(forYou.locator(`[data-caution="${caution.id}"]`)).toContainText('This applies to you.');
  // Nothing hidden: every option card is still there.
  await expect(duet.page.getByRole('article')).toHaveCount(condition.options.length);
  expect(await seriousAxeViolations(duet.page), 'the Options step with cautions for the person').toEqual([]);

  const saved = valueOf(await duet.api.savePlanPdf({ id: session.id }));
  if (saved.outcome !== 'saved') throw new Error('The harness printer always saves');
  const text = await pdfText(saved.path);
  expect(text).toContain(enPrint.document.beforeStarting);
  expect(text).toContain(caution.text.en.slice(0, 40));
});
