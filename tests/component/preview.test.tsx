import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { content, getCondition, sourcesForCondition } from '../../src/shared/content';
import type { DuetApi } from '../../src/shared/contract';
import type { Answers } from '../../src/shared/session';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { PreviewScreen } from '../../src/renderer/src/screens/PreviewScreen';
import { PrintScreen } from '../../src/renderer/src/screens/PrintScreen';
import { PrintError } from '../../src/main/errors';
import type { TestDuet } from '../support/test-duet';
import { createSessionWith, installDuet, renderWithQueryClient, value } from './plan-evidence-harness';

const depression = getCondition('depression');
const topConsideration = content.considerations[0]!;

function filledIn(answers: Answers, agreed: boolean): Answers {
  return {
    ...answers,
    importance: { [topConsideration.id]: 4 },
    worries: 'Side effects at work',
    questions: 'How long will therapy last?',
    plan: {
      ...answers.plan,
      agreedOption: 'combined',
      modalityIds: ['cbt', 'ssri'],
      goals: ['Sleep through the night', 'Go back to work'],
      nextSteps: [{ text: 'Start the SSRI', date: '2031-05-02', done: false }],
      careTeam: [{ role: 'Therapist', name: 'Ana Ruiz', contact: '555-0100' }],
      reviewDate: '2031-06-15',
      crisisContacts: 'Sister: 555-0199',
      patientConfirmed: agreed,
      clinicianConfirmed: agreed,
    },
  };
}

let api: DuetApi;
let duet: TestDuet;
beforeEach(async () => {
  duet = await installDuet();
  api = duet.api;
});
afterEach(() => {
  delete document.documentElement.dataset.printReady;
});

function planDocument(): HTMLElement {
  return screen.getByRole('article', { name: 'My care plan' });
}

