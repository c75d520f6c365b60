import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { buildCacheDir, buildCacheEnabled } from './src/lib/core/build-cache';
import { CHECK_CACHE, checkContentCached } from './src/lib/edition/check-cache';
import { editionSitemap } from './src/lib/edition/sitemap';
import { pagefind } from './src/lib/integrations/pagefind';
import { portable } from './src/lib/integrations/portable';
import { noHalfBuiltSite, packageSite } from './src/lib/integrations/package';
import { headersFile } from './src/lib/integrations/headers';
import { serviceWorker } from './src/lib/integrations/service-worker';
import { markdownProcessor } from './src/lib/markdown/plugins';
import { reusingRenders } from './src/lib/markdown/render-memo';
import { siteAssets } from './src/lib/integrations/assets';
import { watchDataFiles } from './src/lib/integrations/watch-data';

// Astro's configuration, loaded through astro.config.mjs (one bundle, imported by Node), where
// import.meta.url is astro.config.mjs's: the project's root either way.
const root = fileURLToPath(new URL('./', import.meta.url));
const base = '/';
// Every content check, before anything renders: a content problem stops the build here,
// naming file, place and problem, and no dist/ is written (see src/lib/edition/check-content.ts).
// Skipped when nothing it reads changed since it last passed (src/lib/edition/check-cache.ts).
const { sources, money, renders } = await checkContentCached(root, { base }, buildCacheEnabled() ? buildCacheDir(root, CHECK_CACHE) : undefined);

/**
 * The public address of the edition, for canonical and hreflang URLs only (every other
 * link is relative to the page). `.example` is a reserved, never-resolving domain:
 * set SITE_URL when deploying.
 */
const site = process.env.SITE_URL ?? 'https://skulder-ved-skulder.example/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One request per page: the stylesheet is small, so it is inlined (and hashed by the CSP).
    inlineStylesheets: 'always',
    // Pages are generated many at a time, so that the main thread lays out the social cards
    // and renders the HTML pages while worker threads draw the cards' PNGs
    // (src/lib/cards/rasterise.ts): one at a time, the thread waited on every card.
    concurrency: 32,
  },
  markdown: {
    syntaxHighlight: false,
    // What the check rendered is not rendered again (src/lib/markdown/render-memo.ts).
    processor: reusingRenders(markdownProcessor({ sources, money, base }), renders),
  },
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which a CSP must allow explicitly; `narrowCsp`
      // keeps it only on the search pages.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [
    // `astro dev` restarts when a data file changes (the config reads them).
    watchDataFiles(),
    // First: the relative-link rewrite, the service worker and the archive need its files.
    siteAssets(),
    portable(base),
    headersFile(),
    pagefind(),
    serviceWorker(),
    // Last, so that the archive holds the finished site, search index included.
    packageSite(),
    editionSitemap(site, base),
    // After every other: a build that fails leaves no dist/ behind.
    noHalfBuiltSite(),
  ],
});
