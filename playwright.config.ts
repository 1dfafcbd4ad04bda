import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './scripts/ensure-browser.mjs';
import { BASE_URL, HOST, PORT } from './tests/helpers/site.ts';

const executablePath = chromiumExecutablePath();

// Tests run against the built site (dist/) served by `astro preview`, never the dev server.
// Build first: `npm run build` (scripts/test.mjs does it for `npm test`).
export default defineConfig({
  testDir: 'tests',
  // Vitest's tests (*.test.ts, npm run test:unit) sit beside their modules; Playwright runs only the *.spec.ts files.
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  // A browser test spends part of its time waiting (for the network to go idle, for the browser's
  // answer), so one and a half workers per core keep the cores busy: on the 2-core machine, 3
  // workers ran a mixed set of specs in 100-109 s against 117-124 s with 2, back to back while other
  // builds ran (PW_WORKERS overrides).
  workers: Number(process.env['PW_WORKERS']) || Math.max(2, Math.round(availableParallelism() * 1.5)),
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['./tests/helpers/summary-reporter.ts']],
  use: {
    baseURL: BASE_URL,
    // Animated content gives timing-dependent contrast results in axe.
    reducedMotion: 'reduce',
    // No trace: recording DOM snapshots makes axe runs on long pages several times slower, and
    // each test's failure message already says what broke.
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // Unset only when no Chromium is found: Playwright then says what to install.
          ...(executablePath ? { executablePath } : {}),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    // process.execPath is Node 24 under `npm run` (the `node` package); Astro 7 needs Node >= 22.
    command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --host ${HOST} --port ${PORT}`,
    url: BASE_URL,
    env: { ASTRO_PREVIEW_BACKGROUND: '0' },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
