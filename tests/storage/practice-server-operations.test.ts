/**
 * The practice server's operations as the page calls them (invokeOperation over main's real operations, the real
 * PracticeServerService, a real PostgreSQL): two rooms join from "Settings", see the status, and a session changed
 * in both rooms while the server was down is listed and settled from "Home". Nothing here mocks the database.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationName, Outputs, Result } from '../../src/shared/contract';
import { createAppOperations } from '../../src/main/ipc/app-operations';
import { invokeOperation } from '../../src/main/ipc/invoke';
import { createOperations } from '../../src/main/ipc/operations';
import type { AppLock } from '../../src/main/lock/app-lock';
import type { OsKeyStore } from '../../src/main/lock/os-key-store';
import { PracticeServerService } from '../../src/main/practice-server/service';
import { APP_PASSWORD, postgresMissing, startPostgres, type TestPostgres } from '../support/postgres';
import { eventually, serverConfig, withTimeout } from '../support/practice-rooms';
import { createRecordingPrinter } from '../support/recording-printer';
import { newSessionInput } from '../support/sessions';
import { makeTempDir, removeTempDir } from '../support/temp-store';
import { startTestLock, TEST_PASSPHRASE, TEST_SCRYPT_COST } from '../support/test-lock';

const missing = postgresMissing();
if (missing && process.env.CI) throw new Error(missing);

/** The practice passphrase IT chooses when the first computer joins (it must meet the new-passphrase rule). */
const PRACTICE_PASSPHRASE = 'walrus lantern quietly folds';

/** Stands in for the operating system's key store (DPAPI, Keychain): a secret key this "account" holds. */
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

/** One exam-room computer as main wires it with a practice server in the policy. */
interface AppRoom {
  name: string;
  dir: string;
  service: PracticeServerService;
  lock: AppLock;
  invoke<K extends OperationName>(name: K, input?: unknown): Promise<Result<Outputs[K]>>;
  value<K extends OperationName>(name: K, input?: unknown): Promise<Outputs[K]>;
  cleanup(): Promise<void>;
}

async function openAppRoom(server: TestPostgres, name: string): Promise<AppRoom> {
  const dir = await makeTempDir(`duet-ops-room-${name}-`);
  const service = await PracticeServerService.open({
    dataDir: dir,
    config: serverConfig(server),
    osKeyStore: testOsKeyStore(),
    scryptCost: TEST_SCRYPT_COST,
    pollMs: 300,
  });
  const lock = await startTestLock(dir, 'unlocked', { onDocumentChange: service.noteChange });
  const operations = createAppOperations({
    lock,
    sessionOperations: (store) => createOperations({ store, printer: createRecordingPrinter() }),
    practiceServer: service,
  });
  const logged: unknown[] = [];
  const invoke = <K extends OperationName>(operation: K, input?: unknown) =>
    invokeOperation<K>(operations, operation, input, (_message, error) => logged.push(error));
  return {
    name,
    dir,
    service,
    lock,
    invoke,
    async value(operation, input) {
      const result = await invoke(operation, input);
      if (!result.ok) throw new Error(`${name} ${operation}: ${result.error.code} ${result.error.message}`);
      expect(logged, `${name}: nothing for the error log`).toEqual([]);
      return result.value;
    },
    async cleanup() {
      await service.stop();
      await lock.close();
      await removeTempDir(dir);
    },
  };
}

async function settle(...rooms: AppRoom[]): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    for (const room of rooms) await withTimeout(room.service.idle(), 20_000, `${room.name} to finish syncing`);
  }
}

