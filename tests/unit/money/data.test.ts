import { describe, expect, it } from 'vitest';
import { contentError } from '../content-error';
import { loadSourceRegistry } from '../../../src/lib/sources/load';
import { parseFigures, parseRates, parseRateSourceRules, parseWages } from '../../../src/lib/money/data';
import { parseDecimal } from '../../../src/lib/money/decimal';
import { checkDerivedRows } from '../../../src/lib/money/glossary';
import { loadMoney } from '../../../src/lib/money/load';

const registry = loadSourceRegistry(process.cwd());
const rules = parseRateSourceRules([{ match: 'markets-today.ru', sources: ['cbr-eur-2023-08'] }], 'rules.yaml', registry);
const HEAD = 'date,source,currency,units,rub_value\n';
const error = contentError;

describe('rate rows', () => {
  it('reads the real rate files: every row has a source, KZT per 100, derived rows labelled', () => {
    const money = loadMoney(process.cwd(), registry);
    expect(money.rates.length).toBeGreaterThan(100);
    expect(money.rates.every((r) => r.sources.length > 0)).toBe(true);
    expect(money.rates.filter((r) => r.currency === 'KZT').every((r) => r.units === 100)).toBe(true);
    expect(money.rates.filter((r) => r.currency === 'DKK' && r.date.startsWith('2023-08')).every((r) => r.derived)).toBe(true);
    expect(money.rates.find((r) => r.currency === 'DKK' && r.date === '2023-09-27')?.derived).toBe(false);
    // 29 Aug EUR is corroborated by a second source with the same value.
    expect(money.rates.find((r) => r.currency === 'EUR' && r.date === '2023-08-29')?.sources).toEqual(['cbr-eur-2023-08', 'newdaynews-804751']);
  });

  it('fails a row without a source, naming file, line and field', () => {
    expect(error(() => parseRates(`${HEAD}2023-08-01,,EUR,1,100.9\n`, 'r.csv', rules))).toContain('r.csv: 2:source: the row has no source');
    expect(error(() => parseRates(`${HEAD}2023-08-01,somewhere else,EUR,1,100.9\n`, 'r.csv', rules))).toContain('r.csv: 2:source: no entry of content/money/rate-sources.yaml matches');
  });

  it('fails a bad date, currency, unit count or value', () => {
    const msg = error(() => parseRates(`${HEAD}2023-02-30,markets-today.ru,EUR,1,1\n2023-08-01,markets-today.ru,GBP,1,1\n2023-08-01,markets-today.ru,EUR,0,1\n2023-08-02,markets-today.ru,EUR,1,abc\n`, 'r.csv', rules));
    expect(msg).toContain('r.csv: 2:date: "2023-02-30" is not a date');
    expect(msg).toContain('r.csv: 3:currency: unknown currency "GBP"');
    expect(msg).toContain('r.csv: 4:units: "0" is not a whole number');
    expect(msg).toContain('r.csv: 5:rub_value: "abc" is not a positive decimal number');
  });

  it('fails two different rates for one day, and merges identical ones', () => {
    expect(error(() => parseRates(`${HEAD}2023-08-01,markets-today.ru,EUR,1,100.9\n2023-08-01,markets-today.ru,EUR,1,101\n`, 'r.csv', rules))).toContain('r.csv: 3:rub_value: 2023-08-01 EUR official rate 101 conflicts with 100.9');
    expect(parseRates(`${HEAD}2023-08-01,markets-today.ru,EUR,1,100.9\n2023-08-01,markets-today.ru x,EUR,1,100.90\n`, 'r.csv', rules)).toHaveLength(1);
  });

  it('checks that each derived krone rate is the euro rate ÷ the stated divisor', () => {
    const derivedRules = parseRateSourceRules([...rules, { match: 'DERIVED', derived: true, sources: ['fred-monthly-2023'] }], 'rules.yaml', registry);
    const rows = parseRates(`${HEAD}2023-08-03,markets-today.ru,EUR,1,101.9268\n2023-08-03,DERIVED,DKK,1,13.6772\n2023-08-04,markets-today.ru,EUR,1,102.5310\n2023-08-04,DERIVED,DKK,1,13.9000\n`, 'r.csv', derivedRules);
    expect(checkDerivedRows(rows, parseDecimal('7.4523'))).toEqual(['r.csv:5: derived DKK 13.9000 is not EUR 102.5310 ÷ 74523/10000']);
  });

  it('fails a rule citing an unknown source', () => {
    expect(error(() => parseRateSourceRules([{ match: 'abc', sources: ['nowhere'] }], 'rules.yaml', registry))).toContain('rules.yaml: [0].sources: unknown source "nowhere"');
  });
});