describe('Print preview', () => {
  it('says plainly when the plan cannot be read, with Try again and the way back to the plan', async () => {
    const session = await createSessionWith(api, {}, (answers) => filledIn(answers, true));
    let failuresLeft = 1;
    window.api = {
      ...api,
      getSettings: () =>
        failuresLeft-- > 0 ? Promise.resolve({ ok: false, error: { code: 'storage-failed', message: 'disk gone' } }) : api.getSettings(),
    };
    renderWithQueryClient(<PreviewScreen sessionId={session.id} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Print preview' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the plan' }).getAttribute('href')).toBe(`#/session/${session.id}`);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: 'My care plan' })).toBeTruthy();
  });

  it('shows the plan document with everything the patient takes home, and no controls inside it', async () => {
    await value(api.saveSettings({ ...DEFAULT_SETTINGS, practiceName: 'Riverside Clinic' }));
    const session = await createSessionWith(api, { patientLabel: 'J.D.' }, (answers) => filledIn(answers, true));
    renderWithQueryClient(<PreviewScreen sessionId={session.id} />);

    const doc = await screen.findByRole('article', { name: 'My care plan' });
    const text = doc.textContent ?? '';
    for (const expected of [
      'Riverside Clinic',
      'J.D.',
      'Dr Rivera',
      depression.name.en,
      'You and your clinician made the decision together.',
      'Therapy and medicine together',
      'Cognitive behavioural therapy (CBT)',
      'Sleep through the night',
      'Go back to work',
      '☐',
      'Start the SSRI',
      'May 2, 2031',
      'Ana Ruiz',
      'June 15, 2031',
      topConsideration.label.en,
      'Side effects at work',
      'How long will therapy last?',
      DEFAULT_SETTINGS.crisisLine.en,
      'Sister: 555-0199',
      'supports your clinician',
      content.about.contentVersion,
    ]) {
      expect(text, expected).toContain(expected);
    }
    // The plan cites what its figures rest on (and the cautions printed for this person, none here); the rest of
    // what the condition cites stays on the About screen, so the plan keeps to two pages.
    const sources = within(doc).getByRole('heading', { name: 'Sources' }).closest('section')!;
    const figureSourceIds = new Set(depression.outcomes.flatMap((outcome) => [...outcome.sourceIds, ...outcome.effects.map((effect) => effect.sourceId)]));
    const cited = sourcesForCondition(depression);
    expect(cited.some((source) => !figureSourceIds.has(source.id)), 'the condition cites more than its figures').toBe(true);
    const printedCitations = [...sources.querySelectorAll('cite')].map((cite) => cite.textContent);
    const citationOf = (source: (typeof cited)[number]) => printedCitations.find((text) => text?.includes(`(${source.year})`) && text.includes(source.publication.replace(/\.$/, '')));
    for (const source of cited) expect(citationOf(source) !== undefined, source.id).toBe(figureSourceIds.has(source.id));
    expect(printedCitations).toHaveLength(cited.filter((source) => figureSourceIds.has(source.id)).length);
    expect(within(doc).queryAllByRole('button')).toHaveLength(0);
    expect(within(doc).queryAllByRole('link')).toHaveLength(0);
    expect(doc.querySelector('.screen-only')).toBeNull();
    expect(text).not.toContain('Draft');

    for (const name of ['Print…', 'Save as PDF…']) {
      expect(screen.getByRole('button', { name }).closest('.screen-only')).not.toBeNull();
    }
    const back = screen.getByRole('link', { name: 'Back to the plan' });
    expect(back.getAttribute('href')).toBe(`#/session/${session.id}`);
    expect(back.closest('.screen-only')).not.toBeNull();
  });

  it('marks a plan that is not agreed yet as a draft, on screen and on paper', async () => {
    const session = await createSessionWith(api, {}, (answers) => filledIn(answers, false));
    renderWithQueryClient(<PreviewScreen sessionId={session.id} />);

    await screen.findByRole('article', { name: 'My care plan' });
    expect(within(planDocument()).getByText('Draft — not yet agreed')).toBeTruthy();
    expect(screen.getByText(/This plan is not agreed yet/).closest('.screen-only')).not.toBeNull();
  });

  it('reports what happened to Print and Save as PDF in a live region', async () => {
    const session = await createSessionWith(api, {}, (answers) => filledIn(answers, true));
    renderWithQueryClient(<PreviewScreen sessionId={session.id} />);
    const user = userEvent.setup();
    await screen.findByRole('article', { name: 'My care plan' });
    const report = screen.getAllByRole('status').find((element) => element.classList.contains('preview-controls__report'))!;
    expect(report.getAttribute('aria-live')).toBe('polite');
    const savePdf = screen.getByRole('button', { name: 'Save as PDF…' });
    const print = screen.getByRole('button', { name: 'Print…' });

    duet.printer.nextPdf = { outcome: 'saved', path: '/home/clinic/J.D. plan.pdf' };
    await user.click(savePdf);
    await waitFor(() => expect(report.textContent).toBe('Saved to /home/clinic/J.D. plan.pdf'));

    duet.printer.nextPdf = { outcome: 'cancelled' };
    await user.click(savePdf);
    await waitFor(() => expect(report.textContent).toBe('Not saved: you cancelled.'));

    duet.printer.nextPdf = new PrintError('The folder is read-only.');
    await user.click(savePdf);
    await waitFor(() => expect(report.textContent).toContain('Duet could not print or save the plan.'));

    duet.printer.nextPrint = { outcome: 'printed' };
    await user.click(print);
    await waitFor(() => expect(report.textContent).toBe('Sent to the printer.'));

    duet.printer.nextPrint = { outcome: 'cancelled' };
    await user.click(print);
    await waitFor(() => expect(report.textContent).toBe('Printing was cancelled.'));
    expect(duet.printer.calls.map((call) => call.kind)).toEqual(['pdf', 'pdf', 'pdf', 'print', 'print']);
    expect(duet.printer.calls.every((call) => call.sessionId === session.id)).toBe(true);
  });

  it('prints in the session language', async () => {
    const session = await createSessionWith(api, { language: 'es' }, (answers) => filledIn(answers, true));
    renderWithQueryClient(<PreviewScreen sessionId={session.id} />);

    const doc = await screen.findByRole('article', { name: 'Mi plan de atención' });
    expect(doc.getAttribute('lang')).toBe('es');
    const text = doc.textContent ?? '';
    expect(text).toContain('Terapia y medicamento juntos');
    expect(text).toContain(DEFAULT_SETTINGS.crisisLine.es);
    expect(text).toContain('2 de mayo de 2031');
    expect(text).toContain(depression.name.es);
    expect(screen.getByRole('button', { name: 'Guardar como PDF…' })).toBeTruthy();
  });
});

