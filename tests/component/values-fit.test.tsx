import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DuetApi } from '../../src/shared/contract';
import type { Answers } from '../../src/shared/session';
import { ValuesStep } from '../../src/renderer/src/steps/ValuesStep';
import { createSessionWith, installDuet, renderStep, value } from './plan-evidence-harness';

let api: DuetApi;
beforeEach(async () => {
  api = (await installDuet()).api;
});

const listItemWith = (article: HTMLElement, text: RegExp) => within(article).getByText(text).closest('li');

describe('What matters to you: how each option fits', () => {
  it('asks for ratings first, and says it is not a recommendation', async () => {
    const session = await createSessionWith(api, {}, (answers) => ({ ...answers, currentStep: 'values', furthestStep: 'values' }));
    renderStep(ValuesStep, session, api);
    const panel = screen.getByRole('region', { name: 'How each option fits what you said' });
    expect(panel.textContent).toContain('It is not a recommendation.');
    expect(within(panel).getByText(/Choose how much each thing matters to you, above/)).toBeTruthy();
    expect(within(panel).queryAllByRole('article')).toHaveLength(0);
  });

  it('shows, side by side, which ratings point toward and away from each option, with reasons in words', async () => {
    const session = await createSessionWith(api, {}, (answers) => ({ ...answers, currentStep: 'values', furthestStep: 'values' }));
    const { lastAnswers } = renderStep(ValuesStep, session, api);
    const user = userEvent.setup();

    await user.click(within(screen.getByRole('group', { name: 'Not taking medicine' })).getByRole('radio', { name: 'Very much' }));
    await user.click(within(screen.getByRole('group', { name: 'What it costs me' })).getByRole('radio', { name: 'A lot' }));
    expect(lastAnswers().importance).toEqual({ 'no-medicine': 4, cost: 3 });

    const panel = screen.getByRole('region', { name: 'How each option fits what you said' });
    const cards = within(panel).getAllByRole('article');
    // Always the content's order: the panel never ranks the options.
    expect(cards.map((card) => card.getAttribute('aria-labelledby'))).toEqual(['fit-therapy', 'fit-medication', 'fit-combined', 'fit-waiting']);

    const therapy = within(panel).getByRole('article', { name: 'Therapy alone' });
    const toward = listItemWith(therapy, /Therapy alone uses no medicine/);
    expect(toward?.textContent).toMatch(/Toward:.*Not taking medicine.*you said “Very much”/);
    expect(therapy.textContent).toContain('More of what matters to you points toward this option than away from it.');
    expect(listItemWith(therapy, /This depends on you and your situation/)?.textContent).toMatch(/Depends:.*What it costs me/);

    const medicine = within(panel).getByRole('article', { name: 'Medicine alone' });
    expect(listItemWith(medicine, /This option means taking medicine/)?.textContent).toMatch(/Away:.*Not taking medicine/);
    expect(medicine.textContent).toContain('More of what matters to you points away from this option than toward it.');
    expect(medicine.textContent).not.toMatch(/\bbest\b|\bworst\b|recommend(ed)? for you/i);
  });

  it('updates when a rating changes, and saves the ratings', async () => {
    const session = await createSessionWith(api, {}, (answers) => ({
      ...answers,
      currentStep: 'values',
      furthestStep: 'values',
      importance: { 'feel-better-quickly': 4 },
    }));
    renderStep(ValuesStep, session, api);
    const waiting = screen.getByRole('article', { name: 'Waiting and checking in' });
    expect(listItemWith(waiting, /Waiting puts off treatment/)?.textContent).toMatch(/Away:.*Feeling better quickly/);

    const rating = () => within(screen.getByRole('group', { name: 'Feeling better quickly' }));
    await userEvent.click(rating().getByRole('radio', { name: 'A little' }));
    expect(
      listItemWith(screen.getByRole('article', { name: 'Waiting and checking in' }), /Waiting puts off treatment/)?.textContent,
    ).toContain('you said “A little”');

    await userEvent.click(rating().getByRole('radio', { name: 'Not at all' }));
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByText(/Choose how much each thing matters to you, above/)).toBeTruthy();
    await waitFor(async () =>
      expect((await value(api.getSession({ id: session.id }))).answers.importance).toEqual({ 'feel-better-quickly': 0 }),
    );
  });

  it('speaks Spanish in a Spanish session', async () => {
    const session = await createSessionWith(api, { language: 'es' }, (answers) => ({
      ...answers,
      currentStep: 'values',
      furthestStep: 'values',
      importance: { 'no-medicine': 2 },
    }));
    renderStep(ValuesStep, session, api);
    const panel = screen.getByRole('region', { name: 'Cómo encaja cada opción con lo que usted dijo' });
    expect(panel.textContent).toContain('No es una recomendación.');
    expect(panel.textContent).toContain('La terapia sola no usa medicamentos.');
    expect(panel.textContent).toContain('A favor:');
  });

  it('is set per condition: each gain on an outcome names its source, and "both together" gets no general gain on speed (M11)', async () => {
    const rated = (answers: Answers): Answers => ({
      ...answers,
      currentStep: 'values',
      furthestStep: 'values',
      importance: { 'feel-better-quickly': 4, 'prevent-return': 4 },
    });
    const depression = await createSessionWith(api, {}, rated);
    const { unmount } = renderStep(ValuesStep, depression, api);
    const combined = screen.getByRole('article', { name: 'Therapy and medicine together' });
    expect(listItemWith(combined, /Both together also take a few weeks/)?.textContent).toMatch(/^=Depends: Feeling better quickly/);
    expect(listItemWith(combined, /Adding therapy while staying on medicine/)?.textContent).toMatch(/^\+Toward: Lowering the chance.*\(Source: Breedvelt 2020\)$/);
    unmount();

    const adhd = await createSessionWith(api, { conditionId: 'adhd' }, rated);
    renderStep(ValuesStep, adhd, api);
    const medicine = screen.getByRole('article', { name: 'Medicine alone' });
    expect(listItemWith(medicine, /works on the day it is taken/)?.textContent).toMatch(/^\+Toward: Feeling better quickly.*\(Source: NICE 2018\)$/);
  });
});
