import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuetApi } from '../../src/shared/contract';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { FollowUpDocument } from '../../src/renderer/src/follow-up/print/FollowUpDocument';
import { routeForMenuCommand } from '../../src/renderer/src/App';
import { hrefFor, parseRoute } from '../../src/renderer/src/routing/routes';
import { FollowUpPreviewScreen } from '../../src/renderer/src/screens/FollowUpPreviewScreen';
import { FollowUpPrintScreen } from '../../src/renderer/src/screens/FollowUpPrintScreen';
import en from '../../src/renderer/src/i18n/en/followUpPrint.json' with { type: 'json' };
import type { TestDuet } from '../support/test-duet';
import { agreedPlanAnswers, episode, followUpAnswers, measures } from '../support/episode-fixture';
import { savedSession } from '../support/saved-session';
import { installDuet, newSession, renderWithQueryClient, value } from './plan-evidence-harness';

let api: DuetApi;
let duet: TestDuet;
beforeEach(async () => {
  duet = await installDuet();
  api = duet.api;
});
afterEach(() => {
  delete document.documentElement.dataset.printReady;
});

/** PHQ-9 18 at the first visit with the plan agreed, then 14, then 8 with a dose change: saved through main's operations. */
async function seeded() {
  const created = await value(api.createSession(newSession()));
  savedSession(await value(api.saveAnswers({ id: created.id, answers: agreedPlanAnswers({ date: '2031-01-05', measures: measures({ phq9: 18 }) }) })));
  let session = await value(api.startFollowUp({ id: created.id }));
  const firstVisit = session.followUps.at(-1)!.id;
  await value(api.saveFollowUp({ id: created.id, visitId: firstVisit, visit: followUpAnswers('2031-02-05', measures({ phq9: 14 })) }));
  session = await value(api.startFollowUp({ id: created.id }));
  const visitId = session.followUps.at(-1)!.id;
  await value(
    api.saveFollowUp({
      id: created.id,
      visitId,
      visit: followUpAnswers('2031-03-05', measures({ phq9: 8 }), {
        review: { decision: 'adjust-dose', reason: 'Drowsy in the morning', relapsePlanInPlace: null },
        nextReviewDate: '2031-04-20',
      }),
    }),
  );
  return { id: created.id, firstVisit, visitId };
}

describe('The follow-up summary routes', () => {
  it('parse and print back: the preview under the session, the bare document under print', () => {
    const preview = { name: 'followUpPreview', id: 'abc', visitId: 'v1' } as const;
    const print = { name: 'followUpPrint', id: 'abc', visitId: 'v1' } as const;
    expect(hrefFor(preview)).toBe('#/session/abc/follow-up/v1/preview');
    expect(hrefFor(print)).toBe('#/print/abc/follow-up/v1');
    expect(parseRoute(hrefFor(preview))).toEqual(preview);
    expect(parseRoute(hrefFor(print))).toEqual(print);
    expect(parseRoute('#/print/abc/follow-up')).toEqual({ name: 'home' });
  });

  it('keep the app menu’s Print and Save as PDF on the follow-up preview, where its own buttons do the work', () => {
    const preview = { name: 'followUpPreview', id: 'abc', visitId: 'v1' } as const;
    expect(routeForMenuCommand('print', preview)).toEqual(preview);
    expect(routeForMenuCommand('save-pdf', preview)).toEqual(preview);
    expect(routeForMenuCommand('print', { name: 'followUpPrint', id: 'abc', visitId: 'v1' })).toEqual({ name: 'preview', id: 'abc' });
  });
});

