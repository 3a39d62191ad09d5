/**
 * Browser tests run against the built site in out/, served on 127.0.0.1 by
 * the same static server as `npm start`. Chromium is Debian's (see
 * scripts/lib/browser.ts); `npm run test:e2e` makes sure it is there first.
 */
import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './scripts/lib/browser';

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const asRoot = process.getuid?.() === 0;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findBrowser(),
      args: asRoot ? ['--no-sandbox', '--disable-background-networking'] : ['--disable-background-networking'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node --import tsx scripts/serve.ts --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
