import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { laterNamespaces, loadLanguage, namespaces } from '../../src/renderer/src/i18n';

// Issue 14: the first screen carries only the English strings it uses; the rest of English and all of Spanish load
// as one chunk each when first needed. Every namespace must be in exactly one place, and all of them must arrive.
const i18nDir = join(import.meta.dirname, '..', '..', 'src', 'renderer', 'src', 'i18n');
const files = (locale: string) =>
  readdirSync(join(i18nDir, locale))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();

describe('UI strings loaded in two steps', () => {
  it('puts every English namespace either on the first screen or in the later chunk, never both', () => {
    expect([...namespaces, ...laterNamespaces].sort()).toEqual(files('en'));
    expect(namespaces.filter((namespace) => laterNamespaces.includes(namespace))).toEqual([]);
    // The first step and the lock gate need these at once.
    for (const first of ['common', 'steps', 'lock', 'glossary', 'aboutYou', 'quality']) expect(namespaces).toContain(first);
  });

  it('has every namespace of both languages once their chunks are loaded', async () => {
    await Promise.all([loadLanguage('en'), loadLanguage('es')]);
    for (const locale of ['en', 'es'] as const) {
      for (const namespace of files(locale)) expect(i18next.hasResourceBundle(locale, namespace), `${locale}/${namespace}`).toBe(true);
    }
  });
});
