/**
 * Browser tests against the built app (`dist/`, served by `vite preview`), in
 * the system Chromium: Playwright's own browser download is not available
 * here. `scripts/e2e.mjs` checks the browser first and says what to install.
 */
import { defineConfig } from '@playwright/test';

import { CORPUS_PORT, DEV_CORPUS_PORT, DIST, DIST_CORPUS, PORT } from './tests/helpers/ports.js';

export default defineConfig({
  testDir: 'tests/e2e',
  // LAWDIFF_E2E_OUT keeps two concurrent runs from clearing each other's artifacts.
  outputDir: process.env.LAWDIFF_E2E_OUT ?? 'test-results/artifacts',
  fullyParallel: false,
  // One spec file at a time. Two workers on these two-core machines were tried: the suite took
  // 16.2 min instead of 17.3 (the browser is CPU-bound), and long tests came within seconds of
  // their timeout. LAWDIFF_E2E_WORKERS=2 to try again on a larger machine.
  workers: Number(process.env.LAWDIFF_E2E_WORKERS ?? 1),
  retries: 0,
  forbidOnly: !!process.env.CI,
  // A guard against a hung test, not a speed limit: on a slow or busy machine a long test (a backup
  // restored in a second browser, screenshots in four variants) takes 25–30 s.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 860 },
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite preview --outDir ${DIST_CORPUS} --port ${CORPUS_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${CORPUS_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The development server on the same real laws (what `LAWDIFF_COLLECTION=../shared/corpus npm start` serves).
      command: `npx vite --port ${DEV_CORPUS_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${DEV_CORPUS_PORT}/`,
      env: { LAWDIFF_COLLECTION: process.env.LAWDIFF_CORPUS ?? '../shared/corpus' },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
