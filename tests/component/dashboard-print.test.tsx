import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dashboardQueryParam } from '../../src/shared/print-options';
import { allFilters } from '../../src/shared/domain/outcomes';
import { seedEpisodes } from '../support/outcomes-seed';
import { installTestApi, renderApp, type TestApi } from './shell-harness';

/** The bare print page main's hidden window turns into the dashboard PDF (#/print/dashboard?q=…). */
let testApi: TestApi;
beforeEach(async () => {
  testApi = await installTestApi();
});
afterEach(async () => {
  delete document.documentElement.dataset.printReady;
  await testApi.cleanup();
});

describe('The practice outcomes print page', () => {
  it.each([
    ['no query', '#/print/dashboard'],
    ['a query that is not JSON', '#/print/dashboard?q=%7Bnot'],
    ['a split that does not exist', `#/print/dashboard?q=${encodeURIComponent(JSON.stringify({ filters: allFilters(), split: 'patient' }))}`],
    ['"from" after "to"', `#/print/dashboard?q=${encodeURIComponent(JSON.stringify({ filters: { ...allFilters(), from: '2026-05-01', to: '2026-01-01' }, split: 'none' }))}`],
  ])('with %s, says it could not load and tells main at once (data-print-ready="error")', async (_name, hash) => {
    renderApp(hash);
    expect((await screen.findByRole('alert')).textContent).toBe('The figures could not be loaded. Please close this and try again.');
    expect(document.documentElement.dataset.printReady).toBe('error');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('while Duet is locked, says so to main at once and shows no figures', async () => {
    await testApi.api.lock();
    renderApp(`#/print/dashboard?${dashboardQueryParam({ filters: allFilters(), split: 'none' })}`);
    await waitFor(() => expect(document.documentElement.dataset.printReady).toBe('error'));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the figures for the query, says which episodes and split, and is then ready to print', async () => {
    await seedEpisodes(testApi.api, [
      ...Array.from({ length: 6 }, () => ({ condition: 'anxiety' as const, ageGroup: '25-64' as const, baseline: 15, followUp: 6, daysAgo: 70 })),
      ...Array.from({ length: 5 }, () => ({ condition: 'depression' as const, ageGroup: '25-64' as const, baseline: 18, followUp: 8, daysAgo: 70 })),
    ]);
    const query = { filters: { ...allFilters(), conditions: ['anxiety' as const] }, split: 'age-group' as const };
    renderApp(`#/print/dashboard?${dashboardQueryParam(query)}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Practice outcomes' })).toBeTruthy();
    expect(screen.getByText('Episodes: Anxiety disorders. Split: Age group.')).toBeTruthy();
    await waitFor(() => expect(document.documentElement.dataset.printReady).toBe('true'));
    expect(screen.getByRole('table', { name: 'Episodes started and plans agreed' }).textContent).toContain('6');
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
