import { readdir, readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { expect, test, valueOf } from './harness';
import { seedEpisodes, type SeedEpisode } from '../support/outcomes-seed';
import { join } from 'node:path';
import { expectNoSeriousViolations } from './helpers/axe';
import { firstPageImage, pdfText, REPORTS_DIR } from './helpers/pdf';

/**
 * The practice outcomes (issue 12) in the built app over the real operations: 25 anxiety episodes (3 of them aged
 * 65 or over: a segment of 3) and 10 depression ones, each with a baseline 70 days ago and a follow-up today. The
 * lead opens the dashboard from Home, filters to anxiety, splits by age group, exports the CSV and the PDF, and
 * reads both back. The segment of 3 shows neither its count nor a rate anywhere.
 */
const anxiety = (ageGroup: SeedEpisode['ageGroup'], count: number, followUp: (index: number) => number): SeedEpisode[] =>
  Array.from({ length: count }, (_, index) => ({ condition: 'anxiety', ageGroup, baseline: 15, followUp: followUp(index), daysAgo: 70 }));

const EPISODES: SeedEpisode[] = [
  // 14 people 25 to 64: 9 responded (15 → 6), 5 did not (15 → 12).
  ...anxiety('25-64', 14, (index) => (index < 9 ? 6 : 12)),
  ...anxiety('18-24', 8, (index) => (index < 4 ? 4 : 13)),
  // The segment of 3.
  ...anxiety('65-plus', 3, () => 3),
  ...Array.from({ length: 10 }, (): SeedEpisode => ({ condition: 'depression', ageGroup: '25-64', baseline: 18, followUp: 8, daysAgo: 70 })),
];

const SMALL = ['fewer than 5', 'not shown'];

/** A table row's cells, by the row's header. */
function rowOf(table: Locator, name: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name, exact: true }) });
}

/** Text that, once the suppression words are taken out, must hold no number and no percentage. */
function withoutSmallWords(text: string): string {
  return SMALL.reduce((rest, words) => rest.replaceAll(words, ''), text);
}

async function segmentRowsOf65(page: Page): Promise<string[]> {
  const rows = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '65 or over', exact: true }) });
  const texts: string[] = [];
  for (const row of await rows.all()) {
    const cells = await row.getByRole('cell').allTextContents();
    texts.push(cells.join(' | '));
  }
  return texts;
}

test('filter to anxiety, split by age group, export the CSV and the PDF: a segment of 3 shows no count and no rate', async ({ duet }) => {
  test.setTimeout(180_000);
  await seedEpisodes(duet.api, EPISODES);

  await duet.goto('#/');
  const { page } = duet;
  await page.getByRole('link', { name: 'Practice outcomes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice outcomes' })).toBeVisible();
  const status = page.locator('.dashboard-status').first();
  await expect(status).toHaveText('Figures updated: 35 episodes.');
  const started = page.getByRole('table', { name: 'Episodes started and plans agreed' });
  await expect(rowOf(started, 'All episodes').getByRole('cell').first()).toHaveText('35');

  // Filter to anxiety (keyboard: the checkbox sits in the "Condition" fieldset).
  const conditions = page.getByRole('group', { name: 'Condition' });
  await conditions.getByRole('checkbox', { name: 'Anxiety disorders' }).check();
  await expect(status).toHaveText('Figures updated: 25 episodes.');
  await expect(rowOf(started, 'All episodes').getByRole('cell').first()).toHaveText('25');

  // GAD-7 response at 8–12 weeks, with its denominator in words: 9 + 4 + 3 = 16 of 25.
  const gad7 = page.getByRole('table', { name: 'GAD-7 (anxiety) at 8–12 weeks' });
  await expect(rowOf(gad7, 'All episodes').getByRole('cell').first()).toHaveText('16 of 25 with a follow-up at 8–12 weeks (64%)');

  // Split by age group.
  await page.getByRole('group', { name: 'Split each figure by' }).getByRole('radio', { name: 'Age group' }).check();
  await expect(rowOf(started, '65 or over')).toBeVisible();
  await expect(rowOf(started, '25 to 64').getByRole('cell').first()).toHaveText('14');
  await expect(rowOf(started, '65 or over').getByRole('cell').first()).toHaveText('fewer than 5');
  const screenRows = await segmentRowsOf65(page);
  expect(screenRows.length).toBeGreaterThan(10);
  for (const text of screenRows) expect(withoutSmallWords(text), text).not.toMatch(/\d|%/);

  // CSV of the tables, behind a question that says what is inside.
  await page.getByRole('button', { name: 'Export tables (CSV)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the tables as a CSV file?' });
  await expect(dialog).toContainText('groups of fewer than 5 show as “fewer than 5”');
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toBeVisible();
  const csvFiles = (await readdir(duet.exportFolder)).filter((name) => name.endsWith('.csv'));
  expect(csvFiles).toHaveLength(1);
  const csv = (await readFile(`${duet.exportFolder}/${csvFiles[0]}`, 'utf-8')).replace(/^\ufeff/, '');
  const [header, ...lines] = csv.trim().split('\r\n');
  const columns = header!.split(',');
  const at = (name: string) => columns.indexOf(name);
  const rows = lines.map((line) => line.split(','));
  // Filtered to anxiety, split by age group.
  const anxietyAll = rows.find((row) => row[at('segment')] === 'all' && row[at('figure')] === 'started')!;
  expect(anxietyAll[at('count')]).toBe('25');
  const older = rows.filter((row) => row[at('split')] === 'age-group' && row[at('segment')] === '65-plus');
  expect(older.length).toBeGreaterThan(20);
  for (const row of older) {
    for (const column of ['count', 'of', 'percent', 'n', 'median', 'q1', 'q3']) {
      const cell = row[at(column)] ?? '';
      expect(['', 'fewer than 5', 'hidden'], `${row.join(',')}: ${column}`).toContain(cell);
    }
  }
  expect(csv).not.toContain('Seeded patient');

  // The episode rows: no label, no free text, no dates; the 3 older people's age group is not shown.
  await page.getByRole('button', { name: 'Export episode rows (CSV)' }).click();
  const episodesDialog = page.getByRole('dialog', { name: 'Export one row per episode as a CSV file?' });
  await expect(episodesDialog).toContainText('no dates');
  await episodesDialog.getByRole('button', { name: 'Export' }).click();
  await expect.poll(async () => (await readdir(duet.exportFolder)).filter((name) => name.endsWith('.csv')).length).toBe(2);
  const episodeFile = (await readdir(duet.exportFolder)).find((name) => name.endsWith('.csv') && name !== csvFiles[0])!;
  const episodes = await readFile(`${duet.exportFolder}/${episodeFile}`, 'utf-8');
  const episodeLines = episodes.trim().split('\r\n');
  expect(episodeLines).toHaveLength(26);
  expect(episodes).not.toContain('65-plus');
  expect(episodes).not.toContain('Seeded patient');
  expect(episodes).not.toContain('Free text that must never be exported');
  expect(episodes).not.toMatch(/\d{4}-\d{2}-\d{2}/);

  // The PDF for the practice meeting.
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toBeVisible();
  expect(duet.savedPdfs).toHaveLength(1);
  const text = await pdfText(duet.savedPdfs[0]!);
  // For a person to look at: reports/dashboard-pdf.png.
  await firstPageImage(duet.savedPdfs[0]!, join(REPORTS_DIR, 'dashboard-pdf'));
  expect(text).toContain('Practice outcomes');
  expect(text).toContain('Split: Age group');
  // The whole scope's GAD-7 response (a cell may wrap across lines on paper: its parts are read in order).
  expect(text).toContain('16 of 25 with a follow-up at');
  expect(text).toContain('(64%)');
  expect(text).not.toContain('Seeded patient');
  // Every stretch of text from "65 or over" to the next group's name: words only, no number, no percentage.
  // (A row header may wrap on paper: "Not" alone starts the next row.)
  const stretches = text.split('65 or over').slice(1).map((rest) => rest.split(/Not\s/)[0]!);
  expect(stretches.length).toBeGreaterThan(10);
  for (const stretch of stretches) {
    expect(withoutSmallWords(stretch).replace(/Page \d+ of \d+/g, ''), stretch).not.toMatch(/\d|%/);
  }
});

