import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DuetApi } from '../../src/shared/contract';
import { emptyAboutYou } from '../../src/shared/session';
import { ConditionStep } from '../../src/renderer/src/steps/ConditionStep';
import { createSessionWith, installDuet, renderStep, value } from './plan-evidence-harness';

let api: DuetApi;
beforeEach(async () => {
  api = (await installDuet()).api;
});

describe('"About you" at the start of a session', () => {
  it('starts blank, takes every answer by keyboard alone, and lets any answer go back to blank', async () => {
    const session = await createSessionWith(api);
    const { lastAnswers } = renderStep(ConditionStep, session, api);
    const section = screen.getByRole('region', { name: 'About you (optional)' });
    expect(session.answers.aboutYou).toEqual(emptyAboutYou());
    const user = userEvent.setup();

    // Age group: a radio group; arrow keys move the choice, as in every native radio group.
    const age = within(section).getByRole('group', { name: 'Age group' });
    within(age).getByRole('radio', { name: 'Under 18' }).focus();
    await user.keyboard(' ');
    expect(lastAnswers().aboutYou.ageGroup).toBe('under-18');
    await user.keyboard('{ArrowRight}');
    expect(lastAnswers().aboutYou.ageGroup).toBe('18-24');

    const pregnancy = within(section).getByRole('group', { name: 'Pregnancy and breastfeeding' });
    within(pregnancy).getByRole('checkbox', { name: 'Breastfeeding' }).focus();
    await user.keyboard(' ');
    expect(lastAnswers().aboutYou.pregnancy).toEqual(['breastfeeding']);

    const yes = (legend: RegExp) => within(within(section).getByRole('group', { name: legend })).getByRole('radio', { name: 'Yes' });
    await user.click(yes(/very high moods/));
    await user.click(yes(/alcohol or drugs/));
    await user.click(yes(/Other medicines|Takes other medicines/));
    expect(lastAnswers().aboutYou).toMatchObject({ bipolar: 'yes', substanceUse: 'yes', otherMedicines: 'yes' });

    const health = within(section).getByRole('group', { name: /Other health problems/ });
    await user.click(within(health).getByRole('checkbox', { name: 'Heart problems' }));
    await user.click(within(health).getByRole('checkbox', { name: 'Seizures or epilepsy' }));
    // Stored in the questions' order, whatever the order of ticking.
    expect(lastAnswers().aboutYou.healthConditions).toEqual(['seizures', 'heart']);

    // "Not answered" takes an answer back to blank.
    await user.click(within(within(section).getByRole('group', { name: /very high moods/ })).getByRole('radio', { name: 'Not answered' }));
    expect(lastAnswers().aboutYou.bipolar).toBeNull();
    await user.click(within(age).getByRole('radio', { name: 'Not answered' }));
    expect(lastAnswers().aboutYou.ageGroup).toBeNull();
  });

  it('keeps the typed answers in the person\'s own words, saved with the session', async () => {
    const session = await createSessionWith(api);
    const { lastAnswers } = renderStep(ConditionStep, session, api);
    const section = screen.getByRole('region', { name: 'About you (optional)' });
    const user = userEvent.setup();
    await user.click(within(section).getByRole('textbox', { name: /^Sex and gender/ }));
    await user.paste('Non-binary');
    await user.click(within(section).getByRole('textbox', { name: /^Which medicines/ }));
    await user.paste('Tramadol');
    expect(lastAnswers().aboutYou).toMatchObject({ sexAndGender: 'Non-binary', otherMedicinesList: 'Tramadol' });
    await waitFor(async () =>
      expect((await value(api.getSession({ id: session.id }))).answers.aboutYou).toMatchObject({ sexAndGender: 'Non-binary', otherMedicinesList: 'Tramadol' }),
    );
  });

  it('prompts the clinician to check safety now when thoughts of suicide are recorded, and never labels risk', async () => {
    const session = await createSessionWith(api);
    renderStep(ConditionStep, session, api);
    const section = screen.getByRole('region', { name: 'About you (optional)' });
    expect(within(section).queryByRole('note')).toBeNull();
    const thoughts = within(section).getByRole('group', { name: /Thoughts of suicide or of self-harm now/ });
    await userEvent.click(within(thoughts).getByRole('radio', { name: 'Yes' }));
    const prompt = within(section).getByRole('note');
    expect(prompt.textContent).toMatch(/^Check safety now, today/);
    expect(prompt.textContent).not.toMatch(/risk|score/i);
    await userEvent.click(within(thoughts).getByRole('radio', { name: 'No' }));
    expect(within(section).queryByRole('note')).toBeNull();
  });

  it('is in Spanish in a Spanish session', async () => {
    const session = await createSessionWith(api, { language: 'es' });
    renderStep(ConditionStep, session, api);
    const section = screen.getByRole('region', { name: 'Sobre usted (opcional)' });
    expect(within(section).getByRole('group', { name: 'Grupo de edad' })).toBeTruthy();
    expect(within(section).getAllByRole('radio', { name: 'Sin respuesta' }).length).toBe(5);
  });

  it('is not shown while the patient prepares alone: the clinician fills it in with them', async () => {
    const session = await createSessionWith(api, {}, (answers) => ({ ...answers, mode: 'prepare' }));
    renderStep(ConditionStep, session, api);
    expect(screen.queryByRole('region', { name: 'About you (optional)' })).toBeNull();
  });
});
