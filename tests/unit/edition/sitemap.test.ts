import { describe, expect, it } from 'vitest';
import { sitemapAlternates } from '../../../src/lib/edition/sitemap';
import { storyNames } from '../../../src/lib/edition/edition-story';

const site = 'https://example.org/';

describe('sitemap alternates', () => {
  it('a section page: every language and x-default (the default language’s), under the base', () => {
    expect(sitemapAlternates('https://example.org/sub/en/money/', site, '/sub/', ['story'])).toEqual([
      { lang: 'en', url: 'https://example.org/sub/en/money/' },
      { lang: 'da', url: 'https://example.org/sub/penge/' },
      { lang: 'ru', url: 'https://example.org/sub/ru/dengi/' },
      { lang: 'kk', url: 'https://example.org/sub/kk/aqsha/' },
      { lang: 'x-default', url: 'https://example.org/sub/penge/' },
    ]);
  });

  it('an article: only a story that exists', () => {
    expect(sitemapAlternates('https://example.org/story/', site, '/', ['story']).map((a) => a.url)).toEqual([
      'https://example.org/story/',
      'https://example.org/en/story/',
      'https://example.org/ru/story/',
      'https://example.org/kk/story/',
      'https://example.org/story/',
    ]);
    expect(sitemapAlternates('https://example.org/other/', site, '/', ['story'])).toEqual([]);
  });

  it('by default, the stories are those under content/articles', () => {
    const [name] = storyNames(process.cwd());
    expect(sitemapAlternates(`https://example.org/en/${name}/`, site, '/')).toHaveLength(5);
  });
});

describe('the sitemap integration under SITE_URL with a path', () => {
  it('puts every <loc> and the index’s link under that path', async () => {
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const { editionSitemap } = await import('../../../src/lib/edition/sitemap');
    const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
    try {
      const site = 'https://mirror.example/mirror/kz/';
      const hooks = editionSitemap(site, '/').hooks as Record<string, (options: unknown) => unknown>;
      const logger = { info() {}, warn() {}, error() {}, debug() {} };
      hooks['astro:routes:resolved']!({ routes: [] });
      await hooks['astro:config:done']!({ config: { site, base: '/', trailingSlash: 'always', build: { format: 'directory' } }, logger });
      const pages = ['', 'penge/', 'en/money/', '404/'].map((pathname) => ({ pathname }));
      await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), pages, logger });
      const locs = (file: string) => [...readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      expect(locs('sitemap-index.xml')).toEqual(['https://mirror.example/mirror/kz/sitemap-0.xml']);
      expect(locs('sitemap-0.xml').sort()).toEqual(['https://mirror.example/mirror/kz/', 'https://mirror.example/mirror/kz/en/money/', 'https://mirror.example/mirror/kz/penge/']);
      expect(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')).toContain('hreflang="da" href="https://mirror.example/mirror/kz/penge/"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
