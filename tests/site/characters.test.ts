import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { hiddenCharacters } from '../../src/lib/core/characters';
import { DIST, htmlFiles } from './dist';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * The characters that make text show differently from what is stored (bidi controls,
 * zero-width characters, a BOM inside the text, control characters: `core/characters.ts`)
 * in a page's text and attribute values, each as `line:col <tag attr> U+202E` (where the
 * text or the element starts). The page is parsed (parse5, the HTML spec's algorithm), so a
 * character written as an entity (`&#x202E;`) is found as the reader's browser sees it. The content check refuses these
 * characters in content files; this catches any other path into a page (a data file read
 * elsewhere, a UI string, a generated part).
 */
function hiddenInHtml(html: string): string[] {
  const found: string[] = [];
  const look = (text: string, where: string, at: { startLine: number; startCol: number } | undefined) => {
    for (const c of hiddenCharacters(text)) found.push(`${at ? `${at.startLine}:${at.startCol}` : '?'} ${where} ${c.codePoint} (${c.name})`);
  };
  const visit = (node: Node, parent: string) => {
    if (node.nodeName === '#text' || node.nodeName === '#comment') {
      look((node as DefaultTreeAdapterMap['textNode']).value ?? (node as DefaultTreeAdapterMap['commentNode']).data, `text in <${parent}>`, node.sourceCodeLocation ?? undefined);
    }
    if ('attrs' in node) {
      const el = node as Element;
      for (const { name, value } of el.attrs) look(value, `<${el.tagName} ${name}>`, el.sourceCodeLocation ?? undefined);
    }
    const tag = 'tagName' in node ? (node as Element).tagName : parent;
    if ('childNodes' in node) for (const child of node.childNodes) visit(child, tag);
    if ('content' in node && node.content) visit(node.content as Node, tag);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }), 'document');
  return found;
}

describe('the detector of hidden characters in a page', () => {
  it('finds U+202E in text and, written as an entity, in an attribute', () => {
    const sample = '<!doctype html><html lang="en"><body><p>Open gnp\u202E.exe</p><a title="x&#x202E;y" href="/">a</a></body></html>';
    expect(hiddenInHtml(sample)).toEqual(['1:41 text in <p> U+202E (a right-to-left override, a bidi control)', '1:58 <a title> U+202E (a right-to-left override, a bidi control)']);
  });

  it('finds zero-width characters, a BOM inside the text and control characters', () => {
    expect(hiddenInHtml('<p>a\u200Bb\uFEFFc&#x2066;d\u0007</p>').map((f) => f.split(' (')[0]!.split(' ').at(-1))).toEqual(['U+200B', 'U+FEFF', 'U+2066', 'U+0007']);
  });

  it('passes ordinary text in any script', () => {
    expect(hiddenInHtml('<p title="»skulder ved skulder«">Плечом к плечу, 495\u00A0000 rubler</p>')).toEqual([]);
  });
});

describe('hidden characters in the built pages', () => {
  for (const file of htmlFiles()) {
    it(`${file}: no bidi controls, zero-width characters, stray BOM or control characters in text or attributes`, () => {
      expect(hiddenInHtml(readFileSync(join(DIST, file), 'utf8'))).toEqual([]);
    });
  }
});
