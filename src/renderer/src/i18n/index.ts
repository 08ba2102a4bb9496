import i18next, { type BackendModule, type Resource } from 'i18next';
import { use, useEffect } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import type { RadioChoice } from '../components/RadioGroup';

/**
 * UI strings live in i18n/<locale>/<namespace>.json, one namespace per area of the app.
 * Every English file is picked up here, so adding a namespace needs no registration: it is part of the first
 * screen unless it is listed in LATER_NAMESPACES (and en-later-bundle.ts). Spanish loads as one chunk when it is
 * first needed (es-bundle.ts); so do the later English namespaces (issue 14). Screens that use a namespace not yet
 * loaded wait for it in their Suspense boundary (react-i18next suspends), and useLanguage waits for a language.
 * Clinical content is not here: it is bilingual data in src/shared/content.
 */
const LATER_NAMESPACES = [
  'about',
  'dashboard',
  'evidence',
  'followUp',
  'followUpPrint',
  'home',
  'measures',
  'menu',
  'newSession',
  'plan',
  'practiceServer',
  'print',
  'settings',
  'trajectory',
  'values',
] as const;
const firstScreenFiles = import.meta.glob<{ default: Record<string, unknown> }>(
  ['./en/*.json', '!./en/{about,dashboard,evidence,followUp,followUpPrint,home,measures,menu,newSession,plan,practiceServer,print,settings,trajectory,values}.json'],
  { eager: true },
);

function buildResources(): Resource {
  const english: Record<string, Record<string, unknown>> = {};
  for (const [path, module] of Object.entries(firstScreenFiles)) {
    const match = /^\.\/en\/([\w-]+)\.json$/.exec(path);
    if (match) english[match[1]!] = module.default;
  }
  return { en: english };
}

type Bundle = Record<string, Record<string, unknown>>;

/** { "./es/common.json": module } → { common: strings }: one locale's namespaces from an import.meta.glob. */
export function namespacesOf(files: Record<string, { default: Record<string, unknown> }>): Bundle {
  const bundle: Bundle = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /\/([\w-]+)\.json$/.exec(path);
    if (match) bundle[match[1]!] = module.default;
  }
  return bundle;
}
type TrackedPromise<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T };
const bundleLoaders: Record<Locale, () => Promise<{ bundle: Bundle }>> = {
  en: () => import('./en-later-bundle'),
  es: () => import('./es-bundle'),
};
const loadingBundles = new Map<Locale, TrackedPromise<void>>();

/**
 * Loads every namespace of `language` not loaded yet (one chunk) into i18next, once; the same promise each time,
 * marked for React's use() so a loaded language never suspends again. A chunk that fails to load is tried again.
 */
export function loadLanguage(language: Locale): TrackedPromise<void> {
  const cached = loadingBundles.get(language);
  if (cached) return cached;
  const promise: TrackedPromise<void> = bundleLoaders[language]().then(
    ({ bundle }) => {
      for (const [namespace, strings] of Object.entries(bundle)) {
        if (!i18next.hasResourceBundle(language, namespace)) i18next.addResourceBundle(language, namespace, strings);
      }
      promise.status = 'fulfilled';
    },
    (error: unknown) => {
      loadingBundles.delete(language);
      throw error;
    },
  );
  promise.status = 'pending';
  loadingBundles.set(language, promise);
  return promise;
}

/** i18next's way to the chunks above, for a namespace a component asks for before its language was loaded. */
const lazyBundles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const locale: Locale | null = language === 'en' || language === 'es' ? language : null;
    if (!locale) {
      callback(null, {});
      return;
    }
    loadLanguage(locale).then(
      () => callback(null, i18next.getResourceBundle(locale, namespace) ?? {}),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** The languages Duet speaks, each named in its own language so a reader finds theirs. */
export const LANGUAGE_CHOICES: ReadonlyArray<RadioChoice<Locale> & { value: Locale; lang: Locale }> = [
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'es', label: 'Español', lang: 'es' },
];

export const resources = buildResources();
/** The namespaces of the first screen (every English file but LATER_NAMESPACES). */
export const namespaces: readonly string[] = Object.keys(resources.en ?? {});
export const laterNamespaces: readonly string[] = LATER_NAMESPACES;

export function initI18n(language: Locale = 'en') {
  if (!i18next.isInitialized) {
    void i18next.use(lazyBundles).use(initReactI18next).init({
      resources,
      // The rest comes from lazyBundles when first asked for.
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: false,
      // A copy: i18next adds the namespaces it loads later to this list.
      ns: [...namespaces],
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

/**
 * Switch the whole UI (and the document's lang attribute, for screen readers) to a session's language. A language
 * not loaded yet suspends the caller (its Suspense boundary shows) until its chunk is in, so no screen shows in
 * one language and then jumps to the other.
 */
export function useLanguage(language: Locale | undefined): void {
  if (language && language !== 'en') {
    const loading: TrackedPromise<void> = loadLanguage(language);
    if (loading.status !== 'fulfilled') use(loading as Promise<void>);
  }
  useEffect(() => {
    if (!language) return;
    if (i18next.language !== language) void i18next.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);
}
