import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesIn } from '../core/files';
import { fileURLToPath } from 'node:url';
import { narrowCsp } from '../portable/csp';
import { relativizeHtml } from '../portable/relative-links';

/**
 * After the build, makes every page's links relative (see `relativizeHtml`), so the
 * one dist/ works at a domain's root, under any sub-path and from file://; and narrows
 * each page's CSP to the hashes of its own inline scripts and styles (see `narrowCsp`).
 */
export function portable(base: string): AstroIntegration {
  return {
    name: 'portable',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // The 404 page is served at whatever address was missing, so only root-relative
        // links can work there: it keeps them.
        const files = htmlFilesIn(root);
        for (const file of files) {
          const path = join(root, file);
          const html = narrowCsp(readFileSync(path, 'utf8'));
          writeFileSync(path, file === '404.html' ? html : relativizeHtml(html, file, base));
        }
        logger.info(`narrowed ${files.length} CSPs; made the links of every page but 404.html relative`);
      },
    },
  };
}
