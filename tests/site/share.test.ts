import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadUpdates } from '../../src/lib/edition/updates';
import { LOCALES } from '../../src/lib/core/locales';
import { DIST, htmlFiles } from './dist';

const SITE = 'https://skulder-ved-skulder.example/';
type El = { tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: El[] };

/** Every <meta> and <link> of a page's head, as attribute maps. */
function headTags(file: string) {
  const doc = parse(readFileSync(join(DIST, file), 'utf8')) as unknown as El;
  const out: Record<string, string>[] = [];
  const walk = (n: El) => {
    if (n.tagName === 'meta' || n.tagName === 'link') out.push(Object.fromEntries((n.attrs ?? []).map((a) => [a.name, a.value])));
    n.childNodes?.forEach(walk);
  };
  walk(doc);
  return out;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const pages = htmlFiles();

describe('social and language metadata', () => {
  for (const file of pages) {
    it(`${file}: complete social meta, its own 1200×630 card, canonical and hreflang`, () => {
      const tags = headTags(file);
      const meta = (key: string) => tags.find((t) => t.property === key || t.name === key)?.content;
      for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale', 'og:site_name', 'og:image', 'og:image:alt', 'og:image:width', 'og:image:height', 'twitter:card', 'description']) {
        expect(meta(key), `${file}: ${key}`).toBeTruthy();
      }
      // X reads og:title, og:description and og:image where its own tags are missing:
      // the page does not say everything twice.
      for (const key of ['twitter:title', 'twitter:description', 'twitter:image']) expect(meta(key), `${file}: ${key}`).toBeUndefined();
      const image = meta('og:image')!;
      expect(image.startsWith(SITE)).toBe(true);
      expect(pngSize(join(DIST, image.slice(SITE.length)))).toEqual([1200, 630]);
      expect(meta('twitter:card')).toBe('summary_large_image');
      const feed = tags.find((t) => t.rel === 'alternate' && t.type === 'application/rss+xml')?.href;
      expect(feed && readFileSync(join(DIST, new URL(feed, `http://x.invalid/${file}`).pathname.slice(1))).length).toBeGreaterThan(0);
      if (file === '404.html') return;
      const canonical = tags.find((t) => t.rel === 'canonical')?.href;
      expect(canonical, 'canonical').toBe(`${SITE}${file.replace(/index\.html$/, '')}`);
      const langs = tags.filter((t) => t.rel === 'alternate' && t.hreflang).map((t) => t.hreflang);
      expect(langs.sort()).toEqual([...LOCALES, 'x-default'].sort());
    });
  }

  it('each page has its own card (no two pages of a language share one)', () => {
    const cards = pages.filter((f) => f !== '404.html').map((f) => headTags(f).find((t) => t.property === 'og:image')!.content);
    expect(new Set(cards).size).toBe(cards.length);
  });
});

describe('sitemap, robots.txt and feeds', () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

  it('the sitemap lists every built page but the 404, each with its alternates', () => {
    const text = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const urls = [xml.parse(text).urlset.url].flat() as { loc: string; 'xhtml:link': { hreflang: string; href: string }[] }[];
    const listed = urls.map((u) => u.loc).sort();
    const built = pages.filter((f) => f !== '404.html').map((f) => `${SITE}${f.replace(/index\.html$/, '')}`).sort();
    expect(listed).toEqual(built);
    for (const u of urls) {
      const links = [u['xhtml:link']].flat();
      expect(links.map((l) => l.hreflang).sort(), u.loc).toEqual([...LOCALES, 'x-default'].sort());
      for (const l of links) expect(listed, `${u.loc} → ${l.href}`).toContain(l.href);
    }
  });

  it('robots.txt points at the sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
  });

  for (const feed of ['feed.xml', 'en/feed.xml']) {
    it(`${feed} is well-formed RSS with the required elements`, () => {
      const text = readFileSync(join(DIST, feed), 'utf8');
      expect(XMLValidator.validate(text)).toBe(true);
      const channel = xml.parse(text).rss.channel;
      expect(channel.title).toBeTruthy();
      expect(channel.link).toMatch(new RegExp(`^${SITE}`));
      expect(channel.description).toBeTruthy();
      expect(channel.language).toBe(feed.startsWith('en') ? 'en-GB' : 'da-DK');
      const items = [channel.item].flat();
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.title && item.link && item.pubDate && item.guid).toBeTruthy();
        expect(new Date(item.pubDate).toString()).not.toBe('Invalid Date');
      }
    });

    it(`${feed} carries every entry of content/updates.yaml, corrections included, each with its own guid and a live link`, () => {
      const lang = feed.startsWith('en') ? 'en' : 'da';
      const items = [xml.parse(readFileSync(join(DIST, feed), 'utf8')).rss.channel.item].flat() as { title: string; link: string; guid: { '#text': string } | string; pubDate: string }[];
      const updates = loadUpdates(process.cwd());
      expect(items.map((i) => i.title)).toEqual(updates.map((u) => u.title[lang]));
      expect(items.map((i) => new Date(i.pubDate).toISOString().slice(0, 10))).toEqual(updates.map((u) => u.date));
      const guids = items.map((i) => (typeof i.guid === 'string' ? i.guid : i.guid['#text']));
      expect(new Set(guids).size).toBe(guids.length);
      const home = lang === 'en' ? 'en/index.html' : 'index.html';
      const homeHtml = readFileSync(join(DIST, home), 'utf8');
      for (const item of items) {
        const url = new URL(item.link);
        expect(`${url.origin}${url.pathname}`).toBe(`${SITE}${lang === 'en' ? 'en/' : ''}`);
        expect(homeHtml, item.link).toContain(`id="${url.hash.slice(1)}"`);
      }
    });
  }
});
