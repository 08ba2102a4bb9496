import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Screens not on the first path load in their own chunk the first time they are shown (issue 14: the first screen
 * carries only what it shows). One line per screen in App.tsx:
 *
 *   const SettingsScreen = lazyScreen(() => import('./screens/SettingsScreen').then((m) => m.SettingsScreen));
 *
 * It renders inside the app's <Suspense fallback={<ScreenLoading />}>, which shows while the chunk loads.
 * `preload()` starts loading it early (e.g. the route the page opened at) without rendering anything.
 */
export type LazyScreen<Props> = LazyExoticComponent<ComponentType<Props>> & { preload: () => Promise<unknown> };

export function lazyScreen<Props extends object>(load: () => Promise<ComponentType<Props>>): LazyScreen<Props> {
  let loading: Promise<ComponentType<Props>> | null = null;
  const once = () => {
    // A chunk that failed to load (a broken install) is tried again the next time, not remembered as failed.
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  const Screen = lazy(async () => ({ default: await once() }));
  return Object.assign(Screen, { preload: once });
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
