import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../src/shared/contract';
import { emptyAboutYou } from '../../src/shared/session';
import { makeTempDir, removeTempDir } from '../support/temp-store';
import { createTestDuet, type TestDuet } from '../support/test-duet';
import { newSessionInput } from '../support/sessions';

/** Words no one would type by chance: if they are on disk in clear, the store leaked them. */
const MEDICINE = 'Zebrafinch-tramadol';
const WARNING_SIGN = 'Quokka-not-sleeping';

let duet: TestDuet;
let exportDir: string;
beforeEach(async () => {
  exportDir = await makeTempDir('duet-about-you-export-');
  duet = await createTestDuet({ chooseExportFolder: async () => exportDir });
});
afterEach(async () => {
  await duet.cleanup();
  await removeTempDir(exportDir);
});

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('About you and the safety plan are patient data like every other answer', () => {
  it('are encrypted on disk, come back when read, and go into the export', async () => {
    const created = valueOf(await duet.api.createSession(newSessionInput()));
    const answers = {
      ...created.answers,
      aboutYou: { ...emptyAboutYou(), suicidalThoughts: 'yes' as const, otherMedicinesList: MEDICINE },
      plan: { ...created.answers.plan, safetyPlan: { ...created.answers.plan.safetyPlan, warningSigns: WARNING_SIGN } },
    };
    valueOf(await duet.api.saveAnswers({ id: created.id, answers }));

    const read = valueOf(await duet.api.getSession({ id: created.id }));
    expect(read.answers.aboutYou).toMatchObject({ suicidalThoughts: 'yes', otherMedicinesList: MEDICINE });
    expect(read.answers.plan.safetyPlan.warningSigns).toBe(WARNING_SIGN);

    const files = await filesUnder(duet.dir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = await readFile(file, 'latin1');
      expect(bytes, file).not.toContain(MEDICINE);
      expect(bytes, file).not.toContain(WARNING_SIGN);
    }

    const exported = valueOf(await duet.api.exportSession({ id: created.id }));
    if (exported.outcome !== 'saved') throw new Error('The export folder was chosen');
    const body = JSON.parse(await readFile(exported.file, 'utf8')) as { session: typeof read };
    expect(body.session.answers.aboutYou).toEqual(read.answers.aboutYou);
    expect(body.session.answers.plan.safetyPlan.warningSigns).toBe(WARNING_SIGN);
  });
});
