export interface BenchEntry {
  name: string;
  unit: 'ms' | 'bytes';
  median: number;
  /** Present with at least RUNS_FOR_P95 runs. */
  p95?: number;
  /** Present instead of p95 with fewer runs. */
  max?: number;
  runs: number;
  /** The issue-14 target, where there is one. */
  target?: string;
}
export interface RunDetails {
  commit: string;
  date: string;
  node: string;
  chromium: string | null;
  cpuCount: number;
  cpuModel: string;
}
export declare const RESULTS_FILE: string;
export declare const RUNS_FOR_P95: number;
export declare function summarize(name: string, samples: number[], unit?: BenchEntry['unit']): BenchEntry;
export declare function describe(entry: BenchEntry): string;
export declare function runDetails(chromium?: string | null): RunDetails;
export declare function writeResults(fresh: BenchEntry[], run: RunDetails): BenchEntry[];
