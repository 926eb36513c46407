import { defineConfig } from '@playwright/test';
import { electronBinary } from './scripts/electronBinary.mjs';

// Said once, up front, so a skipped desktop suite is never mistaken for a passing one.
if (!electronBinary()) console.log('Electron tests (tests/electron) will be SKIPPED: the Electron binary is not installed here (npm cannot download it without network access).');

// Debian's Chromium, never a downloaded browser: this machine cannot download one, and the
// background-networking flags keep Chromium from knocking on a closed network at every start.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export default defineConfig({
  forbidOnly: true,
  fullyParallel: false,
  workers: 2,
  // One retry, and Playwright names every test that needed it "flaky" in its summary: a few
  // editor specs still race Lexical's caret on a loaded 2-core machine (see the stop-21 note).
  retries: 1,
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
