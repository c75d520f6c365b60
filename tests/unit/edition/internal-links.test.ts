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
  it('leaves links that leave the site by https, http or mailto alone', () => {
    for (const href of ['https://orf.at/stories/3326238/', 'http://x.example', 'HTTPS://X.example/', 'mailto:a@b.example']) {
      expect(isExternal(href)).toBe(true);
      expect(link(href)).toBeUndefined();
    }
  });

  it('refuses every other scheme, decided on the address as a browser reads it (D1)', () => {
    // The Markdown parser has already decoded character references (`&#106;avascript:`).
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', '\u0001javascript:alert(1)', 'java\tscript:alert(1)', 'java%09script:alert(1)', 'jav%2561script:x', 'data:text/html,x', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'tel:+4512345678']) {
      expect(link(href), href).toMatch(/^the scheme "[a-z]+:" is not allowed: .*write https:\/\/…/);
    }
  });

  it('refuses a protocol-relative address, also written with backslashes, and says what to write (D1)', () => {
    expect(link('//evil.example/x')).toBe('a protocol-relative address (//host) opens as file://host from the offline copy: write https://evil.example/x instead');
    expect(link('/\\evil.example/x')).toMatch(/write https:\/\/evil\.example\/x instead$/);
    expect(link('\\\\evil.example\\share')).toMatch(/write https:\/\/evil\.example\/share instead$/);
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

  it('accepts index.html and query strings', () => {
    expect(link('/penge/index.html#monthly', '/en/money/')).toBeUndefined();
    expect(link('/skulder-ved-skulder/?q=1#intro')).toBeUndefined();
  });

  it('refuses relative links, which the offline copy would open as folders, and names the root-relative address (D7)', () => {
    const write = (to: string) => `a relative link is not rewritten for the offline copy (it would open a folder there): write ${to} instead`;
    expect(link('../penge/')).toBe(write('/penge/'));
    expect(link('../penge/#one-off')).toBe(write('/penge/#one-off'));
    expect(link('../en/skulder-ved-skulder/#illegal')).toBe(write('/en/skulder-ved-skulder/#illegal'));
    expect(link('..')).toBe(write('/'));
    expect(link('./?q=1#intro')).toBe(write('/skulder-ved-skulder/#intro'));
    expect(link('favicon.svg', '/')).toBe(write('/favicon.svg'));
  });

  it('checks a fragment against what the data puts on the target page', () => {
    expect(link('#intro')).toBeUndefined();
    expect(link('#note-typo-a')).toBeUndefined();
    expect(link('#ref-figure-one-off')).toBeUndefined();
    expect(link('#sidebar-legal-kazakhstan')).toBeUndefined();
    expect(link('#sidebar-legal-kazakhstan-title')).toBeUndefined();
    expect(link('#main')).toBeUndefined();
    expect(link('#')).toBe('an empty fragment (#) leads nowhere: name the paragraph key or note after the #, or remove the link');
    expect(link('/penge/#')).toMatch(/^an empty fragment/);
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
    for (const href of ['/feed.xml', '/en/feed.xml', '/robots.txt', '/sitemap-index.xml', '/download/skulder-ved-skulder.zip', '/favicon.svg']) {
      expect(link(href), href).toBeUndefined();
    }
    expect(link('/logo.png')).toBe('no file /logo.png on the site');
    expect(link('/de/feed.xml')).toBe('no file /de/feed.xml on the site');
  });

  it('knows the social cards the build generates, one per page and language (D18)', () => {
    for (const href of ['/og/da/home.png', '/og/en/money.png', '/og/da/skulder-ved-skulder.png', '/og/en/skulder-ved-skulder.png', '/og/da/context.png']) {
      expect(link(href), href).toBeUndefined();
    }
    expect(link('/og/da/nonexistent.png')).toBe('no file /og/da/nonexistent.png on the site');
    expect(link('/og/de/home.png')).toBe('no file /og/de/home.png on the site');
  });

  it('refuses links into the folders of hashed or search files (D18)', () => {
    expect(link('/pagefind/pagefind.js')).toBe('/pagefind/ holds files the build generates: content may not link into it');
    expect(link('/_astro/x.js')).toBe('/_astro/ holds files the build generates: content may not link into it');
  });

  it('works under a base path', () => {
    const sub = siteTable({ ...content, base: '/mirror/kz/' });
    expect(link('/mirror/kz/penge/#one-off', ARTICLE, sub)).toBeUndefined();
    expect(link('/penge/', ARTICLE, sub)).toBe('/penge/ is outside the site (its base is /mirror/kz/)');
  });

  it('rejects an empty link', () => {
    expect(link('')).toBe('the link has no address');
  });
});
