// `node scripts/trace-first-step.mjs [--route session|print] [--runs N] [--trace file.json] [--no-build]
// [--renderer <built folder>]` (another build, e.g. an older commit's out/renderer, to compare):
// where the first step's (or the print page's) time goes. Same harness as `npm run bench` (built renderer served
// through Playwright routes, main's real operations behind window.api), plus a Chromium performance trace.
// Prints, for the median run: every window.api call (start and end, from navigation start), every file the page
// loaded, the main thread's time by trace event (script compile and evaluation, style, layout, paint), and when
// the page was ready. --trace writes the last run's trace for chrome://tracing or DevTools' Performance panel.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { requireChromium } from './find-chromium.mjs';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    route: { type: 'string', default: 'session' },
    runs: { type: 'string', default: '7' },
    trace: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    renderer: { type: 'string' },
  },
});

let tsLoaderRegistered = false;
async function importTs(relativePath) {
  if (!tsLoaderRegistered) {
    const { register } = await import('tsx/esm/api');
    register();
    tsLoaderRegistered = true;
  }
  return import(pathToFileURL(join(root, relativePath)).href);
}

/** Top-level main-thread trace events worth naming, summed by name (milliseconds). */
const TIMED_EVENTS = new Set([
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'EvaluateScript',
  'v8.produceModuleCache',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'v8.run',
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'MajorGC',
  'MinorGC',
  'V8.GCScavenger',
]);

function summarizeTrace(traceJson, readyAt) {
  const events = JSON.parse(traceJson).traceEvents;
  const renderer = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const navigation = events.find((event) => event.name === 'navigationStart' && event.pid === renderer?.pid);
  if (!renderer || !navigation) return null;
  const start = navigation.ts;
  const end = start + readyAt * 1000;
  const byName = new Map();
  // Only complete events on the renderer's main thread that start before the ready frame; nested events of the
  // same name are counted once (the outermost).
  const open = [];
  const own = events
    .filter((event) => event.pid === renderer.pid && event.tid === renderer.tid && event.ph === 'X' && event.ts >= start && event.ts < end)
    .sort((a, b) => a.ts - b.ts);
  for (const event of own) {
    while (open.length > 0 && open[open.length - 1].ts + open[open.length - 1].dur <= event.ts) open.pop();
    const nestedInSame = open.some((outer) => outer.name === event.name);
    open.push(event);
    if (nestedInSame || !TIMED_EVENTS.has(event.name)) continue;
    const entry = byName.get(event.name) ?? { ms: 0, count: 0 };
    entry.ms += (event.dur ?? 0) / 1000;
    entry.count += 1;
    byName.set(event.name, entry);
  }
  const busy = own
    .filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask')
    .reduce((sum, event) => sum + Math.min(event.dur ?? 0, end - event.ts) / 1000, 0);
  return { busy, byName: [...byName].sort((a, b) => b[1].ms - a[1].ms) };
}

