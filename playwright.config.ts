import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { PORTS } from './tests/e2e/ports';

/**
 * Playwright runs Debian's Chromium (Playwright's own browser download cannot work on
 * our build machines). Set CHROMIUM_PATH to use another Chromium, e.g. the one
 * `npx playwright install chromium` puts on a laptop.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `No Chromium at ${executablePath}. Install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH ` +
      'to a Chromium binary (e.g. from `npx playwright install chromium`).',
  );
}

const PORT = PORTS.root;
/** The port of the sub-path mirror (tests/e2e/portable.spec.ts). */
export const SUBPATH_PORT = PORTS.subPath;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // The slowest tests take up to 20 s on this 2-core machine and up to 55 s with a second
  // test run beside it (the axe checks take longer and set their own 240 s): every test keeps
  // at least 2–3× headroom even then, so load alone never fails a run.
  timeout: 120_000,
  // A web-first assertion waits up to 20 s (Playwright's default is 5 s): with two test runs and
  // builds beside it on 2 cores, loading Pagefind's index once took longer than 5 s. Waiting
  // longer never slows a passing test; it only keeps load from failing one.
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : [['list']],
  outputDir: 'reports/e2e-artifacts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Every page registers the offline worker, which then fetches the whole edition (95 files)
    // in the background: in every test's fresh context, seconds of work no test but the
    // offline ones wants. Those make their own contexts with `serviceWorkers: 'allow'`.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      // nginx with the shipped deploy/nginx.conf, as the test's own process: dist/ at the root
      // on PORT and under /mirror/kz/ on SUBPATH_PORT (scripts/serve-nginx.mjs). `npm test`
      // builds first; `astro preview` is only for `npm start`.
      command: `node scripts/serve-nginx.mjs ${PORT} ${SUBPATH_PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
