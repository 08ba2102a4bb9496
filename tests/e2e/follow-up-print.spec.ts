import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FollowUpAnswers } from '../../src/shared/follow-up';
import type { Locale } from '../../src/shared/locale';
import type { PrintLayout, Session } from '../../src/shared/session';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { expect, test, valueOf, type Duet } from './harness';
import { expectNoSeriousViolations } from './helpers/axe';
import { REPORTS_DIR, firstPageImage, pdfPageCount, pdfText, pdfTextInDrawingOrder } from './helpers/pdf';
import { answeredEverywhere } from './helpers/seed';
import { measures } from '../support/episode-fixture';
import { savedSession } from '../support/saved-session';
import enTrajectory from '../../src/renderer/src/i18n/en/trajectory.json' with { type: 'json' };
import esTrajectory from '../../src/renderer/src/i18n/es/trajectory.json' with { type: 'json' };
import enFollowUp from '../../src/renderer/src/i18n/en/followUpPrint.json' with { type: 'json' };
import esFollowUp from '../../src/renderer/src/i18n/es/followUpPrint.json' with { type: 'json' };

const run = promisify(execFile);
const PRACTICE = 'Riverside Family Health';
const PAGE_SIZE = { Letter: /^Page size:.*\(letter\)$/m, A4: /^Page size:.*\(A4\)$/m } as const;
const RENDERER_DIR = join(import.meta.dirname, '..', '..', 'out', 'renderer');

/** What the printed summary must say in each language (from the translations, so a changed word changes the test). */
const EXPECTED: Record<
  Locale,
  { title: string; response: string; drop: string; others: string[]; goal: string; decision: string; scores: RegExp; planNow: RegExp; review: string }
> = {
  en: {
    title: enFollowUp.document.title,
    // GAD-7 12 → 6 and WSAS 22 → 12, in words.
    others: ['GAD-7: worry and anxiety At this visit: 6 out of 21 (Mild). Your score went from 12 at the start to 6 now.', 'WSAS: work and daily life At this visit: 12 out of 40 (Clear problems). Your score went from 22 at the start to 12 now.'],
    goal: 'Sleep through most nights: 6 out of 10',
    response: enTrajectory.change.response,
    drop: 'Your score went from 18 at the start to 8 now.',
    decision: enFollowUp.document.changed.decision['adjust-dose'],
    scores: /Your scores: 18 on Aug 3, 2026, 14 on Sep 14, 2026, 8 on Oct 26, 2026\./,
    planNow: /The plan you follow now: version 2, agreed on \w+ \d+, \d{4}\./,
    review: 'December 7, 2026',
  },
  es: {
    title: esFollowUp.document.title,
    others: ['GAD-7: preocupación y ansiedad En esta visita: 6 de 21 (Leve). Su puntaje pasó de 12 al inicio a 6 ahora.', 'WSAS: trabajo y vida diaria En esta visita: 12 de 40 (Problemas claros). Su puntaje pasó de 22 al inicio a 12 ahora.'],
    goal: 'Sleep through most nights: 6 de 10',
    response: esTrajectory.change.response,
    drop: 'Su puntaje pasó de 18 al inicio a 8 ahora.',
    decision: esFollowUp.document.changed.decision['adjust-dose'],
    scores: /Sus puntajes: 18 el 3 ago 2026, 14 el 14 sept 2026, 8 el 26 oct 2026\./,
    planNow: /El plan que sigue ahora: versión 2, acordada el \d+ de \w+ de \d{4}\./,
    review: '7 de diciembre de 2026',
  },
};

/** A typical follow-up: PHQ-9, GAD-7 and WSAS (what every condition's visit offers), goals rated, a review. */
function visit(date: string, totals: { phq9: number; gad7: number; wsas: number }, extra: Partial<FollowUpAnswers> = {}): FollowUpAnswers {
  return {
    date,
    clinicianName: 'Dr. Rivera',
    measures: measures(totals),
    adherence: { dosesMissedLast7Days: 1, therapySessionsPlanned: 4, therapySessionsAttended: 3 },
    goalProgress: [
      { goal: 'Sleep through most nights', rating: 6 },
      { goal: 'Walk with my sister twice a week', rating: 4 },
    ],
    patientWords: '',
    safetyCheck: { promptedAt: null, clinicianNote: '', safetyPlanReviewed: false },
    review: { decision: 'keep', reason: '', relapsePlanInPlace: null },
    nextReviewDate: '',
    currentPart: 'review',
    ...extra,
  };
}

