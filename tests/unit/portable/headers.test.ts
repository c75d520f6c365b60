import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { narrowCsp } from '../../../src/lib/portable/csp';
import { headersFileText, mergedCsp, metaCsp, nginxHeadersText, siteHeaders } from '../../../src/lib/portable/headers';
import { packageReadme } from '../../../src/lib/portable/package';

describe('the _headers CSP', () => {
  it('merges the pages’ policies and adds frame-ancestors', () => {
    const csp = mergedCsp(["default-src 'none'; script-src 'self' 'sha256-a'", "default-src 'none'; script-src 'self' 'sha256-b'; style-src 'self'"]);
    expect(csp).toBe("default-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'");
  });
  it('reads a page’s meta policy', () => {
    expect(metaCsp(`<meta http-equiv="content-security-policy" content="default-src 'none';">`)).toBe("default-src 'none';");
    expect(metaCsp('<p>')).toBeUndefined();
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
      .filter((l) => l.startsWith('add_header'))
      .map((l) => /^add_header (\S+) "(.*)" always;$/.exec(l)!.slice(1));
    expect(nginx).toEqual(netlify);
    expect(nginx).toEqual(headers);
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
    const body = `<script>a()</script><script type="application/ld+json">{}</script><script defer src="x.js"></script><style>p{}</style>`;
    const out = narrowCsp(meta(policy) + body);
    expect(out).toBe(meta(`default-src 'none';script-src 'self' 'wasm-unsafe-eval' ${hash('a()')};style-src 'self' ${hash('p{}')}`) + body);
  });
  it('drops the hashes of scripts that are not on the page, JSON-LD included', () => {
    const out = narrowCsp(`<meta http-equiv="content-security-policy" content="script-src 'self' ${hash('{}')}"><script type="application/ld+json">{}</script>`);
    expect(out).toContain(`content="script-src 'self'"`);
  });
});

describe('the archive README', () => {
  it('says what it is, how to open it, and which commit it is', () => {
    const text = packageReadme('abc123', '2026-11-25T20:00:00+00:00');
    expect(text).toContain('index.html');
    expect(text).toContain('Built from commit abc123 of 2026-11-25T20:00:00+00:00.');
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
