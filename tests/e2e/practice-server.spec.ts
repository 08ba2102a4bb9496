import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import net, { type AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import type { OperationName, Result } from '../../src/shared/contract';
import { createAppOperations } from '../../src/main/ipc/app-operations';
import { createOperations } from '../../src/main/ipc/operations';
import type { OsKeyStore } from '../../src/main/lock/os-key-store';
import { joinPracticeServer } from '../../src/main/practice-server/join';
import { PracticeServerService } from '../../src/main/practice-server/service';
import { PracticeSync } from '../../src/main/practice-server/sync';
import { newSessionInput } from '../support/sessions';
import { createDirectApi } from '../support/direct-api';
import { APP_PASSWORD, postgresMissing, startPostgres } from '../support/postgres';
import { eventually, saveWorries, serverConfig, withTimeout } from '../support/practice-rooms';
import { createRecordingPrinter } from '../support/recording-printer';
import { makeTempDir, removeTempDir } from '../support/temp-store';
import { startTestLock, TEST_PASSPHRASE, TEST_SCRYPT_COST } from '../support/test-lock';
import { expectNoSeriousViolations } from './helpers/axe';
import { appUrl, serveFolder } from './harness/serve-renderer';
import { installWindowApi } from './harness/window-api';

/**
 * IT joins a computer from Settings in real Chromium, against a real PostgreSQL: the built page, main's real
 * operations and PracticeServerService behind window.api. Then Home shows "connected"; a session changed here and in
 * another room while this one could not reach the server is shown as "changed in two rooms", and the choice made
 * here reaches the other room. Every screen passes axe.
 */
const missing = postgresMissing();
if (missing && process.env.CI) throw new Error(missing);

function testOsKeyStore(): OsKeyStore {
  const key = randomBytes(32);
  return {
    protect(secret) {
      const iv = randomBytes(16);
      const cipher = createCipheriv('aes-256-cbc', key, iv);
      return Buffer.concat([iv, cipher.update(secret), cipher.final()]);
    },
    unprotect(protectedSecret) {
      const decipher = createDecipheriv('aes-256-cbc', key, protectedSecret.subarray(0, 16));
      return Buffer.concat([decipher.update(protectedSecret.subarray(16)), decipher.final()]);
    },
  };
}

test.skip(missing !== null, missing ?? '');

const PRACTICE_PASSPHRASE = 'walrus lantern quietly folds';

/** A TCP relay to the server for this room only, so the test can cut this room off while the other reaches it. */
async function relayTo(port: number): Promise<{ port: number; cut: () => void; restore: () => void; close: () => void }> {
  let open = true;
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  };
  const relay = net.createServer((client) => {
    track(client);
    if (!open) return void client.destroy();
    const upstream = net.connect(port, '127.0.0.1');
    track(upstream);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  return {
    port: (relay.address() as AddressInfo).port,
    cut: () => {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    restore: () => {
      open = true;
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      relay.close();
    },
  };
}

test('IT joins this computer from Settings (a wrong password first), Home says connected, and a change made in two rooms is chosen on Home', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  const server = await startPostgres();
  const relay = await relayTo(server.port);
  const dir = await makeTempDir('duet-e2e-practice-');
  const otherDir = await makeTempDir('duet-e2e-practice-other-');
  const service = await PracticeServerService.open({ dataDir: dir, config: serverConfig(server, { port: relay.port }), osKeyStore: testOsKeyStore(), scryptCost: TEST_SCRYPT_COST, pollMs: 300 });
  const lock = await startTestLock(dir, 'unlocked', { onDocumentChange: service.noteChange });
  const otherSync = await PracticeSync.open({ dataDir: otherDir, config: serverConfig(server), password: async () => APP_PASSWORD, pollMs: 300, retryMs: [100, 400] });
  const otherLock = await startTestLock(otherDir, 'unlocked', { onDocumentChange: otherSync.noteChange });
  try {
    const operations = createAppOperations({
      lock,
      sessionOperations: (store) => createOperations({ store, printer: createRecordingPrinter() }),
      practiceServer: service,
    });
    const api = createDirectApi(operations);
    await serveFolder(context);
    await installWindowApi(context, (name: OperationName, input: unknown) => (api[name] as (input?: unknown) => Promise<Result<unknown>>)(input));
    await page.goto(appUrl('#/settings'));

    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Practice server' }) });
    await expect(section.locator('.practice-server-status')).toHaveText('Practice server: this computer has not joined yet. Your work is saved on this computer.');
    const field = (label: string) => section.getByLabel(label, { exact: true });
    await field('Server password').fill('not the password');
    await field('This computer’s passphrase now').fill(TEST_PASSPHRASE);
    await field('Practice passphrase').fill(PRACTICE_PASSPHRASE);
    await field('Type the practice passphrase again').fill(PRACTICE_PASSPHRASE);
    await section.getByRole('button', { name: 'Join the practice server' }).click();
    await expect(section.getByText('The practice server did not accept that password. Please check it and try again.')).toBeVisible();
    await expect(field('Server password')).toBeFocused();
    await expectNoSeriousViolations(page, 'settings with the practice server section');

    await field('Server password').fill(APP_PASSWORD);
    await field('Practice passphrase').fill(PRACTICE_PASSPHRASE);
    await field('Type the practice passphrase again').fill(PRACTICE_PASSPHRASE);
    await section.getByRole('button', { name: 'Join the practice server' }).click();
    await expect(section.getByText('Done. This computer has joined the practice server.')).toBeVisible({ timeout: 30_000 });

    await page.goto(appUrl('#/'));
    await expect(page.locator('.practice-server-status')).toHaveText('Practice server: connected.', { timeout: 20_000 });
    await expectNoSeriousViolations(page, 'home with the practice server status');

    // The other room joins with the same practice passphrase; a session made here reaches it.
    await joinPracticeServer({ lock: otherLock, config: serverConfig(server), password: APP_PASSWORD, currentPassphrase: TEST_PASSPHRASE, practicePassphrase: PRACTICE_PASSPHRASE, scryptCost: TEST_SCRYPT_COST });
    otherSync.start(otherLock.openStore(), otherLock.dataCipher());
    const created = await api.createSession(newSessionInput({ patientLabel: 'Two rooms' }));
    if (!created.ok) throw new Error(created.error.message);
    const session = created.value;
    await eventually('the other room to have the session', async () => {
      await withTimeout(otherSync.idle(), 20_000, 'the other room to sync');
      return otherLock.openStore().hasSession(session.id);
    }, 30_000);

    // This room cannot reach the server while both rooms change the session; the other room's change arrives first.
    relay.cut();
    const saved = await api.saveAnswers({ id: session.id, answers: { ...session.answers, worries: 'this room’s words' } });
    expect(saved.ok).toBe(true);
    await expect(page.locator('.practice-server-status')).toContainText('Practice server: offline since', { timeout: 20_000 });
    await saveWorries(otherLock.openStore(), session.id, 'the other room’s words');
    await withTimeout(otherSync.idle(), 20_000, 'the other room to push');
    relay.restore();

    const panel = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Changed in two rooms: choose which to keep' }) });
    await expect(panel).toBeVisible({ timeout: 40_000 });
    await expect(panel.getByRole('heading', { level: 3, name: 'Two rooms' })).toBeVisible();
    await expectNoSeriousViolations(page, 'home with a change made in two rooms');
    await panel.getByRole('button', { name: 'Keep this room’s copy for Two rooms' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keep this room’s copy for Two rooms?' });
    await expect(dialog).toBeVisible();
    await expectNoSeriousViolations(page, 'the keep-which-copy dialog');
    await dialog.getByRole('button', { name: 'Yes, keep this room’s copy' }).click();
    await expect(page.getByText('Done. One copy is kept for Two rooms.')).toBeVisible();
    await expect(panel).toHaveCount(0, { timeout: 20_000 });

    // The choice travels: the other room now has this room's words.
    await eventually('the other room to get this room’s copy', async () => {
      await withTimeout(otherSync.idle(), 20_000, 'the other room to sync');
      return (await otherLock.openStore().getSession(session.id))?.answers.worries === 'this room’s words';
    }, 40_000);
  } finally {
    await service.stop();
    await otherSync.stop();
    await lock.close();
    await otherLock.close();
    relay.close();
    await removeTempDir(dir);
    await removeTempDir(otherDir);
    server.stop();
  }
});
