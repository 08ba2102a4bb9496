import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewSession } from '../../src/shared/session';
import { installTestApi, renderApp, value, type TestApi } from './shell-harness';

const newSession = (patientLabel: string): NewSession => ({
  clinicianName: 'Dr Rivera',
  patientLabel,
  conditionId: 'depression',
  language: 'en',
  decisionRole: 'shared',
});

let testApi: TestApi;
beforeEach(async () => {
  testApi = await installTestApi();
});
afterEach(async () => {
  await testApi.cleanup();
});

async function openDeleteDialog(label: string) {
  const trigger = await screen.findByRole('button', { name: `Delete… session with ${label}` });
  await userEvent.click(trigger);
  const dialog = await screen.findByRole('dialog', { name: `Delete the session with ${label}?` });
  return { trigger, dialog };
}

describe('deleting a session from Home', () => {
  it('asks first, in a modal that says it cannot be undone; Escape cancels and the focus goes back', async () => {
    const session = await value(testApi.api.createSession(newSession('AB')));
    renderApp('#/');

    const { trigger, dialog } = await openDeleteDialog('AB');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toMatch(/session with AB/);
    expect(dialog.textContent).toMatch(/cannot be undone/);
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Delete for good' })).toBeTruthy();

    await userEvent.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect((await value(testApi.api.listSessions())).map((summary) => summary.id)).toEqual([session.id]);
  });

  it('keeps Tab inside the dialog', async () => {
    await value(testApi.api.createSession(newSession('AB')));
    renderApp('#/');
    const { dialog } = await openDeleteDialog('AB');
    for (let step = 0; step < 4; step += 1) {
      await userEvent.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
  });

  it('"Delete for good" from the keyboard deletes the session, its row disappears and the log says so', async () => {
    const doomed = await value(testApi.api.createSession(newSession('AB')));
    await value(testApi.api.createSession(newSession('CD')));
    renderApp('#/');
    const table = await screen.findByRole('table', { name: 'Recent sessions' });
    await openDeleteDialog('AB');

    await userEvent.tab(); // from Cancel to the confirm button
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete for good' }));
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(within(table).queryByRole('rowheader', { name: 'AB' })).toBeNull());
    expect(within(table).getByRole('rowheader', { name: 'CD' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    const notice = screen.getByText('The session with AB was deleted for good.');
    expect(notice.closest('[role="status"]')).toBe(document.activeElement);
    expect(await testApi.api.getSession({ id: doomed.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const log = await value(testApi.api.listAuditLog());
    expect(log[0]).toMatchObject({ action: 'deleted', sessionId: doomed.id });
  });
});

describe('the activity log screen', () => {
  it('is linked from Home and lists actions in words with a short session number, no names', async () => {
    const session = await value(testApi.api.createSession(newSession('Secret-Label')));
    await value(testApi.api.printPlan({ id: session.id }));
    renderApp('#/');

    await userEvent.click(await screen.findByRole('link', { name: 'Activity log' }));

    const table = await screen.findByRole('table', { name: 'Activity log' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual(['Plan printed', 'Session started']);
    expect(within(rows[0]!).getByText(session.id.slice(0, 8))).toBeTruthy();
    expect(table.textContent).not.toContain('Secret-Label');
    expect(document.title).toBe('Activity log – Duet');
  });
});
