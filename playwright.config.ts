import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './scripts/ensure-browser.mjs';
import { HOST, SITES, type SiteUnderTest } from './tests/helpers/site.ts';

const executablePath = chromiumExecutablePath();

// Tests run against the built site, never the dev server: the sub-path build (dist/, under
// /lupus-msc/, as CI publishes it) and the build at the root (dist-root/), each served by
// `astro preview` on its own port (tests/helpers/site.ts). `npm run build:test` makes both.
//
// Projects:
//   built-site       tests/built-site/: what the built files say, read from dist/ without a browser
//   chromium         tests/*.spec.ts: what only a browser shows
//   *-root           the same tests tagged @url-root (their result depends on where URLs start),
//                    against the root build
// The root build is optional while developing (build the sub-path site and run one spec file);
// `npm test` sets PW_BOTH_BUILDS=1, so there a missing root build fails instead of being skipped.
const withRoot = process.env.PW_BOTH_BUILDS === '1' || existsSync(join(SITES.root.dist, 'index.html'));

const server = (site: SiteUnderTest): NonNullable<Extract<PlaywrightTestConfig['webServer'], object[]>>[number] => ({
  // process.execPath is Node 24 under `npm run` (the `node` package); Astro 7 needs Node >= 22.
  // --ignore-lock: Astro allows one tracked preview server per project, and the suite runs two.
  command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --ignore-lock --outDir ${site.dist} --host ${HOST} --port ${site.port}`,
  url: `http://${HOST}:${site.port}${site.base}`,
  env: { ASTRO_PREVIEW_BACKGROUND: '0', BASE_PATH: site.base },
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
  stdout: 'ignore',
  stderr: 'pipe',
});

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    // Unset only when no Chromium is found: Playwright then says what to install.
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  },
};
const baseURL = (site: SiteUnderTest) => `http://${HOST}:${site.port}${site.base}`;
const URL_ROOT = /@url-root/;

export default defineConfig<object, { site: SiteUnderTest }>({
  testDir: 'tests',
  outputDir: 'test-results',
  // A browser test spends part of its time waiting for the browser's answer, so one and a half
  // workers per core keep the cores busy (PW_WORKERS overrides).
  workers: Number(process.env['PW_WORKERS']) || Math.max(2, Math.round(availableParallelism() * 1.5)),
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['./tests/helpers/summary-reporter.ts']],
  use: {
    // Animated content gives timing-dependent contrast results in axe.
    reducedMotion: 'reduce',
    // No trace: recording DOM snapshots makes axe runs on long pages several times slower, and
    // each test's failure message already says what broke.
    trace: 'off',
  },
  // Playwright hands out the tests in this order. The root build's projects come before the
  // sub-path browser tests: the built-site spec runs its tests in order on one worker, and so do
  // some of the root tests, so started first they overlap with the long browser project instead of
  // leaving cores idle at the end of the run.
  projects: [
    { name: 'built-site', testDir: 'tests/built-site', testMatch: '*.spec.ts', use: { site: SITES.subPath } },
    ...(withRoot
      ? [
          { name: 'built-site-root', testDir: 'tests/built-site', testMatch: '*.spec.ts', grep: URL_ROOT, use: { site: SITES.root } },
          {
            name: 'chromium-root',
            testMatch: '*.spec.ts',
            testIgnore: 'built-site/**',
            grep: URL_ROOT,
            use: { ...browser, site: SITES.root, baseURL: baseURL(SITES.root) },
          },
        ]
      : []),
    { name: 'chromium', testMatch: '*.spec.ts', testIgnore: 'built-site/**', use: { ...browser, site: SITES.subPath, baseURL: baseURL(SITES.subPath) } },
  ],
  webServer: [server(SITES.subPath), ...(withRoot ? [server(SITES.root)] : [])],
});
