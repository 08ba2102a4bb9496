import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OptionKind } from '../../src/shared/content/schema';
import type { FollowUpAnswers, FollowUpVisit } from '../../src/shared/follow-up';
import { INSTRUMENTS, type InstrumentId, type MeasureResponse } from '../../src/shared/measures';
import { emptyAnswers, type Answers, type NewSession, type Session } from '../../src/shared/session';
import { answersOf } from '../../src/renderer/src/follow-up/episodeHelpers';
import { todayIso } from '../../src/renderer/src/follow-up/today';
import { installTestApi, renderApp, startSession, value, waitForRoute, type TestApi } from './shell-harness';

let testApi: TestApi;
beforeEach(async () => {
  testApi = await installTestApi();
});
afterEach(async () => {
  await testApi.cleanup();
});

/** A day `offset` days from today, as the screens compute today. */
const dayFromToday = (offset: number) => {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return todayIso(date);
};

const response = (instrument: InstrumentId, values: number[]): MeasureResponse => ({
  instrument,
  answers: Object.fromEntries(INSTRUMENTS[instrument].items.map((item, index) => [item.id, values[index] ?? null])),
  workNotApplicable: false,
});
/** PHQ-9 answers adding up to 18, 14 and 8. */
const PHQ9_18 = [3, 3, 2, 2, 2, 2, 2, 2, 0];
const PHQ9_8 = [1, 1, 1, 1, 1, 1, 1, 1, 0];

/** A depression episode whose plan both people agreed (version 1). */
async function agreedSession(
  option: OptionKind = 'medication',
  overrides: Partial<NewSession> = {},
  answers: Partial<Answers> = {},
): Promise<Session> {
  const plan = {
    ...emptyAnswers().plan,
    agreedOption: option,
    goals: ['Sleep through the night', 'Go back to work'],
    reviewDate: dayFromToday(28),
    patientConfirmed: true,
    clinicianConfirmed: true,
  };
  const session = await startSession(testApi, overrides, { currentStep: 'plan', furthestStep: 'plan', plan, ...answers });
  expect(session.planVersions).toHaveLength(1);
  return session;
}

async function startVisit(session: Session): Promise<FollowUpVisit> {
  const started = await value(testApi.api.startFollowUp({ id: session.id }));
  return started.followUps.at(-1)!;
}

async function saveVisit(session: Session, visit: FollowUpVisit, changes: Partial<FollowUpAnswers>): Promise<void> {
  await value(testApi.api.saveFollowUp({ id: session.id, visitId: visit.id, visit: { ...answersOf(visit), ...changes } }));
}

const storedVisit = async (sessionId: string, visitId: string) =>
  (await value(testApi.api.getSession({ id: sessionId }))).followUps.find((visit) => visit.id === visitId);

const followUpHash = (session: Session, visit: FollowUpVisit) => `#/session/${session.id}/follow-up/${visit.id}`;
const measure = (name: RegExp) => screen.getByRole('region', { name });
const itemGroup = (region: HTMLElement, number: number) => within(region).getAllByRole('group')[number - 1]!;
const choose = async (region: HTMLElement, number: number, answer: number) =>
  userEvent.click(within(itemGroup(region, number)).getByRole('radio', { name: new RegExp(`^${String(answer)}\\b`) }));

