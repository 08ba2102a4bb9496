import { cleanup, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getCondition } from '../../src/shared/content';
import { PERSONAL_FACTORS, type Caution, type Condition, type PersonalFactor } from '../../src/shared/content/schema';
import type { DuetApi } from '../../src/shared/contract';
import { emptyAboutYou, type AboutYou, type Session } from '../../src/shared/session';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { PlanDocument } from '../../src/renderer/src/print/PlanDocument';
import { OptionsStep } from '../../src/renderer/src/steps/OptionsStep';
import { PlanStep } from '../../src/renderer/src/steps/PlanStep';
import { createSessionWith, installDuet, renderStep, renderWithQueryClient } from './plan-evidence-harness';
import enCommon from '../../src/renderer/src/i18n/en/common.json';

/**
 * Depression as it is, with its own tags removed and one tagged caution per personal factor added, so each
 * "About you" answer has exactly one known caution (two for under 18, which is also under 25) to bring up.
 */
const depression = getCondition('depression');
const cautionFor = (factor: PersonalFactor): Caution => ({
  id: `check-${factor}`,
  kind: 'medicine-safety',
  text: { en: `Check this for ${factor} before starting.`, es: `Revise esto por ${factor} antes de empezar.` },
  sourceIds: [],
  appliesTo: [factor],
});
const tailored: Condition = {
  ...depression,
  cautions: [...depression.cautions.map(({ appliesTo: _ignored, ...caution }) => caution), ...PERSONAL_FACTORS.map(cautionFor)],
};

/** One row per "About you" answer: what was recorded, and the cautions that must come first. */
const ITEMS: Array<{ item: string; about: Partial<AboutYou>; expected: PersonalFactor[] }> = [
  { item: 'age group under 18', about: { ageGroup: 'under-18' }, expected: ['under-18', 'under-25'] },
  { item: 'age group 18 to 24', about: { ageGroup: '18-24' }, expected: ['under-25'] },
  { item: 'age group 65 and over', about: { ageGroup: '65-plus' }, expected: ['older-adult'] },
  { item: 'pregnant', about: { pregnancy: ['pregnant'] }, expected: ['pregnancy'] },
  { item: 'could become pregnant', about: { pregnancy: ['could-become-pregnant'] }, expected: ['pregnancy'] },
  { item: 'breastfeeding', about: { pregnancy: ['breastfeeding'] }, expected: ['pregnancy'] },
  { item: 'very high moods or bipolar disorder', about: { bipolar: 'yes' }, expected: ['bipolar'] },
  { item: 'alcohol or drug use', about: { substanceUse: 'yes' }, expected: ['substance-use'] },
  { item: 'thoughts of suicide or self-harm', about: { suicidalThoughts: 'yes' }, expected: ['suicidal-thoughts'] },
  { item: 'seizures', about: { healthConditions: ['seizures'] }, expected: ['seizures'] },
  { item: 'heart problems', about: { healthConditions: ['heart'] }, expected: ['heart'] },
  { item: 'liver or kidney problems', about: { healthConditions: ['liver-kidney'] }, expected: ['liver-kidney'] },
  { item: 'other medicines (yes)', about: { otherMedicines: 'yes' }, expected: ['other-medicines'] },
  { item: 'other medicines (named only)', about: { otherMedicinesList: 'tramadol' }, expected: ['other-medicines'] },
  // Recorded as the person chooses; no caution depends on it, so nothing moves.
  { item: 'sex and gender', about: { sexAndGender: 'Woman' }, expected: [] },
  { item: 'every answer "no"', about: { bipolar: 'no', substanceUse: 'no', suicidalThoughts: 'no', otherMedicines: 'no' }, expected: [] },
];

let api: DuetApi;
beforeEach(async () => {
  api = (await installDuet()).api;
});

async function sessionAbout(about: Partial<AboutYou>, agreedOption: 'combined' | null = null): Promise<Session> {
  return createSessionWith(api, {}, (answers) => ({
    ...answers,
    aboutYou: { ...emptyAboutYou(), ...about },
    plan: { ...answers.plan, agreedOption },
  }));
}

const idsIn = (element: Element) => [...element.querySelectorAll('[data-caution]')].map((item) => item.getAttribute('data-caution'));
const expectedIds = (factors: PersonalFactor[]) => factors.map((factor) => `check-${factor}`);

