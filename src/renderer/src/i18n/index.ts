import i18next, { type Resource } from 'i18next';
import { useEffect } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import type { RadioChoice } from '../components/RadioGroup';

/**
 * UI strings live in i18n/<locale>/<namespace>.json, one namespace per area of the app.
 * Every file is picked up here, so adding a namespace needs no registration.
 * Clinical content is not here: it is bilingual data in src/shared/content.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json', { eager: true });

function buildResources(): Resource {
  const resources: Resource = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /^\.\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, locale, namespace] = match as unknown as [string, string, string];
    resources[locale] = { ...resources[locale], [namespace]: module.default };
  }
  return resources;
}

/** The languages Duet speaks, each named in its own language so a reader finds theirs. */
export const LANGUAGE_CHOICES: ReadonlyArray<RadioChoice<Locale> & { value: Locale; lang: Locale }> = [
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'es', label: 'Español', lang: 'es' },
];

export const resources = buildResources();
export const namespaces = Object.keys(resources.en ?? {});

export function initI18n(language: Locale = 'en') {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: false,
      ns: namespaces,
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
  }
  return i18next;
}

/** The language the UI is showing now, as one of Duet's locales (for dates, numbers and content). */
export function useUiLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'es' ? 'es' : 'en';
}

/** Switch the whole UI (and the document's lang attribute, for screen readers) to a session's language. */
export function useLanguage(language: Locale | undefined): void {
  useEffect(() => {
    if (!language) return;
    if (i18next.language !== language) void i18next.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);
}
