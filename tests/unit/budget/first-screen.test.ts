import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstScreenEnd, gzipPrefixSize, gzipSize } from '../../../src/lib/budget/page-weight';

const page = '<!doctype html><html><head><title>T</title></head><body><h1>Title</h1><p>Same</p><p>A &amp; B &lt; C</p><p>Same</p><p>It&#39;s</p></body></html>';

describe('the first screen in the gzip stream', () => {
  it('finds where the last visible text ends, by its occurrence in the body', () => {
    expect(page.slice(0, firstScreenEnd(page, 'Title', 0))).toMatch(/<h1>Title$/);
    const first = firstScreenEnd(page, 'Same', 0);
    const second = firstScreenEnd(page, 'Same', 1);
    expect(second).toBeGreaterThan(first);
    expect(page.slice(first - 4, first)).toBe('Same');
    expect(page.slice(second - 4, second)).toBe('Same');
  });

  it('finds text as either escaping writes it', () => {
    expect(page.slice(0, firstScreenEnd(page, 'A & B < C', 0))).toMatch(/A &amp; B &lt; C$/);
    expect(page.slice(0, firstScreenEnd(page, "It's", 0))).toMatch(/It&#39;s$/);
  });

  it('fails on text the page does not have, or an occurrence too many', () => {
    expect(() => firstScreenEnd(page, 'Missing', 0)).toThrow(/"Missing" \(occurrence 1\) is not a text node/);
    expect(() => firstScreenEnd(page, 'Same', 2)).toThrow(/occurrence 3/);
    // The head's title is not the body's.
    expect(() => firstScreenEnd(page, 'T', 0)).toThrow();
  });

  it('counts the flushed stream of the prefix: decodable, and no more than the whole', () => {
    const html = page.repeat(50);
    const end = firstScreenEnd(html, 'Title', 3);
    const size = gzipPrefixSize(html, end);
    expect(size).toBeLessThan(gzipSize(html));
    expect(gzipPrefixSize(html, 10)).toBeLessThan(size);
    // What the prefix's bytes decode to is exactly the prefix.
    const bytes = Buffer.from(html.slice(0, end));
    const stream = gzipSync(bytes, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
    expect(stream.length).toBe(size);
    expect(gunzipSync(stream, { finishFlush: constants.Z_SYNC_FLUSH }).toString()).toBe(html.slice(0, end));
  });
});
