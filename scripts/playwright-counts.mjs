// Counts from Playwright's JSON report for `npm test`, read test by test rather than from its stats:
// - a test Playwright marks "skipped" without a skip annotation never ran because a beforeAll (or an earlier test
//   of a serial group) failed: it counts as failed, as in Vitest (scripts/vitest-totals-reporter.mjs);
// - a test whose outcome is "flaky" (failed, then passed on a retry) is listed apart, never counted as passed;
// - errors outside any test (a broken config, a spec that fails to import) count as failures.

const SKIP_ANNOTATIONS = new Set(['skip', 'fixme']);

/**
 * @param {any} report Playwright's JSON report
 * @returns {{ passed: number, failed: number, skipped: number, notRun: number, flaky: string[] }}
 */
export function countPlaywright(report) {
  const counts = { passed: 0, failed: 0, skipped: 0, notRun: 0, flaky: [] };
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'expected') counts.passed += 1;
        else if (test.status === 'flaky') counts.flaky.push(`${spec.file} > ${spec.title}`);
        else if (test.status === 'skipped') {
          const skippedOnPurpose = (test.annotations ?? []).some((annotation) => SKIP_ANNOTATIONS.has(annotation.type));
          if (skippedOnPurpose) counts.skipped += 1;
          else counts.notRun += 1;
        } else counts.failed += 1;
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  counts.failed += counts.notRun + (report.errors ?? []).length;
  return counts;
}
