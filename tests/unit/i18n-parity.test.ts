import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// I-1: every namespace, in every language, has the same keys, the same interpolation variables and the same
// <Trans> tags as English, and no empty text. Generic: a namespace or key added later is checked with no change here.
const i18nDir = join(import.meta.dirname, '..', '..', 'src', 'renderer', 'src', 'i18n');
const locales = readdirSync(i18nDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const namespacesIn = (locale: string) =>
  readdirSync(join(i18nDir, locale))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
const read = (locale: string, namespace: string): unknown => JSON.parse(readFileSync(join(i18nDir, locale, `${namespace}.json`), 'utf8'));

function leaves(value: unknown, path = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[path, value]]);
  // Arrays are lists read with returnObjects: each item is checked like a key (path.0, path.1, …).
  if (value && typeof value === 'object') {
    return new Map(Object.entries(value).flatMap(([key, child]) => [...leaves(child, path ? `${path}.${key}` : key)]));
  }
  throw new Error(`${path || '(top)'} is neither text nor a group of texts`);
}

/** What a translation must keep from English: {{variables}}, $t(nested keys) and <tag>s for <Trans>. */
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}|\$t\(([^)]*)\)|<\/?(\w+)\s*\/?>/g)].map((match) => match[0].replace(/\s+/g, '')).sort();

/**
 * Keys whose translation deliberately leaves out a variable English uses, with the reason. Nothing else may.
 * Spanish says "esta condición" rather than the condition's name, which would need an article that agrees with it.
 */
const LEFT_OUT: Record<string, string[]> = {
  'es steps:condition.naturalCourseComing': ['{{name}}'],
  'es steps:options.outlineNote': ['{{name}}'],
  'es steps:myths.comingLater': ['{{name}}'],
};

describe('translations', () => {
  it('exist in English and Spanish, with the same namespaces', () => {
    expect(locales).toEqual(['en', 'es']);
    expect(namespacesIn('en').length).toBeGreaterThanOrEqual(15);
    for (const locale of locales) expect(namespacesIn(locale), locale).toEqual(namespacesIn('en'));
  });

  it('every English namespace is typed (src/renderer/src/i18n/i18next.d.ts)', () => {
    const declaration = readFileSync(join(i18nDir, 'i18next.d.ts'), 'utf8');
    for (const namespace of namespacesIn('en')) {
      expect(declaration, namespace).toContain(`from './en/${namespace}.json'`);
      expect(declaration, namespace).toMatch(new RegExp(`\\b${namespace}: typeof ${namespace};`));
    }
  });

  describe.each(namespacesIn('en'))('namespace %s', (namespace) => {
    const english = leaves(read('en', namespace));

    it.each(locales.filter((locale) => locale !== 'en'))('has the same keys and placeholders in %s, none empty', (locale) => {
      const other = leaves(read(locale, namespace));
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      const expected = (key: string, text: string) => {
        const leftOut = LEFT_OUT[`${locale} ${namespace}:${key}`] ?? [];
        return placeholders(text).filter((placeholder) => !leftOut.includes(placeholder));
      };
      const mismatched = [...english]
        .filter(([key, text]) => placeholders(other.get(key) ?? '').join(' ') !== expected(key, text).join(' '))
        .map(([key, text]) => `${namespace}:${key} en ${placeholders(text).join(' ')} / ${locale} ${placeholders(other.get(key) ?? '').join(' ')}`);
      expect(mismatched).toEqual([]);
      for (const [key, text] of [...english, ...other]) expect(text.trim(), `${namespace}:${key}`).not.toBe('');
    });
  });
});