/**
 * A depression episode seeded through main's real operations: PHQ-9 18 at the first visit with an agreed plan,
 * 14 at the first follow-up, 8 at the second, where the dose is changed and both agree the changed plan (version 2).
 */
async function seedEpisode(duet: Duet, language: Locale, printLayout: PrintLayout): Promise<{ session: Session; visitId: string }> {
  const created = await duet.createSession({ language });
  const first = answeredEverywhere('plan');
  const answers = {
    ...first,
    printLayout,
    baseline: { date: '2026-08-03', measures: measures({ phq9: 18, gad7: 12, wsas: 22 }) },
    plan: { ...first.plan, modalityIds: ['cbt', 'ssri'] },
  };
  let session = savedSession(valueOf(await duet.api.saveAnswers({ id: created.id, answers })));
  expect(session.planVersions.map((version) => version.version)).toEqual([1]);

  session = valueOf(await duet.api.startFollowUp({ id: session.id }));
  const firstVisit = session.followUps.at(-1)!.id;
  valueOf(await duet.api.saveFollowUp({ id: session.id, visitId: firstVisit, visit: visit('2026-09-14', { phq9: 14, gad7: 10, wsas: 18 }, { nextReviewDate: '2026-10-26' }) }));

  session = valueOf(await duet.api.startFollowUp({ id: session.id }));
  const visitId = session.followUps.at(-1)!.id;
  valueOf(
    await duet.api.saveFollowUp({
      id: session.id,
      visitId,
      visit: visit('2026-10-26', { phq9: 8, gad7: 6, wsas: 12 }, {
        review: { decision: 'adjust-dose', reason: 'Sleep is better; the morning dose makes me drowsy at work.', relapsePlanInPlace: null },
        nextReviewDate: '2026-12-07',
      }),
    }),
  );
  // The changed plan, agreed again by both at this visit: version 2.
  session = savedSession(
    valueOf(
      await duet.api.saveAnswers({
        id: session.id,
        answers: { ...session.answers, plan: { ...session.answers.plan, sequencing: 'Medicine in the evening from now on', patientConfirmed: true, clinicianConfirmed: true } },
      }),
    ),
  );
  expect(session.planVersions.map((version) => [version.version, version.followUpId])).toEqual([
    [1, null],
    [2, visitId],
  ]);
  return { session, visitId };
}

const VARIANTS: Array<{ language: Locale; layout: PrintLayout; paperSize: Settings['paperSize'] }> = [];
for (const paperSize of ['Letter', 'A4'] as const) {
  VARIANTS.push({ language: 'en', layout: 'session-language', paperSize });
  VARIANTS.push({ language: 'es', layout: 'session-language', paperSize });
}
VARIANTS.push({ language: 'en', layout: 'bilingual', paperSize: 'Letter' });

for (const { language, layout, paperSize } of VARIANTS) {
  test(`the follow-up summary prints in ${language}${layout === 'bilingual' ? ' + other language' : ''} on ${paperSize}: scores, change in words, plan version, next review, crisis line`, async ({
    duet,
  }) => {
    valueOf(await duet.api.saveSettings({ ...DEFAULT_SETTINGS, practiceName: PRACTICE, paperSize }));
    const { session, visitId } = await seedEpisode(duet, language, layout);

    const saved = valueOf(await duet.api.saveFollowUpPdf({ id: session.id, visitId }));
    if (saved.outcome !== 'saved') throw new Error('The harness printer always saves');
    expect(saved.path).toMatch(/follow-up-\d+\.pdf$/);
    const kept = join(REPORTS_DIR, `follow-up-${language}-${layout}-${paperSize}.pdf`);
    await mkdir(REPORTS_DIR, { recursive: true });
    await copyFile(saved.path, kept);

    const text = await pdfTextInDrawingOrder(saved.path);
    const languages: Locale[] = layout === 'bilingual' ? [language, language === 'en' ? 'es' : 'en'] : [language];
    for (const locale of languages) {
      const expected = EXPECTED[locale];
      expect(text, locale).toContain(expected.title);
      expect(text, locale).toContain(expected.drop);
      expect(text, locale).toContain(expected.response);
      expect(text, locale).toMatch(expected.scores);
      for (const other of expected.others) expect(text, locale).toContain(other);
      expect(text, locale).toContain(expected.goal);
      expect(text, locale).toContain(expected.decision);
      expect(text, locale).toMatch(expected.planNow);
      expect(text, locale).toContain(expected.review);
      expect(text, locale).toContain(DEFAULT_SETTINGS.crisisLine[locale].slice(0, 40));
      // The small chart is drawn: its start and plan-version labels are in the PDF's text.
      expect(text, locale).toContain(locale === 'en' ? enTrajectory.chart.start : esTrajectory.chart.start);
    }
    expect(text).toContain('Plan 1');
    expect(text).toContain('Plan 2');
    // The reason is the clinician's and patient's own words: printed as typed, in every language.
    expect(text).toContain('Sleep is better; the morning dose makes me drowsy at work.');
    expect(text).toContain(PRACTICE);
    // Not remission: 8 is not under 5.
    expect(text).not.toContain(enTrajectory.change.remission.replace('{{below}}', '5'));

    const pages = await pdfPageCount(saved.path);
    expect(pages, 'a typical visit fits on one page per language').toBe(languages.length);
    const { stdout: info } = await run('pdfinfo', [saved.path]);
    expect(info).toMatch(PAGE_SIZE[paperSize]);
    await firstPageImage(saved.path, join(REPORTS_DIR, `follow-up-${language}-${layout}-${paperSize}`));
  });
}

