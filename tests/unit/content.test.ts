import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawContent } from '../../src/shared/content';
import { CONDITION_IDS, contentLibrarySchema } from '../../src/shared/content/schema';
import type { Localized } from '../../src/shared/locale';

/** Every Localized value anywhere in a tree of content. */
function localizedStrings(value: unknown, path = ''): Array<{ path: string; text: Localized }> {
  if (Array.isArray(value)) return value.flatMap((item, index) => localizedStrings(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 2 && typeof record.en === 'string' && typeof record.es === 'string') {
      return [{ path, text: record as Localized }];
    }
    return keys.flatMap((key) => localizedStrings(record[key], path ? `${path}.${key}` : key));
  }
  return [];
}

describe('clinical content library', () => {
  it('passes the content schema, with every issue listed', () => {
    const result = contentLibrarySchema.safeParse(rawContent);
    const issues = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toEqual([]);
  });

  it('has all seven conditions, depression complete', () => {
    expect(rawContent.conditions.map((condition) => condition.id).sort()).toEqual([...CONDITION_IDS].sort());
    expect(rawContent.conditions.find((condition) => condition.id === 'depression')?.completeness).toBe('full');
  });

  it('translates every patient-facing sentence (Spanish is not a copy of the English)', () => {
    const untranslated = localizedStrings(rawContent)
      .filter(({ text }) => text.en.split(/\s+/).length >= 4 && text.en.trim() === text.es.trim())
      .map(({ path }) => path);
    expect(untranslated).toEqual([]);
  });

  it('gives every figure a source with authors, year and publication, a time frame and a certainty', () => {
    const sourcesById = new Map(rawContent.sources.map((source) => [source.id, source]));
    for (const condition of rawContent.conditions) {
      for (const outcome of condition.outcomes) {
        expect(outcome.sourceIds.length, `${condition.id}/${outcome.id}`).toBeGreaterThan(0);
        for (const id of outcome.sourceIds) {
          const source = sourcesById.get(id);
          expect(source, `${condition.id}/${outcome.id} cites ${id}`).toBeDefined();
          expect(source?.authors.length).toBeGreaterThan(0);
          expect(source?.publication.length).toBeGreaterThan(0);
          expect(source?.year).toBeGreaterThan(1950);
        }
        expect(outcome.timeFrame.en.length).toBeGreaterThan(0);
        expect(outcome.certainty).toMatch(/^(high|moderate|low|very-low)$/);
      }
    }
  });

  it('keeps one option per kind in each outcome, so icon arrays compare like with like', () => {
    for (const condition of rawContent.conditions) {
      for (const outcome of condition.outcomes) {
        const kinds = outcome.results.map((result) => result.option);
        expect(new Set(kinds).size, `${condition.id}/${outcome.id}`).toBe(kinds.length);
        for (const result of outcome.results) {
          expect(Number.isInteger(result.per100) && result.per100 >= 0 && result.per100 <= 100).toBe(true);
        }
      }
    }
  });

  it('never carries the seed guide leftovers', () => {
    expect(JSON.stringify(rawContent)).not.toMatch(/turn0search|Integrative Psych/i);
  });

  // Clinical review m8: the seed's untraced claims (a 75 % rehospitalisation figure, its search-tool markers, the
  // clinic's name) must never reach a patient, in either language: not in the clinical content, not in the interface.
  const SEED_LEFTOVERS = [/75\s?%|rehospitali[sz]/i, /turn0search/i, /Integrative Psych/i];

  /** Every string value in a parsed i18n JSON file, with its key path. */
  function jsonStrings(value: unknown, path: string): Array<{ path: string; text: string }> {
    if (typeof value === 'string') return [{ path, text: value }];
    if (value && typeof value === 'object') {
      return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => jsonStrings(child, `${path}.${key}`));
    }
    return [];
  }

  const interfaceStrings = (['en', 'es'] as const).flatMap((locale) => {
    const folder = join(process.cwd(), 'src', 'renderer', 'src', 'i18n', locale);
    return readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) => jsonStrings(JSON.parse(readFileSync(join(folder, file), 'utf8')), `${locale}/${file}`));
  });
  const contentStrings = localizedStrings(rawContent).flatMap(({ path, text }) => [
    { path: `${path}.en`, text: text.en },
    { path: `${path}.es`, text: text.es },
  ]);

  it.each(SEED_LEFTOVERS.map((pattern) => [String(pattern), pattern] as const))(
    'shows no patient-facing string, in English or Spanish, that matches %s',
    (_label, pattern) => {
      expect(interfaceStrings.length).toBeGreaterThan(100);
      const hits = [...contentStrings, ...interfaceStrings].filter(({ text }) => pattern.test(text)).map(({ path }) => path);
      expect(hits).toEqual([]);
    },
  );

  it('would catch the seed claim if it came back (the guard is not vacuous)', () => {
    const planted = ['About 75% less likely to be rehospitalised', 'Un 75 % menos de rehospitalizaciones'];
    for (const text of planted) expect(SEED_LEFTOVERS[0]!.test(text)).toBe(true);
  });

  // The clinic's guide is a source of facts and structure, never of sentences (DEVELOPERS.md).
  const seedFolder = join(process.cwd(), '..', 'shared', 'seed');
  const seedAvailable = existsSync(seedFolder);
  it.skipIf(!seedAvailable)('copies no run of eight words from the seed guide', () => {
    const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9\s]/g, ' ').split(/\s+/).filter(Boolean);
    const seedRuns = new Set<string>();
    for (const file of readdirSync(seedFolder)) {
      const seedWords = words(readFileSync(join(seedFolder, file), 'utf8'));
      for (let i = 0; i + 8 <= seedWords.length; i++) seedRuns.add(seedWords.slice(i, i + 8).join(' '));
    }
    const copied = localizedStrings(rawContent).filter(({ text }) => {
      const contentWords = words(text.en);
      for (let i = 0; i + 8 <= contentWords.length; i++) {
        if (seedRuns.has(contentWords.slice(i, i + 8).join(' '))) return true;
      }
      return false;
    });
    expect(copied.map(({ path }) => path)).toEqual([]);
  });
});

