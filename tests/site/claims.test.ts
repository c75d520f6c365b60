import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { loadContext } from '../../src/lib/context/load';
import { COLLAPSIBLE_SPACE } from '../../src/lib/core/characters';
import { LOCALES, type Locale } from '../../src/lib/core/locales';
import { verdictLabel } from '../../src/lib/i18n/labels';
import { pathFor } from '../../src/lib/i18n/paths';
import { fill, strings } from '../../src/lib/i18n/strings';
import { loadSourceRegistry } from '../../src/lib/sources/load';
import { DIST } from './dist';

/**
 * Every claim of content/claims.yaml is marked exactly once on its language's article page,
 * in its own paragraph: a `<mark>` whose words are the claim's quote (our additions left
 * out), with the verdict as its class, ending in the verdict link, named in words, that
 * leads to the claim's entry in the ledger; that entry links back to the paragraph.
 */
const claims = loadContext(process.cwd(), loadSourceRegistry(process.cwd())).claims;
/** Our additions inside the text: left out of its words. */
const OURS = ['note', 'note-ref', 'claim-ref', 'fix-c', 'passage-link', 'para-label'];

const classes = (e: Element): string[] => (e.properties.className as string[] | undefined) ?? [];
const words = (n: ElementContent | Root): string =>
  n.type === 'text' ? n.value : 'children' in n && !(n.type === 'element' && classes(n).some((c) => OURS.includes(c))) ? n.children.map((c) => words(c as ElementContent)).join('') : '';
const collapse = (s: string) => s.replace(COLLAPSIBLE_SPACE, ' ').trim();

/** The built file of a page path (`/en/claims/` → `en/claims/index.html`). */
const fileOf = (path: string) => join(path.replace(/^\//, ''), 'index.html');
const read = (file: string): Root => fromHtml(readFileSync(join(DIST, file), 'utf8'));

function elements(tree: Root, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  visit(tree, 'element', (e) => void (test(e) && out.push(e)));
  return out;
}

for (const lang of LOCALES as readonly Locale[]) {
  describe(`${lang}: the claims marked in the article`, () => {
    const articleFile = fileOf(pathFor({ page: 'article', story: 'skulder-ved-skulder' }, lang));
    const ledgerFile = fileOf(pathFor({ page: 'claims' }, lang));
    const article = read(articleFile);
    const ledger = read(ledgerFile);
    const marks = elements(article, (e) => e.tagName === 'mark');
    const paragraphOf = new Map<Element, string>();
    visit(article, 'element', (e) => {
      if (e.tagName === 'p' && typeof e.properties.id === 'string') for (const m of elements({ type: 'root', children: [e] }, (x) => x.tagName === 'mark')) paragraphOf.set(m, e.properties.id);
    });

    it('marks as many spans as there are claims, and nothing else', () => {
      expect(marks.length).toBe(claims.length);
    });

    for (const c of claims) {
      it(`"${c.id}": marked once in paragraph "${c.paragraph}", ${c.verdict}, named in words, linked to the ledger and back`, () => {
        const quote = c.quote[lang];
        const found = marks.filter((m) => collapse(words(m)) === quote);
        expect(found, `marks with the words "${quote}"`).toHaveLength(1);
        const mark = found[0]!;
        expect(paragraphOf.get(mark)).toBe(c.paragraph);
        expect(classes(mark)).toEqual([`v-${c.verdict}`]);
        const ref = mark.children.at(-1) as Element;
        expect(ref.tagName).toBe('a');
        expect(classes(ref)).toEqual(['claim-ref']);
        expect(ref.properties.ariaLabel).toBe(fill(strings(lang)['claims.markLabel'], { verdict: verdictLabel(lang, c.verdict).toLocaleLowerCase(lang) }));
        // The link resolves, relative to the article's file, to the ledger's entry for this claim …
        const [target, fragment] = String(ref.properties.href).split('#');
        expect(posix.join(dirname(articleFile), target!)).toBe(ledgerFile);
        expect(fragment).toBe(`claim-${c.id}`);
        const entry = elements(ledger, (e) => e.properties.id === fragment)[0];
        expect(entry, `ledger entry #${fragment}`).toBeDefined();
        expect(classes(entry!)).toContain(`v-${c.verdict}`);
        // … which links back to the paragraph that holds the mark.
        const back = elements({ type: 'root', children: [entry!] }, (e) => e.tagName === 'a' && String(e.properties.href).endsWith(`#${c.paragraph}`));
        expect(back).toHaveLength(1);
        expect(posix.join(dirname(ledgerFile), String(back[0]!.properties.href).split('#')[0]!)).toBe(articleFile);
      });
    }
  });
}
