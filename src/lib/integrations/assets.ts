import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '../core/locales';
import { strings } from '../i18n/strings';

/**
 * The enhancement scripts (classic, deferred), at the site's root: `site` on every page
 * (colour-scheme switch, offline copy), `share` on the section pages with passage links,
 * `article` on the article pages (sharing too, keeping the passage across languages,
 * notes gathered for print).
 */
export const SCRIPTS = { site: 'site.js', share: 'share.js', article: 'article.js' } as const;
export type ScriptName = keyof typeof SCRIPTS;

/**
 * The scripts that carry words of the page's language (the colour-scheme switch's labels):
 * one file per language, `site.<lang>.js`, so a page loads only its own language's words
 * (four languages' labels cost a page 140 B of gzip it does not need).
 */
const LOCALISED: readonly ScriptName[] = ['site', 'article'];

/**
 * Whether a page that loads `scripts` runs the colour-scheme switch (theme.ts, bundled in
 * the localised scripts, whose words are its labels): only then does the page show it.
 */
export function runsThemeSwitch(scripts: readonly ScriptName[]): boolean {
  return scripts.some((name) => LOCALISED.includes(name));
}

/** The file a page in `lang` loads for the script `name`. */
export function scriptFile(name: ScriptName, lang: Locale): string {
  return LOCALISED.includes(name) ? SCRIPTS[name].replace(/\.js$/, `.${lang}.js`) : SCRIPTS[name];
}

/** A file to build: its source, and for a localised script the language it is built for. */
interface AssetSource {
  entry: string;
  lang?: Locale;
}
/**
 * The files pages load besides themselves, each with its source in src/ (file → source):
 *
 * - the scripts, from `src/scripts/<name>.ts`: classic, deferred. Classic, not modules:
 *   a module script from file:// is blocked (its origin is opaque), and the edition must
 *   work from a USB stick. External, not inline: they stay out of the HTML's first round
 *   trip, and the browser caches them across pages.
 *
 * (The print edition's styles are not among them: they are inlined with the page's other
 * styles, inside @media print, so a first visit makes no request for them.)
 */
export function assetSources(): Record<string, AssetSource> {
  const scripts = (Object.keys(SCRIPTS) as ScriptName[]).flatMap((name): [string, AssetSource][] =>
    LOCALISED.includes(name) ? LOCALES.map((lang) => [scriptFile(name, lang), { entry: `src/scripts/${name}.ts`, lang }]) : [[SCRIPTS[name], { entry: `src/scripts/${name}.ts` }]],
  );
  return Object.fromEntries(scripts);
}

/**
 * Builds one of the files from its source (`entry`, relative to `root`), minified; a
 * script with the colour-scheme labels of `lang` (system|light|dark) compiled in.
 */
export async function buildAsset(root: string, { entry, lang }: AssetSource): Promise<string> {
  const labels = lang ? strings(lang)['theme.labels'].split('|') : [];
  if (lang && labels.length !== 3) throw new Error(`src/lib/i18n/strings/${lang}.json: key "theme.labels": needs three labels separated by "|" (system, light, dark), has ${labels.length}`);
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
    define: { __THEME_LABELS__: JSON.stringify(labels) },
    tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
  });
  return result.outputFiles[0]!.text;
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
export function faviconPng(root: string): Uint8Array {
  const svg = readFileSync(join(root, 'public/favicon.svg'));
  return new Resvg(svg, { fitTo: { mode: 'width', value: FAVICON_SIZE } }).render().asPng();
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
          server.middlewares.use(`/${file}`, (_req, res) => {
            buildAsset(root, entry).then(
              (text) => res.setHeader('content-type', 'text/javascript').end(text),
              (error: Error) => res.writeHead(500).end(String(error)),
            );
          });
        }
        server.middlewares.use(`/${FAVICON}`, (_req, res) => {
          res.setHeader('content-type', 'image/png').end(faviconPng(root));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const icon = faviconPng(root);
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