test('keyboard and screen reader: fieldsets with legends, a live region, a "from" after "to" reported and not applied, axe, 200% zoom', async ({ duet }) => {
  test.setTimeout(120_000);
  await seedEpisodes(duet.api, EPISODES.slice(0, 6));
  await duet.goto('#/dashboard');
  const { page } = duet;
  for (const name of ['Which episodes', 'Date the episode began', 'Condition', 'Clinician', 'Option agreed', 'Split each figure by']) {
    await expect(page.getByRole('group', { name })).toBeVisible();
  }
  const status = page.locator('.dashboard-status').first();
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveText('Figures updated: 6 episodes.');
  await page.getByLabel('From', { exact: true }).fill('2030-05-01');
  await page.getByLabel('To', { exact: true }).fill('2030-04-01');
  await expect(page.getByRole('alert')).toHaveText('The “From” date is after the “To” date. Please change one of them.');
  // The figures on screen are still the last ones that could be asked for (the "From" date alone: none).
  await expect(status).toHaveText('Figures updated: fewer than 5 episodes.');
  // Taking the "To" date away again applies the filters; then the split, by keyboard, changes the figures.
  await page.getByLabel('To', { exact: true }).fill('');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('radio', { name: 'Condition' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('table', { name: 'Episodes started and plans agreed' }).getByRole('rowheader', { name: 'Anxiety disorders' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the practice outcomes');
  // For a person to look at: reports/dashboard-screen.png (the top) and dashboard-outcomes.png.
  await page.screenshot({ path: join(REPORTS_DIR, 'dashboard-screen.png') });
  await page.getByRole('heading', { level: 2, name: 'Outcomes' }).scrollIntoViewIfNeeded();
  await page.getByRole('heading', { level: 3, name: 'GAD-7 (anxiety)' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(REPORTS_DIR, 'dashboard-outcomes.png') });
  // At 200% zoom (half the width) nothing is cut off: the page does not scroll sideways.
  await page.setViewportSize({ width: 640, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});

test('in Spanish: the practice language, "menos de 5", and no serious accessibility problems', async ({ duet }) => {
  test.setTimeout(120_000);
  valueOf(await duet.api.saveSettings({ ...DEFAULT_SETTINGS, defaultLanguage: 'es' }));
  await seedEpisodes(duet.api, EPISODES.slice(14, 25));
  await duet.goto('#/dashboard');
  const { page } = duet;
  await expect(page.getByRole('heading', { level: 1, name: 'Resultados del consultorio' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('group', { name: 'Dividir cada cifra por' }).getByRole('radio', { name: 'Grupo de edad' }).check();
  const started = page.getByRole('table', { name: 'Episodios empezados y planes acordados' });
  await expect(rowOf(started, '65 o más').getByRole('cell').first()).toHaveText('menos de 5');
  // 11 = 8 + 3: the 8 would give the 3 away, so it is not shown either.
  await expect(rowOf(started, 'De 18 a 24').getByRole('cell').first()).toHaveText('no se muestra');
  await expect(rowOf(started, 'Todos los episodios').getByRole('cell').first()).toHaveText('11');
  await expectNoSeriousViolations(page, 'the practice outcomes in Spanish');
});