describe('The follow-up print preview', () => {
  it('shows the summary and sends Print and Save as PDF for this visit to main, reporting each outcome', async () => {
    const { id, visitId } = await seeded();
    renderWithQueryClient(<FollowUpPreviewScreen sessionId={id} visitId={visitId} />);
    const user = userEvent.setup();
    const summary = await screen.findByRole('article', { name: en.document.title });
    expect(summary.textContent).toContain(en.document.changed.decision['adjust-dose']);
    expect(summary.textContent).toContain('Drowsy in the morning');
    expect(summary.textContent).toContain('April 20, 2031');
    const report = screen.getAllByRole('status').find((element) => element.classList.contains('preview-controls__report'))!;

    duet.printer.nextPdf = { outcome: 'saved', path: '/home/clinic/visit.pdf' };
    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    await waitFor(() => expect(report.textContent).toBe('Saved to /home/clinic/visit.pdf'));
    duet.printer.nextPrint = { outcome: 'cancelled' };
    await user.click(screen.getByRole('button', { name: 'Print…' }));
    await waitFor(() => expect(report.textContent).toBe('Printing was cancelled.'));
    expect(duet.printer.calls.map((call) => [call.kind, call.sessionId, call.document])).toEqual([
      ['pdf', id, { kind: 'follow-up', visitId }],
      ['print', id, { kind: 'follow-up', visitId }],
    ]);
    expect(screen.getByRole('link', { name: en.preview.back }).getAttribute('href')).toBe(`#/session/${id}/follow-up/${visitId}`);
  });

  it('says plainly when the visit is not in the episode', async () => {
    const { id } = await seeded();
    renderWithQueryClient(<FollowUpPreviewScreen sessionId={id} visitId="00000000-0000-4000-8000-0000000000ff" />);
    expect((await screen.findByRole('alert')).textContent).toBe(en.preview.notFound);
  });
});

describe('The bare follow-up print page', () => {
  it('says it is ready once the summary is in, and says error for a visit that is not there', async () => {
    const { id, visitId } = await seeded();
    const { unmount } = renderWithQueryClient(<FollowUpPrintScreen sessionId={id} visitId={visitId} />);
    await screen.findByRole('article', { name: en.document.title });
    await waitFor(() => expect(document.documentElement.dataset.printReady).toBe('true'));
    unmount();
    renderWithQueryClient(<FollowUpPrintScreen sessionId={id} visitId="00000000-0000-4000-8000-0000000000ff" />);
    await waitFor(() => expect(document.documentElement.dataset.printReady).toBe('error'));
    expect(screen.getByRole('alert').textContent).toBe(en.preview.notFound);
  });
});

describe('The follow-up summary document', () => {
  const session = episode({
    baseline: { date: '2031-01-05', measures: measures({ phq9: 18 }) },
    followUps: [
      { answers: followUpAnswers('2031-02-05', measures({ phq9: 14 }), { nextReviewDate: '2031-03-05' }) },
      {
        answers: followUpAnswers('2031-03-05', measures({ phq9: 8 })),
        changePlan: (plan) => ({ ...plan, sequencing: 'Evening dose' }),
      },
    ],
  });

  it('printed for an earlier visit, says what was known then: no later score, no later plan version', () => {
    render(<FollowUpDocument session={session} settings={DEFAULT_SETTINGS} visitId={session.followUps[0]!.id} />);
    const summary = screen.getByRole('article', { name: en.document.title });
    expect(summary.textContent).toContain('At this visit: 14 out of 27 (Moderate).');
    expect(summary.textContent).toContain('Your score went from 18 at the start to 14 now.');
    expect(summary.textContent).not.toContain('to 8 now');
    expect(summary.textContent).toContain('The plan you follow now: version 1, agreed on January 5, 2031.');
    expect(summary.textContent).toContain('March 5, 2031');
    expect(summary.textContent).toContain(DEFAULT_SETTINGS.crisisLine.en);
  });

  it('for the newest visit, names the plan version agreed at it, and prints both languages when asked', () => {
    const bilingual = { ...session, answers: { ...session.answers, printLayout: 'bilingual' as const } };
    render(<FollowUpDocument session={bilingual} settings={DEFAULT_SETTINGS} visitId={session.followUps[1]!.id} />);
    const [english, spanish] = screen.getAllByRole('article');
    expect(english!.getAttribute('lang')).toBe('en');
    expect(english!.textContent).toContain('The plan you follow now: version 2, agreed on March 5, 2031.');
    expect(english!.textContent).toContain(en.document.changed.noDecision);
    // No review date set at this visit: the one in force from before it.
    expect(english!.textContent).toContain('March 5, 2031');
    expect(spanish!.getAttribute('lang')).toBe('es');
    expect(spanish!.textContent).toContain('El plan que sigue ahora: versión 2, acordada el 5 de marzo de 2031.');
    expect(spanish!.textContent).toContain(DEFAULT_SETTINGS.crisisLine.es);
  });
});
