import type { ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { ContentError } from '../core/errors';

/**
 * A sidebar's fold. Beside its paragraph a sidebar shows what comes before a line `***`
 * (a thematic break) in its Markdown: the core of it, with its sources and a link to the
 * rest. The context page shows it whole. A sidebar without a fold shows whole in both
 * places. This keeps the article page within its size budget and its margin readable.
 */
export interface Folded {
  /** The part shown beside the paragraph (the whole sidebar when there is no fold). */
  lede: ElementContent[];
  /** Whether there is more on the context page. */
  folded: boolean;
}

/** A sidebar's rendered HTML (Astro's, trusted) as a hast fragment. */
export function sidebarTree(html: string): Root {
  return fromHtml(html, { fragment: true });
}

const isContent = (n: RootContent): n is ElementContent => n.type !== 'doctype';
const isFold = (n: RootContent) => n.type === 'element' && n.tagName === 'hr';

/**
 * Splits a sidebar's tree at its fold (the first `<hr>` at its top level): the part
 * before it, without the line break that ended it.
 */
export function foldSidebar(tree: Root): Folded {
  const at = tree.children.findIndex(isFold);
  if (at < 0) return { lede: tree.children.filter(isContent), folded: false };
  const lede = tree.children.slice(0, at).filter(isContent);
  // Trailing white space before the fold goes with it.
  for (let last = lede.at(-1); last?.type === 'text'; last = lede.at(-1)) {
    const value = last.value.trimEnd();
    if (value !== '') {
      lede[lede.length - 1] = { ...last, value };
      break;
    }
    lede.pop();
  }
  return { lede, folded: true };
}

/** The sidebar whole, without its fold (and the white space after it), for the context page. */
export function unfoldSidebar(tree: Root): Root {
  const at = tree.children.findIndex(isFold);
  if (at < 0) return tree;
  const children = [...tree.children];
  const next = children[at + 1];
  const rest = next?.type === 'text' ? next.value.trimStart() : undefined;
  if (rest === undefined) children.splice(at, 1);
  else if (rest === '') children.splice(at, 2);
  else children.splice(at, 2, { ...next!, type: 'text', value: rest });
  return { ...tree, children };
}

/** A sidebar's rendered HTML whole, for the context page: parsed, unfolded, serialised once. */
export function unfoldedSidebarHtml(html: string): string {
  return toHtml(unfoldSidebar(sidebarTree(html)));
}

/**
 * Checks the fold in a sidebar's Markdown file (frontmatter and body): at most one, and
 * not before the first paragraph. Messages give the file's line numbers.
 */
export function checkFold(source: string, file: string): ContentError[] {
  const all = source.split('\n');
  // The body starts after the frontmatter's closing `---`.
  const start = all[0]?.trim() === '---' ? all.indexOf('---', 1) + 1 : 0;
  const lines = all.slice(start);
  const firstLine = start + 1;
  const folds = lines.flatMap((line, i) => (/^ {0,3}([-*_])( *\1){2,} *$/.test(line) ? [i] : []));
  const errors: ContentError[] = [];
  if (folds.length > 1) errors.push(new ContentError(file, `line ${folds[1]! + firstLine}`, `a second fold (***): a sidebar has at most one, after the part shown beside the paragraph (the first is on line ${folds[0]! + firstLine})`));
  if (folds.length && !lines.slice(0, folds[0]).some((l) => l.trim() !== '')) {
    errors.push(new ContentError(file, `line ${folds[0]! + firstLine}`, 'the fold (***) comes before any text: nothing would show beside the paragraph'));
  }
  return errors;
}
