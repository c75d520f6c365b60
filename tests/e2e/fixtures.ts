import { test as base } from '@playwright/test';

/**
 * Playwright's `test` for the edition's pages. A page loads its enhancement script after its
 * first contentful paint (src/scripts/boot.ts), which may come after the `load` event that
 * `page.goto` waits for: a test could then click before the script listens. Here every page
 * takes the start-up script's other path, that of a browser that cannot report its first
 * paint: the script is requested when the document is parsed, and `load` waits for it, as it
 * did for a deferred script. The paint path itself is tested on its own (startup.spec.ts).
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    await context.addInitScript(() => Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { value: Object.freeze(['mark', 'measure', 'navigation', 'resource']) }));
    await use(context);
  },
});

export { expect } from '@playwright/test';
