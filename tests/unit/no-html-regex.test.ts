import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesIn } from '../../src/lib/core/files';

/**
 * Markdown and HTML are transformed as trees (mdast/hast, or parse5's source locations for
 * the post-build edits), never with regular expressions over serialised HTML. This scans
 * every regular-expression literal in src/ (TypeScript and the frontmatter of .astro files)
 * with TypeScript's own scanner and fails on one that matches markup: a `<` followed by a
 * tag name or `/`.
 */
const SRC = new URL('../../src/', import.meta.url);

/** The regular-expression literals of a piece of TypeScript, as written. */
export function regexLiterals(code: string): string[] {
  const out: string[] = [];
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) out.push(node.getText(file));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** Whether a regular expression's source matches markup. */
export const matchesMarkup = (literal: string): boolean => /<\\?\/?[a-z]/i.test(literal.slice(1, literal.lastIndexOf('/')));

/** The code of a source file: a .astro file's frontmatter, or the whole .ts file. */
function codeOf(rel: string): string {
  const text = readFileSync(new URL(rel, SRC), 'utf8');
  if (!rel.endsWith('.astro')) return text;
  const fence = /^---\n([\s\S]*?)\n---/.exec(text);
  return fence?.[1] ?? '';
}

describe('no regular expression over HTML in src/', () => {
  it('tells a markup regex from others (the check can fail)', () => {
    expect(regexLiterals(`const P = /<p id="([a-z]+)"[^>]*>/g; const n = /\\d+/; const s = 'a</b>';`).map(matchesMarkup)).toEqual([true, false]);
    expect(matchesMarkup('/<\\/p>/')).toBe(true);
    expect(matchesMarkup('/a<b/')).toBe(true);
    expect(matchesMarkup('/x < 3/')).toBe(false);
  });

  it('finds none in any TypeScript or .astro file', () => {
    const files = filesIn(new URL(SRC).pathname).filter((f) => /\.(ts|astro)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => regexLiterals(codeOf(f)).filter(matchesMarkup).map((r) => `src/${f}: ${r}`));
    expect(found).toEqual([]);
  });
});