test('the printed plan shows the plan version in force and the day it was agreed', async ({ duet }) => {
  const { session } = await seedEpisode(duet, 'en', 'session-language');
  const saved = valueOf(await duet.api.savePlanPdf({ id: session.id }));
  if (saved.outcome !== 'saved') throw new Error('The harness printer always saves');
  expect(saved.path).toMatch(/plan-\d+\.pdf$/);
  const text = await pdfText(saved.path);
  expect(text).toMatch(/Plan version:? 2, agreed on \w+ \d+, \d{4}/);
});

test('the follow-up preview shows the summary with its trajectory, saves it as a PDF, and passes axe', async ({ duet }) => {
  const { session, visitId } = await seedEpisode(duet, 'en', 'session-language');
  await duet.goto(`#/session/${session.id}/follow-up/${visitId}/preview`);
  const page = duet.page;
  const summary = page.getByRole('article', { name: enFollowUp.document.title });
  await expect(summary).toBeVisible();
  await expect(summary.getByText(EXPECTED.en.drop)).toBeVisible();
  // The chart is drawn (and hidden from screen readers: its words are beside it).
  await expect(summary.locator('[aria-hidden="true"] svg .recharts-line')).toHaveCount(1);
  await expectNoSeriousViolations(page, 'the follow-up preview');

  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status')).toContainText('Saved to');
  expect(duet.savedPdfs.at(-1)).toMatch(/follow-up-\d+\.pdf$/);
  expect(await pdfTextInDrawingOrder(duet.savedPdfs.at(-1)!)).toContain(EXPECTED.en.drop);

  // Print goes through main's printFollowUp (the harness printer answers "cancelled": no system dialog in a test).
  await page.getByRole('button', { name: 'Print…' }).click();
  await expect(page.getByRole('status')).toHaveText('Printing was cancelled.');
});

test('recharts stays out of the first-screen bundle: only the follow-up summary chunk carries it', async () => {
  const html = await readFile(join(RENDERER_DIR, 'index.html'), 'utf8');
  const entry = /src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  expect(entry).toBeTruthy();
  const assets = await readdir(join(RENDERER_DIR, 'assets'));
  const withRecharts: string[] = [];
  for (const file of assets.filter((name) => name.endsWith('.js'))) {
    if ((await readFile(join(RENDERER_DIR, 'assets', file), 'utf8')).includes('recharts-surface')) withRecharts.push(file);
  }
  expect(withRecharts.length, 'recharts is in the build').toBeGreaterThan(0);
  expect(withRecharts).not.toContain(entry);
  // Nor in any chunk the entry imports statically (loaded with it at start).
  const entryCode = await readFile(join(RENDERER_DIR, 'assets', entry!), 'utf8');
  const staticImports = [...entryCode.matchAll(/(?:^|[;\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)].map((match) => match[1]);
  for (const imported of staticImports) expect(withRecharts, `${imported} is loaded with the first screen`).not.toContain(imported);
});
