import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser: this machine cannot download one, and the
// background-networking flags keep Chromium from knocking on a closed network at every start.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export default defineConfig({
  forbidOnly: true,
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1400, height: 900 },
        launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
        trace: 'off',
        screenshot: 'only-on-failure',
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
