import { describe, expect, it } from 'vitest';
import { applyEdits, attributesOf, elementsOf, rawTextOf } from '../../../src/lib/portable/html-source';

describe('attributesOf', () => {
  it('finds each written attribute value with its exact place, in any quoting', () => {
    const html = `<a href="/a" title='x &amp; y'>a</a><img src=/b.png alt="">`;
    const found = attributesOf(html).map((a) => [a.name, a.raw, html.slice(a.start, a.end)]);
    expect(found).toEqual([
      ['href', '/a', '/a'],
      ['title', 'x &amp; y', 'x &amp; y'],
      ['src', '/b.png', '/b.png'],
      ['alt', '', ''],
    ]);
  });

  it('never takes markup inside a script, a style or a comment for an attribute', () => {
    const html = `<script>const a = '<a href="/x/">';</script><style>a[href="/y"]{}</style><!-- <a href="/z"> --><p data-root="/">p</p>`;
    expect(attributesOf(html).map((a) => `${a.name}=${a.raw}`)).toEqual(['data-root=/']);
  });

  it('reads an SVG attribute with a prefix under its written name', () => {
    const html = `<svg><use xlink:href="/s.svg#i"></use></svg>`;
    expect(attributesOf(html).map((a) => a.name)).toContain('xlink:href');
  });
});

describe('applyEdits', () => {
  it('replaces the given ranges and keeps every other byte', () => {
    expect(applyEdits('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 1, end: 2, text: 'BB' }])).toBe('aBBcdEf');
  });

  it('refuses overlapping edits', () => {
    expect(() => applyEdits('abcdef', [{ start: 1, end: 4, text: '' }, { start: 3, end: 5, text: '' }])).toThrow('overlapping edits at offset 3');
  });
});

describe('elementsOf and rawTextOf', () => {
  it('gives a script its text exactly as written, entities and markup included', () => {
    const html = `<script>if (a < b && c) x('&amp;');</script>`;
    const script = elementsOf(html).find((e) => e.tagName === 'script')!;
    expect(rawTextOf(html, script)).toBe(`if (a < b && c) x('&amp;');`);
  });
});