describe.skipIf(missing !== null)('practice server operations, as the page calls them', () => {
  let server: TestPostgres;
  let a: AppRoom;
  let b: AppRoom;

  beforeAll(async () => {
    server = await startPostgres();
    a = await openAppRoom(server, 'A');
    b = await openAppRoom(server, 'B');
  }, 60_000);
  afterAll(async () => {
    await a?.cleanup().catch(() => undefined);
    await b?.cleanup().catch(() => undefined);
    server?.stop();
  });

  it('joins two rooms from Settings, with plain refusals for a wrong password or passphrase', async () => {
    expect(await a.value('getPracticeServerStatus')).toEqual({ state: 'not-joined', offlineSince: null, left: 0, conflicts: 0, refused: 0, problem: null });
    expect(await a.value('listSyncConflicts')).toEqual([]);

    const join = (room: AppRoom, change: Record<string, string> = {}) =>
      room.invoke('joinPracticeServer', { password: APP_PASSWORD, currentPassphrase: TEST_PASSPHRASE, practicePassphrase: PRACTICE_PASSPHRASE, ...change });

    expect(await join(a, { password: 'not the role password' })).toMatchObject({
      ok: false,
      error: { code: 'practice-server', problem: 'wrong-password', message: expect.stringMatching(/did not accept Duet’s sign-in|did not accept Duet's sign-in/) },
    });
    expect(await join(a, { currentPassphrase: 'not this computer’s passphrase' })).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    expect(await a.value('getPracticeServerStatus')).toMatchObject({ state: 'not-joined' });

    const joined = await a.value('joinPracticeServer', { password: APP_PASSWORD, currentPassphrase: TEST_PASSPHRASE, practicePassphrase: PRACTICE_PASSPHRASE });
    expect(['connected', 'catching-up']).toContain(joined.state);
    // From now on this computer opens with the practice passphrase.
    await a.value('lock');
    expect(await a.invoke('listSyncConflicts')).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await a.invoke('getPracticeServerStatus')).toMatchObject({ ok: false, error: { code: 'locked' } });
    await a.value('unlock', { passphrase: PRACTICE_PASSPHRASE });

    expect(await join(b, { practicePassphrase: 'another practice passphrase entirely' })).toMatchObject({
      ok: false,
      error: { code: 'practice-server', problem: 'wrong-passphrase' },
    });
    await b.value('joinPracticeServer', { password: APP_PASSWORD, currentPassphrase: TEST_PASSPHRASE, practicePassphrase: PRACTICE_PASSPHRASE });

    // IT joining again with a mistyped password: refused, and the password that works is kept as it was.
    const passwordFile = joinPath(a.dir, 'sync', 'server-password.bin');
    const savedPassword = await readFile(passwordFile);
    expect(await join(a, { password: 'mistyped', currentPassphrase: PRACTICE_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'practice-server', problem: 'wrong-password' },
    });
    expect(await readFile(passwordFile)).toEqual(savedPassword);

    await settle(a, b);
    for (const room of [a, b]) {
      await eventually(`${room.name} connected`, async () => (await room.value('getPracticeServerStatus'))?.state === 'connected');
    }
    const session = await a.value('createSession', newSessionInput({ patientLabel: 'Seen in A' }));
    await settle(a, b);
    expect((await b.value('listSessions')).map((summary) => summary.id)).toContain(session.id);
  }, 90_000);

  it('a session changed in both rooms while the server was down is listed on Home and settled by a choice', async () => {
    const session = await a.value('createSession', newSessionInput({ patientLabel: 'Two rooms' }));
    await settle(a, b);
    const save = (room: AppRoom, worries: string) => room.value('saveAnswers', { id: session.id, answers: { ...session.answers, worries } });

    server.pause();
    try {
      await eventually('A offline', async () => {
        a.service.idle().catch(() => undefined);
        return (await a.value('getPracticeServerStatus'))?.state === 'offline';
      });
      const offline = await a.value('getPracticeServerStatus');
      expect(offline).toMatchObject({ state: 'offline', offlineSince: expect.any(String), problem: expect.stringMatching(/cannot reach the practice server/) });
      await save(a, 'room A version');
      await save(b, 'room B version');
    } finally {
      server.resume();
    }
    await settle(a, b, a, b);

    const statuses = await Promise.all([a, b].map((room) => room.value('getPracticeServerStatus')));
    const loserIndex = statuses.findIndex((status) => (status?.conflicts ?? 0) > 0);
    expect(loserIndex, 'one room has the conflict').toBeGreaterThanOrEqual(0);
    const loser = [a, b][loserIndex]!;
    const winner = loser === a ? b : a;
    expect(statuses[1 - loserIndex]?.conflicts).toBe(0);

    const conflicts = await loser.value('listSyncConflicts');
    expect(conflicts).toEqual([{ id: session.id, patientLabel: 'Two rooms', thisRoomSavedAt: expect.any(String), practiceSavedAt: expect.any(String) }]);
    expect(await winner.value('listSyncConflicts')).toEqual([]);
    expect(await winner.invoke('resolveSyncConflict', { id: session.id, keep: 'this-room' })).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const loserText = `room ${loser.name} version`;
    expect(await loser.value('resolveSyncConflict', { id: session.id, keep: 'this-room' })).toEqual({ keptId: session.id });
    expect(await loser.value('listSyncConflicts')).toEqual([]);
    expect(await loser.invoke('resolveSyncConflict', { id: session.id, keep: 'practice' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await settle(loser, winner);
    expect((await winner.value('getSession', { id: session.id })).answers.worries).toBe(loserText);
    expect((await loser.value('getPracticeServerStatus'))?.conflicts).toBe(0);
  }, 90_000);
});
