import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, readPage } from './dist';

/** The pages that run the search, and with it WebAssembly. */
const SEARCH_PAGES = ['soeg/index.html', 'en/search/index.html', 'ru/poisk/index.html', 'kk/izdeu/index.html'];

/** Private and strict: what every built page must (not) contain. */
describe('privacy and the Content-Security-Policy', () => {
  for (const file of htmlFiles()) {
    it(`${file}: strict CSP, no style attributes or inline handlers, external links marked`, () => {
      const html = readFileSync(join(DIST, file), 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
      expect(csp, 'a CSP meta tag').toBeTruthy();
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("default-src 'none'");
      // WebAssembly (Pagefind) runs on the search pages only.
      expect(csp!.includes("'wasm-unsafe-eval'"), "'wasm-unsafe-eval'").toBe(SEARCH_PAGES.includes(file));
      expect(html).not.toMatch(/<[^>]+\sstyle=/);
      expect(html).not.toMatch(/<[^>]+\son[a-z]+=/);
      // Nothing is loaded from another host: only links may point elsewhere.
      for (const ref of readPage(file).refs) {
        if (/^https?:/.test(ref.url) && !(ref.tag === 'a' || (ref.tag === 'link' && ref.attr === 'href'))) throw new Error(`${ref.tag} loads ${ref.url}`);
      }
      const external = [...html.matchAll(/<a [^>]*href="https?:[^"]*"[^>]*>/g)].map((m) => m[0]);
      for (const a of external) expect(a, 'rel').toMatch(/rel="noreferrer"/);
      expect(html).toContain('<meta name="referrer" content="no-referrer">');
      // The stylesheet marks every link to another site (a drawn arrow, and words for screen readers).
      if (external.length) expect(html).toMatch(/a\[href\^=http\]:after\{content:"" ?\/ ?" \((external|eksternt)\)"/);
    });

    it(`${file}: the CSP names exactly the page's own inline scripts and styles`, () => {
      const html = readFileSync(join(DIST, file), 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)![1]!;
      const listed = (directive: string) => new Set(csp.split(';').find((d) => d.trim().startsWith(`${directive} `))?.match(/'sha256-[^']+'/g) ?? []);
      const hashed = (re: RegExp) => new Set([...html.matchAll(re)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`));
      expect(listed('script-src')).toEqual(hashed(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g));
      expect(listed('style-src')).toEqual(hashed(/<style[^>]*>([\s\S]*?)<\/style>/g));
    });
  }

  it('the search pages exist', () => {
    for (const file of SEARCH_PAGES) expect(htmlFiles()).toContain(file);
  });

  it('_headers carries a CSP with frame-ancestors and no hashes (the same for every build), and the other security headers', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    const csp = /^ {2}Content-Security-Policy: (.*)$/m.exec(headers)?.[1];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/sha(256|384|512)-|unsafe|default-src|script-src|style-src/);
    for (const h of ['Referrer-Policy: no-referrer', 'X-Content-Type-Options: nosniff', 'Permissions-Policy: ']) expect(headers).toContain(h);
  });

  it('_headers marks every page, the service worker and Pagefind’s entry file no-cache', () => {
    const rules = readFileSync(join(DIST, '_headers'), 'utf8').split(/\n(?=\S)/);
    const noCache = rules.filter((r) => r.includes('\n  Cache-Control: no-cache')).map((r) => r.split('\n')[0]);
    const pages = htmlFiles().flatMap((f) => (f.endsWith('index.html') ? [`/${f.slice(0, -'index.html'.length)}`, `/${f}`] : [`/${f}`]));
    expect(noCache.sort()).toEqual([...pages, '/sw.js', '/pagefind/pagefind-entry.json'].sort());
  });
});
