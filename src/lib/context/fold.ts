import { ContentError } from '../core/errors';

/**
 * A sidebar's fold. Beside its paragraph a sidebar shows what comes before a line `***`
 * (a thematic break) in its Markdown: the core of it, with its sources and a link to the
 * rest. The context page shows it whole. A sidebar without a fold shows whole in both
 * places. This keeps the article page within its size budget and its margin readable.
 */
export interface Folded {
  /** The part shown beside the paragraph (the whole sidebar when there is no fold). */
  lede: string;
  /** Whether there is more on the context page. */
  folded: boolean;
}

const HR = /<hr\s*\/?>\s*/;

/** Splits a sidebar's rendered HTML at its fold. */
export function foldSidebar(html: string): Folded {
  const at = HR.exec(html);
  return at ? { lede: html.slice(0, at.index).trimEnd(), folded: true } : { lede: html, folded: false };
}

/** The sidebar whole, without its fold, for the context page. */
export function unfoldSidebar(html: string): string {
  return html.replace(HR, '');
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