async function main() {
  const executablePath = await requireChromium().catch(() => process.exit(1));
  if (!args['no-build'] && !args.renderer) {
    const { build } = await import('electron-vite');
    await build({ root, logLevel: 'warn' });
  }
  const workDir = mkdtempSync(join(tmpdir(), 'duet-trace-'));
  const { serveFolder, appUrl } = await importTs('tests/e2e/harness/serve-renderer.ts');
  const { installWindowApi } = await importTs('tests/e2e/harness/window-api.ts');
  const { openAppStore } = await importTs('tests/e2e/harness/app-store.ts');
  const unusedPrinter = { print: async () => ({ outcome: 'cancelled' }), savePdf: async () => ({ outcome: 'cancelled' }) };
  const store = await openAppStore(join(workDir, 'data'), unusedPrinter, join(workDir, 'exports'));
  const browser = await chromium.launch({ executablePath });
  try {
    const created = await store.api.createSession({
      clinicianName: 'Dr. Trace',
      patientLabel: 'T.R.',
      conditionId: 'depression',
      language: 'en',
      decisionRole: 'shared',
    });
    if (!created.ok) throw new Error(created.error.message);
    const id = created.value.id;
    const printing = args.route === 'print';
    const url = appUrl(printing ? `#/print/${id}` : `#/session/${id}`);

    const runs = [];
    for (let run = 0; run < Number(args.runs) + 1; run += 1) {
      const calls = [];
      const context = await browser.newContext();
      await serveFolder(context, args.renderer ? resolve(args.renderer) : undefined);
      // The page's window.api, with each call's start and end recorded in wall-clock time.
      await installWindowApi(context, async (name, input) => {
        const started = Date.now();
        try {
          return await store.invoke(name, input);
        } finally {
          calls.push({ name, started, ended: Date.now() });
        }
      });
      const page = await context.newPage();
      if (!printing) {
        await page.addInitScript(() => {
          const ready = () =>
            [...document.querySelectorAll('h1')].some((h) => h.textContent.includes('About the condition')) &&
            [...document.querySelectorAll('button')].some((b) => b.textContent.trim().startsWith('Next') && !b.disabled);
          new MutationObserver((_records, observer) => {
            if (!ready()) return;
            observer.disconnect();
            requestAnimationFrame(() => (window.__readyAt = performance.now()));
          }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
        });
      } else {
        await page.addInitScript(() => {
          new MutationObserver((_records, observer) => {
            if (document.documentElement.dataset.printReady !== 'true') return;
            observer.disconnect();
            window.__readyAt = performance.now();
          }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-print-ready'] });
        });
      }
      const tracing = run === Number(args.runs);
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'],
      });
      await page.goto(url, { waitUntil: 'commit' });
      const readyAt = await page.waitForFunction(() => window.__readyAt).then((handle) => handle.jsonValue());
      const timeOrigin = await page.evaluate(() => performance.timeOrigin);
      const resources = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => ({
          name: entry.name.replace(/^http:\/\/app\.test\//, ''),
          start: entry.startTime,
          end: entry.responseEnd,
          bytes: entry.encodedBodySize || entry.transferSize,
        })),
      );
      const traceJson = (await browser.stopTracing()).toString('utf8');
      if (tracing && args.trace) writeFileSync(args.trace, traceJson);
      await context.close();
      if (run === 0) continue; // warm-up
      runs.push({
        readyAt,
        calls: calls.map((call) => ({ name: call.name, start: call.started - timeOrigin, end: call.ended - timeOrigin })),
        resources,
        trace: summarizeTrace(traceJson, readyAt),
      });
    }
    runs.sort((a, b) => a.readyAt - b.readyAt);
    console.log(`ready at (ms from navigation start), ${runs.length} runs: ${runs.map((run) => run.readyAt.toFixed(0)).join(', ')}`);
    const median = runs[Math.floor(runs.length / 2)];
    console.log(`\nMedian run: ready at ${median.readyAt.toFixed(1)} ms`);
    console.log('\nFiles loaded (start → end ms):');
    for (const resource of median.resources) {
      console.log(`  ${resource.start.toFixed(0).padStart(5)} → ${resource.end.toFixed(0).padStart(5)}  ${resource.name}`);
    }
    console.log('\nwindow.api calls (start → end ms):');
    for (const call of median.calls.sort((a, b) => a.start - b.start)) {
      console.log(`  ${call.start.toFixed(0).padStart(5)} → ${call.end.toFixed(0).padStart(5)}  ${call.name}`);
    }
    if (median.trace) {
      console.log(`\nMain thread busy before the ready frame: ${median.trace.busy.toFixed(1)} ms. By event (outermost, ms):`);
      for (const [name, { ms, count }] of median.trace.byName.slice(0, 14)) console.log(`  ${ms.toFixed(1).padStart(7)}  ${name} ×${count}`);
    }
  } finally {
    await browser.close();
    await store.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
