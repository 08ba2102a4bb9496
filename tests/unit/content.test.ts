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
