import type { Page } from '@playwright/test';
import type { Locale } from '../../src/shared/locale';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { STEP_IDS } from '../../src/shared/steps';
import enCommon from '../../src/renderer/src/i18n/en/common.json' with { type: 'json' };
import esCommon from '../../src/renderer/src/i18n/es/common.json' with { type: 'json' };
import enPrint from '../../src/renderer/src/i18n/en/print.json' with { type: 'json' };
import esPrint from '../../src/renderer/src/i18n/es/print.json' with { type: 'json' };
import enHome from '../../src/renderer/src/i18n/en/home.json' with { type: 'json' };
import esHome from '../../src/renderer/src/i18n/es/home.json' with { type: 'json' };
import enNew from '../../src/renderer/src/i18n/en/newSession.json' with { type: 'json' };
import esNew from '../../src/renderer/src/i18n/es/newSession.json' with { type: 'json' };
import enAbout from '../../src/renderer/src/i18n/en/about.json' with { type: 'json' };
import esAbout from '../../src/renderer/src/i18n/es/about.json' with { type: 'json' };
import enSettings from '../../src/renderer/src/i18n/en/settings.json' with { type: 'json' };
import esSettings from '../../src/renderer/src/i18n/es/settings.json' with { type: 'json' };
import { expect, test, valueOf, type Duet } from './harness';
import { expectNoSeriousViolations } from './helpers/axe';
import { answeredEverywhere } from './helpers/seed';

const TEXT = {
  en: { common: enCommon, print: enPrint, home: enHome, newSession: enNew, about: enAbout, settings: enSettings },
  es: { common: esCommon, print: esPrint, home: esHome, newSession: esNew, about: esAbout, settings: esSettings },
} satisfies Record<Locale, unknown>;

async function expectLanguage(page: Page, locale: Locale) {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** Practice default language drives the screens outside a session; a session has its own. */
async function useLocale(duet: Duet, locale: Locale) {
  valueOf(await duet.api.saveSettings({ ...DEFAULT_SETTINGS, defaultLanguage: locale, practiceName: 'Riverside Clinic' }));
}

async function seededSession(duet: Duet, locale: Locale) {
  const session = await duet.createSession({ language: locale });
  valueOf(await duet.api.saveAnswers({ id: session.id, answers: answeredEverywhere('condition') }));
  return session;
}

for (const locale of ['en', 'es'] as const) {
  const text = TEXT[locale];

  test.describe(`accessibility (${locale})`, () => {
    // Several full axe scans per test: about 10 s each on a 2-core machine with two workers.
    test.describe.configure({ timeout: 120_000 });
    test(`home, new session, About and settings (${locale})`, async ({ duet }) => {
      await useLocale(duet, locale);
      await seededSession(duet, locale);
      const { page } = duet;
      const screens = [
        { hash: '#/', heading: text.home.title },
        { hash: '#/new', heading: text.newSession.title },
        { hash: '#/about', heading: text.about.title },
        { hash: '#/settings', heading: text.settings.title },
      ];
      for (const screen of screens) {
        await duet.goto(screen.hash);
        await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
        await expectLanguage(page, locale);
        await expectNoSeriousViolations(page, `${screen.hash} (${locale})`);
      }
    });

    test(`every step of a session, and the print preview (${locale})`, async ({ duet }) => {
      await useLocale(duet, locale);
      const session = await seededSession(duet, locale);
      const { page } = duet;
      await duet.goto(`#/session/${session.id}`);
      for (const [index, step] of STEP_IDS.entries()) {
        await expect(page.getByRole('heading', { level: 1 })).toContainText(text.common.steps.names[step]);
        await expectLanguage(page, locale);
        await expectNoSeriousViolations(page, `step ${index + 1}, ${step} (${locale})`);
        if (index < STEP_IDS.length - 1) await page.getByRole('button', { name: new RegExp(`^${text.common.actions.nextTo.split('<')[0]}`) }).click();
      }

      await duet.goto(`#/session/${session.id}/preview`);
      await expect(page.getByRole('button', { name: text.print.preview.savePdf })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: text.print.document.title })).toBeVisible();
      await expectLanguage(page, locale);
      await expectNoSeriousViolations(page, `print preview (${locale})`);
    });
  });
}