// Clinical review C1, C2, M6, M12, m12 for the three conditions whose medicine options are antidepressants.
describe('antidepressant safety in depression, anxiety and OCD', () => {
  const ANTIDEPRESSANT_CONDITIONS = ['depression', 'anxiety', 'ocd'] as const;
  const conditionById = (id: string) => rawContent.conditions.find((condition) => condition.id === id)!;

  it.each(ANTIDEPRESSANT_CONDITIONS)('%s carries the boxed warning, bipolar, interaction and pregnancy cautions, each tagged for the person it applies to', (id) => {
    const cautions = new Map(conditionById(id).cautions.map((caution) => [caution.id, caution]));
    const boxed = cautions.get('antidepressant-boxed-warning');
    expect(boxed?.text.en).toMatch(/under 25/);
    expect(boxed?.text.en).toMatch(/first 1 to 2 months/);
    expect(boxed?.text.en).toMatch(/dose change/);
    expect(boxed?.text.en).toMatch(/agitation, restlessness, irritability or talk of suicide/);
    expect(boxed?.sourceIds).toContain('fda-antidepressant-suicidality');
    expect(boxed?.appliesTo).toEqual(expect.arrayContaining(['under-18', 'under-25']));
    expect(cautions.get('antidepressant-bipolar-screen')?.appliesTo).toEqual(['bipolar']);
    expect(cautions.get('antidepressant-serotonin-syndrome')?.text.en).toMatch(/Get help now/);
    expect(cautions.get('antidepressant-serotonin-syndrome')?.appliesTo).toEqual(['other-medicines']);
    expect(cautions.get('medicine-pregnancy')?.text.en).toMatch(/pregnant.*breastfeeding/);
    expect(cautions.get('medicine-pregnancy')?.appliesTo).toEqual(['pregnancy']);
    for (const caution of cautions.values()) {
      if (caution.kind === 'medicine-safety') expect(caution.appliesTo?.length, caution.id).toBeGreaterThan(0);
    }
  });

  it.each(ANTIDEPRESSANT_CONDITIONS)('%s puts an urgent review and a safety plan first for thoughts of suicide, never "medicine first"', (id) => {
    const condition = conditionById(id);
    expect(condition.cautions.some((caution) => caution.kind === 'medication-first')).toBe(false);
    const reviewFirst = condition.cautions.find((caution) => caution.id === 'suicidal-thoughts-review-first');
    expect(reviewFirst?.text.en).toMatch(/urgent review and a safety plan come first/);
    // Worded as a condition, never as a statement about the reader (no automatic label).
    expect(reviewFirst?.text.en).toMatch(/^If you have thoughts of suicide/);
    expect(reviewFirst?.text.es).toMatch(/^Si tiene pensamientos de suicidio/);
    expect(reviewFirst?.appliesTo).toEqual(['suicidal-thoughts']);
  });

  it.each(ANTIDEPRESSANT_CONDITIONS)('%s prints no hard-coded crisis number: the practice\'s own crisis line is shown instead', (id) => {
    const texts = localizedStrings(conditionById(id)).flatMap(({ text }) => [text.en, text.es]);
    expect(texts.filter((text) => /\b(988|911)\b/.test(text))).toEqual([]);
    const redFlag = conditionById(id).cautions.find((caution) => caution.id === 'get-help-today');
    expect(redFlag?.text.en).toMatch(/crisis lines below/);
    expect(redFlag?.text.es).toMatch(/líneas de crisis que aparecen abajo/);
  });

  it('names the UK guideline as the UK\'s, and says where US guidance differs (depression)', () => {
    const texts = ANTIDEPRESSANT_CONDITIONS.flatMap((id) => localizedStrings(conditionById(id)).map(({ text }) => text.en));
    expect(texts.filter((text) => /national guideline/i.test(text))).toEqual([]);
    expect(texts.some((text) => /American College of Physicians/.test(text))).toBe(true);
  });
});