describe('Follow-up visit', () => {
  it('starts from the agreed session, shows the measures for a medicine plan, and reopens at the saved part', async () => {
    const session = await agreedSession('medication');
    renderApp(`#/session/${session.id}`);
    await screen.findByRole('heading', { level: 1, name: /Your plan/ });
    await userEvent.click(screen.getByRole('button', { name: 'Start a follow-up visit' }));

    await waitFor(() => expect(window.location.hash).toMatch(new RegExp(`^#/session/${session.id}/follow-up/[0-9a-f-]{36}$`)));
    expect(await screen.findByRole('heading', { level: 1, name: /Part 1 of 4 How you are doing/ })).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual([
      expect.stringMatching(/^PHQ-9/),
      expect.stringMatching(/^GAD-7/),
      expect.stringMatching(/^WSAS/),
      expect.stringMatching(/^FIBSER/),
    ]);
    const [visit] = (await value(testApi.api.getSession({ id: session.id }))).followUps;
    expect(visit?.goalProgress).toEqual([
      { goal: 'Sleep through the night', rating: null },
      { goal: 'Go back to work', rating: null },
    ]);

    await userEvent.click(screen.getByRole('button', { name: /Next: Medicine and therapy/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /Part 2 of 4 Medicine and therapy/ })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    await waitFor(async () => expect((await storedVisit(session.id, visit!.id))?.currentPart).toBe('adherence'));

    cleanup();
    renderApp(followUpHash(session, visit!));
    expect(await screen.findByRole('heading', { level: 1, name: /Part 2 of 4 Medicine and therapy/ })).toBeTruthy();
  });

  it('PHQ-9 item 9 above 0: the safety prompt shows at once, and the prompt and what the clinician did are kept', async () => {
    const session = await agreedSession('combined');
    const visit = await startVisit(session);
    renderApp(followUpHash(session, visit));
    await screen.findByRole('heading', { level: 1, name: /How you are doing/ });
    expect(screen.queryByRole('alert')).toBeNull();

    await choose(measure(/PHQ-9/), 9, 1);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Clinician: check safety now');
    await userEvent.type(screen.getByRole('textbox', { name: 'What you did and found' }), 'Asked; safe tonight.');
    await userEvent.click(screen.getByRole('checkbox', { name: 'We went over the safety plan together' }));

    await waitFor(async () => {
      const stored = await storedVisit(session.id, visit.id);
      expect(stored?.measures.find((entry) => entry.instrument === 'phq9')?.answers['phq9.9']).toBe(1);
      expect(stored?.safetyCheck).toMatchObject({
        clinicianNote: 'Asked; safe tonight.',
        safetyPlanReviewed: true,
      });
      expect(stored?.safetyCheck.promptedAt).toEqual(expect.any(String));
    });

    // The link opens the safety plan on the Plan step, with the keyboard there (About you said nothing of it).
    await userEvent.click(screen.getByRole('button', { name: 'Open the safety plan' }));
    await waitForRoute(`#/session/${session.id}`);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Safety plan' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('asks about doses missed (medicine) and sessions (therapy), keeping a bad number on screen with a plain message', async () => {
    const session = await agreedSession('combined');
    const visit = await startVisit(session);
    await saveVisit(session, visit, { currentPart: 'adherence' });
    renderApp(followUpHash(session, visit));
    await screen.findByRole('heading', { level: 1, name: /Medicine and therapy/ });

    const doses = screen.getByRole('textbox', { name: 'How many doses did you miss in the last 7 days?' });
    await userEvent.type(doses, 'two');
    expect(screen.getByText(/Please write a whole number from 0 to 99/)).toBeTruthy();
    expect((doses as HTMLInputElement).value).toBe('two');
    await userEvent.clear(doses);
    await userEvent.type(doses, '2');
    expect(screen.queryByText(/Please write a whole number/)).toBeNull();

    await userEvent.type(screen.getByRole('textbox', { name: 'How many sessions were planned since the last visit?' }), '4');
    await userEvent.type(screen.getByRole('textbox', { name: 'How many did you go to?' }), '5');
    expect(screen.getByText(/more than the sessions planned/)).toBeTruthy();
    await waitFor(async () =>
      expect((await storedVisit(session.id, visit.id))?.adherence).toEqual({
        dosesMissedLast7Days: 2,
        therapySessionsPlanned: 4,
        therapySessionsAttended: 5,
      }),
    );
  });

  it('asks nothing about medicine when the plan is therapy alone, and offers no dose change or taper', async () => {
    const session = await agreedSession('therapy');
    const visit = await startVisit(session);
    await saveVisit(session, visit, { currentPart: 'adherence' });
    renderApp(followUpHash(session, visit));
    await screen.findByRole('heading', { level: 1, name: /Medicine and therapy/ });
    expect(screen.queryByRole('textbox', { name: /doses/ })).toBeNull();
    expect(screen.getByRole('textbox', { name: /How many did you go to/ })).toBeTruthy();
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Parts of the follow-up visit' })).getByRole('button', { name: /How you are doing/ }));
    await screen.findByRole('heading', { level: 1, name: /How you are doing/ });
    expect(screen.queryByRole('heading', { level: 2, name: /FIBSER/ })).toBeNull();
    // Nothing to change the dose of, or to taper.
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Parts of the follow-up visit' })).getByRole('button', { name: /Look back and decide/ }));
    const decision = await screen.findByRole('group', { name: 'Choose what you decide together' });
    expect(within(decision).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual([
      'Keep going with the plan',
      'Add therapy',
      'Add a medicine',
      'Switch to a different treatment',
      'Step down to less treatment',
    ]);
  });

  it('rates each plan goal 0–10 and keeps the person’s own words', async () => {
    const session = await agreedSession('medication');
    const visit = await startVisit(session);
    await saveVisit(session, visit, { currentPart: 'goals' });
    renderApp(followUpHash(session, visit));
    await screen.findByRole('heading', { level: 1, name: /Your goals/ });

    const goal = screen.getByRole('group', { name: 'Go back to work' });
    expect(within(goal).getAllByRole('radio')).toHaveLength(11);
    await userEvent.click(within(goal).getByRole('radio', { name: '7' }));
    await userEvent.type(screen.getByRole('textbox', { name: /In your own words/ }), 'Sleeping better.');
    await waitFor(async () => {
      const stored = await storedVisit(session.id, visit.id);
      expect(stored?.goalProgress).toEqual([
        { goal: 'Sleep through the night', rating: null },
        { goal: 'Go back to work', rating: 7 },
      ]);
      expect(stored?.patientWords).toBe('Sleeping better.');
    });
  });

  it('review: shows the trajectory in words, the current plan version, and asks about relapse prevention before a taper', async () => {
    const session = await agreedSession('medication', {}, { baseline: { date: dayFromToday(-56), measures: [response('phq9', PHQ9_18)] } });
    const visit = await startVisit(session);
    await saveVisit(session, visit, { currentPart: 'review', measures: [response('phq9', PHQ9_8)] });
    renderApp(followUpHash(session, visit));
    await screen.findByRole('heading', { level: 1, name: /Look back and decide/ });

    const table = screen.getByRole('table', { name: 'PHQ-9: mood: your score at each visit' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [within(row).getByRole('rowheader').textContent, row.children[2]?.textContent])).toEqual([
      ['First visit (start)', '18'],
      ['Follow-up 1', '8'],
    ]);
    expect(screen.getAllByText(/Your score went from 18 at the start to 8 now\./).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Your score has dropped by half or more since the start\./).length).toBeGreaterThan(0);
    expect(screen.getByText(/Current plan: version 1, agreed on/)).toBeTruthy();

    expect(screen.queryByRole('group', { name: /plan to stop the problem coming back/ })).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Slowly stop the medicine (taper)' }));
    const relapse = screen.getByRole('group', { name: /Is the plan to stop the problem coming back in place/ });
    expect(within(relapse).getByText(/Why it matters: when a medicine is stopped, the problem can come back/)).toBeTruthy();
    await userEvent.click(within(relapse).getByRole('radio', { name: 'No, not yet' }));
    expect(screen.getByText(/Make that plan first/)).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox', { name: /Why\? In plain words/ }), 'Feeling well for months.');
    await waitFor(async () =>
      expect((await storedVisit(session.id, visit.id))?.review).toEqual({
        decision: 'taper',
        relapsePlanInPlace: 'no',
        reason: 'Feeling well for months.',
      }),
    );

    // Another decision drops the taper question's answer.
    await userEvent.click(screen.getByRole('radio', { name: 'Keep going with the plan' }));
    expect(screen.queryByRole('group', { name: /plan to stop the problem coming back/ })).toBeNull();
    await waitFor(async () => expect((await storedVisit(session.id, visit.id))?.review).toMatchObject({ decision: 'keep', relapsePlanInPlace: null }));
  });

  it('"Change the plan" opens the session’s steps; a changed plan is agreed again as a new version', async () => {
    const session = await agreedSession('medication');
    const visit = await startVisit(session);
    await saveVisit(session, visit, { currentPart: 'review' });
    renderApp(followUpHash(session, visit));
    await screen.findByRole('heading', { level: 1, name: /Look back and decide/ });
    const changeNav = screen.getByRole('navigation', { name: 'Steps to change the plan' });
    expect(within(changeNav).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Your options',
      'What the research shows',
      'What matters to you',
      'Your plan',
    ]);
    await userEvent.click(within(changeNav).getByRole('button', { name: 'Your options' }));
    await waitForRoute(`#/session/${session.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: /Your options/ })).toBeTruthy();
    // The way back to the visit is one click from any step.
    expect(screen.getByRole('link', { name: /Back to today's follow-up visit/ }).getAttribute('href')).toBe(followUpHash(session, visit));

    // Main records a new version when both confirm changed content, at this follow-up.
    const changed = await value(testApi.api.getSession({ id: session.id }));
    await value(
      testApi.api.saveAnswers({
        id: session.id,
        answers: { ...changed.answers, plan: { ...changed.answers.plan, agreedOption: 'combined', patientConfirmed: true, clinicianConfirmed: true } },
      }),
    );
    cleanup();
    renderApp(followUpHash(session, visit));
    expect(await screen.findByText(/Current plan: version 2, agreed on/)).toBeTruthy();
    expect((await value(testApi.api.getSession({ id: session.id }))).planVersions.at(-1)?.followUpId).toBe(visit.id);
  });

  it('lists the visits on the Plan step; one started by mistake is removed only after a yes', async () => {
    const session = await agreedSession('medication');
    const visit = await startVisit(session);
    renderApp(`#/session/${session.id}`);
    const section = await screen.findByRole('region', { name: 'Follow-up visits' });
    expect(within(section).getByRole('link', { name: /Open the follow-up visit on/ }).getAttribute('href')).toBe(followUpHash(session, visit));

    await userEvent.click(within(section).getByRole('button', { name: /Remove the follow-up visit on/ }));
    const dialog = screen.getByRole('dialog', { name: 'Remove this follow-up visit?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await value(testApi.api.getSession({ id: session.id }))).followUps).toHaveLength(1);

    await userEvent.click(within(section).getByRole('button', { name: /Remove the follow-up visit on/ }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove the visit' }));
    expect(await within(section).findByText('No follow-up visits yet.')).toBeTruthy();
    expect((await value(testApi.api.getSession({ id: session.id }))).followUps).toEqual([]);
  });

  it('records baseline measures on the first visit’s Condition step, and the plan can point at them', async () => {
    const session = await startSession(testApi, {}, { furthestStep: 'plan' });
    renderApp(`#/session/${session.id}`);
    await screen.findByRole('heading', { level: 1, name: /About the condition/ });
    const toggle = screen.getByRole('button', { name: 'Answer the questionnaires' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    // The questionnaires load when the section opens (their own chunk).
    await screen.findByRole('region', { name: /PHQ-9/ });
    const phq9 = measure(/PHQ-9/);
    for (const [index, answer] of PHQ9_18.entries()) await choose(phq9, index + 1, answer);
    expect(within(phq9).getByText('Total: 18 out of 27. Fairly severe signs of low mood.')).toBeTruthy();
    await waitFor(async () => {
      const baseline = (await value(testApi.api.getSession({ id: session.id }))).answers.baseline;
      expect(baseline.date).toBe(todayIso());
      expect(baseline.measures).toEqual([response('phq9', PHQ9_18)]);
    });

    // On the Plan step, one click adds the starting scores to "How we will know it is working".
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Steps of the session' })).getByRole('button', { name: /Your plan/ }));
    await screen.findByRole('heading', { level: 1, name: /Your plan/ });
    await userEvent.click(screen.getByRole('button', { name: 'Add the starting scores to the plan' }));
    expect((screen.getByRole('textbox', { name: 'How we will know it is working' }) as HTMLTextAreaElement).value).toMatch(
      /^Starting scores on .+: PHQ-9 18\. We will ask the same questions at each review\.$/,
    );
    expect(screen.queryByRole('button', { name: 'Add the starting scores to the plan' })).toBeNull();
  });
  it('a baseline PHQ-9 item 9 above 0 prompts at once and opens the safety plan on the Plan step', async () => {
    const session = await startSession(testApi);
    renderApp(`#/session/${session.id}`);
    await screen.findByRole('heading', { level: 1, name: /About the condition/ });
    await userEvent.click(screen.getByRole('button', { name: 'Answer the questionnaires' }));
    await choose(measure(/PHQ-9/), 9, 3);
    expect(screen.getByRole('alert').textContent).toContain('Clinician: check safety now');
    await userEvent.click(screen.getByRole('button', { name: 'Open the safety plan' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Safety plan' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/A questionnaire answer asked for a safety check/)).toBeTruthy();
    await waitFor(async () => expect((await value(testApi.api.getSession({ id: session.id }))).answers.currentStep).toBe('plan'));
  });
});

describe('Home: due for review', () => {
  it('lists episodes due within 7 days first, the longest overdue first, with the last score in words', async () => {
    const later = await agreedSession('medication', { patientLabel: 'LATER' });
    await value(testApi.api.saveAnswers({ id: later.id, answers: { ...later.answers, plan: { ...later.answers.plan, reviewDate: dayFromToday(20) } } }));
    const soon = await agreedSession('medication', { patientLabel: 'SOON' });
    await value(testApi.api.saveAnswers({ id: soon.id, answers: { ...soon.answers, plan: { ...soon.answers.plan, reviewDate: dayFromToday(3) } } }));
    const late = await agreedSession('medication', { patientLabel: 'LATE' }, { baseline: { date: dayFromToday(-40), measures: [response('phq9', PHQ9_18)] } });
    const lateVisit = await startVisit(late);
    await saveVisit(late, lateVisit, { measures: [response('phq9', PHQ9_8)], nextReviewDate: dayFromToday(-2) });
    await startSession(testApi, { patientLabel: 'NEW' });

    renderApp('#/');
    const table = await screen.findByRole('table', { name: 'Due for review' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['LATE', 'SOON']);
    expect(rows[0]!.textContent).toContain('2 days late');
    expect(rows[0]!.textContent).toMatch(/PHQ-9 8 on .*, better than before/);
    expect(rows[1]!.textContent).toContain('Due in 3 days');
    expect(rows[1]!.textContent).toContain('No score yet');
    // "Due for review" comes before the recent sessions.
    const h2s = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(h2s.indexOf('Due for review')).toBeLessThan(h2s.indexOf('Recent sessions'));

    await userEvent.click(within(rows[1]!).getByRole('button', { name: 'Start a follow-up visit with SOON' }));
    await waitFor(() => expect(window.location.hash).toMatch(new RegExp(`^#/session/${soon.id}/follow-up/`)));
    expect(await screen.findByRole('heading', { level: 1, name: /How you are doing/ })).toBeTruthy();
  });
});
