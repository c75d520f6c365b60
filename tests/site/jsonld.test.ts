import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LOCALES } from '../../src/lib/core/locales';
import { pathFor } from '../../src/lib/i18n/paths';
import { DIST } from './dist';

type Node = DefaultTreeAdapterMap['node'];

/** The parsed JSON-LD blocks of a built page. */
function jsonLd(file: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node && node.tagName === 'script' && node.attrs.some((a) => a.name === 'type' && a.value === 'application/ld+json')) {
      const text = node.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
      found.push(JSON.parse(text) as Record<string, unknown>);
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node && node.content) node.content.childNodes.forEach(visit);
  };
  visit(parse(readFileSync(join(DIST, file), 'utf8')));
  return found;
}

const file = (path: string) => `${path.slice(1)}index.html`;
/** Every claim of the ledger (content/claims.yaml). */
const claims = Object.keys(parseYaml(readFileSync('content/claims.yaml', 'utf8')) as object).length;

/** The browser reads the Danish and Russian JSON-LD (tests/e2e/context.spec.ts); here every language's. */
describe('JSON-LD in every language', () => {
  for (const lang of LOCALES) {
    it(`${lang}: the article is an AnalysisNewsArticle in its language; the ledger has one ClaimReview per claim`, () => {
      const [article, ...rest] = jsonLd(file(pathFor({ page: 'article', story: 'skulder-ved-skulder' }, lang)));
      expect(rest).toEqual([]);
      expect(article).toMatchObject({ '@context': 'https://schema.org', '@type': 'AnalysisNewsArticle', inLanguage: lang, isBasedOn: { '@type': 'NewsArticle' } });
      const reviews = jsonLd(file(pathFor({ page: 'claims' }, lang))).flatMap((r) => (Array.isArray(r) ? r : [r])) as Record<string, unknown>[];
      expect(claims).toBeGreaterThanOrEqual(16);
      expect(reviews.length).toBe(claims);
      for (const r of reviews) expect(r).toMatchObject({ '@type': 'ClaimReview', itemReviewed: { '@type': 'Claim' } });
    });
  }
});