describe('"About you" brings the cautions for this person first, and hides nothing', () => {
  for (const { item, about, expected } of ITEMS) {
    it(`${item}: on the Options step, on the Plan step and on the printed plan`, async () => {
      const session = await sessionAbout(about);

      // Options: the options themselves are untouched, in the content's order.
      renderStep(OptionsStep, session, api, tailored);
      const cards = screen.getAllByRole('article').map((card) => within(card).getByRole('heading', { level: 2 }).textContent);
      expect(cards).toEqual(tailored.options.map((option) => enCommon.optionKinds[option.kind]));

      const section = screen.getByRole('region', { name: 'Before you choose' });
      // Every caution is shown exactly once, whatever was answered.
      expect(idsIn(section).sort()).toEqual(tailored.cautions.map((caution) => caution.id).sort());
      // Cautions that apply to the person bring the section to the top of the step, before the options.
      const firstCard = screen.getAllByRole('article')[0]!;
      const sectionBeforeOptions = Boolean(section.compareDocumentPosition(firstCard) & Node.DOCUMENT_POSITION_FOLLOWING);
      expect(sectionBeforeOptions).toBe(expected.length > 0);
      const groups = within(section).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
      const marked = [...section.querySelectorAll('.caution-applies')].map((mark) => mark.closest('[data-caution]')!.getAttribute('data-caution'));
      if (expected.length === 0) {
        expect(within(section).queryByText('These apply to you')).toBeNull();
        expect(marked).toEqual([]);
      } else {
        // Red flags stay first (they apply to everyone); the person's own cautions come next, before every other kind.
        expect(groups[0]).toMatch(/^Talk to your clinician today/);
        expect(groups[1]).toBe('These apply to you');
        const forYou = within(section).getByText('These apply to you').closest('.caution-group')!;
        expect(idsIn(forYou)).toEqual(expectedIds(expected));
        expect(marked).toEqual(expectedIds(expected));
        for (const li of forYou.querySelectorAll('[data-caution]')) expect(li.textContent).toMatch(/^This applies to you\. Medicine safety: /);
      }
      cleanup();

      // Plan: the same cautions in a "Before starting, check" list.
      renderStep(PlanStep, session, api, tailored);
      const before = screen.queryByRole('region', { name: 'Before starting, check' });
      if (expected.length === 0) expect(before).toBeNull();
      else expect(idsIn(before!)).toEqual(expectedIds(expected));
      cleanup();

      // Paper: the same list on the printed plan, in the patient's language.
      renderWithQueryClient(<PlanDocument session={session} settings={DEFAULT_SETTINGS} condition={tailored} />);
      const doc = screen.getByRole('article', { name: 'My care plan' });
      const printed = within(doc).queryByRole('heading', { name: 'Before starting, check' })?.closest('section');
      if (expected.length === 0) {
        expect(printed ?? null).toBeNull();
      } else {
        const lines = [...printed!.querySelectorAll('li')].map((li) => li.textContent);
        expect(lines).toEqual(expected.map((factor) => cautionFor(factor).text.en));
      }
    });
  }

  it('speaks Spanish in a Spanish session, on screen and on paper', async () => {
    const session = await createSessionWith(api, { language: 'es' }, (answers) => ({
      ...answers,
      aboutYou: { ...emptyAboutYou(), bipolar: 'yes' },
    }));
    renderStep(OptionsStep, session, api, tailored);
    const section = screen.getByRole('region', { name: 'Antes de elegir' });
    const forYou = within(section).getByText('Estas aplican en su caso', { selector: 'h3' }).closest('.caution-group')!;
    expect(forYou.textContent).toContain('Esto aplica en su caso. Seguridad de los medicamentos: Revise esto por bipolar antes de empezar.');
    cleanup();
    renderWithQueryClient(<PlanDocument session={session} settings={DEFAULT_SETTINGS} condition={tailored} />);
    const printed = screen.getByRole('heading', { name: 'Antes de empezar, revise' }).closest('section')!;
    expect(printed.textContent).toContain('Revise esto por bipolar antes de empezar.');
  });
});

describe('Crisis lines on the Options step (M9, m12)', () => {
  it('shows the practice crisis line right under the red flags, in the session language', async () => {
    for (const language of ['en', 'es'] as const) {
      const session = await createSessionWith(api, { language });
      renderStep(OptionsStep, session, api, tailored);
      const line = await screen.findByText(DEFAULT_SETTINGS.crisisLine[language], { exact: false });
      const redFlags = line.closest('.caution-red-flag')!;
      expect(redFlags).not.toBeNull();
      // The line is the last thing in the red-flag box, after every red flag.
      expect(redFlags.lastElementChild).toBe(line.closest('p'));
      expect(redFlags.querySelectorAll('[data-caution]').length).toBe(tailored.cautions.filter((c) => c.kind === 'red-flag').length);
      cleanup();
    }
  });

  it('uses the practice line the settings hold, so another country prints its own numbers', async () => {
    await api.saveSettings({ ...DEFAULT_SETTINGS, crisisLine: { en: 'Call 999 or Samaritans on 116 123.', es: 'Llame al 999.' } });
    const session = await createSessionWith(api);
    renderStep(OptionsStep, session, api, tailored);
    expect(await screen.findByText('Call 999 or Samaritans on 116 123.', { exact: false })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Before you choose' }).textContent).not.toContain(DEFAULT_SETTINGS.crisisLine.en);
  });
});
