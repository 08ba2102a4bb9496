import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { content, getCondition } from '../../src/shared/content';
import type { ConditionId } from '../../src/shared/content/schema';
import { LOCALES, type Locale } from '../../src/shared/locale';
import type { DecisionRole, Session } from '../../src/shared/session';
import type { StepId } from '../../src/shared/steps';
import { MythsStep } from '../../src/renderer/src/steps/MythsStep';
import { OptionsStep } from '../../src/renderer/src/steps/OptionsStep';
import { asOutline, renderStep } from './plan-evidence-harness';
import { installTestApi, renderApp, value, type TestApi } from './shell-harness';
import { savedSession } from '../support/saved-session';

let testApi: TestApi;
beforeEach(async () => {
  testApi = await installTestApi();
});
afterEach(async () => {
  await testApi.cleanup();
});

const STEP_HEADINGS: Record<Locale, Partial<Record<StepId, string>>> = {
  en: { condition: 'About the condition', options: 'Your options', myths: 'Myths and facts', values: 'What matters to you' },
  es: { condition: 'Sobre la condición', options: 'Sus opciones', myths: 'Mitos y realidades', values: 'Lo que es importante para usted' },
};
const OPTION_NAMES: Record<Locale, Record<string, string>> = {
  en: { therapy: 'Therapy alone', medication: 'Medicine alone', combined: 'Therapy and medicine together', waiting: 'Waiting and checking in' },
  es: { therapy: 'Solo terapia', medication: 'Solo medicamento', combined: 'Terapia y medicamento juntos', waiting: 'Esperar y volver a revisar' },
};

/** Opens a session at one step, in one language, and waits for that step's heading. */
async function openAt(
  step: StepId,
  language: Locale,
  conditionId: ConditionId = 'depression',
  decisionRole: DecisionRole = 'shared',
): Promise<Session> {
  const created = await value(
    testApi.api.createSession({ clinicianName: 'Dr Rivera', patientLabel: 'AB', conditionId, language, decisionRole }),
  );
  const session = savedSession(
    await value(testApi.api.saveAnswers({ id: created.id, answers: { ...created.answers, currentStep: step, furthestStep: step } })),
  );
  renderApp(`#/session/${session.id}`);
  await screen.findByRole('heading', { level: 1, name: new RegExp(STEP_HEADINGS[language][step]!) });
  return session;
}

const main = () => screen.getByRole('main');

describe.each(LOCALES)('Steps in %s', (locale) => {
  it('Condition: what it is, what happens without treatment, the decision and the chosen way to decide', async () => {
    const condition = getCondition('depression');
    await openAt('condition', locale, 'depression', 'clinician-recommends');
    const text = main().textContent ?? '';
    expect(text).toContain(condition.whatItIs[locale]);
    expect(text).toContain(condition.naturalCourse![locale]);
    expect(text).toContain(condition.decision[locale]);
    expect(text).toContain(locale === 'en' ? 'I want my clinician to recommend what to do' : 'Quiero que mi profesional de salud me recomiende qué hacer');
  });

  it('Options: a card per option with its treatments, what it involves, benefits and harms', async () => {
    const condition = getCondition('depression');
    const session = await openAt('options', locale);
    for (const option of condition.options) {
      const card = screen.getByRole('article', { name: OPTION_NAMES[locale][option.kind] });
      const text = card.textContent ?? '';
      expect(text).toContain(option.summary[locale]);
      for (const modality of option.modalities) {
        expect(text).toContain(modality.name[locale]);
        expect(text).toContain(modality.description[locale]);
      }
      expect(text).toContain(option.involves!.timeEachWeek[locale]);
      option.benefits!.forEach((benefit) => expect(text).toContain(benefit[locale]));
      option.harms!.forEach((harm) => expect(text).toContain(harm[locale]));
      expect(within(card).getAllByRole('heading', { level: 3 }).length).toBeGreaterThanOrEqual(3);
    }

    const interest = locale === 'en' ? 'I want to talk about this' : 'Quiero hablar de esto';
    // One translated sentence names each checkbox: no stray space before the colon.
    const interestIn = (kind: string) => `${interest}: ${OPTION_NAMES[locale][kind]}`;
    await userEvent.click(screen.getByRole('checkbox', { name: interestIn('combined') }));
    await userEvent.click(screen.getByRole('checkbox', { name: interestIn('therapy') }));
    await waitFor(async () =>
      expect((await value(testApi.api.getSession({ id: session.id }))).answers.optionsOfInterest).toEqual(['therapy', 'combined']),
    );
    await userEvent.click(screen.getByRole('checkbox', { name: interestIn('therapy') }));
    await waitFor(async () =>
      expect((await value(testApi.api.getSession({ id: session.id }))).answers.optionsOfInterest).toEqual(['combined']),
    );
  });

  it('Options: the cautions, red flags first under their own heading', async () => {
    const condition = getCondition('depression');
    await openAt('options', locale);
    const section = screen.getByRole('region', { name: locale === 'en' ? 'Before you choose' : 'Antes de elegir' });
    const text = section.textContent ?? '';
    condition.cautions.forEach((caution) => expect(text).toContain(caution.text[locale]));
    const firstGroup = within(section).getAllByRole('heading', { level: 3 })[0];
    expect(firstGroup?.textContent).toMatch(locale === 'en' ? /^Talk to your clinician today/ : /^Hable hoy/);
  });

  it('Options for an outline condition: the options, and a plain note that detailed evidence comes later', async () => {
    const condition = asOutline(getCondition('anxiety'));
    const session = await openAt('options', locale, 'anxiety');
    cleanup(); // the app openAt rendered; the step is rendered alone with the outline copy
    const { container } = renderStep(OptionsStep, session, testApi.api, condition);
    const text = container.textContent ?? '';
    condition.options.forEach((option) => expect(text).toContain(option.summary[locale]));
    expect(screen.getByRole('note').textContent).toMatch(locale === 'en' ? /coming in a later content update/ : /próxima actualización del contenido/);
  });

  it('Myths: every myth with its fact, labelled in words', async () => {
    const condition = getCondition('depression');
    await openAt('myths', locale);
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(condition.myths.length);
    condition.myths.forEach((myth, index) => {
      const text = cards[index]!.textContent ?? '';
      expect(text).toContain(myth.myth[locale]);
      expect(text).toContain(myth.fact[locale]);
      expect(text).toContain(locale === 'en' ? 'Fact' : 'Realidad');
    });
  });

  it('Myths for an outline condition: an honest note instead', async () => {
    const session = await openAt('myths', locale, 'ocd');
    cleanup(); // the app openAt rendered; the step is rendered alone with the outline copy
    renderStep(MythsStep, session, testApi.api, asOutline(getCondition('ocd')));
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByRole('note').textContent).toMatch(locale === 'en' ? /coming in a later content update/ : /próxima actualización/);
  });

  it('What matters to you: every consideration rated 0–4, worries, questions and a leaning', async () => {
    const condition = getCondition('depression');
    await openAt('values', locale);
    for (const consideration of content.considerations) {
      const group = screen.getByRole('group', { name: consideration.label[locale] });
      expect(within(group).getAllByRole('radio')).toHaveLength(5);
    }
    expect(screen.getAllByRole('textbox')).toHaveLength(2);
    const leaning = screen.getByRole('group', { name: locale === 'en' ? 'Which option are you leaning towards right now?' : '¿Qué opción prefiere en este momento?' });
    expect(within(leaning).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([
      ...condition.options.map((option) => option.kind),
      'unsure',
    ]);
  });
});
