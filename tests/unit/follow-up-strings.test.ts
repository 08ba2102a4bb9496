import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readingStats } from '../../src/shared/content/readability';

// The follow-up screens' own words (instrument wording comes from src/shared/measures, not from these files).
const read = (namespace: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../src/renderer/src/i18n/en/${namespace}.json`, import.meta.url), 'utf8'));

function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  throw new Error(`${path} is neither text nor a group of texts`);
}

describe('follow-up strings', () => {
  it.each([
    ['measures', () => leaves(read('measures'))],
    ['followUp', () => leaves(read('followUp'))],
    ['home: due for review', () => leaves(read('home')).filter(([key]) => key.startsWith('due.'))],
  ])('%s read at grade 6 or below in English', (_name, texts) => {
    const all = texts();
    expect(all.length).toBeGreaterThan(10);
    expect(readingStats(all.map(([, text]) => text)).grade).toBeLessThanOrEqual(6);
  });
});
