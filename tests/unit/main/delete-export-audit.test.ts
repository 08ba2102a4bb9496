import { appendFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OperationName, Result } from '../../../src/shared/contract';
import { AUDIT_FILE_NAME, openStore } from '../../../src/main/storage';
import { invokeOperation } from '../../../src/main/ipc/invoke';
import { createOperations } from '../../../src/main/ipc/operations';
import { content } from '../../../src/shared/content';
import { createRecordingPrinter } from '../../support/recording-printer';
import { makeTempDir, removeTempDir } from '../../support/temp-store';
import { createTestDuet, type TestDuet } from '../../support/test-duet';
import { readDataFile, testCipher } from '../../support/test-lock';
import { answersWithPlan, newSessionInput } from '../../support/sessions';

const LABEL = 'Zed-Label-77';
const SECRET_GOAL = 'Sleep through the night without panic';

let duet: TestDuet;
let exportDir: string;
let exportChoice: string | null;
const clock = new Date('2026-03-04T10:00:00.000Z');

const invoke = <K extends OperationName>(name: K, input?: unknown) =>
  invokeOperation<K>(duet.operations, name, input, () => undefined);

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function createWithSecrets() {
  const session = valueOf(await invoke('createSession', newSessionInput({ patientLabel: LABEL })));
  valueOf(await invoke('saveAnswers', { id: session.id, answers: answersWithPlan({ goals: [SECRET_GOAL] }) }));
  return session;
}

const auditText = () => readFile(join(duet.dir, AUDIT_FILE_NAME), 'utf-8');

beforeEach(async () => {
  exportDir = await makeTempDir('duet-export-');
  exportChoice = exportDir;
  duet = await createTestDuet({ now: () => clock, chooseExportFolder: async () => exportChoice, appVersion: '9.9.9', contentVersion: content.about.contentVersion });
});
afterEach(async () => {
  await duet.cleanup();
  await removeTempDir(exportDir);
});

