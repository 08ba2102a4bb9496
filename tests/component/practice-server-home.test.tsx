import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Inputs, PracticeServerStatus, Result, SyncConflictSummary } from '../../src/shared/contract';
import { installTestApi, renderApp, value, type TestApi } from './shell-harness';

/**
 * Home with a practice server. Main's real operations answer everything else; only the four practice-server
 * functions on window.api are replaced (the boundary), since a component test has no PostgreSQL.
 */
let testApi: TestApi;
let status: PracticeServerStatus | null;
let conflicts: SyncConflictSummary[];
let resolved: Inputs['resolveSyncConflict'][];

const ok = <T,>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });
const statusOf = (change: Partial<PracticeServerStatus>): PracticeServerStatus => ({
  state: 'connected',
  offlineSince: null,
  left: 0,
  conflicts: 0,
  refused: 0,
  problem: null,
  ...change,
});

beforeEach(async () => {
  testApi = await installTestApi();
  status = statusOf({});
  conflicts = [];
  resolved = [];
  window.api = {
    ...testApi.api,
    getPracticeServerStatus: () => ok(status),
    listSyncConflicts: () => ok(conflicts),
    resolveSyncConflict: (input) => {
      resolved.push(input);
      conflicts = conflicts.filter((conflict) => conflict.id !== input.id);
      status = statusOf({ conflicts: conflicts.length });
      return ok({ keptId: input.id });
    },
    joinPracticeServer: () => ok(statusOf({})),
  };
});
afterEach(async () => {
  await testApi.cleanup();
});

const statusLine = async () => {
  await screen.findByRole('heading', { level: 1 });
  return waitFor(() => {
    const line = screen.getAllByRole('status').find((element) => element.classList.contains('practice-server-status'));
    expect(line?.textContent).toMatch(/\S/);
    return line!;
  });
};

describe('Home: the practice server status line', () => {
  it('is not there when the policy names no practice server', async () => {
    window.api = testApi.api; // main's real answer: null
    renderApp('#/');
    await screen.findByRole('heading', { level: 1 });
    await screen.findByText(/No sessions yet/);
    expect(screen.queryByText(/Practice server/)).toBeNull();
  });

  it('says connected, in a polite live region', async () => {
    renderApp('#/');
    const line = await statusLine();
    expect(line.textContent).toBe('Practice server: connected.');
    expect(line.getAttribute('aria-live')).toBe('polite');
  });

  it('says since when it is offline, and that the work is saved on this computer', async () => {
    const since = new Date();
    since.setHours(10, 42, 0, 0);
    status = statusOf({ state: 'offline', offlineSince: since.toISOString(), problem: 'Duet cannot reach the practice server' });
    renderApp('#/');
    const line = await statusLine();
    expect(line.textContent).toMatch(/^Practice server: offline since 10:42\sAM\. Your work is saved on this computer\.$/);
  });

  it('counts what is left while catching up, and tells IT about changes it could not open', async () => {
    status = statusOf({ state: 'catching-up', left: 12, refused: 1 });
    renderApp('#/');
    const line = await statusLine();
    expect(line.textContent).toBe(
      'Practice server: catching up, 12 changes left. 1 change from the practice server could not be opened. Please tell your IT team.',
    );
  });

  it('says a computer that has not joined keeps the work on this computer', async () => {
    status = statusOf({ state: 'not-joined' });
    renderApp('#/');
    expect((await statusLine()).textContent).toBe('Practice server: this computer has not joined yet. Your work is saved on this computer.');
  });

  it('speaks Spanish', async () => {
    await value(testApi.api.saveSettings({ ...(await value(testApi.api.getSettings())), defaultLanguage: 'es' }));
    status = statusOf({ state: 'catching-up', left: 1 });
    renderApp('#/');
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
    await waitFor(async () => expect((await statusLine()).textContent).toBe('Servidor de la consulta: poniéndose al día, falta 1 cambio.'));
  });
});

describe('Home: changed in two rooms', () => {
  const conflict = (change: Partial<SyncConflictSummary> = {}): SyncConflictSummary => ({
    id: crypto.randomUUID(),
    patientLabel: 'AB',
    thisRoomSavedAt: new Date(2026, 10, 20, 9, 15).toISOString(),
    practiceSavedAt: new Date(2026, 10, 20, 9, 20).toISOString(),
    ...change,
  });

  it('is not there when nothing changed in two rooms', async () => {
    renderApp('#/');
    await statusLine();
    expect(screen.queryByRole('heading', { name: /Changed in two rooms/ })).toBeNull();
  });

  it('lists each conflict with both copies, and keeps this room’s copy only after the choice is confirmed', async () => {
    const first = conflict();
    const second = conflict({ patientLabel: 'CD', practiceSavedAt: null });
    conflicts = [first, second];
    status = statusOf({ conflicts: 2 });
    renderApp('#/');

    const panel = (await screen.findByRole('heading', { level: 2, name: 'Changed in two rooms: choose which to keep' })).closest('section')!;
    const items = within(panel).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByText(/^This room’s copy: saved Nov 20, 2026/)).toBeTruthy();
    expect(within(items[0]!).getByText(/^The practice’s copy: saved Nov 20, 2026/)).toBeTruthy();
    expect(within(items[1]!).getByText('The practice’s copy was deleted in another room.')).toBeTruthy();

    // Going back changes nothing, and the focus returns to the button.
    const keepMine = within(panel).getByRole('button', { name: 'Keep this room’s copy for AB' });
    await userEvent.click(keepMine);
    const dialog = screen.getByRole('dialog', { name: 'Keep this room’s copy for AB?' });
    expect(dialog.textContent).toMatch(/replace the practice’s copy in every exam room/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Go back' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(keepMine);
    expect(resolved).toEqual([]);

    await userEvent.click(keepMine);
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, keep this room’s copy' }));
    expect(await screen.findByText('Done. One copy is kept for AB.')).toBeTruthy();
    expect(resolved).toEqual([{ id: first.id, keep: 'this-room' }]);
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(1));
    expect(panel.isConnected).toBe(true);

    // The practice's copy, for the one deleted elsewhere: the dialog says what happens.
    await userEvent.click(within(panel).getByRole('button', { name: 'Keep the practice’s copy for CD' }));
    const practiceDialog = screen.getByRole('dialog', { name: 'Keep the practice’s copy for CD?' });
    expect(practiceDialog.textContent).toMatch(/This room’s copy will be removed/);
    await userEvent.click(within(practiceDialog).getByRole('button', { name: 'Yes, keep the practice’s copy' }));
    expect(await screen.findByText('Done. One copy is kept for CD.')).toBeTruthy();
    expect(resolved.at(-1)).toEqual({ id: second.id, keep: 'practice' });
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Changed in two rooms/ })).toBeNull());
  });

  it('is in Spanish too', async () => {
    await value(testApi.api.saveSettings({ ...(await value(testApi.api.getSettings())), defaultLanguage: 'es' }));
    conflicts = [conflict()];
    status = statusOf({ conflicts: 1 });
    renderApp('#/');
    expect(await screen.findByRole('heading', { level: 2, name: 'Cambiado en dos salas: elija cuál guardar' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Guardar la copia de esta sala de AB' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Guardar la copia de la consulta de AB' })).toBeTruthy();
  });
});
