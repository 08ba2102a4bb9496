import { use, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLanguage } from '../i18n';

/**
 * Screens not on the first path load in their own chunk the first time they are shown (issue 14: the first screen
 * carries only what it shows). One line per screen in App.tsx:
 *
 *   const SettingsScreen = lazyScreen(() => import('./screens/SettingsScreen').then((m) => m.SettingsScreen));
 *
 * It renders inside the app's <Suspense fallback={<ScreenLoading />}>, which shows while the chunk loads.
 * `preload()` starts loading it early (e.g. the route the page opened at) without rendering anything; once it has
 * loaded, the screen renders at once, without suspending (unlike React.lazy, which always suspends on first use).
 */
export type LazyScreen<Props> = ComponentType<Props> & { preload: () => Promise<unknown> };

export function lazyScreen<Props extends object>(load: () => Promise<ComponentType<Props>>): LazyScreen<Props> {
  let loaded: ComponentType<Props> | null = null;
  let loading: Promise<ComponentType<Props>> | null = null;
  const preload = () => {
    // A chunk that failed to load (a broken install) is tried again the next time, not remembered as failed.
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  function Lazy(props: Props) {
    const Component = loaded ?? use(preload());
    // The same component every time: the module's export, loaded once (the rule cannot see that).
    // eslint-disable-next-line react-hooks/static-components
    return <Component {...props} />;
  }
  return Object.assign(Lazy, { preload });
}

/** A screen's loader that also brings the English strings past the first step (i18n LATER_NAMESPACES). */
export function withLaterStrings<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadLanguage('en')]).then(([loaded]) => loaded);
}

/** What shows while a screen's chunk or its content loads: one polite status line, in the UI's language. */
export function ScreenLoading() {
  const { t } = useTranslation('common');
  return (
    <main id="main-content" tabIndex={-1} className="page">
      <p role="status">{t('loading')}</p>
    </main>
  );
}
