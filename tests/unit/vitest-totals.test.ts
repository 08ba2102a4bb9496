import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countPlaywright } from '../../scripts/playwright-counts.mjs';
import { summaryLines } from '../../scripts/test-summary.mjs';

// Runs real Vitest over deliberately failing fixtures with the reporter `npm test` uses (T-4).
const root = join(import.meta.dirname, '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'duet-vitest-totals-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('scripts/vitest-totals-reporter.mjs', () => {
  it('counts a failed beforeAll as failures of its tests, a file that cannot load as one, and a retried pass as flaky', () => {
    const outputFile = join(outDir, 'totals.json');
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules', 'vitest', 'vitest.mjs'),
        'run',
        '--config',
        join(root, 'tests', 'fixtures', 'vitest-totals', 'vitest.config.ts'),
        '--reporter',
        join(root, 'scripts', 'vitest-totals-reporter.mjs'),
      ],
      { cwd: root, env: { ...process.env, VITEST_TOTALS_FILE: outputFile }, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(1);
    const totals = JSON.parse(readFileSync(outputFile, 'utf8'));
    expect(totals).toEqual({
      // 'passes' and 'passes first time'.
      passed: 2,
      // 3 tests behind the failed beforeAll + 'fails' + the file that cannot load.
      failed: 5,
      // only the deliberate it.skip.
      skipped: 1,
      failedByHook: 3,
      brokenFiles: ['broken.fixture.ts'],
      flaky: ['flaky.fixture.ts > fails once, then passes on the retry'],
    });
  }, 60_000);
});

describe('scripts/test-summary.mjs', () => {
  const steps = [
    { label: 'typecheck', ok: true },
    { label: 'lint', ok: true },
    { label: 'build', ok: true },
  ];

  it('puts the pipeline steps on their own line and ends with the tests-only totals line CI reads', () => {
    const { lines, failed } = summaryLines(steps, { passed: 280, failed: 0, skipped: 2, flaky: [] });
    expect(lines).toEqual(['pipeline steps (not counted as tests): typecheck ok, lint ok, build ok', '280 passed, 0 failed, 2 skipped']);
    expect(lines.at(-1)).toMatch(/^\d+ passed, \d+ failed(, \d+ skipped)?$/);
    expect(failed).toBe(0);
  });

  it('lists flaky tests apart, and a failed step can never leave "0 failed" on the last line', () => {
    const { lines, failed } = summaryLines([...steps, { label: 'security scan', ok: false }], {
      passed: 279,
      failed: 0,
      skipped: 2,
      flaky: ['a.spec.ts > sometimes slow'],
    });
    expect(lines[0]).toContain('security scan FAILED');
    expect(lines.slice(1, 3)).toEqual(['flaky (failed, then passed on a retry; not counted as passed): 1', '  a.spec.ts > sometimes slow']);
    expect(lines.at(-1)).toBe('279 passed, 1 failed, 2 skipped');
    expect(failed).toBe(1);
  });
});

describe('scripts/playwright-counts.mjs', () => {
  // The shape Playwright 1.5x writes (checked on a real run with a failing beforeAll, test.skip() and a skip at run time).
  const test = (title: string, status: string, annotations: { type: string }[] = []) => ({
    title,
    file: 'x.spec.ts',
    tests: [{ status, annotations, results: [{ status: status === 'expected' ? 'passed' : status === 'unexpected' ? 'failed' : 'skipped' }] }],
  });
  const report = {
    suites: [
      {
        specs: [test('ok', 'expected'), test('skipped on purpose', 'skipped', [{ type: 'skip' }])],
        suites: [{ specs: [test('a', 'unexpected'), test('b', 'skipped'), test('c', 'skipped')] }],
      },
      { specs: [{ ...test('retried', 'flaky'), file: 'y.spec.ts' }] },
    ],
    errors: [{ message: 'a spec failed to import' }],
  };

  it('counts tests a failed beforeAll kept from running as failed, flaky apart, and errors outside tests', () => {
    expect(countPlaywright(report)).toEqual({ passed: 1, failed: 4, skipped: 1, notRun: 2, flaky: ['y.spec.ts > retried'] });
  });
});
