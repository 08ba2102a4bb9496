import { stat } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { OPERATION_NAMES, type OperationName, type Result } from '../../src/shared/contract';
import { emptyAnswers } from '../../src/shared/session';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { SAMPLE_SESSION, expect, test, valueOf } from './harness';

/** Calls window.api[name] from inside the page with whatever the page hands it, as a compromised page could. */
function callFromPage(page: Page, name: OperationName, input: unknown): Promise<Result<unknown>> {
  return page.evaluate(
    ([operation, payload]) => (window.api as unknown as Record<string, (input: unknown) => Promise<Result<unknown>>>)[operation]!(payload),
    [name, input] as const,
  );
}

const HUGE = 'x'.repeat(1_000_000);

test('window.api has exactly the contract: one function per operation, plus onMenuCommand', async ({ duet }) => {
  await duet.goto('#/');
  const { page } = duet;
  const shape = await page.evaluate(() =>
    Object.entries(window.api).map(([key, value]) => `${key}:${typeof value}`).sort(),
  );
  expect(shape).toEqual([...OPERATION_NAMES, 'onMenuCommand'].map((key) => `${key}:function`).sort());
  expect(await page.evaluate(() => Object.isFrozen(window.api))).toBe(true);
});

test('malformed requests from the page get typed invalid-input results, write nothing, and the app keeps working', async ({ duet }) => {
  const session = await duet.createSession();
  const { page } = duet;
  await duet.goto('#/');
  await expect(page.getByRole('row', { name: /J\.D\./ })).toBeVisible();
  const before = await duet.readStoreFile();
  const modifiedBefore = (await stat(duet.storeFile())).mtimeMs;

  const answers = emptyAnswers();
  const malformed: [OperationName, unknown][] = [
    // wrong types
    ['createSession', { ...SAMPLE_SESSION, clinicianName: 42 }],
    ['createSession', { ...SAMPLE_SESSION, conditionId: 'flu' }],
    ['createSession', 'J.D.'],
    ['getSession', { id: 12345 }],
    ['getSession', { id: 'not-a-uuid' }],
    ['getSession', null],
    ['saveAnswers', { id: session.id, answers: { ...answers, importance: { sleep: 'a lot' } } }],
    ['saveAnswers', { id: session.id, answers: { ...answers, currentStep: 'checkout' } }],
    ['saveAnswers', { id: session.id, answers: [] }],
    ['setOpenSession', { id: 7 }],
    ['saveSettings', { ...DEFAULT_SETTINGS, paperSize: 'Tabloid' }],
    ['printPlan', { id: 'nope' }],
    ['savePlanPdf', { id: session.id.toUpperCase() + '-x' }],
    ['listSessions', { all: true }],
    ['getStartup', 'please'],
    ['getSettings', 0],
    // extra keys
    ['createSession', { ...SAMPLE_SESSION, isAdmin: true }],
    ['getSession', { id: session.id, include: 'everything' }],
    ['saveAnswers', { id: session.id, answers, sessionId: session.id }],
    ['setOpenSession', { id: null, force: true }],
    ['saveSettings', { ...DEFAULT_SETTINGS, theme: 'dark' }],
    ['savePlanPdf', { id: session.id, path: '/etc/passwd' }],
    // huge strings
    ['createSession', { ...SAMPLE_SESSION, clinicianName: HUGE }],
    ['createSession', { ...SAMPLE_SESSION, patientLabel: HUGE }],
    ['saveAnswers', { id: session.id, answers: { ...answers, worries: HUGE } }],
    ['saveAnswers', { id: session.id, answers: { ...answers, plan: { ...answers.plan, goals: [HUGE] } } }],
    ['saveAnswers', { id: session.id, answers: { ...answers, plan: { ...answers.plan, goals: Array(11).fill('a goal') } } }],
    ['saveSettings', { ...DEFAULT_SETTINGS, practiceName: HUGE }],
    ['getSession', { id: HUGE }],
  ];

  for (const [name, input] of malformed) {
    const result = await callFromPage(page, name, input);
    expect(result, `${name}(${JSON.stringify(input).slice(0, 80)})`).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.any(String) },
    });
    if (!result.ok) expect(result.error.message.length).toBeLessThan(300);
  }

  // Nothing written: the file on disk is byte-for-byte what it was, and no PDF appeared.
  expect(await duet.readStoreFile()).toBe(before);
  expect((await stat(duet.storeFile())).mtimeMs).toBe(modifiedBefore);
  expect(duet.savedPdfs).toEqual([]);
  expect(valueOf(await duet.api.listSessions())).toHaveLength(1);
  expect(valueOf(await duet.api.getSettings())).toEqual(DEFAULT_SETTINGS);

  // The app still works: the same page opens the session and saves a change.
  await page.getByRole('row', { name: /J\.D\./ }).getByRole('link', { name: /Open/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Step 1 of 6 About the condition$/);
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Step 2 of 6 Your options$/);
  await expect.poll(async () => valueOf(await duet.api.getSession({ id: session.id })).answers.currentStep).toBe('options');
});
