import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { narrowCsp } from '../../../src/lib/portable/csp';
import { HEADER_CSP, headersFileText, nginxHeadersText, noCachePaths, siteHeaders } from '../../../src/lib/portable/headers';
import { NO_COMMIT_DATE, packageReadme, zipEntries } from '../../../src/lib/portable/package';

describe('the _headers CSP', () => {
  it('is fixed: no hashes and nothing that governs scripts or styles (each page’s meta policy does), frame-ancestors added', () => {
    expect(siteHeaders()[0]).toEqual(['Content-Security-Policy', HEADER_CSP]);
    const names = HEADER_CSP.split('; ').map((d) => d.split(' ')[0]);
    expect(names).not.toContain('default-src');
    expect(names).not.toContain('script-src');
    expect(names).not.toContain('style-src');
    expect(HEADER_CSP).not.toMatch(/sha(256|384|512)-|unsafe/);
    expect(HEADER_CSP).toContain("frame-ancestors 'none'");
    expect(HEADER_CSP).toContain("connect-src 'self'");
  });
});

describe('the response headers, for _headers and for nginx from one source', () => {
  const headers = siteHeaders("default-src 'none'; frame-ancestors 'none'");
  it('lists the CSP first, then the security headers', () => {
    expect(headers.map(([k]) => k)).toEqual(['Content-Security-Policy', 'Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy']);
  });
  it('writes the same names and values both ways', () => {
    const netlify = headersFileText(headers).split('\n').slice(1, -1).map((l) => l.trim().split(': '));
    const nginx = nginxHeadersText(headers)
      .split('\n')
      .filter((l) => l.startsWith('add_header') && !l.startsWith('add_header Cache-Control'))
      .map((l) => /^add_header (\S+) "(.*)" always;$/.exec(l)!.slice(1));
    expect(nginx).toEqual(netlify);
    expect(nginx).toEqual(headers);
  });
  it('marks the pages (by folder and file), the service worker and Pagefind’s entry file no-cache', () => {
    const paths = noCachePaths(['index.html', '404.html', 'penge/index.html']);
    expect(paths).toEqual(['/', '/index.html', '/404.html', '/penge/', '/penge/index.html', '/sw.js', '/pagefind/pagefind-entry.json']);
    expect(headersFileText(headers, ['/', '/sw.js']).split('\n').slice(-5)).toEqual(['/', '  Cache-Control: no-cache', '/sw.js', '  Cache-Control: no-cache', '']);
    expect(nginxHeadersText(headers)).toContain('add_header Cache-Control $edition_cache_control always;\n');
  });
  it('refuses a value nginx would misread instead of escaping it', () => {
    for (const bad of ['a"b', 'a\\b', 'a\nb', '$host']) expect(() => nginxHeadersText([['X-Test', bad]])).toThrow(/X-Test/);
  });
});

describe('a page’s own CSP', () => {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  it('keeps only the hashes of the page’s own inline scripts and styles, and every other source', () => {
    const meta = (p: string) => `<meta http-equiv="content-security-policy" content="${p}">`;
    const policy = `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${hash('a()')} 'sha256-other='; style-src 'self' ${hash('p{}')} 'sha256-other2='`;
    const body = `<form id="search-form"></form><script>a()</script><script type="application/ld+json">{}</script><script defer src="x.js"></script><style>p{}</style>`;
    const out = narrowCsp(meta(policy) + body);
    expect(out).toBe(meta(`default-src 'none';script-src 'self' 'wasm-unsafe-eval' ${hash('a()')};style-src 'self' ${hash('p{}')}`) + body);
  });
  it('keeps \'wasm-unsafe-eval\' only on a page with the search form', () => {
    const meta = `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'">`;
    expect(narrowCsp(`${meta}<p>`)).toContain(`content="default-src 'none';script-src 'self'"`);
    expect(narrowCsp(`${meta}<form id="search-form">`)).toContain("'wasm-unsafe-eval'");
  });
  it('drops the hashes of scripts that are not on the page, JSON-LD included', () => {
    const out = narrowCsp(`<meta http-equiv="content-security-policy" content="script-src 'self' ${hash('{}')}"><script type="application/ld+json">{}</script>`);
    expect(out).toContain(`content="script-src 'self'"`);
  });
});

