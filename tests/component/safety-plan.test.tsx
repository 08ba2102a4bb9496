import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DuetApi } from '../../src/shared/contract';
import { emptyAboutYou, type YesNo } from '../../src/shared/session';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { PlanDocument } from '../../src/renderer/src/print/PlanDocument';
import { PlanStep } from '../../src/renderer/src/steps/PlanStep';
import { createSessionWith, installDuet, renderStep, renderWithQueryClient, value } from './plan-evidence-harness';
import enPlan from '../../src/renderer/src/i18n/en/plan.json';
import esPlan from '../../src/renderer/src/i18n/es/plan.json';

/** The six Stanley–Brown parts, as labelled on screen and on paper. */
const PARTS_EN = Object.values(enPlan.safetyPlan.parts).map((part) => part.label);
const PARTS_ES = Object.values(esPlan.safetyPlan.parts).map((part) => part.label);
/** Duet never labels or scores risk (clinical review M12; project standard). */
const RISK_LABEL = /risk (level|score)|high risk|low risk|riesgo (alto|bajo)|puntaje de riesgo/i;

let api: DuetApi;
beforeEach(async () => {
  api = (await installDuet()).api;
});

const withThoughts = (suicidalThoughts: YesNo, language: 'en' | 'es' = 'en') =>
  createSessionWith(api, { language }, (answers) => ({ ...answers, aboutYou: { ...emptyAboutYou(), suicidalThoughts } }));

describe('Safety plan on the Plan step', () => {
  it('appears first when thoughts of suicide were recorded, with a plain prompt to check safety now', async () => {
    const session = await withThoughts('yes');
    const { lastAnswers } = renderStep(PlanStep, session, api);
    const section = screen.getByRole('region', { name: 'Safety plan' });
    // Before the chosen option: the plan's own rule says safety comes first.
    const option = screen.getByRole('region', { name: 'What you agreed to try' });
    expect(section.compareDocumentPosition(option) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(section).getByRole('note').textContent).toBe(enPlan.safetyPlan.prompt);
    for (const label of PARTS_EN) expect(within(section).getByRole('textbox', { name: new RegExp(`^${label.replace(/[.]/g, '\\.')}`) })).toBeTruthy();
    expect(section.textContent).not.toMatch(RISK_LABEL);

    // The professionals part starts from the practice's crisis line; typing stores the person's own words.
    const professionals = within(section).getByRole('textbox', { name: /^5\. Professionals and crisis lines/ }) as HTMLTextAreaElement;
    await waitFor(() => expect(professionals.value).toBe(DEFAULT_SETTINGS.crisisLine.en));
    const user = userEvent.setup();
    await user.click(within(section).getByRole('textbox', { name: /^1\. My warning signs/ }));
    await user.paste('Not sleeping');
    await user.click(within(section).getByRole('textbox', { name: /^6\. Making my surroundings safer/ }));
    await user.paste('Sister keeps my pills');
    expect(lastAnswers().plan.safetyPlan).toMatchObject({ warningSigns: 'Not sleeping', saferSurroundings: 'Sister keeps my pills', professionals: '' });
  });

  it('is absent when thoughts of suicide were not recorded, or the answer was no', async () => {
    for (const answer of [null, 'no'] as const) {
      const session = await withThoughts(answer);
      renderStep(PlanStep, session, api);
      expect(screen.queryByRole('region', { name: 'Safety plan' })).toBeNull();
      expect(screen.queryByText(enPlan.safetyPlan.prompt)).toBeNull();
      cleanup();
    }
  });

  it('speaks Spanish in a Spanish session', async () => {
    const session = await withThoughts('yes', 'es');
    renderStep(PlanStep, session, api);
    const section = screen.getByRole('region', { name: 'Plan de seguridad' });
    for (const label of PARTS_ES) expect(section.textContent).toContain(label);
  });
});

describe('Safety plan on the printed plan', () => {
  it('prints the six parts, what was written, the practice crisis line and the safety-first rule when flagged', async () => {
    const session = await createSessionWith(api, {}, (answers) => ({
      ...answers,
      aboutYou: { ...emptyAboutYou(), suicidalThoughts: 'yes' },
      plan: { ...answers.plan, safetyPlan: { ...answers.plan.safetyPlan, warningSigns: 'Not sleeping', peopleToAsk: 'Sister: 555-0199' } },
    }));
    renderWithQueryClient(<PlanDocument session={session} settings={DEFAULT_SETTINGS} />);
    const heading = screen.getByRole('heading', { name: 'My safety plan' });
    const section = heading.closest('section')!;
    const parts = within(section).getAllByRole('heading', { level: 3 }).map((part) => part.textContent);
    expect(parts).toEqual(PARTS_EN);
    expect(section.textContent).toContain('Not sleeping');
    expect(section.textContent).toContain('Sister: 555-0199');
    expect(section.textContent).toContain(DEFAULT_SETTINGS.crisisLine.en);
    expect(section.textContent).toContain('an urgent review and a safety plan come first');
    // Parts left empty keep a line to write on by hand.
    expect(within(section).getAllByText('Write here:')).toHaveLength(3);
    expect(section.textContent).not.toMatch(RISK_LABEL);
  });

  it('prints in both languages on a bilingual plan, each with its own crisis line', async () => {
    const session = await createSessionWith(api, {}, (answers) => ({
      ...answers,
      printLayout: 'bilingual',
      aboutYou: { ...emptyAboutYou(), suicidalThoughts: 'yes' },
    }));
    renderWithQueryClient(<PlanDocument session={session} settings={DEFAULT_SETTINGS} />);
    const es = screen.getByRole('heading', { name: 'Mi plan de seguridad' }).closest('section')!;
    expect(es.textContent).toContain(DEFAULT_SETTINGS.crisisLine.es);
    expect(es.textContent).not.toContain(DEFAULT_SETTINGS.crisisLine.en);
    expect(screen.getByRole('heading', { name: 'My safety plan' })).toBeTruthy();
  });

  it('is absent from the printed plan when not flagged', async () => {
    const session = await withThoughts('no');
    renderWithQueryClient(<PlanDocument session={session} settings={DEFAULT_SETTINGS} />);
    expect(screen.getByRole('article', { name: 'My care plan' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'My safety plan' })).toBeNull();
    expect(screen.queryByText(/Write here:/)).toBeNull();
  });

  it('is kept with the session: the typed parts come back after a reload', async () => {
    const session = await createSessionWith(api, {}, (answers) => ({
      ...answers,
      aboutYou: { ...emptyAboutYou(), suicidalThoughts: 'yes' },
      plan: { ...answers.plan, safetyPlan: { ...answers.plan.safetyPlan, onMyOwn: 'Walk the dog' } },
    }));
    const stored = await value(api.getSession({ id: session.id }));
    expect(stored.answers.aboutYou.suicidalThoughts).toBe('yes');
    expect(stored.answers.plan.safetyPlan.onMyOwn).toBe('Walk the dog');
  });
});
