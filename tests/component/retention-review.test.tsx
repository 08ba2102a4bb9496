import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppOperations } from '../../src/main/ipc/app-operations';
import { createOperations } from '../../src/main/ipc/operations';
import type { AppLock } from '../../src/main/lock/app-lock';
import { RetentionRunner } from '../../src/main/retention-schedule';
import { nodeStorageFs } from '../../src/main/storage';
import { createQueryClient } from '../../src/renderer/src/api/hooks';
import { App } from '../../src/renderer/src/App';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { createDirectApi } from '../support/direct-api';
import { createRecordingPrinter } from '../support/recording-printer';
import { answersWithPlan, newSessionInput } from '../support/sessions';
import { makeTempDir, removeTempDir } from '../support/temp-store';
import { startTestLock } from '../support/test-lock';

const DAY_MS = 24 * 60 * 60 * 1000;
const DUE = 6;

let dir: string;
let lock: AppLock;
let clock: Date;
let runner: RetentionRunner;

/** Main's real lock, operations and retention runner over a real store, with DUE agreed sessions past 90 days. */
beforeEach(async () => {
  dir = await makeTempDir('duet-retention-review-');
  clock = new Date('2026-01-10T09:00:00.000Z');
  lock = await startTestLock(dir, 'unlocked', { now: () => clock });
  const store = lock.openStore();
  runner = new RetentionRunner({ store, fs: nodeStorageFs, dataDir: dir, record: () => undefined, now: () => clock });
  const operations = createAppOperations({
    lock,
    sessionOperations: (opened) => createOperations({ store: opened, printer: createRecordingPrinter(), now: () => clock, retention: runner }),
  });
  const api = createDirectApi(operations);
  for (let index = 0; index < DUE; index += 1) {
    const created = await api.createSession(newSessionInput({ patientLabel: `Old ${index}` }));
    if (!created.ok) throw new Error(created.error.message);
    await api.saveAnswers({
      id: created.value.id,
      answers: answersWithPlan({ agreedOption: 'therapy', patientConfirmed: true, clinicianConfirmed: true }),
    });
  }
  await api.saveSettings({ ...DEFAULT_SETTINGS, retentionDays: 90 });
  clock = new Date(clock.getTime() + 100 * DAY_MS);
  expect(await runner.run()).toMatchObject({ kind: 'ask-first' });
  window.api = api;
});
afterEach(async () => {
  await lock.close();
  await removeTempDir(dir);
});

function renderApp() {
  window.location.hash = '#/';
  render(
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>,
  );
}

describe('many sessions due at once: the retention period asks first (M7)', () => {
  it('says how many would go and why it asks; keeping them shows Home with every session', async () => {
    renderApp();
    const heading = await screen.findByRole('heading', { level: 1, name: 'Delete older sessions?' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.body.textContent).toContain(`${DUE} of ${DUE} saved sessions would be deleted now`);
    expect(document.body.textContent).toMatch(/date looks wrong/);
    expect(document.title).toBe('Delete older sessions? – Duet');

    await userEvent.click(screen.getByRole('button', { name: 'Keep them for now' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Duet: deciding on care together' })).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: 'Old 0' })).toBeTruthy();
    expect(lock.openStore().listSessions()).toHaveLength(DUE);
  });

  it('deleting them removes them, then shows Home', async () => {
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: `Delete ${DUE} sessions` }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Duet: deciding on care together' })).toBeTruthy();
    await waitFor(() => expect(lock.openStore().listSessions()).toHaveLength(0));
    expect(screen.queryByRole('rowheader', { name: 'Old 0' })).toBeNull();
  });
});