describe('the archive README', () => {
  it('says what it is, how to open it, and which commit it is', () => {
    const text = packageReadme({ hash: 'abc123', date: '2026-11-25T20:00:00+00:00', dirty: false });
    expect(text).toContain('index.html');
    expect(text).toContain('Built from commit abc123 of 2026-11-25T20:00:00+00:00.');
  });
  it('says when the tree had uncommitted changes', () => {
    const text = packageReadme({ hash: 'abc123', date: '2026-11-25T20:00:00+00:00', dirty: true });
    expect(text).toContain('Built from commit abc123 of 2026-11-25T20:00:00+00:00, with uncommitted changes: the files differ from that commit.');
  });
});

describe('the archive', () => {
  /** The zip made with the process in time zone `tz` (restored after). */
  function zipIn(tz: string, date: string): Uint8Array {
    const before = process.env.TZ;
    process.env.TZ = tz;
    try {
      return zipEntries({ 'x/README.txt': new TextEncoder().encode('hi'), 'x/a.html': new Uint8Array([1, 2, 3]) }, date);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  }
  it('is the same bytes in every time zone, dated in UTC', () => {
    const date = '2026-11-29T01:47:30Z';
    const utc = zipIn('UTC', date);
    for (const tz of ['Pacific/Apia', 'America/New_York', 'Asia/Almaty']) expect(Buffer.from(zipIn(tz, date)).equals(Buffer.from(utc)), tz).toBe(true);
    // The first entry's DOS time and date (local header, bytes 10–13): 01:47:30 on 2026-11-29.
    const view = new DataView(utc.buffer, utc.byteOffset);
    expect(view.getUint16(10, true)).toBe((1 << 11) | (47 << 5) | (30 >> 1));
    expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (11 << 5) | 29);
  });
  it('holds every entry, byte for byte, in its order, deflated', () => {
    const text = new TextEncoder().encode('skulder ved skulder '.repeat(200));
    const entries = { 'x/README.txt': text, 'x/a.png': new Uint8Array([137, 80, 78, 71, 0, 255]), 'x/empty': new Uint8Array() };
    const zip = zipEntries(entries, '2026-11-29T01:47:30Z');
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(Object.keys(entries));
    for (const [name, bytes] of Object.entries(entries)) expect(Buffer.from(back[name]!).equals(Buffer.from(bytes)), name).toBe(true);
    // The first entry's compression method (local header, bytes 8–9): 8, deflate; 4,000 bytes of
    // repeated text take far less room.
    expect(new DataView(zip.buffer, zip.byteOffset).getUint16(8, true)).toBe(8);
    expect(zip.length).toBeLessThan(text.length / 4);
  });
  it('builds outside a git checkout west of UTC too (the fallback date is the format’s first day)', () => {
    expect(() => zipIn('America/New_York', NO_COMMIT_DATE)).not.toThrow();
    expect(Buffer.from(zipIn('America/New_York', NO_COMMIT_DATE)).equals(Buffer.from(zipIn('Pacific/Apia', NO_COMMIT_DATE)))).toBe(true);
  });
});

describe('the service worker', () => {
  it('precaches the given files under a versioned cache, network first', async () => {
    const { serviceWorkerSource } = await import('../../../src/lib/portable/service-worker');
    const sw = serviceWorkerSource('abc', ['index.html', './']);
    expect(sw).toContain("const CACHE = PREFIX + 'abc';");
    expect(sw).toContain('const FILES = ["index.html","./"];');
    expect(() => new Function(sw)).not.toThrow();
  });
});
