import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DuetApi } from '../../src/shared/contract';
import type { Answers } from '../../src/shared/session';
import { ConditionStep } from '../../src/renderer/src/steps/ConditionStep';
import { PlanStep } from '../../src/renderer/src/steps/PlanStep';
import { createSessionWith, installDuet, renderStep, value } from './plan-evidence-harness';

let api: DuetApi;
beforeEach(async () => {
  api = (await installDuet()).api;
});

const SURE_QUESTIONS = [
  'Do you feel SURE about the best choice for you?',
  'Do you know the benefits and risks of each option?',
  'Are you clear about which benefits and risks matter most to you?',
  'Do you have enough support and advice to make a choice?',
];
const atPlan = (answers: Answers): Answers => ({ ...answers, currentStep: 'plan', furthestStep: 'plan' });
const stored = async (id: string) => (await value(api.getSession({ id }))).answers;

async function answerSure(region: HTMLElement, answers: ('Yes' | 'No')[]) {
  for (const [index, question] of SURE_QUESTIONS.entries()) {
    const group = within(region).getByRole('group', { name: question });
    await userEvent.click(within(group).getByRole('radio', { name: answers[index]! }));
  }
}

describe('SURE test', () => {
  it('is asked at the end of the Condition step, and four yes answers say the patient seems ready', async () => {
    const session = await createSessionWith(api);
    renderStep(ConditionStep, session, api);
    const region = screen.getByRole('region', { name: 'A quick check before you look at the options' });
    await answerSure(region, ['Yes', 'Yes', 'Yes', 'Yes']);
    expect(within(region).getByText('Yes to all 4. You seem ready to go on.')).toBeTruthy();
    expect(region.textContent).toContain('Can Fam Physician 2010;56:e308');
    await waitFor(async () =>
      expect((await stored(session.id)).sure).toEqual({
        beforeOptions: { sure: true, understand: true, riskBenefit: true, encouragement: true },
        beforeAgreement: null,
      }),
    );
  });

  it('is asked again before agreeing; a "no" flags conflict and offers the step to revisit', async () => {
    const session = await createSessionWith(api, {}, atPlan);
    const { lastAnswers } = renderStep(PlanStep, session, api);
    const region = screen.getByRole('region', { name: 'A quick check before you agree' });
    await answerSure(region, ['Yes', 'No', 'Yes', 'No']);

    expect(within(region).getByText(/Yes to 2 of 4\. Many people feel unsure/)).toBeTruthy();
    expect(region.textContent).toContain('Go over the options and what the research shows again.');
    expect(region.textContent).toContain('Tell your clinician what support you need.');
    expect(lastAnswers().sure.beforeAgreement).toEqual({ sure: true, understand: false, riskBenefit: true, encouragement: false });

    await userEvent.click(within(region).getByRole('button', { name: 'Go to: What the research shows' }));
    expect(lastAnswers().currentStep).toBe('evidence');
  });

  it('shows a Spanish version in a Spanish session', async () => {
    const session = await createSessionWith(api, { language: 'es' }, atPlan);
    renderStep(PlanStep, session, api);
    const region = screen.getByRole('region', { name: 'Una pregunta rápida antes de ponerse de acuerdo' });
    expect(within(region).getByRole('group', { name: '¿Se siente SEGURO/A de cuál es la mejor opción para usted?' })).toBeTruthy();
  });
});

describe('Teach-back, decision role and CollaboRATE on the Plan step', () => {
  it('lists the options the patient looked at, prompts until done, and never blocks the agreement', async () => {
    const session = await createSessionWith(api, {}, (answers) => ({ ...atPlan(answers), optionsOfInterest: ['therapy', 'combined'] }));
    const { lastAnswers } = renderStep(PlanStep, session, api);
    const user = userEvent.setup();
    const teachBack = screen.getByRole('region', { name: 'Check understanding (teach-back)' });
    expect(teachBack.textContent).toContain('Ask the patient to say back, in their own words, the main point of each option');
    const perOption = within(teachBack).getByRole('group', { name: 'The patient said back the main point of:' });
    expect(within(perOption).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      'Therapy alone',
      'Therapy and medicine together',
    ]);
    // The prompt shows in the teach-back section and again where people agree.
    expect(screen.getAllByText('Teach-back is not done yet. It is best to do it before you both agree.')).toHaveLength(2);

    // Agreement is not blocked.
    await user.click(screen.getByRole('radio', { name: 'Therapy alone' }));
    await user.click(screen.getByRole('checkbox', { name: 'Patient agrees with this plan' }));
    await user.click(screen.getByRole('checkbox', { name: 'Clinician agrees with this plan' }));
    expect(await screen.findByText(/Plan agreed on /)).toBeTruthy();

    await user.click(within(perOption).getByRole('checkbox', { name: 'Therapy alone' }));
    await user.click(within(teachBack).getByRole('checkbox', { name: 'The patient could say it back in their own words' }));
    expect(lastAnswers().teachBack).toEqual({ saidBack: ['therapy'], patientCouldSayBack: true });
    expect(screen.queryByText(/Teach-back is not done yet/)).toBeNull();
    await waitFor(async () => expect((await stored(session.id)).teachBack.patientCouldSayBack).toBe(true));
  });

  it('adapts the agreement wording when the clinician recommends', async () => {
    const session = await createSessionWith(api, { decisionRole: 'clinician-recommends' }, atPlan);
    renderStep(PlanStep, session, api);
    const role = screen.getByRole('region', { name: 'How you are deciding' });
    expect(role.textContent).toContain('I want my clinician to recommend what to do');
    const agreement = screen.getByRole('region', { name: 'Agreement' });
    expect(agreement.textContent).toContain('The clinician recommended this plan and the patient agrees. That is a fair way to decide.');
    expect(within(agreement).getByRole('checkbox', { name: 'Patient agrees with the clinician’s recommendation' })).toBeTruthy();
    expect(within(agreement).getByRole('checkbox', { name: 'Clinician recommends this plan' })).toBeTruthy();
  });

  it('offers the optional CollaboRATE form only once the plan is agreed, and scores it', async () => {
    const session = await createSessionWith(api, {}, atPlan);
    const { lastAnswers } = renderStep(PlanStep, session, api);
    const user = userEvent.setup();
    expect(screen.queryByRole('region', { name: /For the practice/ })).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Therapy and medicine together' }));
    await user.click(screen.getByRole('checkbox', { name: 'Patient agrees with this plan' }));
    await user.click(screen.getByRole('checkbox', { name: 'Clinician agrees with this plan' }));
    const form = await screen.findByRole('region', { name: 'For the practice: 3 short questions (optional)' });

    const items: [string, string][] = [
      ['How much effort was made to help you understand your health issues?', '4 – Every effort was made'],
      ['How much effort was made to listen to the things that matter most to you about your health issues?', '3 – A lot of effort was made'],
      ['How much effort was made to include what matters most to you in choosing what to do next?', '2 – Some effort was made'],
    ];
    for (const [question, answer] of items) {
      await user.click(within(within(form).getByRole('group', { name: question })).getByRole('radio', { name: answer }));
    }
    expect(within(form).getByText('For the practice: 9 of 12 (75 out of 100).')).toBeTruthy();
    expect(lastAnswers().collaborate).toEqual({ understand: 4, listen: 3, include: 2 });
    await waitFor(async () => expect((await stored(session.id)).collaborate).toEqual({ understand: 4, listen: 3, include: 2 }));

    await user.click(within(form).getByRole('button', { name: 'Clear these answers' }));
    expect(lastAnswers().collaborate).toBeNull();
  });
});
