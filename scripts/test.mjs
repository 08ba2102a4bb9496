// `npm test`: every check, in order, with one closing line `N passed, N failed, N skipped` that counts tests only.
// The pipeline steps (typecheck, lint, security scan, content audit, build) get their own line above it and are
// never counted as passed tests; a failed step still adds 1 to "failed", so the closing line cannot read 0 failed
// while the pipeline is broken. Tests that passed only after a retry are listed as flaky, not counted as passed.
// A missing or unreadable report is a failure, never zero.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { requireChromium } from './find-chromium.mjs';
import { countPlaywright } from './playwright-counts.mjs';
import { summaryLines } from './test-summary.mjs';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const reports = join(root, 'reports');
const vitestReport = join(reports, 'vitest-totals.json');
const playwrightReport = join(reports, 'playwright.json');
const MINUTE = 60_000;

/** The step running now. Each step has its own process group, so Ctrl-C (or CI's stop) is passed on to it. */
let running = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (running) stopGroup(running, signal);
    process.exit(1);
  });
}

function stopGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

function run(label, command, args, { env = {}, timeoutMs }) {
  console.log(`\n=== ${label}: ${[command.replace(root + '/', ''), ...args].join(' ')}`);
  const started = Date.now();
  return new Promise((resolve) => {
    // Its own process group, so a timeout also stops the step's workers and browsers, not only the direct child.
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, detached: true });
    running = child;
    // A hung step must not eat the CI budget: stop it and count it as failed.
    const timer = setTimeout(() => {
      console.error(`${label} took longer than ${timeoutMs / MINUTE} min; stopping it.`);
      stopGroup(child, 'SIGTERM');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      console.error(`${label} could not start: ${error.message}`);
      resolve(false);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      running = null;
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

/** Counts written by scripts/vitest-totals-reporter.mjs (hook failures as failures, flaky apart). */
function vitestCounts(processOk) {
  const report = readJson(vitestReport);
  if (!report || typeof report.passed !== 'number') {
    console.error('vitest: report missing or unreadable (reports/vitest-totals.json); counted as a failure.');
    return { passed: 0, failed: 1, skipped: 0, flaky: [] };
  }
  const counts = { passed: report.passed, failed: report.failed, skipped: report.skipped, flaky: report.flaky };
  if (report.failedByHook > 0) console.error(`vitest: ${report.failedByHook} test(s) never ran because a beforeAll/afterAll failed; counted as failed.`);
  for (const file of report.brokenFiles) console.error(`vitest: ${file} failed outside any test; counted as 1 failed.`);
  // An unhandled error or a killed run fails the step without failing a test: the line must not say 0 failed.
  if (!processOk && counts.failed === 0) counts.failed = 1;
  return counts;
}

/** Counts from Playwright's JSON report (scripts/playwright-counts.mjs). */
function playwrightCounts(processOk) {
  const report = readJson(playwrightReport);
  if (!report || !Array.isArray(report.suites)) {
    console.error('playwright: report missing or unreadable (reports/playwright.json); counted as a failure.');
    return { passed: 0, failed: 1, skipped: 0, flaky: [] };
  }
  const counts = countPlaywright(report);
  if (counts.notRun > 0) console.error(`playwright: ${counts.notRun} test(s) never ran because a hook or an earlier test failed; counted as failed.`);
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

  const totals = { passed: 0, failed: 0, skipped: 0, flaky: [] };
  const add = (counts) => {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    totals.flaky.push(...counts.flaky);
  };
  const steps = [];
  const step = async (label, command, args, options) => {
    const ok = await run(label, command, args, options);
    steps.push({ label, ok });
    return ok;
  };

  await step('typecheck', bin('tsc'), ['-b', 'tsconfig.json'], { timeoutMs: 4 * MINUTE });
  await step('lint', bin('eslint'), ['.'], { timeoutMs: 3 * MINUTE });
  await step('security scan', process.execPath, [join(root, 'scripts', 'security-scan.mjs')], { timeoutMs: 2 * MINUTE });
  // Gaps in the clinical content (sections, balance, sources, translations, reading grade): one step.
  await step('content audit', bin('tsx'), ['scripts/audit-content.ts'], { timeoutMs: 2 * MINUTE });
  const built = await step('build', bin('electron-vite'), ['build'], { timeoutMs: 2 * MINUTE });

  const vitestOk = await run(
    'vitest',
    bin('vitest'),
    ['run', '--reporter=default', `--reporter=${join(root, 'scripts', 'vitest-totals-reporter.mjs')}`],
    // The kill test alone may take up to 240 s (tests/storage/kill.test.ts), next to the fuzz and component tests.
    { env: { VITEST_TOTALS_FILE: vitestReport }, timeoutMs: 10 * MINUTE },
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
    add({ passed: 0, failed: 1, skipped: 0, flaky: [] });
  }

  console.log(`\nnpm test finished in ${((Date.now() - started) / 1000).toFixed(0)}s`);
  const summary = summaryLines(steps, totals);
  // The last line printed is the totals line: CI reads it.
  for (const line of summary.lines) console.log(line);
  process.exit(summary.failed > 0 || !existsSync(vitestReport) || !existsSync(playwrightReport) ? 1 : 0);
}

await main();
