import { Suspense, useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLanguage } from '../i18n';
import { lazyScreen, withLaterStrings } from '../routing/lazyScreen';
import type { StepProps } from './types';

export type StepScreen = ComponentType<StepProps> & { preload: () => Promise<unknown> };

const preloads: Array<() => Promise<unknown>> = [];

/** Loads every later step's chunk and the English strings they use (not part of the first screen). */
export function preloadSteps(): Promise<unknown> {
  return Promise.all([...preloads.map((preload) => preload()), loadLanguage('en')]);
}

/**
 * Once any step shows, the other steps load in the background, so Next never waits for them: when the page is
 * idle, after the step has painted, not in competition with it.
 */
function usePreloadSteps(): void {
  useEffect(() => {
    const preload = () => void preloadSteps().catch(() => undefined);
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(preload, { timeout: 2_000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(preload, 200);
    return () => clearTimeout(timer);
  }, []);
}

/** Shown in place of the step's content (the heading and the step navigation stay) while its chunk loads. */
function StepLoading() {
  const { t } = useTranslation('common');
  return (
    <div className="step-content">
      <p role="status">{t('loading')}</p>
    </div>
  );
}

/**
 * A step screen in its own chunk. Its own Suspense boundary keeps the session (its answers, its autosave) mounted
 * while the chunk loads: only the step's content waits, and only the first time, if it was not preloaded.
 */
export function lazyStep(load: () => Promise<ComponentType<StepProps>>): StepScreen {
  const Screen = lazyScreen(withLaterStrings(load));
  preloads.push(Screen.preload);
  function LazyStep(props: StepProps) {
    usePreloadSteps();
    return (
      <Suspense fallback={<StepLoading />}>
        <Screen {...props} />
      </Suspense>
    );
  }
  return Object.assign(LazyStep, { preload: Screen.preload });
}

/** A step that is part of the first screen; showing it still starts loading the others. */
lazyStep.eager = function eagerStep(Step: ComponentType<StepProps>): StepScreen {
  function FirstStep(props: StepProps) {
    usePreloadSteps();
    return <Step {...props} />;
  }
  return Object.assign(FirstStep, { preload: () => Promise.resolve() });
};
