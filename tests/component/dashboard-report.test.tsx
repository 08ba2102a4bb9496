import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DashboardReport } from '../../src/renderer/src/dashboard/DashboardReport';
import { allFilters, computeDashboard, episodeFacts, type DashboardQuery, type EpisodeFacts } from '../../src/shared/domain/outcomes';
import { DEFAULT_AS_OF, generateEpisodes } from '../support/episodes-generator';

/**
 * The dashboard's tables from real figures (computeDashboard over generated episodes): what the practice lead reads.
 * A segment of 3 (people aged 65 or over) must never show its count or a rate, in any table.
 */
const generated = generateEpisodes({ seed: 12, episodes: 240 }).map(episodeFacts);

/** Everyone 25 to 64, except exactly three people aged 65 or over. */
function withSegmentOfThree(facts: EpisodeFacts[]): EpisodeFacts[] {
  return facts.map((episode, index) => ({ ...episode, ageGroup: index < 3 ? '65-plus' : '25-64' }));
}

const query = (patch: Partial<DashboardQuery> = {}): DashboardQuery => ({ filters: allFilters(), split: 'none', ...patch });

function tables(): HTMLElement[] {
  return screen.getAllByRole('table');
}

function rowNamed(table: HTMLElement, name: string): HTMLElement | undefined {
  return within(table)
    .queryAllByRole('row')
    .find((row) => within(row).queryByRole('rowheader')?.textContent === name);
}

describe('The dashboard report', () => {
  it('shows every section, each table captioned with column and row headers, and each chart hidden from screen readers', () => {
    const dashboard = computeDashboard(generated, query(), DEFAULT_AS_OF);
    const { container } = render(<DashboardReport dashboard={dashboard} locale="en" />);
    for (const name of ['Decisions', 'Decision quality', 'Outcomes', 'Adherence and functioning']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    }
    expect(screen.getByRole('table', { name: 'Episodes started and plans agreed' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'PHQ-9 (depression) at 8–12 weeks' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'GAD-7 (anxiety) at 6 months' })).toBeTruthy();
    for (const table of tables()) {
      expect(table.querySelector('caption')?.textContent).toBeTruthy();
      expect(within(table).getAllByRole('columnheader').every((cell) => cell.getAttribute('scope') === 'col')).toBe(true);
      expect(within(table).getAllByRole('rowheader').every((cell) => cell.getAttribute('scope') === 'row')).toBe(true);
    }
    const charts = container.querySelectorAll('.dashboard-figure__chart');
    expect(charts.length).toBeGreaterThan(5);
    for (const chart of charts) expect(chart.getAttribute('aria-hidden')).toBe('true');
  });

  it('says each rate with its denominator: "n of N with a follow-up at 8–12 weeks"', () => {
    const dashboard = computeDashboard(generated, query(), DEFAULT_AS_OF);
    render(<DashboardReport dashboard={dashboard} locale="en" />);
    const window = dashboard.rows[0]!.outcomes.find((measure) => measure.measure === 'phq9')!.windows[0]!;
    expect(window.response?.shown).toBe(true);
    if (!window.response?.shown || !window.noFollowUp.shown) throw new Error('expected shown figures');
    const table = screen.getByRole('table', { name: 'PHQ-9 (depression) at 8–12 weeks' });
    const all = rowNamed(table, 'All episodes')!;
    expect(all.textContent).toContain(
      `${window.response.numerator} of ${window.response.denominator} with a follow-up at 8–12 weeks (${window.response.percent}%)`,
    );
    // Loss to follow-up is a result: its count is in the same row.
    expect(within(all).getAllByRole('cell').map((cell) => cell.textContent)).toContain(String(window.noFollowUp.value));
  });

  it('splits every table into segments, the whole scope first', () => {
    const dashboard = computeDashboard(generated, query({ split: 'age-group' }), DEFAULT_AS_OF);
    render(<DashboardReport dashboard={dashboard} locale="en" />);
    const table = screen.getByRole('table', { name: 'Episodes started and plans agreed' });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toEqual(['All episodes', 'Under 18', '18 to 24', '25 to 64', '65 or over', 'Not recorded']);
  });

  it('never shows the count or a rate of a segment of 3, in any table (English)', () => {
    const facts = withSegmentOfThree(generated);
    const dashboard = computeDashboard(facts, query({ split: 'age-group' }), DEFAULT_AS_OF);
    render(<DashboardReport dashboard={dashboard} locale="en" />);
    let rowsSeen = 0;
    for (const table of tables()) {
      const row = rowNamed(table, '65 or over');
      if (!row) continue;
      rowsSeen += 1;
      for (const cell of within(row).getAllByRole('cell')) {
        const text = cell.textContent ?? '';
        // Only the words "fewer than 5" / "not shown" (or "no published rule"): no number, no percentage.
        expect(text.replaceAll('fewer than 5', '')).not.toMatch(/\d|%/);
      }
    }
    expect(rowsSeen).toBeGreaterThan(10);
    const started = rowNamed(screen.getByRole('table', { name: 'Episodes started and plans agreed' }), '65 or over')!;
    expect(within(started).getAllByRole('cell')[0]!.textContent).toBe('fewer than 5');
  });

  it('says "menos de 5" in Spanish, with Spanish headings and captions', () => {
    const facts = withSegmentOfThree(generated);
    const dashboard = computeDashboard(facts, query({ split: 'age-group' }), DEFAULT_AS_OF);
    render(<DashboardReport dashboard={dashboard} locale="es" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Calidad de la decisión' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Episodios empezados y planes acordados' });
    const row = rowNamed(table, '65 o más');
    expect(within(row!).getAllByRole('cell')[0]!.textContent).toBe('menos de 5');
    expect(document.body.textContent).not.toContain('fewer than');
    for (const cell of within(row!).getAllByRole('cell')) expect((cell.textContent ?? '').replaceAll('menos de 5', '')).not.toMatch(/\d|%/);
  });
});
