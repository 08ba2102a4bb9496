import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationName, Result } from '../../../src/shared/contract';
import { createAppOperations } from '../../../src/main/ipc/app-operations';
import { invokeOperation } from '../../../src/main/ipc/invoke';
import { createOperations, type Operations } from '../../../src/main/ipc/operations';
import { AppLock, FREE_TRIES, LATE_SAVE_GRACE_MS, UNLOCK_TRIES_FILE } from '../../../src/main/lock/app-lock';
import { createKeyFile, KEY_FILE_NAME, keyFileSchema, unwrapWithPassphrase } from '../../../src/main/lock/key-file';
import type { OsKeyStore } from '../../../src/main/lock/os-key-store';
import { LEGACY_FILE_NAME, openStore } from '../../../src/main/storage';
import { createRecordingPrinter } from '../../support/recording-printer';
import { answersWithPlan, newSessionInput } from '../../support/sessions';
import { makeTempDir, removeTempDir } from '../../support/temp-store';
import { TEST_PASSPHRASE, TEST_SCRYPT_COST } from '../../support/test-lock';
import { createFaultyFs, type FaultyFs } from '../../storage/faulty-fs';

const LABEL = 'Zelda Quintana-Marsh';
const GOAL = 'Walk the dog every morning before work';

let dir: string;
let clock: Date;
let locks: AppLock[];

beforeEach(async () => {
  dir = await makeTempDir('duet-lock-');
  clock = new Date('2026-05-01T09:00:00.000Z');
  locks = [];
});
afterEach(async () => {
  for (const lock of locks) await lock.close();
  await removeTempDir(dir);
});

/** A stand-in for the OS key store (Keychain, DPAPI): a secret only this "computer" holds. */
function fakeOsKeyStore(): OsKeyStore {
  const machineKey = randomBytes(32);
  return {
    protect: (secret) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', machineKey, iv);
      const data = Buffer.concat([cipher.update(secret), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), data]);
    },
    unprotect: (blob) => {
      const decipher = createDecipheriv('aes-256-gcm', machineKey, blob.subarray(0, 12));
      decipher.setAuthTag(blob.subarray(12, 28));
      return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]);
    },
  };
}

/**
 * One run of the app: a fresh lock (as at launch) and the operations main would register. Given an OS key store,
 * the practice is taken to have chosen it unless `useOsKeyStore` says otherwise.
 */
async function launch(osKeyStore: OsKeyStore | null = null, useOsKeyStore = osKeyStore !== null, onStoreOpened?: () => void) {
  const lock = new AppLock({
    dataDir: dir,
    osKeyStore,
    useOsKeyStore,
    onStoreOpened,
    scryptCost: TEST_SCRYPT_COST,
    now: () => clock,
    openStore: (options) => openStore(dir, { ...options, now: () => clock }),
  });
  locks.push(lock);
  await lock.start();
  const operations: Operations = createAppOperations({
    lock,
    sessionOperations: (store) => createOperations({ store, printer: createRecordingPrinter(), now: () => clock }),
  });
  const invoke = <K extends OperationName>(name: K, input?: unknown) => invokeOperation<K>(operations, name, input, () => undefined);
  return { lock, invoke };
}

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Every file under the data folder, as bytes decoded as text. */
async function everyFileText(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), 'latin1');
  }
  return out;
}

async function filesContaining(text: string): Promise<string[]> {
  return Object.entries(await everyFileText())
    .filter(([, content]) => content.includes(text))
    .map(([path]) => path);
}

async function createSessionWithGoal(invoke: Awaited<ReturnType<typeof launch>>['invoke']): Promise<string> {
  const session = valueOf(await invoke('createSession', newSessionInput({ patientLabel: LABEL })));
  valueOf(await invoke('saveAnswers', { id: session.id, answers: answersWithPlan({ goals: [GOAL] }) }));
  return session.id;
}

