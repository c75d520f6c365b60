import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One attribute of a parsed page, with where its value sits in the page's source. */
export interface SourceAttribute {
  element: Element;
  /** The attribute's name as written (`href`, `data-root`, `xlink:href`). */
  name: string;
  /** The value exactly as written in the source (entities not decoded, no quotes). */
  raw: string;
  /** Offsets of `raw` in the source: `source.slice(start, end) === raw`. */
  start: number;
  end: number;
}

/** A replacement of `source.slice(start, end)` by `text`. */
export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Every element of `html`, parsed as a browser parses it (parse5), in document order,
 * `<template>` contents included. Script and style contents are text, never elements.
 */
export function elementsOf(html: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) out.push(node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if ('content' in node && node.content) walk(node.content);
  };
  // Scripting off: <noscript> content (the print stylesheet's link) is markup, and its links are rewritten too.
  walk(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false }));
  return out;
}

/**
 * Every attribute of every element that has a value in the source, with the value's exact
 * place (from the parser's source locations, so markup inside scripts, styles and comments
 * is never mistaken for an attribute). Attributes the parser added (none written) are left out.
 * Pass `elements` when the page is already parsed (`elementsOf(html)`), to parse it once.
 */
export function attributesOf(html: string, elements: readonly Element[] = elementsOf(html)): SourceAttribute[] {
  const out: SourceAttribute[] = [];
  for (const element of elements) {
    const places = element.sourceCodeLocation?.attrs ?? {};
    for (const [name, at] of Object.entries(places)) {
      // The source of one attribute: name="value", name='value' or name=value.
      const written = html.slice(at.startOffset, at.endOffset);
      const eq = written.indexOf('=');
      if (eq < 0) continue;
      let start = at.startOffset + eq + 1;
      let end = at.endOffset;
      while (/\s/.test(html[start]!)) start++;
      if (html[start] === '"' || html[start] === "'") {
        start++;
        end--;
      }
      out.push({ element, name, raw: html.slice(start, end), start, end });
    }
  }
  return out;
}

/** `source` with each edit applied; edits must not overlap. */
export function applyEdits(source: string, edits: readonly SourceEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
}

/** The text of an element whose content is raw text (`<script>`, `<style>`), as written. */
export function rawTextOf(html: string, element: Element): string {
  const loc = element.sourceCodeLocation;
  if (!loc?.startTag || !loc.endTag) return '';
  return html.slice(loc.startTag.endOffset, loc.endTag.startOffset);
}
