import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AboutYou } from '../../src/shared/session';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { expect, test, valueOf } from './harness';
import { expectNoSeriousViolations } from './helpers/axe';

type AgeGroup = NonNullable<AboutYou['ageGroup']>;

/**
 * The practice figures end to end (issue 12): open the dashboard, filter to anxiety, split by age group, save the
 * tables as CSV and read them back; small groups never show a number on screen or in the file.
 */

/** 25–64: 7 anxiety episodes; 18–24: 3; 65 and over: 2; and 4 depression episodes that the filter leaves out. */
const PRACTICE: { condition: 'anxiety' | 'depression'; age: AgeGroup }[] = [
  ...Array.from({ length: 7 }, () => ({ condition: 'anxiety' as const, age: '25-64' as const })),
  ...Array.from({ length: 3 }, () => ({ condition: 'anxiety' as const, age: '18-24' as const })),
  ...Array.from({ length: 2 }, () => ({ condition: 'anxiety' as const, age: '65-plus' as const })),
  ...Array.from({ length: 4 }, () => ({ condition: 'depression' as const, age: '25-64' as const })),
];

test('filter to anxiety, split by age group, save the tables as CSV and read them back', async ({ duet }) => {
  for (const [index, episode] of PRACTICE.entries()) {
    const created = await duet.createSession({ patientLabel: `E2E-LABEL-${index}`, conditionId: episode.condition });
    valueOf(await duet.api.saveAnswers({ id: created.id, answers: { ...created.answers, aboutYou: { ...created.answers.aboutYou, ageGroup: episode.age } } }));
  }
  await duet.goto('#/dashboard');
  const { page } = duet;
  await expect(page.getByRole('heading', { level: 1, name: 'Practice figures' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Condition' }).selectOption('anxiety');
  await page.getByRole('combobox', { name: 'Show each figure by' }).selectOption('age-group');
  const decisions = page.getByRole('table', { name: 'Decisions' });
  await expect(decisions.getByRole('row', { name: /^All episodes/ }).getByRole('cell').first()).toHaveText('12');
  await expect(decisions.getByRole('row', { name: /^25 to 64/ }).getByRole('cell').first()).toHaveText('7');
  await expect(decisions.getByRole('row', { name: /^18 to 24/ }).getByRole('cell').first()).toHaveText('fewer than 5');
  await expect(decisions.getByRole('row', { name: /^65 and over/ }).getByRole('cell').first()).toHaveText('fewer than 5');
  await expect(page.getByText(/E2E-LABEL/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Save the tables as a spreadsheet (CSV)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save the tables?' });
  await expect(dialog).toContainText('Groups of fewer than 5 are not shown');
  await dialog.getByRole('button', { name: 'Choose where to save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toBeVisible();

  const names = await readdir(duet.exportFolder);
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(/^Duet practice figures - \d{4}-\d{2}-\d{2} - tables\.csv$/);
  const text = (await readFile(join(duet.exportFolder, names[0]!), 'utf-8')).replace(/^\ufeff/, '');
  const lines = text.trimEnd().split('\r\n');
  const header = lines[0]!.split(',');
  const row = (segment: string, figure: string) => lines.find((line) => line.startsWith(`age-group,${segment},`) && line.split(',')[header.indexOf('figure')] === figure);
  const column = (line: string | undefined, name: string) => line?.split(',')[header.indexOf(name)];
  expect(column(lines.find((line) => line.startsWith('none,all,decisions,started,')), 'count')).toBe('12');
  expect(column(row('25-64', 'started'), 'count')).toBe('7');
  for (const small of ['18-24', '65-plus']) {
    expect(column(row(small, 'started'), 'count')).toBe('fewer than 5');
    for (const line of lines.filter((candidate) => candidate.startsWith(`age-group,${small},`))) {
      for (const name of ['count', 'of', 'percent', 'n', 'median', 'q1', 'q3']) expect(['', 'fewer than 5', 'hidden']).toContain(column(line, name));
    }
  }
  expect(text).not.toContain('E2E-LABEL');
  expect(text).not.toContain('depression,decisions,started,,,,4');
});

for (const [locale, heading] of [
  ['en', 'Practice figures'],
  ['es', 'Cifras de la consulta'],
] as const) {
  test(`the practice figures have no serious accessibility problems (${locale})`, async ({ duet }) => {
    test.setTimeout(120_000);
    valueOf(await duet.api.saveSettings({ ...DEFAULT_SETTINGS, defaultLanguage: locale }));
    for (const [index, episode] of PRACTICE.entries()) {
      const created = await duet.createSession({ patientLabel: `E2E-LABEL-${index}`, conditionId: episode.condition });
      valueOf(await duet.api.saveAnswers({ id: created.id, answers: { ...created.answers, aboutYou: { ...created.answers.aboutYou, ageGroup: episode.age } } }));
    }
    await duet.goto('#/dashboard');
    const { page } = duet;
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await page.getByRole('combobox').last().selectOption('age-group');
    await expect(page.getByRole('img').first()).toBeVisible();
    await expectNoSeriousViolations(page, `#/dashboard (${locale})`);
  });
}
