import { describe, expect, it } from 'vitest';
import { relativeUrl, relativizeHtml } from '../../../src/lib/portable/relative-links';

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
