import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic and the Markdown plugins: no build needed.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        // Checks over the built site in dist/ (run after `astro build`).
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
    ],
  },
});
