import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The one enhancement script every page loads (deferred), at the site's root. */
export const ENHANCE_FILE = 'enhance.js';
/** The print edition's stylesheet (media="print"), at the site's root. */
export const PRINT_FILE = 'print.css';

/**
 * The two files every page loads besides itself, each built from its source in src/:
 *
 * - `enhance.js` from `src/scripts/enhance.ts`: one classic, deferred script. Classic,
 *   not a module: a module script from file:// is blocked (its origin is opaque), and
 *   the edition must work from a USB stick. External, not inline: it stays out of the
 *   HTML's first round trip, and the browser caches it across pages.
 * - `print.css` from `src/styles/print.css`: linked with media="print", so it never
 *   holds up the screen's first paint.
 */
export async function buildAssets(root: string): Promise<Record<string, string>> {
  const one = async (entry: string) => {
    const result = await build({
      entryPoints: [join(root, entry)],
      bundle: true,
      minify: true,
      target: 'es2022',
      write: false,
      legalComments: 'none',
      logLevel: 'silent',
      ...(entry.endsWith('.ts') ? { format: 'iife' as const } : {}),
    });
    return result.outputFiles[0]!.text;
  };
  return { [ENHANCE_FILE]: await one('src/scripts/enhance.ts'), [PRINT_FILE]: await one('src/styles/print.css') };
}

/** Writes the files into dist/ after the build, and serves them in `astro dev`. */
export function siteAssets(): AstroIntegration {
  let root = '';
  return {
    name: 'site-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        for (const [file, type] of [
          [ENHANCE_FILE, 'text/javascript'],
          [PRINT_FILE, 'text/css'],
        ] as const) {
          server.middlewares.use(`/${file}`, (_req, res) => {
            buildAssets(root).then(
              (files) => res.setHeader('content-type', type).end(files[file]),
              (error: Error) => res.writeHead(500).end(String(error)),
            );
          });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const [file, text] of Object.entries(await buildAssets(root))) {
          writeFileSync(join(fileURLToPath(dir), file), text);
          logger.info(`wrote ${file} (${text.length} bytes)`);
        }
      },
    },
  };
}
