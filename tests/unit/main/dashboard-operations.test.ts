import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationName, Result } from '../../../src/shared/contract';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { invokeOperation } from '../../../src/main/ipc/invoke';
import { createTestDuet, type TestDuet } from '../../support/test-duet';

/** printDashboard and saveDashboardPdf (issue 12): the query reaches the printer as a 'dashboard' document. */
let duet: TestDuet;
let logged: unknown[];
const invoke = (name: OperationName, input?: unknown) => invokeOperation(duet.operations, name, input, (_message, error) => void logged.push(error));
const filters = { from: '', to: '', conditions: [], clinicians: [], options: [] };

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

beforeEach(async () => {
  logged = [];
  duet = await createTestDuet();
});
afterEach(async () => {
  await duet.cleanup();
});

describe('printing the practice outcomes', () => {
  it('hands the query to the printer as a dashboard document with no session, on the practice paper', async () => {
    valueOf(await invoke('saveSettings', { ...DEFAULT_SETTINGS, paperSize: 'A4' }));
    const query = { filters: { ...filters, conditions: ['anxiety'], from: '2026-01-01' }, split: 'age-group' };
    expect(valueOf(await invoke('printDashboard', query))).toEqual({ outcome: 'printed' });
    expect(valueOf(await invoke('saveDashboardPdf', query))).toEqual({ outcome: 'saved', path: '/tmp/duet-plan.pdf' });
    duet.printer.nextPdf = { outcome: 'cancelled' };
    expect(valueOf(await invoke('saveDashboardPdf', query))).toEqual({ outcome: 'cancelled' });
    const document = { kind: 'dashboard', query: { ...query, filters: { ...query.filters, to: '', clinicians: [], options: [] } } };
    expect(duet.printer.calls).toEqual([
      { kind: 'print', sessionId: null, paperSize: 'A4', document },
      { kind: 'pdf', sessionId: null, paperSize: 'A4', document },
      { kind: 'pdf', sessionId: null, paperSize: 'A4', document },
    ]);
  });

  it('a printer failure is print-failed in plain words', async () => {
    duet.printer.nextPdf = new Error('disk gone');
    const result = await invoke('saveDashboardPdf', { filters, split: 'none' });
    expect(result).toMatchObject({ ok: false, error: { code: 'print-failed', message: 'The practice outcomes could not be printed or saved.' } });
  });

  it.each([
    ['no input', undefined],
    ['an empty query (every part must be given)', {}],
    ['no split', { filters }],
    ['empty filters', { filters: {}, split: 'none' }],
    ['a split that does not exist', { filters, split: 'patient' }],
    ['a condition that does not exist', { filters: { ...filters, conditions: ['cancer'] }, split: 'none' }],
    ['a date that is not a day', { filters: { ...filters, from: 'last month' }, split: 'none' }],
    ['"from" after "to"', { filters: { ...filters, from: '2026-05-01', to: '2026-04-01' }, split: 'none' }],
    ['an extra key (a patient label)', { filters, split: 'none', patientLabel: 'J.D.' }],
    ['an extra key inside the filters', { filters: { ...filters, patientLabel: 'J.D.' }, split: 'none' }],
  ])('refuses %s in plain words, printing and writing nothing', async (_name, input) => {
    for (const name of ['printDashboard', 'saveDashboardPdf'] as const) {
      const before = await readFile(duet.store.file, 'utf-8');
      const result = await invoke(name, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!result.ok) expect(result.error.message).toMatch(/not in the expected form/);
      expect(await readFile(duet.store.file, 'utf-8')).toBe(before);
    }
    expect(duet.printer.calls).toEqual([]);
    expect(logged).toEqual([]);
  });

  it('answers "locked" while Duet is locked, printing nothing', async () => {
    valueOf(await invoke('lock'));
    for (const name of ['printDashboard', 'saveDashboardPdf'] as const) {
      expect(await invoke(name, { filters, split: 'none' })).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
    expect(duet.printer.calls).toEqual([]);
  });
});
