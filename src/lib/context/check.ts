import { ContentError } from '../core/errors';
import type { Locale } from '../core/locales';
import { textIn } from '../core/schema-parts';
import type { Claim, SidebarData } from './schemas';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { markClaims } from './claim-marks';

/** A sidebar as the checks see it. */
export interface SidebarEntry {
  id: string;
  file: string;
  folder: string;
  data: SidebarData;
}

/**
 * Checks the sidebars against the article: the folder matches `lang`, the paragraph
 * exists, the sources exist, and every sidebar of the original language exists in each
 * other language beside the same paragraph.
 */
export function checkSidebars(
  sidebars: readonly SidebarEntry[],
  keys: ReadonlySet<string>,
  hasSource: (id: string) => boolean,
  languages: readonly string[],
): ContentError[] {
  const errors: ContentError[] = [];
  for (const s of sidebars) {
    if (s.folder !== s.data.lang) errors.push(new ContentError(s.file, 'lang', `frontmatter says "${s.data.lang}" but the file is in "${s.folder}"`));
    if (!keys.has(s.data.paragraph)) errors.push(new ContentError(s.file, 'paragraph', `"${s.data.paragraph}" is not a paragraph key of the article`));
    for (const id of s.data.sources) if (!hasSource(id)) errors.push(new ContentError(s.file, 'sources', `unknown source "${id}" (not in content/sources/*.yaml)`));
  }
  const ids = [...new Set(sidebars.map((s) => s.id))];
  for (const id of ids) {
    const versions = sidebars.filter((s) => s.id === id);
    const first = versions[0]!;
    for (const lang of languages) {
      const v = versions.find((s) => s.data.lang === lang);
      if (!v) errors.push(new ContentError(first.file, 'lang', `the sidebar "${id}" has no ${lang} version (content/sidebars/${lang}/${id}.md)`));
      else if (v.data.paragraph !== first.data.paragraph) errors.push(new ContentError(v.file, 'paragraph', `"${v.data.paragraph}" differs from ${first.file} ("${first.data.paragraph}")`));
    }
  }
  return errors;
}

/**
 * Checks that each claim can be marked where it stands in a language version's rendered
 * body (`html`): its quote once in its paragraph, no two claims overlapping, no quote
 * starting or ending inside a link or another element (claim-marks.ts). A quote missing
 * from the text is `checkClaims`'s to report.
 */
export function checkClaimMarks(claims: readonly Claim[], file: string, lang: Locale, html: string): ContentError[] {
  const paragraphs = new Map<string, Element>();
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    if (node.tagName === 'p' && typeof node.properties.id === 'string') paragraphs.set(node.properties.id, node);
  });
  const errors: ContentError[] = [];
  for (const [key, p] of paragraphs) {
    const here = claims.filter((c) => c.paragraph === key).map((c) => ({ id: c.id, quote: textIn(c.quote, lang) ?? '', mark: h('mark'), after: [] }));
    for (const x of markClaims(p, here).problems) {
      if (x.kind !== 'missing') errors.push(new ContentError(file, `"${x.id}".quote.${lang}`, `in paragraph "${key}" of the ${lang} article: ${x.problem}`));
    }
  }
  return errors;
}

/** Checks each claim's paragraph and quotes against the article's language versions. */
export function checkClaims(claims: readonly Claim[], file: string, texts: ReadonlyMap<Locale, ReadonlyMap<string, string>>): ContentError[] {
  const errors: ContentError[] = [];
  for (const c of claims) {
    for (const [lang, paragraphs] of texts) {
      const text = paragraphs.get(c.paragraph);
      if (text === undefined) {
        errors.push(new ContentError(file, `"${c.id}".paragraph`, `"${c.paragraph}" is not a paragraph key of the ${lang} article`));
        continue;
      }
      const quote = textIn(c.quote, lang);
      if (quote !== undefined && !text.includes(quote)) {
        errors.push(new ContentError(file, `"${c.id}".quote.${lang}`, `"${quote}" is not in paragraph "${c.paragraph}" of the ${lang} article`));
      }
    }
  }
  return errors;
}
