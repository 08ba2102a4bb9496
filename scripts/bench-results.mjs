// One summary rule and one results file for every benchmark (scripts/bench.mjs, scripts/bench-storage.ts).
// bench/results.json holds { run, results }: `run` says where and on what the figures were taken (commit, date,
// Node, Chromium, CPUs), `results` merges entries by name so each benchmark can add its own.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';

export const RESULTS_FILE = join(import.meta.dirname, '..', 'bench', 'results.json');
/** Below this many runs a "95th percentile" is just the largest sample or its neighbour: report the maximum. */
export const RUNS_FOR_P95 = 20;

/**
 * Median, and p95 (nearest-rank) when there are at least RUNS_FOR_P95 samples; with fewer, the largest sample
 * is reported as `max` and there is no p95.
 */
export function summarize(name, samples, unit = 'ms') {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (quantile) => sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)];
  const round = (value) => Math.round(value * 10) / 10;
  const spread = sorted.length >= RUNS_FOR_P95 ? { p95: round(at(0.95)) } : { max: round(sorted[sorted.length - 1]) };
  return { name, unit, median: round(at(0.5)), ...spread, runs: samples.length };
}

/** "median 12.3 ms, p95 15 ms (20 runs)" or "… max 15 ms (5 runs)". */
export function describe(entry) {
  const spread = 'p95' in entry ? `p95 ${entry.p95}` : `max ${entry.max}`;
  return `${entry.name}: median ${entry.median} ${entry.unit}, ${spread} ${entry.unit} (${entry.runs} runs)`;
}

function currentCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** Where the figures come from. `chromium` is the browser version, or null when no browser took part. */
export function runDetails(chromium = null) {
  return {
    commit: currentCommit(),
    date: new Date().toISOString(),
    node: process.version,
    chromium,
    cpuCount: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
  };
}

/** Merges `fresh` entries by name into bench/results.json and records `run`; returns every entry. */
export function writeResults(fresh, run) {
  let existing = [];
  let previousRun = null;
  if (existsSync(RESULTS_FILE)) {
    try {
      const parsed = JSON.parse(readFileSync(RESULTS_FILE, 'utf8'));
      // Older files were a bare array of entries.
      existing = Array.isArray(parsed) ? parsed : Array.isArray(parsed.results) ? parsed.results : [];
      previousRun = Array.isArray(parsed) ? null : (parsed.run ?? null);
    } catch {
      console.warn('bench/results.json was unreadable; starting it again.');
    }
  }
  const byName = new Map(existing.map((entry) => [entry.name, entry]));
  for (const entry of fresh) byName.set(entry.name, entry);
  const results = [...byName.values()];
  // A partial run (one benchmark alone) keeps the browser version the earlier full run recorded.
  const chromium = run.chromium ?? previousRun?.chromium ?? null;
  writeFileSync(RESULTS_FILE, JSON.stringify({ run: { ...run, chromium }, results }, null, 2) + '\n');
  return results;
}
