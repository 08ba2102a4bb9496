export interface PipelineStep {
  label: string;
  ok: boolean;
}
export interface TestTotals {
  passed: number;
  failed: number;
  skipped: number;
  flaky: string[];
}
/** The closing lines of `npm test` (the last one is the totals line CI reads) and the failure count it shows. */
export declare function summaryLines(steps: PipelineStep[], tests: TestTotals): { lines: string[]; failed: number };
