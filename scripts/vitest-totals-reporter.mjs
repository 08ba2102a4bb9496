// Vitest reporter used by `npm test` (scripts/test.mjs): writes the counts that Vitest's JSON report gets wrong.
// - A test that never ran because a beforeAll/afterAll of its suite or file failed is a failure, not a skip
//   (Vitest marks such tests "skip").
// - A test that passed only after a retry is flaky: listed apart, never counted as passed.
// - A file that failed outside any test (an import error, a failing file-level afterAll) counts as one failure.
// The output file comes from VITEST_TOTALS_FILE (test.mjs sets it), else reports/vitest-totals.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** True when a hook of the test's suite, or of any suite or file around it, threw. */
function hookFailedAround(test) {
  for (let suite = test.parent; suite; suite = suite.type === 'module' ? undefined : suite.parent) {
    if (suite.errors().length > 0) return true;
  }
  return false;
}

/** Totals over Vitest's reported test modules (the public reporter API). */
export function countTests(testModules) {
  const totals = { passed: 0, failed: 0, skipped: 0, failedByHook: 0, brokenFiles: [], flaky: [] };
  for (const testModule of testModules) {
    let failuresInFile = 0;
    for (const test of testModule.children.allTests()) {
      const { state } = test.result();
      if (state === 'failed') {
        failuresInFile += 1;
      } else if (state === 'passed') {
        if (test.diagnostic()?.flaky) totals.flaky.push(`${testModule.relativeModuleId} > ${test.fullName}`);
        else totals.passed += 1;
      } else if (hookFailedAround(test)) {
        failuresInFile += 1;
        totals.failedByHook += 1;
      } else {
        totals.skipped += 1;
      }
    }
    if (testModule.state() === 'failed' && failuresInFile === 0) {
      failuresInFile = 1;
      totals.brokenFiles.push(testModule.relativeModuleId);
    }
    totals.failed += failuresInFile;
  }
  return totals;
}

export default class VitestTotalsReporter {
  onTestRunEnd(testModules) {
    const file = resolve(process.env.VITEST_TOTALS_FILE ?? 'reports/vitest-totals.json');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(countTests(testModules), null, 2)}\n`);
  }
}
