import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readingStats } from '../../src/shared/content/readability';

// EN/ES parity for every namespace is tests/unit/i18n-parity.test.ts; this file checks reading level.
const NAMESPACES = ['values', 'quality', 'prepare', 'aboutYou', 'trajectory', 'followUpPrint'] as const;
const read = (locale: string, namespace: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../src/renderer/src/i18n/${locale}/${namespace}.json`, import.meta.url), 'utf8'));

function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  throw new Error(`${path} is neither text nor a group of texts`);
}

describe.each(NAMESPACES)('the %s strings', (namespace) => {
  it('read at grade 8 or below in English (published instrument wording and citations aside)', () => {
    const texts = leaves(read('en', namespace))
      .filter(([key]) => !/^(sure\.items|collaborate\.items|collaborate\.scale)\.|\.source$/.test(key))
      .map(([, text]) => text);
    expect(readingStats(texts).grade).toBeLessThanOrEqual(8);
  });
});
