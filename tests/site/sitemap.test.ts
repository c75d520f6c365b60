import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '../../src/lib/core/locales';
import { localePrefix } from '../../src/lib/i18n/paths';
import { checkedPages, DIST, fileOfUrl, htmlFiles, NOT_FOUND_PAGE, pathOfFile, sitemap } from './dist';

/** The language a page's location says it is in: `/en/…` is English, the root Danish. */
function langOfPath(path: string): string {
  return LOCALES.find((l) => l !== DEFAULT_LOCALE && path.startsWith(`${localePrefix(l)}/`)) ?? DEFAULT_LOCALE;
}

/**
 * html-validate, the link and fragment check and axe take their pages from the sitemap
 * (`checkedPages`). These tests make sure that list cannot miss a page: the sitemap
 * lists exactly the HTML pages in dist/ but the 404, once each, in every language.
 */
describe('the sitemap is the list of pages every check runs on', () => {
  const { root, urls } = sitemap();
  const listed = urls.map((u) => fileOfUrl(u, root));
  const built = htmlFiles().filter((f) => f !== NOT_FOUND_PAGE);

  it('lists every HTML page in dist/ but the 404, and nothing else, once each', () => {
    expect(new Set(listed).size, 'no URL twice').toBe(listed.length);
    expect([...listed].sort()).toEqual([...built].sort());
    expect(listed).not.toContain(NOT_FOUND_PAGE);
  });

  it('the checked pages are the sitemap’s and the 404: every HTML page in dist/', () => {
    expect([...checkedPages()].sort()).toEqual([...htmlFiles()].sort());
    expect(checkedPages()).toContain(NOT_FOUND_PAGE);
  });

  it('covers every language: the default at the root, the others under /<lang>/, page for page', () => {
    const byLang = new Map<string, string[]>(LOCALES.map((l) => [l, []]));
    for (const file of listed) byLang.get(langOfPath(pathOfFile(file)))!.push(file);
    for (const lang of LOCALES) {
      const pages = byLang.get(lang)!;
      // Each language has its home page, its article and its section pages …
      expect(pages.map(pathOfFile), lang).toContain(`${localePrefix(lang)}/`);
      expect(pages.length, lang).toBeGreaterThanOrEqual(7);
      // … as many as every other language (each page exists in each language) …
      expect(pages.length, lang).toBe(listed.length / LOCALES.length);
      // … and each page says, in <html lang>, the language its location says.
      for (const file of pages) {
        const htmlLang = /<html[^>]*\slang="([^"]+)"/.exec(readFileSync(join(DIST, file), 'utf8'))?.[1];
        expect(htmlLang, file).toBe(lang);
      }
    }
  });

  it('its URLs are absolute on the site’s root and map back to their dist/ files', () => {
    expect(root).toMatch(/^https?:\/\/[^/]+\/(.+\/)?$/);
    for (const url of urls) expect(`${root}${pathOfFile(fileOfUrl(url, root)).slice(1)}`).toBe(url);
  });
});
