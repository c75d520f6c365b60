import { describe, expect, it } from 'vitest';
import { precacheUrls, SKIP } from '../../../src/lib/portable/service-worker';

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
