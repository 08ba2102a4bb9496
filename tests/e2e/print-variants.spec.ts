import { execFile } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { nodeContentApi } from '../../scripts/content-data';
import type { Locale } from '../../src/shared/locale';
import type { PrintLayout } from '../../src/shared/session';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { expect, test, valueOf } from './harness';
import { answeredEverywhere } from './helpers/seed';
import { REPORTS_DIR, firstPageImage, pdfPageCount, pdfText } from './helpers/pdf';
import enPrint from '../../src/renderer/src/i18n/en/print.json' with { type: 'json' };
import esPrint from '../../src/renderer/src/i18n/es/print.json' with { type: 'json' };

const { getCondition, sourcesForCondition } = nodeContentApi();

const run = promisify(execFile);
const PRACTICE = 'Riverside Family Health';

/** How pdfinfo names each paper size at the end of its "Page size" line. */
const PAGE_SIZE = { Letter: /^Page size:.*\(letter\)$/m, A4: /^Page size:.*\(A4\)$/m } as const;

type PrintStrings = typeof enPrint;
/** The headings of every section of the printed plan in one language, from the print translations. */
function sectionHeadings(strings: PrintStrings): string[] {
  const d = strings.document;
  return [d.role.title, d.option.title, d.goals, d.details.progress, d.nextSteps, d.careTeam.title, d.details.sequencing, d.details.teamwork, d.details.relapse, d.review.title, d.mattersMost, d.worries, d.questions, d.crisis, d.sources, d.agreement.title];
}
const HEADINGS: Record<Locale, string[]> = { en: sectionHeadings(enPrint), es: sectionHeadings(esPrint as PrintStrings) };

const VARIANTS: Array<{ language: Locale; layout: PrintLayout; paperSize: Settings['paperSize'] }> = [];
for (const paperSize of ['Letter', 'A4'] as const) {
  VARIANTS.push({ language: 'en', layout: 'session-language', paperSize });
  VARIANTS.push({ language: 'es', layout: 'session-language', paperSize });
  VARIANTS.push({ language: 'en', layout: 'bilingual', paperSize });
}

for (const { language, layout, paperSize } of VARIANTS) {
  test(`the plan prints whole in ${language}${layout === 'bilingual' ? ' + other language' : ''} on ${paperSize}`, async ({
    duet,
  }) => {
    valueOf(await duet.api.saveSettings({ ...DEFAULT_SETTINGS, practiceName: PRACTICE, paperSize }));
    const session = await duet.createSession({ language });
    valueOf(await duet.api.saveAnswers({ id: session.id, answers: { ...answeredEverywhere('plan'), printLayout: layout } }));

    const saved = valueOf(await duet.api.savePlanPdf({ id: session.id }));
    if (saved.outcome !== 'saved') throw new Error('The harness printer always saves');

    // Kept for a person to look at (reports/ is not committed).
    const kept = join(REPORTS_DIR, `plan-${language}-${layout}-${paperSize}.pdf`);
    await mkdir(REPORTS_DIR, { recursive: true });
    await copyFile(saved.path, kept);

    const text = await pdfText(saved.path);
    const languages: Locale[] = layout === 'bilingual' ? [language, language === 'en' ? 'es' : 'en'] : [language];
    for (const locale of languages) {
      for (const heading of HEADINGS[locale]) expect(text, `${locale} heading "${heading}"`).toContain(heading);
      expect(text).toContain(DEFAULT_SETTINGS.crisisLine[locale].slice(0, 40));
    }
    expect(text).toContain(PRACTICE);
    const firstSource = sourcesForCondition(getCondition('depression'))[0]!;
    expect(text).toContain(String(firstSource.year));
    expect(text).toContain(firstSource.authors.split(/[ ,]/)[0]!);
    // Page numbers from the print footer, in the session's language.
    expect(text).toMatch(language === 'en' ? /Page 1 of \d/ : /Página 1 de \d/);

    const pages = await pdfPageCount(saved.path);
    if (layout === 'session-language') expect(pages, 'one language fits on two pages').toBeLessThanOrEqual(2);
    else expect(pages).toBeGreaterThanOrEqual(2);

    const { stdout: info } = await run('pdfinfo', [saved.path]);
    expect(info).toMatch(PAGE_SIZE[paperSize]);
    // pdffonts: the "emb" column is yes for every font (the bundled Atkinson Hyperlegible and any fallback).
    const { stdout: fonts } = await run('pdffonts', [saved.path]);
    const fontRows = fonts.split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(fontRows.length).toBeGreaterThan(0);
    for (const row of fontRows) expect(row, row).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
    expect(fonts).toContain('AtkinsonHyperlegible');

    await firstPageImage(saved.path, join(REPORTS_DIR, `plan-${language}-${layout}-${paperSize}`));
  });
}
