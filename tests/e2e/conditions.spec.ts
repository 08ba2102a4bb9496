import type { Page } from '@playwright/test';
import { nodeContentApi } from '../../scripts/content-data';
import type { Condition } from '../../src/shared/content/schema';
import { LOCALES, pick, type Locale } from '../../src/shared/locale';
import { emptyAnswers } from '../../src/shared/session';
import type { StepId } from '../../src/shared/steps';
import enCommon from '../../src/renderer/src/i18n/en/common.json' with { type: 'json' };
import esCommon from '../../src/renderer/src/i18n/es/common.json' with { type: 'json' };
import enEvidence from '../../src/renderer/src/i18n/en/evidence.json' with { type: 'json' };
import esEvidence from '../../src/renderer/src/i18n/es/evidence.json' with { type: 'json' };
import { expect, test, valueOf } from './harness';
import { expectNoSeriousViolations } from './helpers/axe';

// Every condition, in both languages, shows its own clinical content on Options, Evidence and Myths, and each of
// those screens passes axe. The content comes from the same library the app renders, so new content is covered.

const TEXT = {
  en: { common: enCommon, evidence: enEvidence },
  es: { common: esCommon, evidence: esEvidence },
} satisfies Record<Locale, unknown>;

async function expectStep(page: Page, locale: Locale, step: StepId) {
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TEXT[locale].common.steps.names[step]);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

async function goNext(page: Page, locale: Locale) {
  await page.getByRole('button', { name: new RegExp(`^${TEXT[locale].common.actions.nextTo.split('<')[0]}`) }).click();
}

/** The texts each screen must show for this condition: taken from the content, never retyped here. */
function expectedTexts(condition: Condition, locale: Locale) {
  const name = pick(condition.name, locale);
  return {
    options: condition.options.map((option) => pick(option.summary, locale)),
    evidence:
      condition.outcomes.length > 0
        ? condition.outcomes.map((outcome) => pick(outcome.label, locale))
        : condition.evidenceInWords
          ? [pick(condition.evidenceInWords.title, locale), pick(condition.evidenceInWords.whyNoNumbers, locale)]
          : [TEXT[locale].evidence.comingSoon.title.replace('{{condition}}', name)],
    myths: condition.myths.flatMap((myth) => [pick(myth.myth, locale), pick(myth.fact, locale)]),
  };
}

test.describe.configure({ timeout: 120_000 });

for (const condition of nodeContentApi().content.conditions) {
  for (const locale of LOCALES) {
    test(`${condition.id} (${locale}): Options, Evidence and Myths show its content and pass axe`, async ({ duet }) => {
      const session = await duet.createSession({ conditionId: condition.id, language: locale });
      valueOf(await duet.api.saveAnswers({ id: session.id, answers: { ...emptyAnswers(), currentStep: 'options', furthestStep: 'plan' } }));
      const expected = expectedTexts(condition, locale);
      const { page } = duet;
      const main = page.getByRole('main');
      await duet.goto(`#/session/${session.id}`);

      await expectStep(page, locale, 'options');
      for (const summary of expected.options) await expect(main).toContainText(summary);
      await expectNoSeriousViolations(page, `${condition.id} options (${locale})`);

      await goNext(page, locale);
      await expectStep(page, locale, 'evidence');
      for (const text of expected.evidence) await expect(main).toContainText(text);
      await expectNoSeriousViolations(page, `${condition.id} evidence (${locale})`);

      await goNext(page, locale);
      await expectStep(page, locale, 'myths');
      for (const text of expected.myths) await expect(main).toContainText(text);
      await expectNoSeriousViolations(page, `${condition.id} myths (${locale})`);
    });
  }
}
