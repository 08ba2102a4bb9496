import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TrajectoryPanel } from '../../src/renderer/src/follow-up/trajectory/TrajectoryPanel';
import en from '../../src/renderer/src/i18n/en/trajectory.json' with { type: 'json' };
import es from '../../src/renderer/src/i18n/es/trajectory.json' with { type: 'json' };
import { episode, followUpAnswers, measures } from '../support/episode-fixture';

/** PHQ-9 at the first visit, then at each follow-up (one a month), the plan agreed at the first visit. */
function phq9Episode(totals: number[], options: { changePlanAt?: number; language?: 'en' | 'es' } = {}) {
  const [first, ...later] = totals;
  return episode({
    language: options.language,
    baseline: { date: '2031-01-05', measures: measures({ phq9: first }) },
    followUps: later.map((total, index) => ({
      answers: followUpAnswers(`2031-0${index + 2}-05`, measures({ phq9: total })),
      ...(options.changePlanAt === index + 1
        ? { changePlan: (plan) => ({ ...plan, modalityIds: ['cbt'], agreedOption: 'therapy' as const }), agreedAt: `2031-0${index + 2}-05T16:30:00Z` }
        : {}),
    })),
  });
}

function measureSection(name: RegExp) {
  return screen.getByRole('region', { name });
}

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('The trajectory panel', () => {
  it('lists every visit with its score and range in a captioned table with header cells, and draws the chart hidden from screen readers', async () => {
    const { container } = render(<TrajectoryPanel session={phq9Episode([18, 14, 8])} />);
    const section = measureSection(/PHQ-9: mood/);
    const table = within(section).getByRole('table', { name: 'PHQ-9: mood: your score at each visit' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col', 'col']);
    expect(within(table).getAllByRole('rowheader').every((cell) => cell.getAttribute('scope') === 'row')).toBe(true);
    const rows = rowsOf(table);
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ['First visit (start)', 'January 5, 2031', '18', 'Moderately severe'],
      ['Follow-up 1', 'February 5, 2031', '14', 'Moderate'],
      ['Follow-up 2', 'March 5, 2031', '8', 'Mild'],
    ]);
    // The chart: recharts' SVG, inside a wrapper screen readers skip, with the three scores and the bands written.
    const chart = await within(section).findByText('Moderately severe', { selector: 'text, tspan' });
    const hidden = chart.closest('[aria-hidden="true"]');
    expect(hidden).not.toBeNull();
    expect(hidden!.querySelector('svg')).not.toBeNull();
    const svgTexts = [...hidden!.querySelectorAll('text')].map((text) => text.textContent);
    for (const score of ['18', '14', '8', 'Start', 'Plan 1', 'Minimal', 'Severe', 'Score', 'Visit date']) expect(svgTexts).toContain(score);
    // Nothing in the hidden chart can be reached with Tab (recharts' layers carry tabindex -1 only).
    const focusable = [...container.querySelectorAll('[aria-hidden="true"] [tabindex]')].map((element) => Number(element.getAttribute('tabindex')));
    expect(focusable.every((tabIndex) => tabIndex < 0)).toBe(true);
  });

  it('says 18 → 14 → 8 is a response (a drop of half or more), bigger than normal ups and downs, not remission', () => {
    render(<TrajectoryPanel session={phq9Episode([18, 14, 8])} />);
    const section = measureSection(/PHQ-9: mood/);
    expect(section.textContent).toContain('Your score went from 18 at the start to 8 now.');
    expect(section.textContent).toContain(en.change.response);
    expect(section.textContent).toContain(en.change.reliableImprovementToo);
    expect(section.textContent).not.toContain('under 5');
    // The rules and where they come from, briefly.
    expect(section.textContent).toContain('NHS Talking Therapies');
    expect(section.textContent).toContain('Kroenke 2001');
  });

  it('counts a score of 5 as not yet in the lowest range, and 4 as in it (remission is under 5)', () => {
    const { unmount } = render(<TrajectoryPanel session={phq9Episode([12, 5])} />);
    let section = measureSection(/PHQ-9: mood/);
    expect(section.textContent).not.toContain('Your score is now under 5');
    expect(section.textContent).toContain(en.change.response);
    unmount();
    render(<TrajectoryPanel session={phq9Episode([12, 4])} />);
    section = measureSection(/PHQ-9: mood/);
    expect(section.textContent).toContain('Your score is now under 5. That is the lowest range.');
    expect(section.textContent).toContain(en.change.response);
  });

  it('words reliable change by the instrument\'s own threshold: 6 points on the PHQ-9 (4 up is ordinary ups and downs)', () => {
    const { unmount } = render(<TrajectoryPanel session={phq9Episode([18, 12])} />);
    // 18 → 12: 6 points, a third: reliable, not a response.
    let section = measureSection(/PHQ-9: mood/);
    expect(section.textContent).toContain(en.change.reliableImprovement);
    expect(section.textContent).not.toContain(en.change.response);
    unmount();
    render(<TrajectoryPanel session={phq9Episode([10, 14])} />);
    section = measureSection(/PHQ-9: mood/);
    expect(section.textContent).toContain('Your score went from 10 at the start to 14 now.');
    expect(section.textContent).toContain(en.change.noReliableChange);
    expect(section.textContent).not.toContain(en.change.reliableDeterioration);
  });

  it('words a reliable rise on the GAD-7 at 4 points, and asks to talk about it', () => {
    const session = episode({
      baseline: { date: '2031-01-05', measures: measures({ gad7: 6 }) },
      followUps: [{ answers: followUpAnswers('2031-02-05', measures({ gad7: 10 })) }],
    });
    render(<TrajectoryPanel session={session} />);
    const section = measureSection(/GAD-7/);
    expect(section.textContent).toContain(en.change.reliableDeterioration);
    expect(section.textContent).toContain('4 points or more');
  });

  it('marks when the plan was agreed and each later plan version, in the table and on the chart', async () => {
    render(<TrajectoryPanel session={phq9Episode([18, 14, 8], { changePlanAt: 2 })} />);
    const section = measureSection(/PHQ-9: mood/);
    const rows = rowsOf(within(section).getByRole('table'));
    expect(rows[0]![4]).toBe('Plan 1 agreed on January 5, 2031');
    expect(rows[1]![4]).toBe('');
    expect(rows[2]![4]).toBe('Plan 2 agreed on March 5, 2031');
    await within(section).findByText('Plan 2', { selector: 'text, tspan' });
    expect(within(section).getByText('Plan 1', { selector: 'text, tspan' })).toBeTruthy();
  });

  it('shows side-effect ratings one by one, never added up', () => {
    const session = episode({
      baseline: { date: '2031-01-05', measures: measures({ phq9: 18 }) },
      followUps: [{ answers: followUpAnswers('2031-02-05', measures({ phq9: 14, fibser: [2, 3, 4] })) }],
    });
    render(<TrajectoryPanel session={session} />);
    const table = screen.getByRole('table', { name: /Side effects of the medicine, on February 5, 2031/ });
    expect(rowsOf(table)).toEqual([
      ['How often', '2'],
      ['How strong', '3'],
      ['How much they get in the way', '4'],
    ]);
    expect(screen.getByText(en.sideEffects.burden.moderateToMarked)).toBeTruthy();
    expect(screen.queryByText('9')).toBeNull();
  });

  it('says so when there are no scores yet, and speaks Spanish for a Spanish session', () => {
    const empty = episode({ baseline: { date: '2031-01-05', measures: [] }, followUps: [] });
    const { unmount } = render(<TrajectoryPanel session={empty} />);
    expect(screen.getByText(en.noScores)).toBeTruthy();
    unmount();
    render(<TrajectoryPanel session={phq9Episode([18, 14, 8], { language: 'es' })} />);
    const section = measureSection(/PHQ-9: estado de ánimo/);
    expect(section.textContent).toContain('Su puntaje pasó de 18 al inicio a 8 ahora.');
    expect(section.textContent).toContain(es.change.response);
    expect(within(section).getByRole('table', { name: 'PHQ-9: estado de ánimo: su puntaje en cada visita' })).toBeTruthy();
    expect(section.closest('[lang]')?.getAttribute('lang')).toBe('es');
  });
});
