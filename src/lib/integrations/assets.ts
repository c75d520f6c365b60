import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../core/locales';
import { strings } from '../i18n/strings';

/** The colour-scheme switch's labels per language (system|light|dark), for site.js. */
function themeLabels(): Record<string, string[]> {
  return Object.fromEntries(LOCALES.map((lang) => [lang, strings(lang)['theme.labels'].split('|')]));
}

/**
 * The enhancement scripts (classic, deferred), at the site's root: `site` on every page
 * (colour-scheme switch, offline copy), `share` on the section pages with passage links,
 * `article` on the article pages (sharing too, keeping the passage across languages,
 * notes gathered for print).
 */
export const SCRIPTS = { site: 'site.js', share: 'share.js', article: 'article.js' } as const;
export type ScriptName = keyof typeof SCRIPTS;
/** The print edition's stylesheets (media="print"), at the site's root: every page's, the article's. */
export const PRINT_FILE = 'print.css';
export const PRINT_ARTICLE_FILE = 'print-article.css';

/**
 * The files pages load besides themselves, each with its source in src/ (file → source):
 *
 * - the scripts, from `src/scripts/<name>.ts`: classic, deferred. Classic, not modules:
 *   a module script from file:// is blocked (its origin is opaque), and the edition must
 *   work from a USB stick. External, not inline: they stay out of the HTML's first round
 *   trip, and the browser caches them across pages.
 * - `print.css` and `print-article.css` from `src/styles/`: linked with media="print", so they never
 *   hold up the screen's first paint.
 */
export function assetSources(): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(SCRIPTS).map(([name, file]) => [file, `src/scripts/${name}.ts`])),
    [PRINT_FILE]: 'src/styles/print.css',
    [PRINT_ARTICLE_FILE]: 'src/styles/print-article.css',
  };
}

/** Builds one of the files from its source (`entry`, relative to `root`), minified. */
export async function buildAsset(root: string, entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    ...(entry.endsWith('.ts') ? { format: 'iife' as const, define: { __THEME_LABELS__: JSON.stringify(themeLabels()) } } : {}),
  });
  return result.outputFiles[0]!.text;
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
        for (const [file, entry] of Object.entries(assetSources())) {
          const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
          server.middlewares.use(`/${file}`, (_req, res) => {
            buildAsset(root, entry).then(
              (text) => res.setHeader('content-type', type).end(text),
              (error: Error) => res.writeHead(500).end(String(error)),
            );
          });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const [file, entry] of Object.entries(assetSources())) {
          const text = await buildAsset(root, entry);
          writeFileSync(join(fileURLToPath(dir), file), text);
          logger.info(`wrote ${file} (${text.length} bytes)`);
        }
      },
    },
  };
}
