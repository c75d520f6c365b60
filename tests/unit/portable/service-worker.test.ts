import { describe, expect, it } from 'vitest';
import { precacheUrls, serviceWorkerSource, SKIP } from '../../../src/lib/portable/service-worker';

describe('precacheUrls', () => {
  it('caches a page under its file name and its folder URL, the root page under ./', () => {
    expect(precacheUrls(['index.html', 'en/index.html', 'en/money/index.html', 'site.js'])).toEqual([
      'index.html',
      './',
      'en/index.html',
      'en/',
      'en/money/index.html',
      'en/money/',
      'site.js',
    ]);
  });
});

describe('SKIP', () => {
  it('leaves the archive, the social cards, the worker itself and _headers out of the offline copy', () => {
    const skipped = (rel: string) => SKIP.some((re) => re.test(rel));
    expect(['download', 'og', 'sw.js', '_headers'].every(skipped)).toBe(true);
    expect(['index.html', 'pagefind', 'site.js'].some(skipped)).toBe(false);
  });
});

describe('serviceWorkerSource', () => {
  const sw = serviceWorkerSource('abc', ['index.html', './']);
  it('names its cache by scope and version, so editions on one origin keep their own', () => {
    expect(sw).toContain("const PREFIX = 'edition:' + SCOPE + ':';");
    expect(sw).toContain("const CACHE = PREFIX + 'abc';");
    expect(sw).not.toContain("k.startsWith('edition-') && k !== CACHE");
  });
  it('installs past the HTTP cache and stores redirected responses as plain copies', () => {
    expect(sw).toContain("new Request(url, { cache: 'reload' })");
    expect(sw).toContain('response.redirected ? new Response(');
  });
  it('is valid JavaScript', () => {
    expect(() => new Function(sw)).not.toThrow();
  });
});
