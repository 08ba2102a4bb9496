import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewSession } from '../../src/shared/session';
import { makeTempDir, removeTempDir } from '../support/temp-store';
import { createTestDuet, type TestDuet } from '../support/test-duet';
import { renderApp, value } from './shell-harness';

/**
 * "Export for the health record (FHIR)" on Home's rows and on the session screen, over main's real operations and
 * store: only the save dialog is stood in for (`choose` returns the path the person would pick, or null).
 */
let duet: TestDuet;
let saveDir: string;
let choose: (suggested: string) => string | null;

const newSession = (patientLabel: string, language: NewSession['language'] = 'en'): NewSession => ({
  clinicianName: 'Dr Rivera',
  patientLabel,
  conditionId: 'depression',
  language,
  decisionRole: 'shared',
});

beforeEach(async () => {
  saveDir = await makeTempDir('duet-fhir-ui-');
  choose = (suggested) => join(saveDir, suggested);
  duet = await createTestDuet({ chooseFhirFile: async (suggested) => choose(suggested) });
  window.api = duet.api;
});
afterEach(async () => {
  await duet.cleanup();
  await removeTempDir(saveDir);
});

const homeNotice = () => screen.getAllByRole('status').find((element) => element.classList.contains('records-notice'))!;
const exportButton = (label: string) => screen.findByRole('button', { name: `Export for the health record (FHIR) session with ${label}` });

describe('Export for the health record (FHIR) on Home', () => {
  it('saves the episode, says where in plain words beside the button, and the activity log records it', async () => {
    const session = await value(duet.api.createSession(newSession('AB')));
    await value(duet.api.createSession(newSession('CD')));
    renderApp('#/');
    const button = await exportButton('AB');
    button.focus();
    await userEvent.keyboard('{Enter}');

    // Home's one notice line says what happened, and takes the focus (as for the other record actions).
    const status = homeNotice();
    await waitFor(() => expect(status.textContent).toMatch(/^The file for the health record was saved to /));
    const [name] = await readdir(saveDir);
    expect(await readdir(saveDir)).toEqual([name]);
    expect(status.textContent).toBe(`The file for the health record was saved to ${join(saveDir, name!)}.`);
    expect(document.activeElement).toBe(status);
    const bundle = JSON.parse(await readFile(join(saveDir, name!), 'utf-8')) as { resourceType: string; type: string };
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect((await value(duet.api.listAuditLog()))[0]).toMatchObject({ action: 'fhir-exported', sessionId: session.id });
  });

  it.each([
    ['cancelled', () => null, 'Nothing was saved. The export for the health record was stopped.'],
    ['refused (the data folder)', (suggested: string) => join(duet.dir, suggested), 'Duet keeps its own data in that folder, so nothing was saved there. Please choose another folder.'],
    ['failed (no such folder)', (suggested: string) => join(saveDir, 'gone', suggested), 'The file for the health record was not saved. Please try again, or choose another folder.'],
  ])('%s: a plain message, and no file', async (_name, chooser, message) => {
    await value(duet.api.createSession(newSession('AB')));
    choose = chooser;
    renderApp('#/');
    const button = await exportButton('AB');
    await userEvent.click(button);
    await waitFor(() => expect(homeNotice().textContent).toBe(message));
    expect(await readdir(saveDir)).toEqual([]);
    expect((await value(duet.api.listAuditLog())).some((entry) => entry.action === 'fhir-exported')).toBe(false);
  });
});

describe('Export for the health record (FHIR) on the session screen', () => {
  it('is among the visit actions, in the session’s language (Spanish here), and saves', async () => {
    const session = await value(duet.api.createSession(newSession('EF', 'es')));
    renderApp(`#/session/${session.id}`);
    const button = await screen.findByRole('button', { name: 'Exportar para la historia clínica (FHIR)' });
    expect(button.closest('nav.session-actions')).not.toBeNull();
    await userEvent.click(button);
    // Its own status line below the header (the header's is the autosave's).
    const status = screen.getAllByRole('status').find((element) => element.classList.contains('fhir-export-status'))!;
    expect(status.closest('header')).toBeNull();
    await waitFor(() => expect(status.textContent).toMatch(/^El archivo para la historia clínica se guardó en /));
    const [name] = await readdir(saveDir);
    expect(await readdir(saveDir)).toEqual([name]);
    expect(status.textContent).toBe(`El archivo para la historia clínica se guardó en ${join(saveDir, name!)}.`);
  });
});