describe('Print preview: language on paper', () => {
  it('offers the session language alone or both languages, stores the choice with the session, and shows it', async () => {
    const session = await createSessionWith(api, { language: 'es' }, (answers) => filledIn(answers, true));
    renderWithQueryClient(<PreviewScreen sessionId={session.id} />);
    const user = userEvent.setup();
    await screen.findByRole('article', { name: 'Mi plan de atención' });
    const single = screen.getByRole('radio', { name: 'Solo en español' });
    const both = screen.getByRole('radio', { name: 'En español y después en inglés, empezando en una página nueva' });
    expect((single as HTMLInputElement).checked).toBe(true);
    expect(both.closest('.screen-only')).not.toBeNull();
    expect(screen.queryByRole('article', { name: 'My care plan' })).toBeNull();

    await user.click(both);
    const english = await screen.findByRole('article', { name: 'My care plan' });
    const spanish = screen.getByRole('article', { name: 'Mi plan de atención' });
    // Session language first, then the other one, each whole and in its own language.
    expect(spanish.compareDocumentPosition(english) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(english.getAttribute('lang')).toBe('en');
    expect(english.textContent).toContain('Therapy and medicine together');
    expect(english.textContent).toContain(DEFAULT_SETTINGS.crisisLine.en);
    expect(spanish.textContent).toContain(DEFAULT_SETTINGS.crisisLine.es);
    await waitFor(async () => expect((await value(api.getSession({ id: session.id }))).answers.printLayout).toBe('bilingual'));

    await user.click(single);
    await waitFor(() => expect(screen.queryByRole('article', { name: 'My care plan' })).toBeNull());
    await waitFor(async () => expect((await value(api.getSession({ id: session.id }))).answers.printLayout).toBe('session-language'));
  });

  it('prints the practice address, phone and both names with signature lines', async () => {
    await value(
      api.saveSettings({ ...DEFAULT_SETTINGS, practiceName: 'Riverside Clinic', practiceAddress: '12 River Road', practicePhone: '555-0100' }),
    );
    const session = await createSessionWith(api, { patientLabel: 'J.D.' }, (answers) => filledIn(answers, true));
    renderWithQueryClient(<PreviewScreen sessionId={session.id} />);
    const doc = await screen.findByRole('article', { name: 'My care plan' });
    expect(doc.textContent).toContain('12 River Road');
    expect(doc.textContent).toContain('Phone: 555-0100');
    const agreement = within(doc).getByRole('heading', { name: 'Our agreement' }).closest('section')!;
    expect(agreement.textContent).toMatch(/J\.D\. and Dr Rivera agreed on this plan on /);
    expect(agreement.textContent).toContain('Patient signature');
    expect(agreement.textContent).toContain('Clinician signature');
  });
});

describe('Print document (for the PDF)', () => {
  it('renders only the plan and says when it is ready to print', async () => {
    const session = await createSessionWith(api, {}, (answers) => filledIn(answers, true));
    renderWithQueryClient(<PrintScreen sessionId={session.id} />);

    const doc = await screen.findByRole('article', { name: 'My care plan' });
    await waitFor(() => expect(document.documentElement.dataset.printReady).toBe('true'));
    expect(doc.textContent).toContain('Sleep through the night');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });

  it('shows the error and tells main when the session cannot be loaded', async () => {
    renderWithQueryClient(<PrintScreen sessionId="00000000-0000-4000-8000-000000000000" />);

    expect(await screen.findByRole('alert')).toBeTruthy();
    await waitFor(() => expect(document.documentElement.dataset.printReady).toBe('error'));
    expect(screen.queryByRole('article')).toBeNull();
  });
});
