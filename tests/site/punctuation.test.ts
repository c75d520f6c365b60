import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from './dist';

type Node = DefaultTreeAdapterMap['node'];

/** The text a reader sees in a page's <body>, across elements (scripts, styles and templates left out). */
function bodyText(html: string): string {
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeName === '#text') text += (node as DefaultTreeAdapterMap['textNode']).value;
    if (['script', 'style', 'template', 'noscript'].includes(node.nodeName)) return;
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return text;
}

/**
 * Two full stops in a row that are not an ellipsis, each with the text before it: a date
 * that ends in a stop ("3 авг. 2023 г.") closed with a sentence's own stop, or a name that
 * ends in one ("B.T.").
 */
function doubledStops(text: string): string[] {
  return [...text.matchAll(/(?<!\.)\.\.(?!\.)/g)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + 2));
}

describe('the finder of doubled full stops', () => {
  it('finds one across elements, and lets an ellipsis be', () => {
    const html = '<!doctype html><html lang="ru"><body><p><a href="/">ORF</a>, 3 авг. 2023 г.</p><p>.</p><p>Wait...</p></body></html>';
    expect(doubledStops(bodyText(html))).toEqual(['ORF, 3 авг. 2023 г..']);
  });
});

describe('full stops in the built pages', () => {
  for (const file of htmlFiles()) {
    it(`${file}: no doubled full stop in the text`, () => {
      expect(doubledStops(bodyText(readFileSync(join(DIST, file), 'utf8')))).toEqual([]);
    });
  }
});
