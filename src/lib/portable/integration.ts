import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesIn } from './files';
import { fileURLToPath } from 'node:url';
import { relativizeHtml } from './relative-links';

/**
 * After the build, makes every page's links relative (see `relativizeHtml`), so the
 * one dist/ works at a domain's root, under any sub-path and from file://.
 */
export function portable(base: string): AstroIntegration {
  return {
    name: 'portable',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // The 404 page is served at whatever address was missing, so only root-relative
        // links can work there: it keeps them.
        const files = htmlFilesIn(root).filter((f) => f !== '404.html');
        for (const file of files) {
          const path = join(root, file);
          writeFileSync(path, relativizeHtml(readFileSync(path, 'utf8'), file, base));
        }
        logger.info(`made the links of ${files.length} pages relative`);
      },
    },
  };
}
