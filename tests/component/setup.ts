import { cleanup, configure } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, vi } from 'vitest';
import { initI18n, loadLanguage } from '../../src/renderer/src/i18n';
import { loadCondition } from '../../src/renderer/src/content';
import { preloadLockScreens } from '../../src/renderer/src/lock/lockScreens';
import { preloadSteps } from '../../src/renderer/src/steps';
import { CONDITION_IDS } from '../../src/shared/content/schema';

initI18n('en');

// findBy/waitFor give up after this long. It only guards against a hang: passing tests return as soon as the state
// they wait for appears, so a loaded machine (real encrypted, fsync'd saves) never turns into a false failure.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(async () => {
  await i18next.changeLanguage('en');
  // Every condition's chunk, loaded as opening a session about it does: screens and parts rendered on their own
  // (a step, the plan document) find their condition and its sources at once, as they do inside a session.
  await Promise.all(CONDITION_IDS.map((id) => loadCondition(id)));
  // The same for the code and strings that load after the first screen (later steps, the lock screens, Spanish,
  // English past the first step): tests that open a session at a later step, or lock on a fake clock, find them in,
  // as the app does once they have loaded. tests/component/lazy-screen.test.tsx covers the loading itself.
  await Promise.all([preloadSteps(), preloadLockScreens(), loadLanguage('es')]);
});

afterEach(async () => {
  // A test that stopped half-way through a fake-clock section must not leave the clock fake for the next one.
  vi.useRealTimers();
  cleanup();
  // Each test starts at Home, in English.
  window.location.hash = '';
  await i18next.changeLanguage('en');
  document.documentElement.lang = 'en';
});
