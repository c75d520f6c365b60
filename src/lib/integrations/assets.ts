import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The enhancement scripts, at the site's root, each from `src/scripts/<name>.ts`: `share` on
 * the section pages with passage links, `article` on the article pages (sharing too, the
 * layers in the address, keeping the passage across languages, notes gathered for print).
 * A page loads at most one, after its first paint, through the start-up script (`BOOT_ENTRY`).
 * Classic scripts, not modules: a module script from file:// is blocked (its origin is
 * opaque), and the edition must work from a USB stick. External, not inline: they stay out
 * of the HTML's first round trip, and the browser caches them across pages and languages
 * (they carry no words: those are in the page, in data attributes).
 */
export const SCRIPTS = { share: 'share.js', article: 'article.js' } as const;
export type ScriptName = keyof typeof SCRIPTS;

/**
 * What a page runs: `none` (the 404: no script at all), `boot` (the start-up script only:
 * colour-scheme switch, offline copy), or the start-up script and one of `SCRIPTS`.
 */
export type Enhancements = 'none' | 'boot' | ScriptName;

/** The source of the start-up script, inlined first in <body> of every page but the 404 (src/scripts/boot.ts). */
export const BOOT_ENTRY = 'src/scripts/boot.ts';

/**
 * The print edition's stylesheets, at the site's root (all their rules inside @media print):
 * every page's (src/styles/print.css) and the article page's (with the article's rules,
 * src/styles/print-article-page.css). A page's start-up script adds its own after the first
 * paint; without JavaScript a <noscript> link loads it (Base.astro). Not inlined: that was
 * ≈ 440 B of brotli in every page's first round trip, which the Danish article page could
 * not spare (#17).
 */
export const PRINT_CSS = { page: 'print.css', article: 'print-article.css' } as const;

/** The file → source of every script and stylesheet file the build writes (`SCRIPTS`, `PRINT_CSS`). */
export function assetSources(): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(SCRIPTS).map(([name, file]) => [file, `src/scripts/${name}.ts`])),
    [PRINT_CSS.page]: 'src/styles/print.css',
    [PRINT_CSS.article]: 'src/styles/print-article-page.css',
  };
}

/**
 * The files a page with `enhancements` loads from the site's root: its print stylesheet, and
 * (`after`) what its start-up script adds after the first paint, the print stylesheet among
 * them. The 404 page (`none`) runs no script: its print stylesheet is a plain link.
 */
export function pageFiles(enhancements: Enhancements): { print: string; after: string[] } {
  const print = enhancements === 'article' ? PRINT_CSS.article : PRINT_CSS.page;
  if (enhancements === 'none') return { print, after: [] };
  return { print, after: enhancements === 'boot' ? [print] : [SCRIPTS[enhancements], print] };
}

/**
 * Builds a script or a stylesheet from its source (`entry`, relative to `root`): bundled,
 * minified; a script as a classic script (an IIFE).
 */
export async function buildAsset(root: string, entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    // A classic script: no "use strict" prologue, which tsconfig's `strict` would add. The
    // code is type-checked TypeScript in its own function scope, where strict mode changes
    // nothing it does, and the ≈ 10 B of gzip it costs are part of a script budget's margin.
    format: 'iife',
    tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
  });
  // esbuild ends the file with a newline; an inline script has no use for it.
  return result.outputFiles[0]!.text.trimEnd();
}

/** The CSP hash that allows exactly `script` inline (`sha256-…`, quoted in a policy). */
export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}

/** The site's icon, as every page links it: a PNG drawn from `public/favicon.svg`. */
export const FAVICON = 'favicon.png';
/** Its width and height in pixels: 16 CSS px at a device pixel ratio of 4, or 32 at 2. */
export const FAVICON_SIZE = 64;

/**
 * The icon as a PNG (`FAVICON_SIZE` square), drawn by resvg from `public/favicon.svg` under
 * `root`. A PNG, not the SVG: a browser draws an SVG icon as a document of its own, on the
 * page's main thread, while the page is still loading (≈ 20 ms on this machine, four times
 * that on Lighthouse's phone); a PNG is only decoded.
 */
export async function faviconPng(root: string): Promise<Uint8Array> {
  const svg = readFileSync(join(root, 'public/favicon.svg'));
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: FAVICON_SIZE } }).render().asPng();
  // A palette of 16 colours (two, and their anti-aliased edges): 368 B instead of resvg's
  // 771 B of full colour, on every first visit.
  return sharp(png).png({ palette: true, colours: 16, compressionLevel: 9, effort: 10 }).toBuffer();
}

/** Writes the files into dist/ after the build, and serves them in `astro dev`. */
export function siteAssets(): AstroIntegration {
  let root = '';
  return {
    name: 'site-assets',
    hooks: {
      // The start-up script goes into every page (Base.astro reads `__BOOT_SCRIPT__`) and its
      // hash into every page's CSP (narrowCsp keeps it where the script is).
      'astro:config:setup': async ({ config, updateConfig }) => {
        const boot = await buildAsset(fileURLToPath(config.root), BOOT_ENTRY);
        updateConfig({
          vite: { define: { __BOOT_SCRIPT__: JSON.stringify(boot) } },
          security: { csp: { algorithm: 'SHA-256', scriptDirective: { hashes: [scriptHash(boot)] } } },
        });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        for (const [file, entry] of Object.entries(assetSources())) {
          server.middlewares.use(`/${file}`, (_req, res) => {
            buildAsset(root, entry).then(
              (text) => res.setHeader('content-type', file.endsWith('.css') ? 'text/css' : 'text/javascript').end(text),
              (error: Error) => res.writeHead(500).end(String(error)),
            );
          });
        }
        server.middlewares.use(`/${FAVICON}`, (_req, res) => {
          faviconPng(root).then(
            (png) => res.setHeader('content-type', 'image/png').end(png),
            (error: Error) => res.writeHead(500).end(String(error)),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const icon = await faviconPng(root);
        writeFileSync(join(fileURLToPath(dir), FAVICON), icon);
        logger.info(`wrote ${FAVICON} (${icon.length} bytes)`);
        for (const [file, entry] of Object.entries(assetSources())) {
          const text = await buildAsset(root, entry);
          writeFileSync(join(fileURLToPath(dir), file), text);
          logger.info(`wrote ${file} (${text.length} bytes)`);
        }
      },
    },
  };
}
