import { describe, expect, it } from 'vitest';
import { sitemapAlternates } from '../../../src/lib/edition/sitemap';
import { storyNames } from '../../../src/lib/edition/edition-story';

const site = 'https://example.org/';

describe('sitemap alternates', () => {
  it('a section page: every language and x-default (the default language’s), under the base', () => {
    expect(sitemapAlternates('https://example.org/sub/en/money/', site, '/sub/', ['story'])).toEqual([
      { lang: 'en', url: 'https://example.org/sub/en/money/' },
      { lang: 'da', url: 'https://example.org/sub/penge/' },
      { lang: 'x-default', url: 'https://example.org/sub/penge/' },
    ]);
  });

  it('an article: only a story that exists', () => {
    expect(sitemapAlternates('https://example.org/story/', site, '/', ['story']).map((a) => a.url)).toEqual(['https://example.org/story/', 'https://example.org/en/story/', 'https://example.org/story/']);
    expect(sitemapAlternates('https://example.org/other/', site, '/', ['story'])).toEqual([]);
  });

  it('by default, the stories are those under content/articles', () => {
    const [name] = storyNames(process.cwd());
    expect(sitemapAlternates(`https://example.org/en/${name}/`, site, '/')).toHaveLength(3);
  });
});
