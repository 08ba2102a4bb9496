import { cleanup } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll } from 'vitest';
import { initI18n } from '../../src/renderer/src/i18n';

initI18n('en');

beforeAll(async () => {
  await i18next.changeLanguage('en');
});

afterEach(async () => {
  cleanup();
  // Each test starts at Home, in English.
  window.location.hash = '';
  await i18next.changeLanguage('en');
  document.documentElement.lang = 'en';
});
