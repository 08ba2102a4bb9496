import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeContentApi } from '../../scripts/content-data';
import type { Session } from '../../src/shared/session';
import { expect, test, valueOf } from './harness';
import { pdfText } from './helpers/pdf';
import { answeredEverywhere } from './helpers/seed';
import enCommon from '../../src/renderer/src/i18n/en/common.json' with { type: 'json' };
import { savedSession } from '../support/saved-session';

const LABEL = 'Export-Me-42';

/** The fields an export file is documented to hold (see src/main/export-session.ts). */
interface ExportFile {
  format: string;
  appVersion: string;
  contentVersion: string;
  exportedAt: string;
  session: Session;
}

async function readExport(path: string): Promise<ExportFile> {
  return JSON.parse(await readFile(path, 'utf-8')) as ExportFile;
}

test('exporting a session from Home writes a new JSON file each time, then saves its plan as a PDF', async ({ duet }) => {
  const created = await duet.createSession({ patientLabel: LABEL });
  const answers = answeredEverywhere('plan');
  const seeded = savedSession(valueOf(await duet.api.saveAnswers({ id: created.id, answers })));
  expect(seeded.answers.plan.agreedAt, 'the seeded plan is agreed').not.toBeNull();
  const chosenOption = enCommon.optionKinds[answers.plan.agreedOption!];

  await duet.goto('#/');
  const { page } = duet;
  const notice = page.getByRole('status').filter({ hasText: `The session with ${LABEL} was saved to` });
  const exportButton = page.getByRole('button', { name: `Export… session with ${LABEL}` });

  const before = Date.now();
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await expect(notice).toBeVisible();
  const after = Date.now();

  // The person is told where the file went: the full path of the one file in the chosen folder.
  const firstNames = await readdir(duet.exportFolder);
  expect(firstNames).toHaveLength(1);
  const firstPath = join(duet.exportFolder, firstNames[0]!);
  await expect(notice).toContainText(firstPath);
  // Named by date and the start of the session id, never by the patient's label (M11).
  expect(firstNames[0]).toMatch(new RegExp(`^Duet session - \\d{4}-\\d{2}-\\d{2} - ${created.id.slice(0, 8)}\\.json$`));

  const exported = await readExport(firstPath);
  expect(exported.format).toBe('duet-session-export');
  expect(exported.session.id).toBe(created.id);
  expect(exported.session.patientLabel).toBe(LABEL);
  expect(exported.session.answers.plan.goals).toEqual(answers.plan.goals);
  expect(exported.session.answers.plan.agreedOption).toBe(answers.plan.agreedOption);
  expect(exported.session.answers.worries).toBe(answers.worries);
  expect(exported.session.answers.questions).toBe(answers.questions);
  expect(exported.session.answers.plan.nextSteps).toEqual(answers.plan.nextSteps);
  expect(exported.session).toEqual(valueOf(await duet.api.getSession({ id: created.id })));
  expect(exported.contentVersion).toBe(nodeContentApi().content.about.contentVersion);
  expect(exported.appVersion).toEqual(expect.any(String));
  expect(exported.appVersion.length).toBeGreaterThan(0);
  const exportedAt = Date.parse(exported.exportedAt);
  expect(exportedAt).toBeGreaterThanOrEqual(before);
  expect(exportedAt).toBeLessThanOrEqual(after);

  // A second export the same day never replaces the first: a second file, named apart.
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await readdir(duet.exportFolder)).length).toBe(2);
  const secondName = (await readdir(duet.exportFolder)).find((name) => name !== firstNames[0])!;
  expect(secondName).toMatch(new RegExp(`^Duet session - \\d{4}-\\d{2}-\\d{2} - ${created.id.slice(0, 8)} \\(2\\)\\.json$`));
  const secondPath = join(duet.exportFolder, secondName);
  await expect(notice).toContainText(secondPath);
  expect((await readExport(secondPath)).session.id).toBe(created.id);
  expect(await readExport(firstPath)).toEqual(exported);

  // The second step offered: the plan as a PDF. The notice has the focus; the offer is the next stop.
  await expect(notice).toBeFocused();
  await page.keyboard.press('Tab');
  const alsoPdf = page.getByRole('button', { name: 'Also save the plan as a PDF…' });
  await expect(alsoPdf).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'The plan was saved to' })).toBeVisible();
  expect(duet.savedPdfs).toHaveLength(1);
  const pdfPath = duet.savedPdfs[0]!;
  await expect(page.getByRole('status')).toContainText(pdfPath);

  const text = await pdfText(pdfPath);
  expect(text).toContain(LABEL);
  expect(text).toContain(chosenOption);
  expect(text).toContain(answers.plan.goals[0]!);

  // The activity log: two exports and the PDF, by session number only.
  await page.getByRole('link', { name: 'Activity log' }).click();
  const log = page.getByRole('table', { name: 'Activity log' });
  await expect(log.getByRole('row').nth(1)).toContainText('Plan saved as a PDF');
  await expect(log.getByRole('row').filter({ hasText: 'Session exported' })).toHaveCount(2);
  await expect(log.getByRole('row').nth(1)).toContainText(created.id.slice(0, 8));
  await expect(log).not.toContainText(LABEL);

  const auditLines = (await readFile(join(duet.dataDir, 'audit.log'), 'utf-8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { action: string; sessionId: string });
  const forThisSession = auditLines.filter((entry) => entry.sessionId === created.id).map((entry) => entry.action);
  expect(forThisSession.filter((action) => action === 'exported')).toHaveLength(2);
  expect(forThisSession.at(-1)).toBe('pdf-saved');
  expect(await readFile(join(duet.dataDir, 'audit.log'), 'utf-8')).not.toContain(LABEL);
});

test('exporting a session deleted meanwhile says so plainly and writes no file', async ({ duet }) => {
  const created = await duet.createSession({ patientLabel: 'Gone-Soon' });
  await duet.goto('#/');
  const { page } = duet;
  const exportButton = page.getByRole('button', { name: 'Export… session with Gone-Soon' });
  await expect(exportButton).toBeVisible();
  // Deleted elsewhere (another window, or the retention period) while Home still lists it.
  valueOf(await duet.api.deleteSession({ id: created.id }));

  await exportButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('could not find this session');
  expect(await readdir(duet.exportFolder)).toEqual([]);
});
