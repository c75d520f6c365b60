import { defineConfig } from 'vitest/config';

// In CI each run also writes a JSON report (reports/vitest-test:unit.json, …) that
// .ci/run adds up into its closing "N passed, N failed" line.
const reporters = process.env.CI ? ['default', 'json'] : ['default'];

export default defineConfig({
  test: {
    reporters,
    outputFile: { json: `reports/vitest-${process.env.npm_lifecycle_event ?? 'run'}.json` },
    projects: [
      {
        // Pure logic and the Markdown plugins: no build needed. The slowest (checkContent on
        // the real content, rendering every version) takes about 2 s alone and 7 s beside two
        // other test runs on 2 cores: 30 s keeps every test well clear of its limit.
        // `isolate: false`: the files share one module graph per worker instead of importing Astro,
        // satori and the content again for each file (45 s → 10 s on 2 cores); the modules are
        // pure or memoise the same data, and CI runs the files in a second order (test:elsewhere).
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000, isolate: false },
      },
      {
        // Checks over the built site in dist/ (run after `astro build`).
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', testTimeout: 60_000, isolate: false },
      },
      {
        // Builds the site a second time and compares it with dist/, byte for byte. Two files at a
        // time (Vitest's default is one per core but one, so one file at a time on 2 cores): a
        // build keeps about one core busy, and the files' builds are independent (each in a
        // folder of its own). On 2 cores: 41 s instead of 53 s, the slowest test 13 s.
        test: { name: 'repro', include: ['tests/repro/**/*.test.ts'], environment: 'node', testTimeout: 180_000, maxWorkers: 2 },
      },
    ],
  },
});
