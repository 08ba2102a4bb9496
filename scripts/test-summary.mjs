// The closing lines of `npm test`: the pipeline steps on their own line, flaky tests apart, and last the totals of
// tests only, `N passed, N failed, N skipped`, which CI reads. A failed step adds 1 to "failed" so that line can
// never read 0 failed while the pipeline is broken.

/**
 * @param {{ label: string, ok: boolean }[]} steps
 * @param {{ passed: number, failed: number, skipped: number, flaky: string[] }} tests
 * @returns {{ lines: string[], failed: number }}
 */
export function summaryLines(steps, tests) {
  const failedSteps = steps.filter((step) => !step.ok).length;
  const failed = tests.failed + failedSteps;
  const lines = [
    `pipeline steps (not counted as tests): ${steps.map((step) => `${step.label} ${step.ok ? 'ok' : 'FAILED'}`).join(', ')}` +
      (failedSteps > 0 ? '; each failed step adds 1 to "failed" below' : ''),
  ];
  if (tests.flaky.length > 0) {
    lines.push(`flaky (failed, then passed on a retry; not counted as passed): ${tests.flaky.length}`);
    for (const title of tests.flaky) lines.push(`  ${title}`);
  }
  lines.push(`${tests.passed} passed, ${failed} failed, ${tests.skipped} skipped`);
  return { lines, failed };
}
