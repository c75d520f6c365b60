import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { normalisedUrl, unsafeUrl, unsafeUrlsIn } from '../../../src/lib/markdown/safe-urls';

const page = (body: string) => fromHtml(`<!doctype html><html lang="da"><head><title>x</title></head><body>${body}</body></html>`);
const found = (body: string) => unsafeUrlsIn(page(body)).map((p) => `${p.tag} ${p.attribute} ${p.url}`);

describe('safe addresses', () => {
  it('allows https, http, mailto and the site’s own addresses', () => {
    for (const url of ['https://orf.at/x', 'HTTP://x.example', 'mailto:a@b.example', '/penge/', '../penge/index.html#x', '#intro', '?q=1', 'favicon.svg', '']) {
      expect(unsafeUrl(url), url).toBeUndefined();
    }
  });

  it('reads the scheme as a browser does: case, whitespace, control characters, percent-encoding, backslashes', () => {
    expect(normalisedUrl(' JaVa\tScRiPt:alert(1)')).toBe('javascript:alert(1)');
    expect(normalisedUrl('java%09script:x')).toBe('javascript:x');
    expect(normalisedUrl('jav%2561script:x')).toBe('javascript:x');
    expect(normalisedUrl('/\\evil.example')).toBe('//evil.example');
    for (const url of ['javascript:alert(1)', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x/1', '//evil.example/x', '\\\\evil.example\\share']) {
      expect(unsafeUrl(url), url).toBeDefined();
    }
  });

  it('finds nothing on a clean page', () => {
    expect(found('<a href="../penge/index.html#x">x</a><a href="https://orf.at/" rel="noreferrer">ORF</a><img src="../og/da/home.png" alt=""><script src="../_astro/a.js"></script><link rel="canonical" href="https://example.org/">')).toEqual([]);
  });

  it('fails a sample page with javascript:, data:, //host and an off-site image (the site test’s detector)', () => {
    expect(
      found(
        [
          '<a href="javascript:alert(1)">a</a>',
          '<a href="&#106;avascript:alert(2)">b</a>',
          '<a href="data:text/html,x">c</a>',
          '<a href="//evil.example/x">d</a>',
          '<img src="https://evil.example/track.png" alt="">',
          '<img srcset="ok.png 1x, https://evil.example/2x.png 2x" alt="">',
          '<iframe src="https://evil.example/"></iframe>',
          '<form action="https://evil.example/"><button formaction="javascript:x">e</button></form>',
          '<video poster="data:image/png;base64,AAAA"></video>',
          '<link rel="stylesheet" href="https://evil.example/s.css">',
          '<svg><a xlink:href="javascript:alert(3)"><text>f</text></a></svg>',
        ].join(''),
      ),
    ).toEqual([
      'a href javascript:alert(1)',
      'a href javascript:alert(2)',
      'a href data:text/html,x',
      'a href //evil.example/x',
      'img src https://evil.example/track.png',
      'img srcset https://evil.example/2x.png',
      'iframe src https://evil.example/',
      'form action https://evil.example/',
      'button formaction javascript:x',
      'video poster data:image/png;base64,AAAA',
      'link href https://evil.example/s.css',
      'a xlink:href javascript:alert(3)',
    ]);
  });
});
