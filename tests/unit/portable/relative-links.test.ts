import { describe, expect, it } from 'vitest';
import { narrowCsp, narrowCspEdit } from '../../../src/lib/portable/csp';
import { applyEdits, attributesOf, elementsOf } from '../../../src/lib/portable/html-source';
import { relativeLinkEdits, relativeUrl, relativizeHtml } from '../../../src/lib/portable/relative-links';

describe('relative links for any address and file://', () => {
  it('names files explicitly, at every depth', () => {
    expect(relativeUrl('index.html', '/')).toBe('index.html');
    expect(relativeUrl('index.html', '/penge/')).toBe('penge/index.html');
    expect(relativeUrl('penge/index.html', '/')).toBe('../index.html');
    expect(relativeUrl('en/money/index.html', '/skulder-ved-skulder/')).toBe('../../skulder-ved-skulder/index.html');
    // Up only as far as needed: within /en/, no detour through the root.
    expect(relativeUrl('en/index.html', '/en/money/')).toBe('money/index.html');
    expect(relativeUrl('en/skulder-ved-skulder/index.html', '/en/claims/')).toBe('../claims/index.html');
    expect(relativeUrl('en/money/index.html', '/en/')).toBe('../index.html');
    expect(relativeUrl('404.html', '/en/')).toBe('en/index.html');
  });

  it('keeps fragments, query strings and files', () => {
    expect(relativeUrl('en/money/index.html', '/penge/#one-off')).toBe('../../penge/index.html#one-off');
    expect(relativeUrl('soeg/index.html', '/soeg/?q=13.800#top')).toBe('index.html?q=13.800#top');
    expect(relativeUrl('en/index.html', '/favicon.svg')).toBe('../favicon.svg');
    expect(relativeUrl('en/index.html', '/og/en/home.png')).toBe('../og/en/home.png');
  });

  it('leaves absolute, fragment and other URLs alone', () => {
    for (const url of ['https://www.bt.dk/x', '#note-a', 'mailto:x@example.org', '//cdn.example/x', 'relative/already.html']) {
      expect(relativeUrl('en/index.html', url)).toBe(url);
    }
  });

  it('honours a base other than /', () => {
    expect(relativeUrl('en/index.html', '/sub/penge/', '/sub/')).toBe('../penge/index.html');
    expect(relativeUrl('en/index.html', '/other/x', '/sub/')).toBe('/other/x');
  });

  it("rewrites a script's src, never its contents", () => {
    const html = '<script defer src="/enhance.js"></script><script>var u = "/x/";</script>';
    expect(relativizeHtml(html, 'en/money/index.html')).toBe('<script defer src="../../enhance.js"></script><script>var u = "/x/";</script>');
  });

  it('rewrites attributes in markup, never script or style contents', () => {
    const html = `<link rel="icon" href="/favicon.svg"><a href='/penge/#x'>x</a><img src="/a.png" srcset="/a.png 1x, /b.png 2x"><form action="/soeg/" data-root="/"><script type="module">import('/pagefind/pagefind.js'); const a = '<a href="/x/">';</script><style>a{background:url(/x.png)}</style><meta property="og:image" content="https://e.example/og.png">`;
    expect(relativizeHtml(html, 'en/money/index.html')).toBe(
      `<link rel="icon" href="../../favicon.svg"><a href='../../penge/index.html#x'>x</a><img src="../../a.png" srcset="../../a.png 1x, ../../b.png 2x"><form action="../../soeg/index.html" data-root="../../"><script type="module">import('/pagefind/pagefind.js'); const a = '<a href="/x/">';</script><style>a{background:url(/x.png)}</style><meta property="og:image" content="https://e.example/og.png">`,
    );
  });
});

describe('the CSP and the links of a page in one parse (integrations/portable.ts)', () => {
  it('gives the same page as narrowing the CSP, then rewriting the links', () => {
    const page = [
      `<html><head><meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' 'sha256-AAA=' 'wasm-unsafe-eval'; style-src 'sha256-BBB='">`,
      '<link rel="icon" href="/favicon.svg"><style>a{color:red}</style></head>',
      '<body data-root="/"><a href="/penge/#one-off">x</a><img srcset="/og/da/home.png 1x, /og/da/home.png 2x"><script>var u = "/not-a-link/";</script><script src="/site.da.js"></script></body></html>',
    ].join('');
    const file = 'en/money/index.html';
    const elements = elementsOf(page);
    const attributes = attributesOf(page, elements);
    const once = applyEdits(page, [narrowCspEdit(page, elements, attributes)!, ...relativeLinkEdits(page, file, '/', attributes)]);
    expect(once).toBe(relativizeHtml(narrowCsp(page), file));
    expect(once).toContain('href="../../penge/index.html#one-off"');
    expect(once).not.toContain('wasm-unsafe-eval');
  });
});
