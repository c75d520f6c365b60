import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { narrowCsp } from '../../src/lib/portable/csp';
import { mergedCsp, metaCsp } from '../../src/lib/portable/headers';
import { packageReadme } from '../../src/lib/portable/package';

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
    const { serviceWorkerSource } = await import('../../src/lib/portable/service-worker');
    const sw = serviceWorkerSource('abc', ['index.html', './']);
    expect(sw).toContain("const CACHE = 'edition-abc';");
    expect(sw).toContain('const FILES = ["index.html","./"];');
    expect(() => new Function(sw)).not.toThrow();
  });
});