describe('deleteSession', () => {
  it('removes the file, its backups and its list entry, and it stays gone after reopening', async () => {
    const keep = valueOf(await invoke('createSession', newSessionInput({ patientLabel: 'Keep' })));
    const doomed = await createWithSecrets(); // the save after creating leaves a .bak-1 beside the file
    const sessions = join(duet.dir, 'sessions');
    expect((await readdir(sessions)).filter((name) => name.startsWith(doomed.id))).toEqual(
      expect.arrayContaining([`${doomed.id}.json`, `${doomed.id}.json.bak-1`]),
    );
    await writeFile(join(sessions, `${doomed.id}.json.corrupt-2026-01-01T00-00-00-000Z`), 'damaged copy');
    valueOf(await invoke('setOpenSession', { id: doomed.id }));

    expect(valueOf(await invoke('deleteSession', { id: doomed.id }))).toBeNull();

    expect((await readdir(sessions)).filter((name) => name.includes(doomed.id))).toEqual([]);
    const index = JSON.parse(await readDataFile(duet.store.file, await testCipher(duet.dir))) as { sessions: { id: string }[] };
    expect(index.sessions.map((entry) => entry.id)).toEqual([keep.id]);
    expect(valueOf(await invoke('getStartup')).resumeSessionId).toBeNull();
    expect(await invoke('getSession', { id: doomed.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await invoke('deleteSession', { id: doomed.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });

    await duet.store.close();
    const reopened = await openStore(duet.dir, { cipher: await testCipher(duet.dir) });
    try {
      expect(reopened.listSessions().map((summary) => summary.id)).toEqual([keep.id]);
      expect(reopened.recovery).toBeNull();
    } finally {
      await reopened.close();
    }
  });
});

describe('the activity log', () => {
  it('records created, opened, printed, pdf-saved, exported and deleted, newest first', async () => {
    const session = await createWithSecrets();
    const { id } = session;
    valueOf(await invoke('setOpenSession', { id }));
    valueOf(await invoke('setOpenSession', { id: null })); // closing is not an action in the log
    valueOf(await invoke('printPlan', { id }));
    duet.printer.nextPrint = { outcome: 'cancelled' };
    valueOf(await invoke('printPlan', { id })); // a cancelled print is not logged
    valueOf(await invoke('savePlanPdf', { id }));
    valueOf(await invoke('exportSession', { id }));
    valueOf(await invoke('deleteSession', { id }));

    const entries = valueOf(await invoke('listAuditLog'));
    expect(entries.map((entry) => entry.action)).toEqual(['deleted', 'exported', 'pdf-saved', 'printed', 'opened', 'created']);
    for (const entry of entries) expect(entry).toEqual({ at: clock.toISOString(), action: entry.action, sessionId: id });

    const text = await auditText();
    expect(text.trim().split('\n')).toHaveLength(6);
    expect(text).not.toContain(LABEL);
    expect(text).not.toContain(SECRET_GOAL);
    expect(text).not.toContain('Dr. Rivera');
    for (const line of text.trim().split('\n')) expect(Object.keys(JSON.parse(line)).sort()).toEqual(['action', 'at', 'sessionId']);
  });

  it('skips a torn last line, and the next entry starts on a line of its own', async () => {
    const session = valueOf(await invoke('createSession', newSessionInput()));
    await appendFile(join(duet.dir, AUDIT_FILE_NAME), '{"at":"2026-03-04T10:00:00.000Z","action":"prin');

    // A fresh process: it does not know the file ends mid-line.
    await duet.store.close();
    const store = await openStore(duet.dir, { now: () => clock, cipher: await testCipher(duet.dir) });
    try {
      const operations = createOperations({ store, printer: createRecordingPrinter(), now: () => clock });
      expect((await store.audit.read(10)).map((entry) => entry.action)).toEqual(['created']);
      valueOf(await invokeOperation(operations, 'printPlan', { id: session.id }));
      expect((await store.audit.read(10)).map((entry) => entry.action)).toEqual(['printed', 'created']);
      const lines = (await auditText()).split('\n');
      expect(lines.at(-2)).toMatch(/^\{"at":.*"action":"printed"/);
    } finally {
      await store.close();
    }
  });

  it('returns only the newest entries when there are many', async () => {
    const session = valueOf(await invoke('createSession', newSessionInput()));
    const line = JSON.stringify({ at: clock.toISOString(), action: 'opened', sessionId: session.id });
    await appendFile(join(duet.dir, AUDIT_FILE_NAME), `${line}\n`.repeat(600));
    valueOf(await invoke('printPlan', { id: session.id }));
    const entries = valueOf(await invoke('listAuditLog'));
    expect(entries).toHaveLength(500);
    expect(entries[0]!.action).toBe('printed');
  });

  it('a log that cannot be written does not undo or fail the action', async () => {
    const session = valueOf(await invoke('createSession', newSessionInput()));
    const logPath = join(duet.dir, AUDIT_FILE_NAME);
    // A folder where the log should be makes every append fail.
    await rm(logPath);
    await mkdir(logPath);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await invoke('deleteSession', { id: session.id })).toEqual({ ok: true, value: null });
      expect(duet.store.hasSession(session.id)).toBe(false);
      expect(consoleError).toHaveBeenCalledWith(expect.stringMatching(/activity log/), expect.anything());
    } finally {
      consoleError.mockRestore();
    }
  });
});

describe('exportSession', () => {
  it('writes the session as pretty JSON with the app and content versions', async () => {
    const session = await createWithSecrets();
    const outcome = valueOf(await invoke('exportSession', { id: session.id }));
    // The name carries the date and the start of the session's id, never the patient's label (M11).
    const name = `Duet session - 2026-03-04 - ${session.id.slice(0, 8)}`;
    expect(outcome).toEqual({ outcome: 'saved', folder: exportDir, file: join(exportDir, `${name}.json`) });
    const text = await readFile(join(exportDir, `${name}.json`), 'utf-8');
    expect(text).toContain('\n  "appVersion": "9.9.9"');
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed).toMatchObject({ format: 'duet-session-export', appVersion: '9.9.9', contentVersion: content.about.contentVersion });
    expect(parsed.session).toEqual(valueOf(await invoke('getSession', { id: session.id })));
  });

  it('never overwrites: a second and third export get " (2)" and " (3)"', async () => {
    const session = await createWithSecrets();
    const name = `Duet session - 2026-03-04 - ${session.id.slice(0, 8)}`;
    const existing = join(exportDir, `${name}.json`);
    await writeFile(existing, 'someone else’s file');
    const second = valueOf(await invoke('exportSession', { id: session.id }));
    const third = valueOf(await invoke('exportSession', { id: session.id }));
    expect(second).toMatchObject({ file: join(exportDir, `${name} (2).json`) });
    expect(third).toMatchObject({ file: join(exportDir, `${name} (3).json`) });
    expect(await readFile(existing, 'utf-8')).toBe('someone else’s file');
  });

  it('cancelling the folder dialog writes nothing and logs nothing', async () => {
    const session = valueOf(await invoke('createSession', newSessionInput()));
    exportChoice = null;
    expect(valueOf(await invoke('exportSession', { id: session.id }))).toEqual({ outcome: 'cancelled' });
    expect(await readdir(exportDir)).toEqual([]);
    expect(valueOf(await invoke('listAuditLog')).map((entry) => entry.action)).toEqual(['created']);
  });

  it('a folder that cannot be written to is storage-failed, in plain words', async () => {
    const session = valueOf(await invoke('createSession', newSessionInput()));
    exportChoice = join(exportDir, 'not-there');
    const result = await invoke('exportSession', { id: session.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    if (!result.ok) expect(result.error.message).toMatch(/could not be exported.*choose another folder/);
  });
});