const PATIENT_OPERATIONS: Array<[OperationName, (id: string) => unknown]> = [
  ['listSessions', () => undefined],
  ['getSession', (id) => ({ id })],
  ['getStartup', () => undefined],
  ['printPlan', (id) => ({ id })],
  ['savePlanPdf', (id) => ({ id })],
  ['exportSession', (id) => ({ id })],
  ['deleteSession', (id) => ({ id })],
  ['listAuditLog', () => undefined],
  ['setOpenSession', (id) => ({ id })],
];

describe('first start on a computer', () => {
  it('asks for a passphrase before anything else, then keeps every patient file encrypted', async () => {
    // The very first start: the data folder does not exist yet.
    await removeTempDir(dir);
    const { invoke } = await launch();
    expect(valueOf(await invoke('getLockStatus'))).toMatchObject({ state: 'needs-set-up', keyProtection: 'passphrase-only' });
    expect(await invoke('listSessions')).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await invoke('setUpPassphrase', { passphrase: 'short' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    expect(valueOf(await invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE })).state).toBe('unlocked');
    await createSessionWithGoal(invoke);
    expect(await filesContaining(LABEL)).toEqual([]);
    expect(await filesContaining(GOAL)).toEqual([]);
    expect(await filesContaining(TEST_PASSPHRASE)).toEqual([]);
    const keyFile = keyFileSchema.parse(JSON.parse(await readFile(join(dir, KEY_FILE_NAME), 'utf-8')));
    expect(keyFile).toMatchObject({ sealed: true, osKeyStore: null });
    // Set up once only.
    expect(await invoke('setUpPassphrase', { passphrase: 'velvet otter juggles maps' })).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});

describe('without an OS key store, the passphrase is the key', () => {
  it('a wrong passphrase opens nothing; the right one opens everything', async () => {
    const first = await launch();
    valueOf(await first.invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    const id = await createSessionWithGoal(first.invoke);
    await first.lock.close();
    const filesBefore = await everyFileText();

    const { lock, invoke } = await launch();
    expect(valueOf(await invoke('getLockStatus')).state).toBe('locked');
    for (const [name, input] of PATIENT_OPERATIONS) {
      expect(await invoke(name, input(id)), name).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
    // Even a save is refused: nothing is open to save into.
    expect(await invoke('saveAnswers', { id, answers: answersWithPlan({ goals: ['x'] }) })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await invoke('unlock', { passphrase: 'correct horse battery stapler' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase', message: 'That passphrase is not right. Please try again.' },
    });
    expect(() => lock.openStore()).toThrow(/locked/);
    expect(await invoke('listSessions')).toMatchObject({ ok: false, error: { code: 'locked' } });
    // Only the wrong-try count was written (it holds no patient data).
    const filesAfter = await everyFileText();
    delete filesAfter[join(dir, UNLOCK_TRIES_FILE)];
    expect(filesAfter).toEqual(filesBefore);

    expect(valueOf(await invoke('unlock', { passphrase: TEST_PASSPHRASE })).state).toBe('unlocked');
    expect(valueOf(await invoke('getSession', { id }))).toMatchObject({ patientLabel: LABEL, answers: { plan: { goals: [GOAL] } } });
  });

  it(`after ${FREE_TRIES} wrong tries, each try waits 30 seconds, even with the right passphrase`, async () => {
    valueOf(await (await launch()).invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    const { invoke } = await launch();
    for (let attempt = 1; attempt < FREE_TRIES; attempt += 1) {
      expect(await invoke('unlock', { passphrase: `guess ${attempt}` })).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    }
    const fifth = await invoke('unlock', { passphrase: 'guess 5' });
    expect(fifth).toMatchObject({ ok: false, error: { code: 'wrong-passphrase', message: /try again in 30 seconds/ } });
    expect(valueOf(await invoke('getLockStatus')).waitSeconds).toBe(30);
    clock = new Date(clock.getTime() + 10_000);
    expect(await invoke('unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: false, error: { message: /in 20 seconds/ } });
    clock = new Date(clock.getTime() + 20_000);
    expect(valueOf(await invoke('unlock', { passphrase: TEST_PASSPHRASE })).state).toBe('unlocked');
  });
});

describe('the lock while Duet runs', () => {
  it('hides every session until the passphrase is typed, yet keeps an autosave that arrives after locking', async () => {
    const { invoke } = await launch();
    valueOf(await invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    const id = await createSessionWithGoal(invoke);
    expect(valueOf(await invoke('lock')).state).toBe('locked');
    for (const [name, input] of PATIENT_OPERATIONS) {
      expect(await invoke(name, input(id)), name).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
    expect(await invoke('changePassphrase', { current: TEST_PASSPHRASE, next: 'walrus lantern quietly folds' })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    // The page's last autosave, sent as the lock came down.
    expect((await invoke('saveAnswers', { id, answers: answersWithPlan({ goals: [GOAL, 'Call my sister'] }) })).ok).toBe(true);
    valueOf(await invoke('unlock', { passphrase: TEST_PASSPHRASE }));
    expect(valueOf(await invoke('getSession', { id })).answers.plan.goals).toEqual([GOAL, 'Call my sister']);
  });

  it('changing the passphrase: the old one stops working, also in key.json’s backups', async () => {
    const { invoke } = await launch();
    valueOf(await invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    expect(await invoke('changePassphrase', { current: 'not it at all', next: 'walrus lantern quietly folds' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
    valueOf(await invoke('changePassphrase', { current: TEST_PASSPHRASE, next: 'walrus lantern quietly folds' }));
    const keyFiles = (await readdir(dir)).filter((name) => name.startsWith(KEY_FILE_NAME));
    expect(keyFiles.length).toBeGreaterThanOrEqual(1);
    for (const name of keyFiles) {
      const keyFile = keyFileSchema.parse(JSON.parse(await readFile(join(dir, name), 'utf-8')));
      expect(await unwrapWithPassphrase(keyFile, TEST_PASSPHRASE), name).toBeNull();
      expect(await unwrapWithPassphrase(keyFile, 'walrus lantern quietly folds'), name).not.toBeNull();
    }
    const next = await launch();
    expect(await next.invoke('unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: false });
    expect(valueOf(await next.invoke('unlock', { passphrase: 'walrus lantern quietly folds' })).state).toBe('unlocked');
  });
});

describe('with an OS key store', () => {
  it('opens the data at start but keeps the screen locked until the passphrase', async () => {
    const keychain = fakeOsKeyStore();
    const first = await launch(keychain);
    valueOf(await first.invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    const id = await createSessionWithGoal(first.invoke);
    await first.lock.close();

    const { lock, invoke } = await launch(keychain);
    expect(valueOf(await invoke('getLockStatus'))).toMatchObject({ state: 'locked', keyProtection: 'os-key-store' });
    expect(lock.openStore().hasSession(id)).toBe(true);
    expect(await invoke('getSession', { id })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await invoke('unlock', { passphrase: 'wrong guess' })).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    valueOf(await invoke('unlock', { passphrase: TEST_PASSPHRASE }));
    expect(valueOf(await invoke('getSession', { id })).patientLabel).toBe(LABEL);
  });

  it('a backup restored on another computer opens with the passphrase, then with that computer’s key store', async () => {
    const first = await launch(fakeOsKeyStore());
    valueOf(await first.invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    const id = await createSessionWithGoal(first.invoke);
    await first.lock.close();

    const newComputer = fakeOsKeyStore();
    const restored = await launch(newComputer);
    expect(() => restored.lock.openStore()).toThrow(/locked/);
    valueOf(await restored.invoke('unlock', { passphrase: TEST_PASSPHRASE }));
    expect(valueOf(await restored.invoke('getSession', { id })).patientLabel).toBe(LABEL);
    await restored.lock.close();

    const again = await launch(newComputer);
    expect(again.lock.openStore().hasSession(id)).toBe(true);
  });
});

describe('the OS key store is the practice’s explicit choice (M2)', () => {
  it('is not used by default: nothing opens before the passphrase, and key.json holds no OS-wrapped key', async () => {
    const keychain = fakeOsKeyStore();
    const first = await launch(keychain, false);
    expect(valueOf(await first.invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE })).keyProtection).toBe('passphrase-only');
    await first.lock.close();
    expect(keyFileSchema.parse(JSON.parse(await readFile(join(dir, KEY_FILE_NAME), 'utf-8'))).osKeyStore).toBeNull();
    const next = await launch(keychain, false);
    expect(() => next.lock.openStore()).toThrow(/locked/);
  });

  it('an OS-wrapped key made by an older Duet is removed at the first unlock when the practice did not choose it', async () => {
    const keychain = fakeOsKeyStore();
    const older = await launch(keychain, true);
    valueOf(await older.invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    await older.lock.close();
    const now = await launch(keychain, false);
    expect(() => now.lock.openStore()).toThrow(/locked/);
    valueOf(await now.invoke('unlock', { passphrase: TEST_PASSPHRASE }));
    expect(keyFileSchema.parse(JSON.parse(await readFile(join(dir, KEY_FILE_NAME), 'utf-8'))).osKeyStore).toBeNull();
  });

  it('checks and retention (onStoreOpened) wait for the first unlock, even when the key store opened the data at start', async () => {
    const keychain = fakeOsKeyStore();
    const first = await launch(keychain);
    valueOf(await first.invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    await first.lock.close();
    let opened = 0;
    const { lock, invoke } = await launch(keychain, true, () => (opened += 1));
    expect(lock.openStore()).toBeTruthy();
    expect(opened).toBe(0);
    valueOf(await invoke('unlock', { passphrase: TEST_PASSPHRASE }));
    valueOf(await invoke('lock'));
    valueOf(await invoke('unlock', { passphrase: TEST_PASSPHRASE }));
    expect(opened).toBe(1);
  });
});

describe('saves while locked (M1)', () => {
  async function lockedWithSession() {
    const app = await launch();
    valueOf(await app.invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    const open = valueOf(await app.invoke('createSession', newSessionInput({ patientLabel: LABEL })));
    valueOf(await app.invoke('setOpenSession', { id: open.id }));
    const other = valueOf(await app.invoke('createSession', newSessionInput({ patientLabel: 'Other Person' })));
    clock = new Date(clock.getTime() + 10 * 60_000);
    valueOf(await app.invoke('lock'));
    return { ...app, open: open.id, other: other.id };
  }

  it('the session open at the lock may be saved for the grace time, and the answer names no one', async () => {
    const { invoke, open } = await lockedWithSession();
    const saved = valueOf(await invoke('saveAnswers', { id: open, answers: answersWithPlan({ goals: [GOAL] }) }));
    expect(saved).toEqual({ updatedAt: clock.toISOString() });
    expect(JSON.stringify(saved)).not.toContain(LABEL);
    clock = new Date(clock.getTime() + LATE_SAVE_GRACE_MS);
    expect(await invoke('saveAnswers', { id: open, answers: answersWithPlan({ goals: ['later'] }) })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    valueOf(await invoke('unlock', { passphrase: TEST_PASSPHRASE }));
    expect(valueOf(await invoke('getSession', { id: open })).answers.plan.goals).toEqual([GOAL]);
  });

  it('any other session is refused while locked and nothing is written', async () => {
    const { invoke, other } = await lockedWithSession();
    const before = await everyFileText();
    expect(await invoke('saveAnswers', { id: other, answers: answersWithPlan({ goals: ['x'] }) })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect(await everyFileText()).toEqual(before);
  });

  it('a save that was running when the lock came answers only its time', async () => {
    const { lock, invoke } = await launch();
    valueOf(await invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    const id = valueOf(await invoke('createSession', newSessionInput({ patientLabel: LABEL }))).id;
    const running = invoke('saveAnswers', { id, answers: answersWithPlan({ goals: [GOAL] }) });
    await lock.lock();
    expect(valueOf(await running)).toEqual({ updatedAt: expect.any(String) });
  });
});

describe('an unlock racing a lock (m5)', () => {
  it('a lock that comes while the passphrase is checked wins', async () => {
    const { lock, invoke } = await launch();
    valueOf(await invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    valueOf(await invoke('lock'));
    const unlocking = invoke('unlock', { passphrase: TEST_PASSPHRASE });
    await lock.lock();
    expect(await unlocking).toMatchObject({ ok: false, error: { code: 'locked', message: /locked again/ } });
    expect(valueOf(await invoke('getLockStatus')).state).toBe('locked');
    expect(await invoke('listSessions')).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});

describe('passphrase rules and wrong tries (M5)', () => {
  it('a new passphrase must be long and hard to guess; a short one from before the rule still unlocks', async () => {
    const { invoke } = await launch();
    for (const weak of ['Clinic2026!!', 'password1234', '1234567890123', 'short']) {
      expect(await invoke('setUpPassphrase', { passphrase: weak }), weak).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const oldRule = await createKeyFile('8 chars!', TEST_SCRYPT_COST, null, clock);
    await writeFile(join(dir, KEY_FILE_NAME), JSON.stringify({ ...oldRule.keyFile, sealed: true }));
    const next = await launch();
    expect(valueOf(await next.invoke('unlock', { passphrase: '8 chars!' })).state).toBe('unlocked');
    expect(await next.invoke('changePassphrase', { current: '8 chars!', next: 'still short' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('the wrong-try count survives a restart, and each wait is longer than the last', async () => {
    valueOf(await (await launch()).invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    const first = await launch();
    for (let attempt = 1; attempt <= FREE_TRIES; attempt += 1) await first.invoke('unlock', { passphrase: `guess ${attempt}` });
    expect(valueOf(await first.invoke('getLockStatus')).waitSeconds).toBe(30);
    await first.lock.close();

    const restarted = await launch();
    expect(valueOf(await restarted.invoke('getLockStatus')).waitSeconds).toBe(30);
    clock = new Date(clock.getTime() + 30_000);
    expect(await restarted.invoke('unlock', { passphrase: 'guess 6' })).toMatchObject({ error: { message: /in 60 seconds/ } });
    clock = new Date(clock.getTime() + 60_000);
    expect(await restarted.invoke('unlock', { passphrase: 'guess 7' })).toMatchObject({ error: { message: /in 120 seconds/ } });
    clock = new Date(clock.getTime() + 120_000);
    expect(valueOf(await restarted.invoke('unlock', { passphrase: TEST_PASSPHRASE })).state).toBe('unlocked');
    expect(JSON.parse(await readFile(join(dir, UNLOCK_TRIES_FILE), 'utf-8'))).toEqual({ wrongTries: 0, waitUntil: 0 });
  });
});

describe('data from before encryption', () => {
  it('is sealed at set-up: sessions, backups, damaged copies and the list; nothing is lost', async () => {
    const clear = await openStore(dir, { now: () => clock, backupEveryMs: 0 });
    const operations = createOperations({ store: clear, printer: createRecordingPrinter(), now: () => clock });
    const session = valueOf(await invokeOperation(operations, 'createSession', newSessionInput({ patientLabel: LABEL })));
    valueOf(await invokeOperation(operations, 'saveAnswers', { id: session.id, answers: answersWithPlan({ goals: [GOAL] }) }));
    valueOf(await invokeOperation(operations, 'saveAnswers', { id: session.id, answers: answersWithPlan({ goals: [GOAL, 'More'] }) }));
    await clear.close();
    await writeFile(join(dir, 'sessions', `${session.id}.json.corrupt-2026-01-01T00-00-00-000Z`), `{"patientLabel":"${LABEL}", broken`);
    expect((await filesContaining(LABEL)).length).toBeGreaterThanOrEqual(4);

    const { invoke } = await launch();
    valueOf(await invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    expect(await filesContaining(LABEL)).toEqual([]);
    expect(await filesContaining(GOAL)).toEqual([]);
    expect(valueOf(await invoke('getSession', { id: session.id })).answers.plan.goals).toEqual([GOAL, 'More']);
    expect(valueOf(await invoke('listSessions')).map((entry) => entry.patientLabel)).toEqual([LABEL]);
  });

  it('Duet 0.1’s duet.json is migrated into encrypted files, and the kept original is encrypted too', async () => {
    const original = await readFile(join(import.meta.dirname, '..', 'main', 'fixtures', 'duet-v1.json'), 'utf-8');
    await writeFile(join(dir, LEGACY_FILE_NAME), original);
    const { invoke } = await launch();
    valueOf(await invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    expect(valueOf(await invoke('listSessions')).map((entry) => entry.patientLabel).sort()).toEqual(['J.M.', 'R.S.']);
    expect(await filesContaining('J.M.')).toEqual([]);
    expect(await filesContaining('Efectos secundarios')).toEqual([]);
    expect((await readdir(dir)).filter((name) => name.startsWith(`${LEGACY_FILE_NAME}.migrated-`))).toHaveLength(1);
  });

  it('a clear file put in place after sealing is damage: moved aside and the last sealed copy used, never re-sealed', async () => {
    const { invoke } = await launch();
    valueOf(await invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    const id = await createSessionWithGoal(invoke);
    const file = join(dir, 'sessions', `${id}.json`);
    const session = valueOf(await invoke('getSession', { id }));
    const [lock] = locks;
    await lock!.close();
    const forged = { ...session, answers: answersWithPlan({ goals: ['A forged goal'] }) };
    await writeFile(file, JSON.stringify({ schemaVersion: 2, session: forged }));

    const next = await launch();
    valueOf(await next.invoke('unlock', { passphrase: TEST_PASSPHRASE }));
    const opened = valueOf(await next.invoke('getSession', { id }));
    expect(opened.patientLabel).toBe(LABEL);
    expect(opened.answers.plan.goals).not.toContain('A forged goal');
    expect(await readFile(file, 'utf-8')).not.toContain(LABEL);
    expect((await readdir(join(dir, 'sessions'))).some((name) => name.startsWith(`${id}.json.corrupt-`))).toBe(true);
  });
});

describe('a key that does not fit the data', () => {
  it('a missing key.json: set-up is refused and the sessions are left exactly as they were', async () => {
    const first = await launch();
    valueOf(await first.invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    await createSessionWithGoal(first.invoke);
    await first.lock.close();
    const { rm } = await import('node:fs/promises');
    for (const name of (await readdir(dir)).filter((entry) => entry.startsWith(KEY_FILE_NAME))) await rm(join(dir, name));
    const before = await everyFileText();

    const { invoke } = await launch();
    expect(valueOf(await invoke('getLockStatus')).state).toBe('needs-set-up');
    expect(await invoke('setUpPassphrase', { passphrase: 'a fresh passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'storage-failed', message: /restore the data folder's own key.json/ },
    });
    expect(await everyFileText()).toEqual(before);
  });

  it('key.json from another installation: unlocking reports it and moves nothing aside', async () => {
    const first = await launch();
    valueOf(await first.invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    await createSessionWithGoal(first.invoke);
    await first.lock.close();
    const ours = await everyFileText();

    const elsewhere = await makeTempDir('duet-lock-other-');
    try {
      const otherLock = new AppLock({
        dataDir: elsewhere,
        osKeyStore: null,
        scryptCost: TEST_SCRYPT_COST,
        openStore: (options) => openStore(elsewhere, options),
      });
      await otherLock.start();
      await otherLock.setUp(TEST_PASSPHRASE);
      await otherLock.close();
      await writeFile(join(dir, KEY_FILE_NAME), await readFile(join(elsewhere, KEY_FILE_NAME)));
    } finally {
      await removeTempDir(elsewhere);
    }
    const { invoke } = await launch();
    expect(await invoke('unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'storage-failed', message: /locked with a different key/ },
    });
    const after = await everyFileText();
    for (const [path, content] of Object.entries(ours)) if (!path.includes(KEY_FILE_NAME)) expect(after[path], path).toBe(content);
  });

  it('a damaged key.json is replaced by its newest good backup', async () => {
    const first = await launch();
    valueOf(await first.invoke('setUpPassphrase', { passphrase: TEST_PASSPHRASE }));
    const id = await createSessionWithGoal(first.invoke);
    await first.lock.close();
    await writeFile(join(dir, KEY_FILE_NAME), '{"keyFileVersion":1, "tru');
    const { invoke } = await launch();
    valueOf(await invoke('unlock', { passphrase: TEST_PASSPHRASE }));
    expect(valueOf(await invoke('getSession', { id })).patientLabel).toBe(LABEL);
  });
});

describe('data from a newer Duet', () => {
  it.each([
    ['app.json', JSON.stringify({ schemaVersion: 9, settings: {} })],
    ['index.json', JSON.stringify({ schemaVersion: 9, sessions: [] })],
    ['key.json', JSON.stringify({ keyFileVersion: 2, somethingNew: true })],
  ])('%s: Duet stops at start with plain words, writes no key and changes nothing', async (name, content) => {
    await writeFile(join(dir, name), content);
    const lock = new AppLock({ dataDir: dir, osKeyStore: null, scryptCost: TEST_SCRYPT_COST, openStore: (options) => openStore(dir, options) });
    await expect(lock.start()).rejects.toMatchObject({ failure: 'future-version', message: /newer version of Duet/ });
    expect(await readdir(dir)).toEqual([name]);
    expect(await readFile(join(dir, name), 'utf-8')).toBe(content);
  });
});

describe('a disk that refuses writes', () => {
  /** A lock at launch whose key file and store both write through `fs`. */
  async function startedLockOn(fs: FaultyFs): Promise<AppLock> {
    const lock = new AppLock({
      dataDir: dir,
      osKeyStore: null,
      scryptCost: TEST_SCRYPT_COST,
      fs,
      openStore: (options) => openStore(dir, { ...options, fs }),
    });
    locks.push(lock);
    await lock.start();
    return lock;
  }

  it.each(['ENOSPC', 'EROFS'] as const)('%s at set-up: a plain message, nothing half-made, and set-up works once the disk does', async (fault) => {
    const fs = createFaultyFs();
    fs.fault = fault;
    const lock = await startedLockOn(fs);
    await expect(lock.setUp(TEST_PASSPHRASE)).rejects.toMatchObject({
      failure: 'write-failed',
      message: 'Duet could not save its key file to this computer. Nothing was changed.',
    });
    expect((await lock.status()).state).toBe('needs-set-up');
    expect(await readdir(dir)).not.toContain(KEY_FILE_NAME);

    fs.fault = null;
    expect((await lock.setUp(TEST_PASSPHRASE)).state).toBe('unlocked');
  });

  it('a full disk while changing the passphrase: a plain message, and the old passphrase still works', async () => {
    const fs = createFaultyFs();
    const lock = await startedLockOn(fs);
    await lock.setUp(TEST_PASSPHRASE);
    fs.fault = 'ENOSPC';
    await expect(lock.changePassphrase(TEST_PASSPHRASE, 'walrus lantern quietly folds')).rejects.toMatchObject({
      failure: 'write-failed',
      message: /The passphrase you used until now still works/,
    });
    fs.fault = null;
    await lock.lock();
    await expect(lock.unlock('walrus lantern quietly folds')).rejects.toThrow(/not right/);
    expect((await lock.unlock(TEST_PASSPHRASE)).state).toBe('unlocked');
  });
});
