import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedPages, DIST, readPage, resolveInternal } from './dist';

/**
 * Every internal link, stylesheet, script and image of every page (each URL of the
 * sitemap, and the 404) points at a file that exists, and every #fragment at an element
 * on the target page. External links are not fetched (there is no internet here); they
 * are checked for the `rel="noopener noreferrer"` the privacy rules need elsewhere.
 */
describe('internal links and fragments', () => {
  const files = checkedPages();
  const pages = new Map(files.map((f) => [f, readPage(f)]));

  for (const page of pages.values()) {
    it(`${page.file}: every internal URL and fragment resolves`, () => {
      const broken: string[] = [];
      let checked = 0;
      for (const ref of page.refs) {
        const target = resolveInternal(page.file, ref.url);
        if (!target) continue;
        checked += 1;
        if (!existsSync(join(DIST, target.file))) {
          broken.push(`<${ref.tag} ${ref.attr}="${ref.url}">: no file dist/${target.file}`);
          continue;
        }
        if (target.fragment && target.file.endsWith('.html')) {
          const ids = (pages.get(target.file) ?? readPage(target.file)).ids;
          if (!ids.has(target.fragment)) broken.push(`<${ref.tag} ${ref.attr}="${ref.url}">: no id "${target.fragment}" in ${target.file}`);
        }
      }
      expect(broken).toEqual([]);
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('the article pages link every note marker to its note and back', () => {
    for (const file of ['skulder-ved-skulder/index.html', 'en/skulder-ved-skulder/index.html']) {
      const page = pages.get(file)!;
      const notes = [...page.ids].filter((id) => id.startsWith('note-'));
      expect(notes.length, file).toBeGreaterThanOrEqual(10);
      for (const id of notes) {
        expect(page.ids.has(`ref-${id.slice(5)}`), `${file}: marker for ${id}`).toBe(true);
        expect(page.refs.some((r) => r.url === `#${id}`), `${file}: link to ${id}`).toBe(true);
      }
    }
  });
});
