import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relativizeHtml } from './relative-links';

/** Every .html file under `dir`, as paths relative to it with forward slashes. */
export function htmlFilesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

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
