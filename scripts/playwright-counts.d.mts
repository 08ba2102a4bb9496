/** Counts from Playwright's JSON report: tests that never ran count as failed, flaky tests are listed apart. */
export declare function countPlaywright(report: unknown): { passed: number; failed: number; skipped: number; notRun: number; flaky: string[] };
