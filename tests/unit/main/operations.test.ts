import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES, type OperationName, type Result } from '../../../src/shared/contract';
import { emptyAnswers, type Session } from '../../../src/shared/session';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { invokeOperation } from '../../../src/main/ipc/invoke';
import { PrintError } from '../../../src/main/errors';
import { createTestDuet, TEST_PASSPHRASE, type TestDuet } from '../../support/test-duet';
import { readDataFile, testCipher } from '../../support/test-lock';
import { answersWithPlan, newSessionInput } from '../../support/sessions';
import { savedSession } from '../../support/saved-session';

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
let clock: Date;
let duet: TestDuet;
let logged: unknown[];

const log = (_message: string, error: unknown) => void logged.push(error);
const invoke = <K extends OperationName>(name: K, input?: unknown) => invokeOperation<K>(duet.operations, name, input, log);

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function createSession(overrides = {}): Promise<Session> {
  return valueOf(await invoke('createSession', newSessionInput(overrides)));
}

beforeEach(async () => {
  clock = new Date('2025-02-01T08:00:00.000Z');
  logged = [];
  duet = await createTestDuet({ now: () => clock });
});
afterEach(async () => {
  await duet.cleanup();
});

describe('every operation with valid input returns ok', () => {
  it('createSession makes a fresh session and saves it', async () => {
    const session = await createSession({ patientLabel: '  A.B.  ' });
    expect(session.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(session.patientLabel).toBe('A.B.');
    expect(session.answers).toEqual(emptyAnswers());
    expect(session.createdAt).toBe(clock.toISOString());
    const file = join(duet.dir, 'sessions', `${session.id}.json`);
    expect(await readFile(file, 'utf-8')).not.toContain('A.B.');
    const onDisk = JSON.parse(await readDataFile(file, await testCipher(duet.dir)));
    expect(onDisk.session).toEqual(session);
  });

  it('listSessions gives summaries, most recently updated first', async () => {
    const older = await createSession({ patientLabel: 'Older' });
    clock = new Date('2025-02-02T08:00:00.000Z');
    await createSession({ patientLabel: 'Newer' });
    clock = new Date('2025-02-03T08:00:00.000Z');
    valueOf(await invoke('saveAnswers', { id: older.id, answers: emptyAnswers() }));

    const list = valueOf(await invoke('listSessions'));
    expect(list.map((summary) => summary.patientLabel)).toEqual(['Older', 'Newer']);
    expect(list[0]).not.toHaveProperty('answers');
  });

  it('getSession returns a copy that cannot change the store', async () => {
    const created = await createSession();
    const fetched = valueOf(await invoke('getSession', { id: created.id }));
    expect(fetched).toEqual(created);
    fetched.patientLabel = 'changed';
    expect(valueOf(await invoke('getSession', { id: created.id })).patientLabel).toBe(created.patientLabel);
  });

  it('saveAnswers stores the answers and sets then clears agreedAt', async () => {
    const { id } = await createSession();
    const agreed = savedSession(valueOf(
      await invoke('saveAnswers', {
        id,
        answers: answersWithPlan({ agreedOption: 'therapy', patientConfirmed: true, clinicianConfirmed: true }),
      }),
    ));
    expect(agreed.answers.plan.agreedAt).toBe(clock.toISOString());
    expect(valueOf(await invoke('listSessions'))[0]!.status).toBe('agreed');

    const withdrawn = savedSession(valueOf(
      await invoke('saveAnswers', {
        id,
        answers: answersWithPlan({ agreedOption: 'therapy', patientConfirmed: true, clinicianConfirmed: false }),
      }),
    ));
    expect(withdrawn.answers.plan.agreedAt).toBeNull();
    expect(valueOf(await invoke('getSession', { id })).answers.plan.agreedAt).toBeNull();
  });

  it('setOpenSession and getStartup remember the open session, and forget it when cleared', async () => {
    expect(valueOf(await invoke('getStartup'))).toEqual({ resumeSessionId: null });
    const { id } = await createSession();
    expect(valueOf(await invoke('setOpenSession', { id }))).toBeNull();
    expect(valueOf(await invoke('getStartup'))).toEqual({ resumeSessionId: id });
    valueOf(await invoke('setOpenSession', { id: null }));
    expect(valueOf(await invoke('getStartup'))).toEqual({ resumeSessionId: null });
  });

  it('getStartup does not resume a session that no longer exists', async () => {
    await duet.store.update((draft) => void (draft.openSessionId = MISSING_ID));
    expect(valueOf(await invoke('getStartup'))).toEqual({ resumeSessionId: null });
  });

  it('getSettings starts at the defaults; saveSettings stores and returns the new ones', async () => {
    expect(valueOf(await invoke('getSettings'))).toEqual(DEFAULT_SETTINGS);
    const next = { ...DEFAULT_SETTINGS, practiceName: '  Northside Clinic ', paperSize: 'A4' as const };
    const saved = valueOf(await invoke('saveSettings', next));
    expect(saved).toMatchObject({ practiceName: 'Northside Clinic', paperSize: 'A4' });
    expect(valueOf(await invoke('getSettings'))).toEqual(saved);
  });

  it('printPlan and savePlanPdf hand the session and settings to the printer', async () => {
    const { id } = await createSession();
    valueOf(await invoke('saveSettings', { ...DEFAULT_SETTINGS, paperSize: 'A4' }));
    expect(valueOf(await invoke('printPlan', { id }))).toEqual({ outcome: 'printed' });
    expect(valueOf(await invoke('savePlanPdf', { id }))).toEqual({ outcome: 'saved', path: '/tmp/duet-plan.pdf' });
    duet.printer.nextPdf = { outcome: 'cancelled' };
    expect(valueOf(await invoke('savePlanPdf', { id }))).toEqual({ outcome: 'cancelled' });
    expect(duet.printer.calls).toEqual([
      { kind: 'print', sessionId: id, paperSize: 'A4', document: { kind: 'plan' } },
      { kind: 'pdf', sessionId: id, paperSize: 'A4', document: { kind: 'plan' } },
      { kind: 'pdf', sessionId: id, paperSize: 'A4', document: { kind: 'plan' } },
    ]);
  });

  it('the direct api reaches every operation', async () => {
    const api = duet.api;
    const session = valueOf(await api.createSession(newSessionInput()));
    const doomed = valueOf(await api.createSession(newSessionInput({ patientLabel: 'To delete' })));
    const visitId = async () => valueOf(await api.getSession({ id: session.id })).followUps.at(-1)?.id ?? '00000000-0000-4000-8000-000000000000';
    const calls: Record<OperationName, () => Promise<{ ok: boolean }>> = {
      listSessions: () => api.listSessions(),
      createSession: () => api.createSession(newSessionInput()),
      getSession: () => api.getSession({ id: session.id }),
      saveAnswers: () => api.saveAnswers({ id: session.id, answers: emptyAnswers() }),
      getStartup: () => api.getStartup(),
      getRetentionReview: () => api.getRetentionReview(),
      answerRetentionReview: () => api.answerRetentionReview({ deleteNow: false }),
      setOpenSession: () => api.setOpenSession({ id: session.id }),
      getSettings: () => api.getSettings(),
      saveSettings: () => api.saveSettings(DEFAULT_SETTINGS),
      printPlan: () => api.printPlan({ id: session.id }),
      savePlanPdf: () => api.savePlanPdf({ id: session.id }),
      deleteSession: () => api.deleteSession({ id: doomed.id }),
      exportSession: () => api.exportSession({ id: session.id }),
      listAuditLog: () => api.listAuditLog(),
      startFollowUp: () => api.startFollowUp({ id: session.id }),
      saveFollowUp: async () =>
        api.saveFollowUp({ id: session.id, visitId: await visitId(), visit: { date: '2026-01-15', patientWords: 'Sleeping better' } }),
      printFollowUp: async () => api.printFollowUp({ id: session.id, visitId: await visitId() }),
      saveFollowUpPdf: async () => api.saveFollowUpPdf({ id: session.id, visitId: await visitId() }),
      deleteFollowUp: async () => api.deleteFollowUp({ id: session.id, visitId: await visitId() }),
      exportEpisodeFhir: () => api.exportEpisodeFhir({ id: session.id }),
      // No practice server in this policy: the status is null, no conflicts, and the other two answer plainly.
      getPracticeServerStatus: async () => ({ ok: (await api.getPracticeServerStatus()).ok }),
      listSyncConflicts: () => api.listSyncConflicts(),
      resolveSyncConflict: () =>
        api.resolveSyncConflict({ id: session.id, keep: 'practice' }).then((result) => ({ ok: !result.ok && result.error.code === 'not-found' })),
      joinPracticeServer: () =>
        api
          .joinPracticeServer({ password: 'secret', currentPassphrase: TEST_PASSPHRASE, practicePassphrase: 'walrus lantern quietly folds' })
          .then((result) => ({ ok: !result.ok && result.error.code === 'practice-server' && result.error.problem === 'not-set-up' })),
      printDashboard: () => api.printDashboard({ filters: { from: '', to: '', conditions: [], clinicians: [], options: [] }, split: 'none' }),
      saveDashboardPdf: () => api.saveDashboardPdf({ filters: { from: '', to: '', conditions: [], clinicians: [], options: [] }, split: 'condition' }),
      getDashboard: () => api.getDashboard({ filters: { from: '', to: '', conditions: [], clinicians: [], options: [] }, split: 'age-group' }),
      // The folder dialog is cancelled in the test app: reached, nothing written.
      exportDashboardCsv: () =>
        api.exportDashboardCsv({ filters: { from: '', to: '', conditions: [], clinicians: [], options: [] }, split: 'none', kind: 'aggregate' }),
      getLockStatus: () => api.getLockStatus(),
      changePassphrase: () => api.changePassphrase({ current: TEST_PASSPHRASE, next: 'walrus lantern quietly folds' }),
      lock: () => api.lock(),
      unlock: () => api.unlock({ passphrase: 'walrus lantern quietly folds' }),
      // Already set up: refused, but reached (answers with a typed error, not "unknown request").
      setUpPassphrase: () => api.setUpPassphrase({ passphrase: 'velvet otter juggles maps' }).then((result) => ({ ok: !result.ok })),
    };
    expect(Object.keys(calls).sort()).toEqual([...OPERATION_NAMES].sort());
    // In the order written above: the passphrase is changed, Duet locked, and unlocked with the new one.
    for (const name of Object.keys(calls) as OperationName[]) expect(await calls[name](), name).toMatchObject({ ok: true });
  });

  it('the direct api passes menu commands to listeners until they unsubscribe', () => {
    const heard: string[] = [];
    const stop = duet.api.onMenuCommand((command) => heard.push(command));
    duet.api.emitMenuCommand('print');
    stop();
    duet.api.emitMenuCommand('home');
    expect(heard).toEqual(['print']);
  });
});

describe('invalid input is refused and nothing is written', () => {
  const validId = '2f1c6b1e-8a54-4c1e-9a47-3f0d2f7e9b10';
  const huge = 'x'.repeat(100_000);
  const cases: [OperationName, unknown][] = [
    ['listSessions', { unexpected: true }],
    ['getStartup', 'text'],
    ['getSettings', 1],
    ['createSession', undefined],
    ['createSession', { ...newSessionInput(), extra: 'key' }],
    ['createSession', { ...newSessionInput(), patientLabel: '   ' }],
    ['createSession', { ...newSessionInput(), patientLabel: huge }],
    ['createSession', { ...newSessionInput(), clinicianName: 42 }],
    ['createSession', { ...newSessionInput(), conditionId: 'flu' }],
    ['createSession', { ...newSessionInput(), language: 'fr' }],
    ['getSession', { id: 'not-a-uuid' }],
    ['getSession', {}],
    ['getSession', { id: validId, more: 1 }],
    ['saveAnswers', { id: validId }],
    ['saveAnswers', { id: validId, answers: { ...emptyAnswers(), worries: huge } }],
    ['saveAnswers', { id: validId, answers: { ...emptyAnswers(), currentStep: 'nowhere' } }],
    ['saveAnswers', { id: validId, answers: { ...emptyAnswers(), importance: { cost: 9 } } }],
    ['saveAnswers', { id: validId, answers: answersWithPlan({ goals: Array(11).fill('goal') }) }],
    ['saveAnswers', { id: 'nope', answers: emptyAnswers() }],
    ['setOpenSession', { id: 'nope' }],
    ['setOpenSession', {}],
    ['saveSettings', { ...DEFAULT_SETTINGS, paperSize: 'A3' }],
    ['saveSettings', { ...DEFAULT_SETTINGS, crisisLine: { en: '', es: 'x' } }],
    ['saveSettings', { ...DEFAULT_SETTINGS, theme: 'dark' }],
    ['saveSettings', { ...DEFAULT_SETTINGS, practiceName: huge }],
    ['printPlan', { id: 42 }],
    ['savePlanPdf', null],
    ['getPracticeServerStatus', {}],
    ['listSyncConflicts', 'all'],
    ['resolveSyncConflict', { id: validId }],
    ['resolveSyncConflict', { id: validId, keep: 'both' }],
    ['resolveSyncConflict', { id: 'nope', keep: 'practice' }],
    ['joinPracticeServer', { password: 'secret', practicePassphrase: 'walrus lantern quietly folds' }],
    ['joinPracticeServer', { password: '', currentPassphrase: 'x', practicePassphrase: 'walrus lantern quietly folds' }],
    ['joinPracticeServer', { password: huge, currentPassphrase: 'x', practicePassphrase: 'walrus lantern quietly folds' }],
    ['joinPracticeServer', { password: 'secret', currentPassphrase: 'x', practicePassphrase: 'short' }],
    ['joinPracticeServer', { password: 'secret', currentPassphrase: 'x', practicePassphrase: 'walrus lantern quietly folds', host: 'evil' }],
  ];

  it.each(cases)('%s with %j', async (name, input) => {
    await createSession();
    const before = await readFile(duet.store.file, 'utf-8');
    const result = await invoke(name, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toMatch(/not in the expected form/);
    expect(await readFile(duet.store.file, 'utf-8')).toBe(before);
    expect(duet.printer.calls).toEqual([]);
  });

  it('an unknown operation name is refused, including names from Object.prototype', async () => {
    for (const name of ['deleteEverything', 'constructor', '__proto__', 'toString']) {
      expect(await invokeOperation(duet.operations, name, undefined, log)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });
});

describe('errors come back typed and in plain words', () => {
  it.each([
    ['getSession', { id: MISSING_ID }],
    ['saveAnswers', { id: MISSING_ID, answers: emptyAnswers() }],
    ['setOpenSession', { id: MISSING_ID }],
    ['printPlan', { id: MISSING_ID }],
    ['savePlanPdf', { id: MISSING_ID }],
  ] as const)('%s of an unknown id is not-found', async (name, input) => {
    const result = await invoke(name, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    if (!result.ok) expect(result.error.message).toMatch(/session was not found/);
    expect(duet.printer.calls).toEqual([]);
  });

  it('a failed save is storage-failed and the session keeps its last saved answers', async () => {
    const { id } = await createSession();
    const blocker = join(duet.dir, 'sessions', `.${id}.json.tmp`);
    await mkdir(blocker);
    const result = await invoke('saveAnswers', { id, answers: { ...emptyAnswers(), worries: 'lost?' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    if (!result.ok) expect(result.error.message).toMatch(/could not save/);
    await rm(blocker, { recursive: true });
    expect(valueOf(await invoke('getSession', { id })).answers.worries).toBe('');
  });

  it('a printer failure is print-failed, whether or not the printer said PrintError', async () => {
    const { id } = await createSession();
    duet.printer.nextPrint = new PrintError('The printer is out of paper.');
    expect(await invoke('printPlan', { id })).toEqual({
      ok: false,
      error: { code: 'print-failed', message: 'The printer is out of paper.' },
    });
    duet.printer.nextPdf = new Error('EACCES: permission denied, open /x.pdf');
    const result = await invoke('savePlanPdf', { id });
    expect(result).toMatchObject({ ok: false, error: { code: 'print-failed' } });
    if (!result.ok) expect(result.error.message).not.toMatch(/EACCES/);
  });

  it('an unexpected error is internal, logged, and its details stay out of the message', async () => {
    const failing = { ...duet.operations, listSessions: vi.fn().mockRejectedValue(new TypeError('x is undefined')) };
    const result = await invokeOperation(failing, 'listSessions', undefined, log);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Duet. Please try again.' },
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toBeInstanceOf(TypeError);
  });
});

describe('follow-up visits', () => {
  const phq9 = (values: number[]) => ({
    instrument: 'phq9' as const,
    answers: Object.fromEntries(values.map((value, index) => [`phq9.${index + 1}`, value])),
    workNotApplicable: false,
  });

  async function startedEpisode(): Promise<{ id: string; visitId: string }> {
    const { id } = await createSession();
    const started = valueOf(await invoke('startFollowUp', { id }));
    return { id, visitId: started.followUps.at(-1)!.id };
  }

  it('startFollowUp adds a visit dated today, last, and writes it to the activity log', async () => {
    const { id, visitId } = await startedEpisode();
    clock = new Date('2025-03-01T08:00:00.000Z');
    const second = valueOf(await invoke('startFollowUp', { id }));
    expect(second.followUps.map((visit) => visit.id)[0]).toBe(visitId);
    expect(second.followUps.at(-1)).toMatchObject({ date: '2025-03-01', createdAt: clock.toISOString() });
    expect(valueOf(await invoke('listAuditLog')).filter((entry) => entry.action === 'follow-up-started')).toHaveLength(2);
    expect(valueOf(await invoke('listSessions'))[0]).toMatchObject({ followUpCount: 2 });
  });

  it('saveFollowUp keeps what was typed; main sets the safety prompt time, and the list follows the visit', async () => {
    const { id, visitId } = await startedEpisode();
    clock = new Date('2025-02-01T08:10:00.000Z');
    const saved = valueOf(
      await invoke('saveFollowUp', {
        id,
        visitId,
        visit: { date: '2025-02-01', measures: [phq9([2, 2, 2, 2, 2, 2, 1, 1, 1])], patientWords: 'Some better days', nextReviewDate: '2025-02-05' },
      }),
    );
    if (!('followUps' in saved)) throw new Error('Expected the session back');
    expect(saved.followUps[0]).toMatchObject({ id: visitId, patientWords: 'Some better days', updatedAt: clock.toISOString() });
    expect(saved.followUps[0]!.safetyCheck.promptedAt).toBe(clock.toISOString());
    expect(valueOf(await invoke('listSessions'))[0]).toMatchObject({
      reviewDate: '2025-02-05',
      followUpCount: 1,
      lastScore: { instrument: 'phq9', total: 15, date: '2025-02-01', direction: null },
    });
  });

  it('nested fields the page has no business sending are dropped, never stored', async () => {
    const { id, visitId } = await startedEpisode();
    valueOf(
      await invoke('saveFollowUp', {
        id,
        visitId,
        visit: { date: '2025-02-01', review: { decision: 'keep', riskLevel: 'high' }, safetyCheck: { promptedAt: '1999-01-01T00:00:00.000Z', score: 9 } },
      }),
    );
    const visit = valueOf(await invoke('getSession', { id })).followUps[0]!;
    expect(visit.review).toEqual({ decision: 'keep', reason: '', relapsePlanInPlace: null });
    expect(visit.safetyCheck).toEqual({ promptedAt: null, clinicianNote: '', safetyPlanReviewed: false });
  });

  it.each([
    ['saveFollowUp', (id: string) => ({ id, visitId: MISSING_ID, visit: { date: '2025-02-01' } })],
    ['deleteFollowUp', (id: string) => ({ id, visitId: MISSING_ID })],
    ['printFollowUp', (id: string) => ({ id, visitId: MISSING_ID })],
    ['saveFollowUpPdf', (id: string) => ({ id, visitId: MISSING_ID })],
  ] as const)('%s of an unknown visit is not-found, in plain words, and writes nothing', async (name, input) => {
    const { id } = await startedEpisode();
    const file = join(duet.dir, 'sessions', `${id}.json`);
    const before = await readFile(file, 'utf-8');
    const result = await invoke(name, input(id));
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    if (!result.ok) expect(result.error.message).toMatch(/follow-up visit was not found/);
    expect(await readFile(file, 'utf-8')).toBe(before);
    expect(duet.printer.calls).toEqual([]);
  });

  it.each([
    ['off the scale', [phq9([4, 0, 0, 0, 0, 0, 0, 0, 0])]],
    ['not a whole number', [phq9([1.5])]],
    ['an item the questionnaire does not have', [{ instrument: 'gad7', answers: { 'gad7.8': 1 }, workNotApplicable: false }]],
  ])('a questionnaire answer %s is invalid-input, naming where, and nothing is saved', async (_case, measures) => {
    const { id, visitId } = await startedEpisode();
    const file = join(duet.dir, 'sessions', `${id}.json`);
    const before = await readFile(file, 'utf-8');
    const result = await invoke('saveFollowUp', { id, visitId, visit: { date: '2025-02-01', measures } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toMatch(/not in the expected form \(visit\.measures\.0/);
    expect(await readFile(file, 'utf-8')).toBe(before);
  });

  it('printFollowUp and saveFollowUpPdf send the visit\'s summary to the printer', async () => {
    const { id, visitId } = await startedEpisode();
    expect(valueOf(await invoke('printFollowUp', { id, visitId }))).toEqual({ outcome: 'printed' });
    expect(valueOf(await invoke('saveFollowUpPdf', { id, visitId }))).toEqual({ outcome: 'saved', path: '/tmp/duet-plan.pdf' });
    const document = { kind: 'follow-up', visitId };
    expect(duet.printer.calls).toEqual([
      { kind: 'print', sessionId: id, paperSize: 'Letter', document },
      { kind: 'pdf', sessionId: id, paperSize: 'Letter', document },
    ]);
  });

  it('deleteFollowUp removes the visit, keeps plan versions, and is logged', async () => {
    const { id, visitId } = await startedEpisode();
    const removed = valueOf(await invoke('deleteFollowUp', { id, visitId }));
    expect(removed.followUps).toEqual([]);
    expect(valueOf(await invoke('listAuditLog')).some((entry) => entry.action === 'follow-up-deleted')).toBe(true);
    expect(valueOf(await invoke('listSessions'))[0]).toMatchObject({ followUpCount: 0 });
  });

  it('a follow-up typed just before the lock is kept (the same grace as the first visit\'s answers)', async () => {
    const { id, visitId } = await startedEpisode();
    valueOf(await invoke('setOpenSession', { id }));
    await duet.lock.lock();
    const late = await invoke('saveFollowUp', { id, visitId, visit: { date: '2025-02-01', patientWords: 'typed at the lock' } });
    expect(late).toMatchObject({ ok: true });
    if (late.ok) expect(late.value).not.toHaveProperty('followUps');
    expect(await invoke('getSession', { id })).toMatchObject({ ok: false, error: { code: 'locked' } });
    await duet.lock.unlock(TEST_PASSPHRASE);
    expect(valueOf(await invoke('getSession', { id })).followUps[0]!.patientWords).toBe('typed at the lock');
  });
});
