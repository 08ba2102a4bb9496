import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { installTestApi, renderApp, startSession, value, type TestApi } from './shell-harness';

let testApi: TestApi;
beforeEach(async () => {
  testApi = await installTestApi();
});
afterEach(async () => {
  await testApi.cleanup();
});

async function practice(anxiety: number, depression: number): Promise<void> {
  for (let index = 0; index < anxiety + depression; index += 1) {
    const session = await startSession(testApi, { patientLabel: `LABEL${index}`, conditionId: index < anxiety ? 'anxiety' : 'depression' });
    if (index % 2 === 0) {
      await value(
        testApi.api.saveAnswers({
          id: session.id,
          answers: { ...session.answers, plan: { ...session.answers.plan, agreedOption: 'therapy', patientConfirmed: true, clinicianConfirmed: true } },
        }),
      );
    }
  }
}

function cellOf(table: HTMLElement, rowName: string, column: string): string {
  const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
  const row = within(table).getByRole('row', { name: new RegExp(`^${rowName}`) });
  return within(row).getAllByRole('cell')[headers.indexOf(column) - 1]!.textContent ?? '';
}

describe('the practice figures', () => {
  it('opens from Home, shows counts with their denominators, and never a small count or a label', async () => {
    await practice(9, 3);
    renderApp('#/');
    await userEvent.click(await screen.findByRole('link', { name: 'Practice figures' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Practice figures' })).toBeTruthy();
    const decisions = await screen.findByRole('table', { name: 'Decisions' });
    expect(cellOf(decisions, 'All episodes', 'Episodes started')).toBe('12');
    expect(cellOf(decisions, 'All episodes', 'Plan agreed')).toBe('6 of 12 (50%)');
    expect(document.body.textContent).not.toMatch(/LABEL/);

    // Split by condition: depression (3) is "fewer than 5", anxiety (9) is hidden so 12 − 9 cannot give it away.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show each figure by' }), 'condition');
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Decisions' })).queryByRole('row', { name: /^Depression/ })).toBeTruthy());
    const split = screen.getByRole('table', { name: 'Decisions' });
    expect(cellOf(split, 'Depression', 'Episodes started')).toBe('fewer than 5');
    expect(cellOf(split, 'Anxiety', 'Episodes started')).toBe('hidden');
    expect(cellOf(split, 'Depression', 'Plan agreed')).toBe('fewer than 5 of fewer than 5');

    // A filter: only anxiety.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Condition' }), 'anxiety');
    await waitFor(() => expect(cellOf(screen.getByRole('table', { name: 'Decisions' }), 'All episodes', 'Episodes started')).toBe('9'));

    // Each chart has its table beside it, and a text alternative.
    expect(screen.getAllByRole('img', { name: /Line chart of the median/ }).length).toBe(3);
    expect(screen.getByRole('table', { name: /PHQ-9 \(low mood\): Median score over time/ })).toBeTruthy();
  });

  it('asks before saving a CSV, saying what is inside, and cancelling saves nothing', async () => {
    await practice(5, 0);
    renderApp('#/dashboard');
    await userEvent.click(await screen.findByRole('button', { name: 'Save one row per episode (CSV)…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save one row per episode?' });
    expect(dialog.textContent).toMatch(/no names, labels, dates/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Choose where to save' }));
    // The test app's folder dialog is cancelled.
    expect(await screen.findByText('Nothing was saved.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save the tables as a spreadsheet (CSV)…' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('speaks Spanish when the practice does', async () => {
    await value(testApi.api.saveSettings({ ...DEFAULT_SETTINGS, defaultLanguage: 'es' }));
    await practice(2, 0);
    renderApp('#/dashboard');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cifras de la consulta' })).toBeTruthy();
    const decisions = await screen.findByRole('table', { name: 'Decisiones' });
    expect(cellOf(decisions, 'Todos los episodios', 'Episodios empezados')).toBe('menos de 5');
  });
});
