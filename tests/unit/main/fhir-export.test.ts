import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bundle } from '@medplum/fhirtypes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationName, Result } from '../../../src/shared/contract';
import { invokeOperation } from '../../../src/main/ipc/invoke';
import { fhirExportName } from '../../../src/main/export-fhir';
import { readEpisodeBundle } from '../../../src/shared/fhir/read-bundle';
import { DUET_MODALITIES } from '../../../src/shared/fhir/codes';
import { modalityNamesFrom } from '../../../src/shared/fhir/episode-bundle';
import { content } from '../../../src/shared/content';
import { depressionEpisode } from '../../support/fhir-episodes';
import { describeIssues, errorsOf, fhirIssues } from '../../support/fhir-validator';
import { newSessionInput } from '../../support/sessions';
import { makeTempDir, removeTempDir } from '../../support/temp-store';
import { createTestDuet, type TestDuet } from '../../support/test-duet';

/**
 * exportEpisodeFhir over the real operations and an encrypted store on disk: the save dialog is the one thing
 * stood in for (it returns `choice`, or null for "cancelled"), and it records what it was offered.
 */
let duet: TestDuet;
let saveDir: string;
let choice: ((suggested: string) => string | null) | null;
let offered: string[];
const clock = new Date('2026-08-01T12:00:00.000Z');

const invoke = <K extends OperationName>(name: K, input?: unknown) => invokeOperation<K>(duet.operations, name, input, () => undefined);

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A stored episode with the depression fixture's visits, measures and plan versions. */
async function storedEpisode(): Promise<string> {
  const created = valueOf(await invoke('createSession', newSessionInput({ patientLabel: 'J.M.' })));
  await duet.store.updateSession(created.id, (current) => ({ ...depressionEpisode(), id: current.id, createdAt: current.createdAt }));
  return created.id;
}

const fhirAudits = async () => valueOf(await invoke('listAuditLog')).filter((entry) => entry.action === 'fhir-exported');

beforeEach(async () => {
  saveDir = await makeTempDir('duet-fhir-');
  offered = [];
  choice = (suggested) => join(saveDir, suggested);
  duet = await createTestDuet({
    now: () => clock,
    modalityNames: modalityNamesFrom(content),
    chooseFhirFile: async (suggested) => {
      offered.push(suggested);
      return choice ? choice(suggested) : null;
    },
  });
});
afterEach(async () => {
  await duet.cleanup();
  await removeTempDir(saveDir);
});

describe('exportEpisodeFhir', () => {
  it('saves the episode as a valid FHIR R4 bundle where the person chose, and logs it', async () => {
    const id = await storedEpisode();
    const outcome = valueOf(await invoke('exportEpisodeFhir', { id }));
    expect(offered).toEqual([fhirExportName({ id }, clock)]);
    expect(offered[0]).not.toContain('J.M.');
    expect(outcome).toEqual({ outcome: 'saved', file: join(saveDir, offered[0]!) });
    expect(await readdir(saveDir)).toEqual([offered[0]]);

    const bundle = JSON.parse(await readFile(join(saveDir, offered[0]!), 'utf-8')) as Bundle;
    expect(describeIssues(errorsOf(fhirIssues(bundle)))).toEqual([]);
    const read = readEpisodeBundle(bundle);
    expect(read.patientLabel).toBe('J.M.');
    expect(read.totals.filter((total) => total.instrument === 'phq9').map((total) => total.total)).toEqual([18, 14, 8]);
    expect(read.planVersions.map((version) => version.agreedOption)).toEqual(['therapy', 'combined']);
    // The treatments carry their names from Duet's content.
    const activities = JSON.stringify(bundle.entry?.filter((entry) => entry.resource?.resourceType === 'CarePlan'));
    expect(activities).toContain(`"system":"${DUET_MODALITIES}","code":"cbt","display":"Cognitive behavioural therapy"`);

    expect(await fhirAudits()).toEqual([{ at: clock.toISOString(), action: 'fhir-exported', sessionId: id }]);
  });

  it('answers "cancelled" and writes nothing when the person cancels the dialog', async () => {
    const id = await storedEpisode();
    choice = null;
    expect(valueOf(await invoke('exportEpisodeFhir', { id }))).toEqual({ outcome: 'cancelled' });
    expect(await readdir(saveDir)).toEqual([]);
    expect(await fhirAudits()).toEqual([]);
  });

  it('refuses Duet’s own data folder, a folder inside it and a link to it, writing nothing there', async () => {
    const id = await storedEpisode();
    const before = await readdir(duet.dir, { recursive: true });
    const link = join(saveDir, 'link-to-data');
    await symlink(duet.dir, link, 'dir');
    for (const folder of [duet.dir, join(duet.dir, 'sessions'), link]) {
      choice = (suggested) => join(folder, suggested);
      expect(valueOf(await invoke('exportEpisodeFhir', { id })), folder).toEqual({ outcome: 'refused', reason: 'data-folder' });
    }
    expect(await readdir(duet.dir, { recursive: true })).toEqual(before);
    expect(await fhirAudits()).toEqual([]);
  });

  it('adds ".json" to a name typed without it, and never over a file nobody was asked about', async () => {
    const id = await storedEpisode();
    await writeFile(join(saveDir, 'for the record.json'), 'keep me');
    choice = () => join(saveDir, 'for the record');
    expect(valueOf(await invoke('exportEpisodeFhir', { id }))).toEqual({ outcome: 'saved', file: join(saveDir, 'for the record (2).json') });
    expect(await readFile(join(saveDir, 'for the record.json'), 'utf-8')).toBe('keep me');
  });

  it('a folder that cannot be written gives a plain "storage-failed", with nothing logged', async () => {
    const id = await storedEpisode();
    choice = (suggested) => join(saveDir, 'no such folder', suggested);
    const result = await invoke('exportEpisodeFhir', { id });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(!result.ok && result.error.message).toMatch(/could not be saved to .*Please choose another folder\./);
    expect(await fhirAudits()).toEqual([]);
  });

  it('an episode nobody has is "not-found", and no dialog opens', async () => {
    const result = await invoke('exportEpisodeFhir', { id: '00000000-0000-4000-8000-000000000000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(offered).toEqual([]);
  });

  it.each([
    ['no input', undefined],
    ['an id that is not a UUID', { id: 'abc' }],
    ['a number', { id: 7 }],
    ['an extra key (a path from the page)', { id: '00000000-0000-4000-8000-000000000000', path: '/etc/passwd' }],
    ['an array', ['00000000-0000-4000-8000-000000000000']],
  ])('refuses %s as invalid input, opening no dialog', async (_name, input) => {
    const result = await invoke('exportEpisodeFhir', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(offered).toEqual([]);
  });

  it('answers "locked" while Duet is locked, and opens no dialog', async () => {
    const id = await storedEpisode();
    await duet.lock.lock();
    expect(await invoke('exportEpisodeFhir', { id })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(offered).toEqual([]);
    await mkdir(saveDir, { recursive: true });
    expect(await readdir(saveDir)).toEqual([]);
  });
});
