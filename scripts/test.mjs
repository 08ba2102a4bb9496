// `npm test`: every check, in order, with one closing line `N passed, N failed, N skipped` read from JSON reports.
// typecheck, lint, the security scan, the content audit and build count as one check each; vitest and playwright count their tests.
// A missing or unreadable report is a failure, never zero.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { requireChromium } from './find-chromium.mjs';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const reports = join(root, 'reports');
const vitestReport = join(reports, 'vitest.json');
const playwrightReport = join(reports, 'playwright.json');
const MINUTE = 60_000;

function run(label, command, args, { env = {}, timeoutMs }) {
  console.log(`\n=== ${label}: ${[command.replace(root + '/', ''), ...args].join(' ')}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    // A hung step must not eat the CI budget: stop it and count it as failed.
    const timer = setTimeout(() => {
      console.error(`${label} took longer than ${timeoutMs / MINUTE} min; stopping it.`);
      child.kill('SIGTERM');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      console.error(`${label} could not start: ${error.message}`);
      resolve(false);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`=== ${label}: ${code === 0 ? 'ok' : `failed (${signal ?? `exit ${code}`})`} in ${seconds}s`);
      resolve(code === 0);
    });
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Counts from Vitest's JSON report (Jest-compatible format). */
function vitestCounts(processOk) {
  const report = readJson(vitestReport);
  if (!report || typeof report.numTotalTests !== 'number') {
    console.error('vitest: report missing or unreadable (reports/vitest.json); counted as a failure.');
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const counts = {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
  // A file that fails to load fails the run without failing a test: count it, so the line cannot say 0 failed.
  const brokenFiles = (report.testResults ?? []).filter((file) => file.status === 'failed' && file.assertionResults?.length === 0).length;
  counts.failed += brokenFiles;
  if (!processOk && counts.failed === 0) counts.failed = 1;
  return counts;
}

/** Counts from Playwright's JSON report. */
function playwrightCounts(processOk) {
  const report = readJson(playwrightReport);
  const stats = report?.stats;
  if (!stats || typeof stats.expected !== 'number') {
    console.error('playwright: report missing or unreadable (reports/playwright.json); counted as a failure.');
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const counts = { passed: stats.expected + (stats.flaky ?? 0), failed: stats.unexpected, skipped: stats.skipped };
  // Errors outside any test (a broken config or a spec that fails to import) fail the run with no failed test.
  counts.failed += (report.errors ?? []).length;
  if (!processOk && counts.failed === 0) counts.failed = 1;
  return counts;
}

async function main() {
  const started = Date.now();
  let chromium;
  try {
    chromium = await requireChromium();
  } catch {
    process.exit(1);
  }
  console.log(`Chromium: ${chromium}`);

  // Stale reports from an earlier run must never be counted.
  rmSync(vitestReport, { force: true });
  rmSync(playwrightReport, { force: true });
  mkdirSync(reports, { recursive: true });

  const totals = { passed: 0, failed: 0, skipped: 0 };
  const add = (counts) => {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  };
  const single = (ok) => add({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });

  single(await run('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], { timeoutMs: 3 * MINUTE }));
  single(await run('lint', bin('eslint'), ['.'], { timeoutMs: 3 * MINUTE }));
  single(await run('security scan', process.execPath, [join(root, 'scripts', 'security-scan.mjs')], { timeoutMs: 2 * MINUTE }));
  // Gaps in the clinical content (sections, balance, sources, translations, reading grade): one check.
  single(await run('content audit', bin('tsx'), ['scripts/audit-content.ts'], { timeoutMs: 2 * MINUTE }));
  const built = await run('build', bin('electron-vite'), ['build'], { timeoutMs: 2 * MINUTE });
  single(built);

  const vitestOk = await run(
    'vitest',
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestReport}`],
    { timeoutMs: 4 * MINUTE },
  );
  add(vitestCounts(vitestOk));

  // The browser tests run against out/renderer: without a fresh build they would test stale code.
  if (built) {
    const playwrightOk = await run('playwright', bin('playwright'), ['test', '--project', 'chromium', '--project', 'electron'], {
      env: { CHROMIUM_PATH: chromium },
      timeoutMs: 6 * MINUTE,
    });
    add(playwrightCounts(playwrightOk));
  } else {
    console.error('playwright: not run because the build failed; counted as a failure.');
    add({ passed: 0, failed: 1, skipped: 0 });
  }

  console.log(`\nnpm test finished in ${((Date.now() - started) / 1000).toFixed(0)}s`);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 || !existsSync(vitestReport) || !existsSync(playwrightReport) ? 1 : 0);
}

await main();
