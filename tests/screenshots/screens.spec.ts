import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../e2e/harness';
import { answeredEverywhere } from '../e2e/helpers/seed';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { STEP_IDS } from '../../src/shared/steps';

/** Pictures of real screens for the README and docs, rendered from the built app over a real store. */
const folder = join(process.cwd(), 'docs', 'screenshots');

test('renders every step and the print preview to docs/screenshots', async ({ duet }) => {
  test.setTimeout(120_000);
  await duet.page.setViewportSize({ width: 1280, height: 900 });
  await duet.api.saveSettings({
    practiceName: 'Riverside Family Health',
    crisisLine: DEFAULT_SETTINGS.crisisLine,
    defaultLanguage: 'en',
    paperSize: 'Letter',
  });
  for (const language of ['en', 'es'] as const) {
    const session = await duet.createSession({ language });
    for (const step of STEP_IDS) {
      await duet.api.saveAnswers({ id: session.id, answers: answeredEverywhere(step) });
      await duet.goto(`#/session/${session.id}`);
      // Same URL each time: reload so the page reads the step just saved.
      await duet.page.reload();
      await expect(duet.page.locator('h1')).toBeVisible();
      const file = join(folder, `${language}-${STEP_IDS.indexOf(step) + 1}-${step}.png`);
      await duet.page.screenshot({ path: file, fullPage: true });
      expect(existsSync(file)).toBe(true);
    }
    await duet.goto(`#/session/${session.id}/preview`);
    await expect(duet.page.locator('h1').first()).toBeVisible();
    await duet.page.screenshot({ path: join(folder, `${language}-7-preview.png`), fullPage: true });
  }
  await duet.goto('#/');
  await duet.page.screenshot({ path: join(folder, 'home.png') });
});

/** The screens the "About you" merge added: the panel filled, cautions for the person, the safety plan, BPD in words, review. */
test('renders the About-you, safety-plan, BPD and review screens to docs/screenshots', async ({ duet }) => {
  test.setTimeout(120_000);
  await duet.page.setViewportSize({ width: 1280, height: 900 });
  for (const language of ['en', 'es'] as const) {
    const session = await duet.createSession({ language });
    for (const step of ['condition', 'options', 'plan'] as const) {
      const answers = answeredEverywhere(step);
      await duet.api.saveAnswers({
        id: session.id,
        answers: {
          ...answers,
          aboutYou: { ...answers.aboutYou, suicidalThoughts: 'yes', pregnancy: ['pregnant'] },
          plan: {
            ...answers.plan,
            safetyPlan: {
              warningSigns: 'Sleeping badly, pulling away from people',
              onMyOwn: 'Walk the dog, listen to music',
              peopleAndPlaces: 'Coffee with my sister, the library',
              peopleToAsk: 'Sister: 555-0188',
              professionals: 'Dr Lee: 555-0142',
              saferSurroundings: 'My sister keeps my extra medicine',
            },
          },
        },
      });
      await duet.goto(`#/session/${session.id}`);
      await duet.page.reload();
      await expect(duet.page.locator('h1')).toBeVisible();
      await duet.page.screenshot({ path: join(folder, `${language}-about-you-${step}.png`), fullPage: true });
    }
    const bpd = await duet.createSession({ language, conditionId: 'bpd' });
    await duet.api.saveAnswers({ id: bpd.id, answers: answeredEverywhere('evidence') });
    await duet.goto(`#/session/${bpd.id}`);
    await duet.page.reload();
    await expect(duet.page.locator('h1')).toBeVisible();
    await duet.page.screenshot({ path: join(folder, `${language}-bpd-evidence.png`), fullPage: true });
  }
  await duet.goto('#/about');
  await expect(duet.page.locator('#about-review')).toBeVisible();
  await duet.page.locator('#about-review').scrollIntoViewIfNeeded();
  await duet.page.screenshot({ path: join(folder, 'about-review.png') });
});