describe('figures and wages', () => {
  const figure = (extra: string) => `one:\n  rub: 100\n  period: once\n  label: { da: En, en: One, ru: Один, kk: Бір }\n  conversions:\n    - { outlet: X, currency: DKK, value: 7, sources: [bt-2023-08]${extra} }\n`;

  it('needs exactly one article conversion and known sources', () => {
    expect(parseFigures(figure(', article: true'), 'f.yaml', registry)[0]?.id).toBe('one');
    expect(error(() => parseFigures(figure(''), 'f.yaml', registry))).toContain('f.yaml: 1:1: "one" needs exactly one conversion marked article: true');
    expect(error(() => parseFigures(figure(', article: true').replace('bt-2023-08', 'nowhere'), 'f.yaml', registry))).toContain('cites unknown source "nowhere"');
  });

  it('names a mistyped field and a language without a label', () => {
    expect(error(() => parseFigures(figure(', article: true').replace('currency: DKK', 'currency: XYZ'), 'f.yaml', registry))).toMatch(/f.yaml: 1:1: "one", field conversions.0.currency/);
    expect(error(() => parseFigures(figure(', article: true').replace(', en: One', ''), 'f.yaml', registry))).toMatch(/"one", field label.en/);
  });

  it('refuses a second conversion marked original', () => {
    const two = figure(', article: true').replace(/(    - \{ outlet: X.*\n)/, '$1$1').replace('article: true }\n    - { outlet: X', 'article: true, original: true }\n    - { outlet: X').replace(/article: true \}\n$/, 'original: true }\n');
    expect(error(() => parseFigures(two, 'f.yaml', registry))).toContain('f.yaml: 1:1: "one" has more than one conversion marked original: true');
  });

  it('needs a basis for a yearly wage (the ratio is always against a monthly wage)', () => {
    const wage = (extra: string) => `w:\n  currency: DKK\n  value: 497996\n  per: year\n  label: { da: en månedsløn, en: a monthly wage, ru: месячная зарплата, kk: айлық жалақы }\n${extra}  sources: [statista-oecd-dk-2023]\n`;
    expect(error(() => parseWages(wage(''), 'w.yaml', registry))).toContain('"w", field basis: a yearly wage needs a basis');
    expect(parseWages(wage('  basis: { da: OECD-årsløn, en: OECD annual wage, ru: годовая зарплата по ОЭСР, kk: ЭЫДҰ жылдық жалақысы }\n'), 'w.yaml', registry)[0]?.basis?.da).toBe('OECD-årsløn');
  });

  it('reads the wage benchmarks with their sources', () => {
    expect(parseWages('w:\n  currency: KZT\n  value: 1\n  per: month\n  label: { da: a, en: b, ru: c, kk: d }\n  sources: [bns-qaz365-q2-2023]\n', 'w.yaml', registry)).toHaveLength(1);
    expect(error(() => parseWages('w:\n  currency: KZT\n  value: 1\n  per: week\n  label: { da: a, en: b, ru: c, kk: d }\n  sources: [x]\n', 'w.yaml', registry))).toContain('"w", field per');
  });
});
