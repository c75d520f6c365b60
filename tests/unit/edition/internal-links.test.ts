import { describe, expect, it } from 'vitest';
import { PAGE_IDS } from '../../../src/lib/core/page-ids';
import { checkInternalLink, isExternal, siteTable, type SiteContent } from '../../../src/lib/edition/internal-links';

const content: SiteContent = {
  base: '/',
  articles: [
    { story: 'skulder-ved-skulder', lang: 'da', keys: ['intro', 'illegal'], notes: ['typo-a', 'figure-one-off'] },
    { story: 'skulder-ved-skulder', lang: 'en', keys: ['intro', 'illegal'], notes: ['tr-b'] },
  ],
  sidebars: [{ id: 'legal-kazakhstan', lang: 'da' }],
  figures: ['one-off', 'monthly'],
  claims: ['ads-online'],
  events: ['reuters-report'],
  publicFiles: ['/favicon.svg'],
};
const site = siteTable(content);
const ARTICLE = '/skulder-ved-skulder/';
const link = (href: string, from = ARTICLE, table = site) => checkInternalLink(href, from, table);

describe('internal links in content', () => {
  it('leaves links that leave the site alone', () => {
    for (const href of ['https://orf.at/stories/3326238/', 'http://x.example', 'mailto:a@b.example', 'tel:+4512345678', '//cdn.example/x']) {
      expect(isExternal(href)).toBe(true);
      expect(link(href)).toBeUndefined();
    }
  });

  it('accepts every page of the route table, in every language', () => {
    for (const href of ['/', '/en/', '/skulder-ved-skulder/', '/en/skulder-ved-skulder/', '/penge/', '/en/money/', '/baggrund/', '/en/context/', '/tidslinje/', '/en/timeline/', '/paastande/', '/en/claims/', '/soeg/', '/en/search/']) {
      expect(link(href), href).toBeUndefined();
    }
  });

  it('rejects a page the site does not have, or a page under the other language’s name', () => {
    expect(link('/nyheder/')).toBe('no page /nyheder/ on the site');
    expect(link('/money/')).toBe('no page /money/ on the site');
    expect(link('/en/penge/')).toBe('no page /en/penge/ on the site');
    expect(link('/de/')).toBe('no page /de/ on the site');
  });

  it('asks for the trailing slash the site’s pages have', () => {
    expect(link('/penge')).toMatch(/^write \/penge\/: page links end in "\/"/);
    expect(link('/en/money#one-off')).toMatch(/^write \/en\/money\//);
  });

  it('resolves relative links, index.html and query strings against the page', () => {
    expect(link('../penge/#one-off')).toBeUndefined();
    expect(link('../en/skulder-ved-skulder/#illegal')).toBeUndefined();
    expect(link('../../penge/index.html#monthly', '/en/money/')).toBeUndefined();
    expect(link('./?q=1#intro')).toBeUndefined();
    expect(link('../penge/#nope')).toBe('/penge/ has no glossary figure "nope"');
  });

  it('checks a fragment against what the data puts on the target page', () => {
    expect(link('#intro')).toBeUndefined();
    expect(link('#note-typo-a')).toBeUndefined();
    expect(link('#ref-figure-one-off')).toBeUndefined();
    expect(link('#sidebar-legal-kazakhstan')).toBeUndefined();
    expect(link('#sidebar-legal-kazakhstan-title')).toBeUndefined();
    expect(link('#main')).toBeUndefined();
    expect(link('#')).toBeUndefined();
    expect(link('#indledning')).toBe('/skulder-ved-skulder/ has no paragraph key or note "indledning"');
    // Notes are per language version: the English page has no Danish note.
    expect(link('/en/skulder-ved-skulder/#note-typo-a')).toBe('/en/skulder-ved-skulder/ has no paragraph key or note "note-typo-a"');
    expect(link('/baggrund/#legal-kazakhstan')).toBeUndefined();
    expect(link('/en/context/#legal-kazakhstan')).toBe('/en/context/ has no sidebar "legal-kazakhstan"');
    expect(link('/paastande/#claim-ads-online')).toBeUndefined();
    expect(link('/paastande/#ads-online')).toBe('/paastande/ has no claim "ads-online"');
    expect(link('/tidslinje/#reuters-report')).toBeUndefined();
    expect(link('/penge/#rates')).toBeUndefined();
    expect(link('/penge/#one%2Doff')).toBeUndefined();
  });

  it('rejects ids no page carries: the removed bibliography, verdict markers (which have no id)', () => {
    expect(link('#sources-title')).toBe('/skulder-ved-skulder/ has no paragraph key or note "sources-title"');
    expect(link('#source-src-a')).toBe('/skulder-ved-skulder/ has no paragraph key or note "source-src-a"');
    expect(link('#verdict-ads-online')).toBe('/skulder-ved-skulder/ has no paragraph key or note "verdict-ads-online"');
  });

  it('takes the layouts’ fixed ids from the one table they use (core/page-ids.ts)', () => {
    for (const id of Object.values(PAGE_IDS.article)) expect(link(`#${id}`), id).toBeUndefined();
    for (const id of Object.values(PAGE_IDS.money)) expect(link(`/penge/#${id}`), id).toBeUndefined();
    for (const id of Object.values(PAGE_IDS.all)) expect(link(`/paastande/#${id}`), id).toBeUndefined();
    expect(link('/penge/#article-body')).toBe('/penge/ has no glossary figure "article-body"');
  });

  it('does not check fragments it cannot know: the home and search pages, data that did not load', () => {
    expect(link('/#anything')).toBeUndefined();
    expect(link('/en/search/#anything')).toBeUndefined();
    const partial = siteTable({ ...content, figures: undefined, articles: [{ story: 'skulder-ved-skulder', lang: 'da' }] });
    expect(link('/penge/#anything', ARTICLE, partial)).toBeUndefined();
    expect(link('/skulder-ved-skulder/#anything', ARTICLE, partial)).toBeUndefined();
    expect(link('/en/skulder-ved-skulder/', ARTICLE, partial)).toBe('no page /en/skulder-ved-skulder/ on the site');
  });

  it('knows the files the build writes and those in public/', () => {
    for (const href of ['/feed.xml', '/en/feed.xml', '/robots.txt', '/sitemap-index.xml', '/download/skulder-ved-skulder.zip', '/favicon.svg', '/og/da/home.png', '/pagefind/pagefind.js']) {
      expect(link(href), href).toBeUndefined();
    }
    expect(link('/logo.png')).toBe('no file /logo.png on the site');
    expect(link('/de/feed.xml')).toBe('no file /de/feed.xml on the site');
  });

  it('works under a base path', () => {
    const sub = siteTable({ ...content, base: '/mirror/kz/' });
    expect(link('/mirror/kz/penge/#one-off', ARTICLE, sub)).toBeUndefined();
    expect(link('../penge/', ARTICLE, sub)).toBeUndefined();
    expect(link('/penge/', ARTICLE, sub)).toBe('/penge/ is outside the site (its base is /mirror/kz/)');
  });

  it('rejects an empty link', () => {
    expect(link('')).toBe('the link has no address');
  });
});
