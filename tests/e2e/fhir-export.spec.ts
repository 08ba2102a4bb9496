import AxeBuilder from '@axe-core/playwright';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bundle } from '@medplum/fhirtypes';
import { readEpisodeBundle } from '../../src/shared/fhir/read-bundle';
import { savedSession } from '../support/saved-session';
import { describeIssues, errorsOf, fhirIssues } from '../support/fhir-validator';
import { expect, test, valueOf } from './harness';
import { answeredEverywhere } from './helpers/seed';

const LABEL = 'Fhir-Me-7';

/** PHQ-9 answers adding up to `total`, items filled in order (0–3 each). */
function phq9Totalling(total: number): Record<string, number> {
  let left = total;
  return Object.fromEntries(
    Array.from({ length: 9 }, (_, index) => {
      const value = Math.min(3, left);
      left -= value;
      return [`phq9.${index + 1}`, value];
    }),
  );
}

test('Home: "Export for the health record (FHIR)" saves a valid R4 bundle of the episode that reads back', async ({ duet }) => {
  test.setTimeout(60_000);
  const created = await duet.createSession({ patientLabel: LABEL });
  const answers = answeredEverywhere('plan');
  answers.baseline = { date: '2026-01-05', measures: [{ instrument: 'phq9', answers: phq9Totalling(18), workNotApplicable: false }] };
  const seeded = savedSession(valueOf(await duet.api.saveAnswers({ id: created.id, answers })));
  expect(seeded.planVersions, 'the seeded plan is agreed').toHaveLength(1);
  const visit = valueOf(await duet.api.startFollowUp({ id: created.id })).followUps.at(-1)!;
  valueOf(
    await duet.api.saveFollowUp({
      id: created.id,
      visitId: visit.id,
      visit: { date: '2026-02-16', measures: [{ instrument: 'phq9', answers: phq9Totalling(14), workNotApplicable: false }], patientWords: 'Private words' },
    }),
  );

  await duet.goto('#/');
  const { page } = duet;
  const button = page.getByRole('button', { name: `Export for the health record (FHIR) session with ${LABEL}` });
  await button.focus();
  await page.keyboard.press('Enter');
  const status = page.getByRole('status').filter({ hasText: 'The file for the health record was saved to' });
  await expect(status).toBeVisible();

  const names = await readdir(duet.exportFolder);
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(new RegExp(`^Duet FHIR - \\d{4}-\\d{2}-\\d{2} - ${created.id.slice(0, 8)}\\.json$`));
  await expect(status).toContainText(join(duet.exportFolder, names[0]!));

  const text = await readFile(join(duet.exportFolder, names[0]!), 'utf-8');
  expect(text).not.toContain('Private words');
  const bundle = JSON.parse(text) as Bundle;
  expect(describeIssues(errorsOf(fhirIssues(bundle)))).toEqual([]);
  const read = readEpisodeBundle(bundle);
  expect(read.patientLabel).toBe(LABEL);
  expect(read.totals.map(({ instrument, date, total }) => ({ instrument, date, total }))).toEqual([
    { instrument: 'phq9', date: '2026-01-05', total: 18 },
    { instrument: 'phq9', date: '2026-02-16', total: 14 },
  ]);
  expect(read.planVersions.map((version) => [version.agreedOption, version.goals])).toEqual([[answers.plan.agreedOption, answers.plan.goals]]);

  const log = valueOf(await duet.api.listAuditLog());
  expect(log[0]).toMatchObject({ action: 'fhir-exported', sessionId: created.id });

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
