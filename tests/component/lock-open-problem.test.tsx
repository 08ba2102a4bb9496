import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppOperations } from '../../src/main/ipc/app-operations';
import { createOperations } from '../../src/main/ipc/operations';
import type { AppLock } from '../../src/main/lock/app-lock';
import { KEY_FILE_NAME } from '../../src/main/lock/key-file';
import { createDirectApi } from '../support/direct-api';
import { createRecordingPrinter } from '../support/recording-printer';
import { createTestDuet, TEST_PASSPHRASE, type TestDuet } from '../support/test-duet';
import { startTestLock } from '../support/test-lock';
import { renderApp } from './shell-harness';

const opened: Array<TestDuet | AppLock> = [];
afterEach(async () => {
  for (const item of opened.splice(0)) await ('cleanup' in item ? item.cleanup() : item.close());
});

describe('unlocking data that cannot be opened', () => {
  it('says so in plain words, with main’s own sentence for IT, and stays locked', async () => {
    // This computer's data, and a key.json from another installation put in its place.
    const ours = await createTestDuet();
    const other = await createTestDuet();
    opened.push(ours, other);
    await ours.api.createSession({ clinicianName: 'Dr Rivera', patientLabel: 'Q.X. Okonkwo', conditionId: 'ocd', language: 'en', decisionRole: 'shared' });
    await ours.lock.close();
    await writeFile(join(ours.dir, KEY_FILE_NAME), await readFile(join(other.dir, KEY_FILE_NAME)));

    const lock = await startTestLock(ours.dir, 'needs-set-up'); // started, nothing typed yet: the lock screen
    opened.push(lock);
    window.api = createDirectApi(
      createAppOperations({ lock, sessionOperations: (store) => createOperations({ store, printer: createRecordingPrinter() }) }),
    );
    renderApp('#/');
    await userEvent.type(await screen.findByLabelText('Practice passphrase'), `${TEST_PASSPHRASE}{Enter}`);

    const alert = await screen.findByText('Duet could not open its saved data.');
    expect(alert.closest('[role="alert"]')?.textContent).toMatch(/locked with a different key.*restore the data folder's own key\.json/s);
    expect(screen.getByRole('heading', { level: 1, name: 'Duet is locked' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('Okonkwo');
  });
});
