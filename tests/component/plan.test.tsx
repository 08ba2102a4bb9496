import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DuetApi } from '../../src/shared/contract';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { PlanStep } from '../../src/renderer/src/steps/PlanStep';
import { createSessionWith, installDuet, renderStep, value } from './plan-evidence-harness';

let api: DuetApi;
beforeEach(async () => {
  api = (await installDuet()).api;
});

async function renderPlan(overrides: Parameters<typeof createSessionWith>[1] = {}) {
  const session = await createSessionWith(api, overrides);
  return { session, ...renderStep(PlanStep, session, api) };
}

describe('Plan step', () => {
  it('records the agreed option and keeps only the treatments that belong to it', async () => {
    const { lastAnswers } = await renderPlan();
    const user = userEvent.setup();

    await user.click(screen.getByRole('radio', { name: 'Therapy and medicine together' }));
    expect(lastAnswers().plan.agreedOption).toBe('combined');

    const treatments = screen.getByRole('group', { name: 'Which treatments in this option' });
    await user.click(screen.getByRole('checkbox', { name: /Cognitive behavioural therapy/ }));
    await user.click(screen.getByRole('checkbox', { name: /SSRI/ }));
    expect(lastAnswers().plan.modalityIds).toEqual(['cbt', 'ssri']);
    expect(treatments).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Therapy alone' }));
    expect(lastAnswers().plan).toMatchObject({ agreedOption: 'therapy', modalityIds: ['cbt'] });
  });

  it('adds, edits and removes goals by keyboard, moving focus with the change', async () => {
    const { lastAnswers } = await renderPlan();
    const user = userEvent.setup();
    expect(screen.getByText('No goals written yet.')).toBeTruthy();

    screen.getByRole('button', { name: 'Add a goal' }).focus();
    await user.keyboard('{Enter}');
    expect(lastAnswers().plan.goals).toEqual(['']);
    const first = screen.getByRole('textbox', { name: 'Goal 1' });
    await waitFor(() => expect(document.activeElement).toBe(first));
    await user.keyboard('Sleep better');
    expect(lastAnswers().plan.goals).toEqual(['Sleep better']);

    await user.click(screen.getByRole('button', { name: 'Add a goal' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Goal 2' })));
    await user.keyboard('Back to work');
    expect(lastAnswers().plan.goals).toEqual(['Sleep better', 'Back to work']);

    await user.click(screen.getByRole('button', { name: 'Remove goal 1' }));
    expect(lastAnswers().plan.goals).toEqual(['Back to work']);
    const remaining = screen.getByRole('textbox', { name: 'Goal 1' }) as HTMLInputElement;
    expect(remaining.value).toBe('Back to work');
    await waitFor(() => expect(document.activeElement).toBe(remaining));

    await user.click(screen.getByRole('button', { name: 'Remove goal 1' }));
    expect(lastAnswers().plan.goals).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a goal' })));
  });

  it('says plainly when a list is full', async () => {
    const { lastAnswers } = await renderPlan();
    const user = userEvent.setup();
    const add = screen.getByRole('button', { name: 'Add a goal' });
    for (let count = 0; count < 10; count += 1) await user.click(add);
    expect(lastAnswers().plan.goals).toHaveLength(10);
    await user.click(add);
    expect(lastAnswers().plan.goals).toHaveLength(10);
    expect(screen.getByText('You can add up to 10 goals. Remove one to add another.')).toBeTruthy();
  });

  it('records next steps with dates, the care team and the review date', async () => {
    const { lastAnswers } = await renderPlan();
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    await user.type(screen.getByRole('textbox', { name: 'Step 1: what happens' }), 'Book first therapy session');
    fireEvent.change(screen.getByLabelText('Step 1: date'), { target: { value: '2031-05-02' } });
    expect(lastAnswers().plan.nextSteps).toEqual([{ text: 'Book first therapy session', date: '2031-05-02', done: false }]);

    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    const person = screen.getByRole('group', { name: 'Person 1' });
    expect(person).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Role' }), 'Therapist');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ana Ruiz');
    await user.type(screen.getByRole('textbox', { name: 'Phone or email' }), '555-0100');
    expect(lastAnswers().plan.careTeam).toEqual([{ role: 'Therapist', name: 'Ana Ruiz', contact: '555-0100' }]);

    fireEvent.change(screen.getByLabelText('Review date'), { target: { value: '2031-06-15' } });
    expect(lastAnswers().plan.reviewDate).toBe('2031-06-15');
    // Everything typed so far survives the real save.
    expect(lastAnswers().plan.nextSteps).toHaveLength(1);
  });

  it('starts crisis contacts from the practice crisis line in the session language', async () => {
    const { lastAnswers } = await renderPlan({ language: 'es' });
    const box = (await screen.findByRole('textbox', { name: 'Contactos para una crisis' })) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toBe(DEFAULT_SETTINGS.crisisLine.es));

    await userEvent.setup().type(box, ' Hermana: 555-0199');
    expect(lastAnswers().plan.crisisContacts).toBe(`${DEFAULT_SETTINGS.crisisLine.es} Hermana: 555-0199`);
  });

  it('marks the plan agreed only when both agree and an option is chosen, then offers the print preview', async () => {
    const { session, lastAnswers } = await renderPlan();
    const user = userEvent.setup();

    await user.click(screen.getByRole('checkbox', { name: 'Patient agrees with this plan' }));
    await user.click(screen.getByRole('checkbox', { name: 'Clinician agrees with this plan' }));
    expect(screen.getByText(/Choose the option you agreed on/)).toBeTruthy();
    expect(screen.queryByText(/Plan agreed on/)).toBeNull();

    // Each person agreed to a specific option: choosing one withdraws the earlier ticks, so they confirm again.
    await user.click(screen.getByRole('radio', { name: 'Medicine alone' }));
    expect(lastAnswers().plan).toMatchObject({ patientConfirmed: false, clinicianConfirmed: false });
    expect(screen.queryByText(/Plan agreed on/)).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Patient agrees with this plan' }));
    await user.click(screen.getByRole('checkbox', { name: 'Clinician agrees with this plan' }));
    const agreed = await screen.findByText(/Plan agreed on /);
    const saved = await value(api.getSession({ id: session.id }));
    expect(saved.answers.plan.agreedAt).not.toBeNull();
    const year = new Date(saved.answers.plan.agreedAt!).getFullYear();
    expect(agreed.textContent).toContain(String(year));

    const preview = screen.getByRole('link', { name: 'Print preview' });
    expect(preview.getAttribute('href')).toBe(`#/session/${session.id}/preview`);
    expect(preview.className).toContain('button-primary');

    await user.click(screen.getByRole('checkbox', { name: 'Clinician agrees with this plan' }));
    expect(screen.queryByText(/Plan agreed on/)).toBeNull();
  });

  it('withdraws the agreement when the agreed option changes', async () => {
    const { session, lastAnswers } = await renderPlan();
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Therapy alone' }));
    await user.click(screen.getByRole('checkbox', { name: 'Patient agrees with this plan' }));
    await user.click(screen.getByRole('checkbox', { name: 'Clinician agrees with this plan' }));
    await screen.findByText(/Plan agreed on /);

    await user.click(screen.getByRole('radio', { name: 'Therapy and medicine together' }));
    expect(lastAnswers().plan).toMatchObject({ agreedOption: 'combined', patientConfirmed: false, clinicianConfirmed: false });
    await waitFor(async () => expect((await value(api.getSession({ id: session.id }))).answers.plan.agreedAt).toBeNull());
    expect(screen.queryByText(/Plan agreed on/)).toBeNull();
  });

  it('records how progress is measured, what starts first, teamwork, monitoring and relapse prevention', async () => {
    const { lastAnswers } = await renderPlan();
    const user = userEvent.setup();
    const fields: Array<[RegExp, keyof ReturnType<typeof lastAnswers>['plan'], string]> = [
      [/^How we will know it is working/, 'progressMeasures', 'Mood score each visit'],
      [/^What starts first, and when the rest starts/, 'sequencing', 'Therapy first'],
      [/^How the prescriber and therapist keep in touch/, 'coordination', 'Monthly call'],
      [/^What we will check, and how often/, 'monitoring', 'Side effects'],
      [/^My early warning signs/, 'warningSigns', 'Poor sleep'],
      [/^What I will do if I notice them/, 'copingSteps', 'Call my sister'],
    ];
    for (const [label, key, typed] of fields) {
      await user.type(screen.getByRole('textbox', { name: label }), typed);
      expect(lastAnswers().plan[key]).toBe(typed);
    }
    // The sequencing rule (clinical review M12): safety first, never "medicine first".
    expect(screen.getByText(/If you have thoughts of suicide, an urgent review and a safety plan come first/)).toBeTruthy();
    expect(screen.queryByText(/Medicine may start first/)).toBeNull();
  });

  it('shows how to stop a medicine safely only on plans that include medicine (m1)', async () => {
    await renderPlan();
    const user = userEvent.setup();
    const taperRule = /Do not stop a medicine suddenly without talking to your prescriber/;
    expect(screen.queryByText(taperRule)).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Therapy alone' }));
    expect(screen.queryByText(taperRule)).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Medicine alone' }));
    const rule = screen.getByText(taperRule);
    // Stopping is allowed for serious side effects, pregnancy or the patient's own choice.
    expect(rule.textContent).toMatch(/serious side effects/);
    expect(rule.textContent).toMatch(/a pregnancy/);
    expect(rule.textContent).toMatch(/because you choose to/);
    await user.click(screen.getByRole('radio', { name: 'Therapy and medicine together' }));
    expect(screen.getByText(taperRule)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Waiting and checking in' }));
    expect(screen.queryByText(taperRule)).toBeNull();
  });
});
