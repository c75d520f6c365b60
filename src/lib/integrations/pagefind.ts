import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
// Imported with the config: by the time the hook runs, Astro's module runner is closed.
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index into dist/pagefind/ once Astro has written the site.
 * Pagefind reads each page's `<html lang>` and keeps one index per language, so a
 * search runs in the language of the page it is made from. Only elements marked
 * `data-pagefind-body` (the main content: article text, notes, glossary, sidebars,
 * ledger) are indexed.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const site = fileURLToPath(dir);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site.replace(/\/$/, '')}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages`);
        await close();
      },
    },
  };
}
