import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, valueOf } from './harness';
import { expectNoSeriousViolations } from './helpers/axe';

test('deleting a session from Home removes its files for good and the activity log shows it', async ({ duet }) => {
  const doomed = await duet.createSession({ patientLabel: 'Delete-Me' });
  const kept = await duet.createSession({ patientLabel: 'Keep-Me' });
  valueOf(await duet.api.saveAnswers({ id: doomed.id, answers: { ...doomed.answers, worries: 'Side effects' } }));
  const sessionsDir = join(duet.dataDir, 'sessions');
  expect((await readdir(sessionsDir)).filter((name) => name.startsWith(doomed.id)).length).toBeGreaterThan(1);

  await duet.goto('#/');
  const { page } = duet;
  const table = page.getByRole('table', { name: 'Recent sessions' });
  await page.getByRole('button', { name: 'Delete… session with Delete-Me' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the session with Delete-Me?' });
  await expect(dialog).toContainText('cannot be undone');
  await expectNoSeriousViolations(page, 'the delete confirmation');
  await dialog.getByRole('button', { name: 'Delete for good' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'deleted for good' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Delete-Me' })).toHaveCount(0);
  await expect(table.getByRole('rowheader', { name: 'Keep-Me' })).toBeVisible();

  expect((await readdir(sessionsDir)).filter((name) => name.includes(doomed.id))).toEqual([]);
  expect(await readdir(sessionsDir)).toContain(`${kept.id}.json`);
  const index = await readFile(duet.storeFile(), 'utf-8');
  expect(index).not.toContain(doomed.id);
  const auditLog = await readFile(join(duet.dataDir, 'audit.log'), 'utf-8');
  expect(auditLog).not.toContain('Delete-Me');
  expect(auditLog).not.toContain('Side effects');

  await page.getByRole('link', { name: 'Activity log' }).click();
  const log = page.getByRole('table', { name: 'Activity log' });
  const newest = log.getByRole('row').nth(1);
  await expect(newest).toContainText('Session deleted');
  await expect(newest).toContainText(doomed.id.slice(0, 8));
  await expect(log).not.toContainText('Delete-Me');
  await expectNoSeriousViolations(page, 'the activity log');

  // Still gone after quitting and starting again.
  const reopened = await duet.reopen();
  await expect(reopened.getByRole('rowheader', { name: 'Keep-Me' })).toBeVisible();
  await expect(reopened.getByRole('rowheader', { name: 'Delete-Me' })).toHaveCount(0);
});
