import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesIn } from '../core/files';
import { fileURLToPath } from 'node:url';
import { narrowCspEdit } from '../portable/csp';
import { applyEdits, attributesOf, elementsOf } from '../portable/html-source';
import { relativeLinkEdits } from '../portable/relative-links';

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
          // Parsed once for both: the CSP is in a meta's content, the links in other
          // attributes, so the edits never overlap (applyEdits would throw).
          const html = readFileSync(path, 'utf8');
          const elements = elementsOf(html);
          const attributes = attributesOf(html, elements);
          const csp = narrowCspEdit(html, elements, attributes);
          const links = file === '404.html' ? [] : relativeLinkEdits(html, file, base, attributes);
          writeFileSync(path, applyEdits(html, [...(csp ? [csp] : []), ...links]));
        }
        logger.info(`narrowed ${files.length} CSPs; made the links of every page but 404.html relative`);
      },
    },
  };
}
