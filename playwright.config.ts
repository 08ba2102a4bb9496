import { defineConfig } from '@playwright/test';
import { requireChromium } from './scripts/find-chromium.mjs';

// Debian's Chromium (Playwright cannot download its own here). Without one: the one line saying how to get it.
const executablePath = await requireChromium().catch(() => process.exit(1));

export default defineConfig({
  // Each test starts its own page and temp store; two workers suit the 2-core CI machines.
  workers: 2,
  fullyParallel: true,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // reports/ sits outside test-results/, which Playwright empties at start.
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 15_000,
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: { browserName: 'chromium', launchOptions: { executablePath } },
    },
    {
      // `npm run screenshots`: regenerates the pictures in docs/screenshots (not part of npm test).
      name: 'screenshots',
      testDir: 'tests/screenshots',
      use: { browserName: 'chromium', launchOptions: { executablePath } },
    },
    {
      // Runs the real Electron app; its spec skips with a printed reason when no Electron binary exists.
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
