import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedEpisodes, type SeedEpisode } from '../support/outcomes-seed';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { lockNavigation } from '../../src/renderer/src/routing/navigationLock';
import { installTestApi, renderApp, value, waitForRoute, type TestApi } from './shell-harness';

/**
 * The practice outcomes screen over main's real operations (getDashboard over the store's outcome facts): filters
 * and split change the figures, the live region says so, and a segment of 3 never shows its count or a rate.
 */
const EPISODES: SeedEpisode[] = [
  ...Array.from({ length: 6 }, (): SeedEpisode => ({ condition: 'anxiety', ageGroup: '25-64', baseline: 15, followUp: 6, daysAgo: 70 })),
  ...Array.from({ length: 3 }, (): SeedEpisode => ({ condition: 'anxiety', ageGroup: '65-plus', baseline: 15, followUp: 3, daysAgo: 70 })),
  ...Array.from({ length: 5 }, (): SeedEpisode => ({ condition: 'depression', ageGroup: '25-64', baseline: 18, followUp: 8, daysAgo: 70 })),
];

let testApi: TestApi;
beforeEach(async () => {
  testApi = await installTestApi();
  await seedEpisodes(testApi.api, EPISODES);
});
afterEach(async () => {
  await testApi.cleanup();
});

const startedTable = () => screen.getByRole('table', { name: /^(Episodes started and plans agreed|Episodios empezados y planes acordados)$/ });
const firstCellOf = (rowName: string) =>
  within(within(startedTable()).getByRole('rowheader', { name: rowName }).closest('tr')!).getAllByRole('cell')[0]!.textContent;

describe('Practice outcomes screen', () => {
  it('is reached from Home; filters and split change the figures and the live region says so', async () => {
    renderApp('#/');
    await userEvent.click(await screen.findByRole('link', { name: 'Practice outcomes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Practice outcomes' })).toBeTruthy();
    const status = await screen.findByText('Figures updated: 14 episodes.');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(firstCellOf('All episodes')).toBe('14');

    await userEvent.click(within(screen.getByRole('group', { name: 'Condition' })).getByRole('checkbox', { name: 'Anxiety disorders' }));
    expect(await screen.findByText('Figures updated: 9 episodes.')).toBeTruthy();
    await waitFor(() => expect(firstCellOf('All episodes')).toBe('9'));

    await userEvent.click(within(screen.getByRole('group', { name: 'Split each figure by' })).getByRole('radio', { name: 'Age group' }));
    await screen.findAllByRole('rowheader', { name: '65 or over' }, { timeout: 10_000 });
    const names = within(startedTable())
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toEqual(['All episodes', 'Under 18', '18 to 24', '25 to 64', '65 or over', 'Not recorded']);
    // 9 = 6 + 3: showing the 6 would give away the 3, so it is hidden too ("not shown").
    expect(firstCellOf('25 to 64')).toBe('not shown');
    expect(firstCellOf('65 or over')).toBe('fewer than 5');

    // The segment of 3: words only, in every table.
    const rows = screen.getAllByRole('rowheader', { name: '65 or over' }).map((header) => header.closest('tr')!);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      for (const cell of within(row).getAllByRole('cell')) {
        expect((cell.textContent ?? '').replaceAll('fewer than 5', '').replaceAll('not shown', '')).not.toMatch(/\d|%/);
      }
    }
    expect(document.body.textContent).not.toContain('Seeded patient');
  });

  it('speaks Spanish when the practice does: "menos de 5" for the segment of 3', async () => {
    await value(testApi.api.saveSettings({ ...DEFAULT_SETTINGS, defaultLanguage: 'es' }));
    renderApp('#/dashboard');
    expect(await screen.findByRole('heading', { level: 1, name: 'Resultados del consultorio' })).toBeTruthy();
    await screen.findByText('Cifras actualizadas: 14 episodios.');
    await userEvent.click(within(screen.getByRole('group', { name: 'Dividir cada cifra por' })).getByRole('radio', { name: 'Grupo de edad' }));
    await screen.findAllByRole('rowheader', { name: '65 o más' }, { timeout: 10_000 });
    expect(firstCellOf('65 o más')).toBe('menos de 5');
  });

  it('asks before a CSV export and says what is inside; cancelling exports nothing', async () => {
    renderApp('#/dashboard');
    await screen.findByText('Figures updated: 14 episodes.');
    await userEvent.click(screen.getByRole('button', { name: 'Export episode rows (CSV)' }));
    const dialog = screen.getByRole('dialog', { name: 'Export one row per episode as a CSV file?' });
    expect(dialog.textContent).toContain('No name, no label, no notes or other free text, and no dates');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    // The opener has the focus back.
    expect(document.activeElement?.textContent).toBe('Export episode rows (CSV)');
  });

  it('opens from the app menu, but never while a patient prepares alone', async () => {
    renderApp('#/');
    await screen.findByRole('heading', { level: 1 });
    const release = lockNavigation();
    testApi.sendMenuCommand('dashboard');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.location.hash).toBe('#/');
    release();
    testApi.sendMenuCommand('dashboard');
    await waitForRoute('#/dashboard');
    expect(await screen.findByRole('heading', { level: 1, name: 'Practice outcomes' })).toBeTruthy();
  });

  it('shows no figures while a patient prepares alone, even if the page is reached', async () => {
    const release = lockNavigation();
    try {
      renderApp('#/dashboard');
      expect(await screen.findByText('Practice outcomes are not shown while a patient is preparing alone.')).toBeTruthy();
      expect(screen.queryByRole('table')).toBeNull();
    } finally {
      release();
    }
  });
});
