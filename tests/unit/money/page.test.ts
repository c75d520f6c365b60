import { describe, expect, it } from 'vitest';
import { loadSourceRegistry } from '../../../src/lib/sources/load';
import type { Locale } from '../../../src/lib/core/locales';
import { parseDecimal } from '../../../src/lib/money/decimal';
import { figureNote } from '../../../src/lib/money/figure-note';
import { figureReport } from '../../../src/lib/money/glossary';
import { loadMoney } from '../../../src/lib/money/load';
import { moneyPageView, verdictKey } from '../../../src/lib/money/page';
import { moneyPage, trendOf, usdCoverage } from '../../../src/lib/money/page-model';
import type { RateRow } from '../../../src/lib/money/data';

const money = loadMoney(process.cwd(), loadSourceRegistry(process.cwd()));
const view = { da: moneyPageView(money, 'da'), en: moneyPageView(money, 'en'), ru: moneyPageView(money, 'ru'), kk: moneyPageView(money, 'kk') };
/** Text with every no-break space as a plain one, so the expectations stay readable. */
const plain = (s: string) => s.replaceAll('\u00a0', ' ');
const figure = (lang: Locale, id: string) => view[lang].figures.find((f) => f.id === id)!;

describe('the wage lines (H1): a monthly wage, derived from the yearly OECD figure ÷ 12', () => {
  it('says so in Danish', () => {
    expect(plain(figure('da', 'one-off').perspectives[2]!.text)).toBe(
      '0,87 × en gennemsnitlig dansk månedsløn, 2023 (OECD-årsløn pr. fuldtidsansat: 497.996 kr. ÷ 12 ≈ 41.500 kr., afledt; beløbet omregnet ved kursen 3. aug. 2023)',
    );
    expect(plain(figure('da', 'monthly-pay').perspectives[2]!.text)).toMatch(/^0,33 × en gennemsnitlig dansk månedsløn, 2023 \(/);
  });

  it('says so in English', () => {
    expect(plain(figure('en', 'one-off').perspectives[2]!.text)).toBe(
      '0.87 × an average Danish monthly wage, 2023 (OECD average annual wage per full-time equivalent employee: DKK 497,996 ÷ 12 ≈ DKK 41,500, derived; the sum converted at the rate of 3 Aug 2023)',
    );
  });

  it('never puts the ratio against a yearly wage', () => {
    for (const lang of ['da', 'en'] as const) {
      for (const f of view[lang].figures) for (const p of f.perspectives) expect(p.text).not.toMatch(/× (Danmarks gennemsnitlige årsløn|Denmark’s average annual wage)/);
    }
  });
});

describe('the outlets’ figures (H2, M3)', () => {
  it('shows each outlet’s rate ranges, what they share, and one verdict word', () => {
    const rows = view.da.pairs.rows.map((r) => [r.outlet, ...r.rates, r.common, r.verdictText]);
    expect(rows).toEqual([
      ['B.T.', '13,56–13,94', '13,72–13,82', '13,72–13,82', 'Hænger sammen'],
      ['Reuters', '92,52–94,29', '76–126,67', '92,52–94,29', 'Hænger sammen'],
      ['Kristeligt Dagblad', '13,56–13,94', '13,92–14,02', '13,92–13,94', 'Hænger sammen'],
      ['ORF', '90–110', 'højst 102,98', '90–102,98', 'Hænger sammen'],
      ['TASR', 'højst 103,13', '102,7–108,57', '102,7–103,13', 'Hænger sammen'],
      ['Relations-internationales.net', '103,45–103,66', 'højst 103,54', '103,45–103,54', 'Hænger sammen'],
      ['De Volkskrant', 'højst 110', '102,7–108,57', '102,7–108,57', 'Hænger sammen'],
    ]);
    expect(view.en.pairs.rows.find((r) => r.outlet === 'Kristeligt Dagblad')).toMatchObject({ rates: ['13.56–13.94', '13.92–14.02'], common: '13.92–13.94', verdictText: 'Agree' });
  });

  it('describes the interval rule with examples the rule computes', () => {
    expect(plain(view.da.pairs.method)).toContain('»36.000« for 35.500–36.500 og »13.600« for 13.550–13.650');
    expect(plain(view.en.pairs.method)).toContain('“36,000” for 35,500–36,500 and “13,600” for 13,550–13,650');
  });

  it('labels the percentage column as amounts and writes its sign with U+2212', () => {
    const bt = figure('da', 'one-off').outlets;
    expect(bt.head.vsReport).toBe('Trykt beløb vs. efterregnet (3. aug. 2023)');
    expect(figure('en', 'one-off').outlets.head.vsReport).toBe('Printed vs recomputed amount (3 Aug 2023)');
    expect(bt.rows.map((r) => plain(r.vsReport.text))).toEqual(['\u22120,5 %', 'ingen kurs fundet', '\u22120,5 %', '+3,0 %', '\u22121,2 %', '\u22121,6 %', '\u22127,3 %']);
    expect(bt.rows.map((r) => r.rates)).toEqual(['13,56–13,94', '92,52–94,29', '13,56–13,94', '90–110', 'højst 103,13', '103,45–103,66', 'højst 110']);
  });
});

describe('precision on the page (M4)', () => {
  it('rounds the recomputed amounts by the policy', () => {
    expect(figure('da', 'one-off').recomputed.rows.map((r) => r.cells.map((c) => plain(c.text)))).toEqual([
      ['≈ 36.190 kr.', '4.856 EUR', 'ingen kurs fundet', '≈ 2.372.800 KZT'],
      ['≈ 35.980 kr.', '4.828 EUR', 'ingen kurs fundet', '≈ 2.341.800 KZT'],
    ]);
    expect(figure('da', 'monthly-pay').recomputed.rows[0]!.cells.map((c) => plain(c.text))).toEqual(['≈ 13.890 kr.', '1.864 EUR', 'ingen kurs fundet', '≈ 910.800 KZT']);
    expect(figure('da', 'one-off').ranges.map(plain)).toEqual([
      'I kroner (afledt kurs): lavest ≈ 33.330 kr. (15. aug. 2023), højest ≈ 36.630 kr. (2. aug. 2023)',
      'I euro: lavest 4.472 euro (15. aug. 2023), højest 4.916 euro (2. aug. 2023)',
    ]);
    expect(plain(figure('da', 'one-off').article.text)).toBe('B.T. skrev 36.000 kr., hvilket svarer til 13,75 rubler pr. krone.');
    expect(plain(figure('en', 'monthly-pay').article.text)).toBe('B.T. printed DKK 13,800, which implies 13.77 roubles per krone.');
  });

  it('lists official euro rates with four decimals and the derived krone rates with two', () => {
    expect(view.da.rates.days[2]).toEqual({ date: '3. aug. 2023', dkk: '13,68', eur: '101,9268', marked: true });
  });

  it('gives the derived rate’s accuracy to one decimal, its direction in words', () => {
    expect(plain(view.da.method.derived!.text)).toContain('13,72 rubler pr. krone, 0,3 % over den afledte kurs samme dag (13,69). Regn derfor med en usikkerhed på omkring 0,3 %');
    expect(plain(view.en.method.derived!.text)).toContain('13.72 roubles per krone, 0.3% above the derived rate that day (13.69)');
    expect(plain(view.da.method.rounding)).toContain('nærmeste 10 kr. og med »≈«');
    expect(plain(view.da.method.rounding)).toContain('nærmeste 100 tenge');
  });
});

describe('the method and the notes under the tables (M2, L4, L5)', () => {
  it('says the Friday-set rate applies Saturday to Monday', () => {
    expect(view.da.method.rates).toContain('Kursen fastsættes den foregående arbejdsdag; den kurs, der fastsættes fredag, gælder lørdag, søndag og mandag.');
    expect(view.en.method.rates).toContain('the rate set on a Friday applies on Saturday, Sunday and Monday');
    // The data agree: Fri 4 Aug has its own rate; Sat 5 to Mon 7 Aug share the one set on Friday.
    const eur = money.rates.filter((r) => r.currency === 'EUR' && !r.derived);
    const on = (date: string) => eur.find((r) => r.date === date)!.rubValueText;
    expect(['2023-08-04', '2023-08-05', '2023-08-06', '2023-08-07'].map(on)).toEqual(['102.5310', '103.8379', '103.8379', '103.8379']);
  });

  it('says the first August dollar rate is derived, and from when a sourced one applies — from the data', () => {
    const usd = usdCoverage(money.rates)!;
    expect([usd.first.date, usd.first.derived, usd.firstSourced?.date]).toEqual(['2023-08-11', true, '2023-08-12']);
    expect(plain(figure('da', 'one-off').recomputed.note!)).toBe(
      'Dollarkursen for 3. og 4. august 2023 har vi ikke fundet. Den første dollarkurs, vi har for august, gælder fra 11. august 2023 (97,28 rubler pr. dollar), men den er afledt: regnet ud fra en kilde, ikke læst i den. Den første dollarkurs, vi har læst i en kilde, gælder fra 12. august 2023.',
    );
    expect(figure('da', 'one-off').recomputed.sources).toContain('bankstoday-2023-08-12');
    // Were the first row read from a source, the note would say only that.
    const sourced = money.rates.filter((r) => !(r.currency === 'USD' && r.derived));
    expect(usdCoverage(sourced)).toEqual({ first: expect.objectContaining({ date: '2023-08-12', derived: false }) });
  });

  it('describes the fall until 15 August and the partial recovery, from the series', () => {
    expect(plain(view.da.rates.description)).toBe(
      'Rublen faldt frem til 15. august 2023: fra 13,55 rubler pr. krone den 1. august 2023 til 14,85 (fra 100,94 til 110,68 rubler pr. euro). Derefter rettede den sig delvis, til 14,02 rubler pr. krone (104,45 rubler pr. euro) den 31. august 2023. Den lodrette linje markerer 3. august 2023; den vandrette linje er den kurs, artiklens omregning svarer til (13,75).',
    );
    expect(view.en.rates.description).toContain('The rouble fell until 15 August 2023');
    expect(view.en.rates.description).toContain('It then partly recovered, to 14.02 roubles per krone (104.45 roubles per euro) on 31 August 2023.');
    const row = (date: string, v: string): RateRow => ({ date, currency: 'DKK', units: 1, rubValueText: v, rubPerUnit: parseDecimal(v), sourceText: '', sources: [], derived: true, where: '' });
    expect(trendOf([row('2023-08-01', '13'), row('2023-08-02', '15'), row('2023-08-03', '14')]).after).toBe('partial');
    expect(trendOf([row('2023-08-01', '13'), row('2023-08-02', '15'), row('2023-08-03', '12')]).after).toBe('full');
    expect(trendOf([row('2023-08-01', '13'), row('2023-08-02', '15')]).after).toBe('none');
    expect(moneyPage(money).trend.dkk).toMatchObject({ after: 'partial', peak: { date: '2023-08-15' }, last: { date: '2023-08-31', rubValueText: '14.0158' } });
  });
});

describe('the generated amount notes (M3, M4, M9)', () => {
  const noteText = (id: string, lang: Locale) => {
    const note = figureNote(figureReport(money.figures.find((f) => f.id === id)!, money.rates, money.wages), lang, '#');
    // As the note reads: its text, the link, then its sources written as a citation group.
    return plain(`{figure} ${note.sentences.join(' ')} ${note.more} ${note.link.text}. [${note.sources.map((s) => `@${s}`).join('; ')}]`);
  };

  it('say “under/over the two recomputed amounts” in words, at the policy’s precision', () => {
    expect(noteText('one-off', 'da')).toBe(
      '{figure} Efterregnet: 495.000 rubler er ≈ 36.190 kr. eller 4.856 euro ved kursen 3. aug. 2023 og ≈ 35.980 kr. eller 4.828 euro ved kursen 4. aug. 2023 (afledt kronekurs). Artiklens 36.000 kr. svarer til 13,75 rubler pr. krone, 0,5 % under og 0,1 % over de to efterregnede beløb. Ifølge Kiev Chronicle er 495.000 rubler det faste engangsbeløb i Sakhalin-regionen (en andenhåndskilde). Reuters omregnede beløbet til ca. 5.300 dollar. Alle omregninger og kilder i beløbsoversigten. [@cbr-eur-2023-08; @fred-monthly-2023; @bt-2023-08; @kievchronicle-2023; @polsat-2023-08-03]',
    );
    expect(noteText('monthly-pay', 'da')).toContain('Artiklens 13.800 kr. svarer til 13,77 rubler pr. krone, 0,7 % og 0,1 % under de to efterregnede beløb.');
  });

  it('give English readers euros and Reuters’ own dollars, with Reuters’ sources', () => {
    expect(noteText('one-off', 'en')).toContain('RUB 495,000 is ≈ DKK 36,190 or EUR 4,856 at the rate of 3 Aug 2023 and ≈ DKK 35,980 or EUR 4,828 at the rate of 4 Aug 2023');
    expect(noteText('one-off', 'en')).toContain('0.5% below and 0.1% above the two recomputed amounts.');
    expect(noteText('one-off', 'en')).toContain('Reuters gave the sum as about USD 5,300.');
    expect(noteText('monthly-pay', 'en')).toContain('Reuters gave the sum as about USD 2,000.');
    expect(noteText('monthly-pay', 'en')).toMatch(/@polsat-2023-08-03; @kievchronicle-2023\]$/);
    expect(noteText('one-off', 'en')).not.toMatch(/[-\u2212]0\.5|\+0\.1/);
  });
});

describe('the page’s structure', () => {
  it('names each pair’s verdict by a typed key, and a pair not assessed by its reason', () => {
    expect(verdictKey({ outlet: 'B.T.', verdict: 'fits' })).toBe('money.verdict.fits');
    expect(verdictKey({ outlet: 'B.T.', verdict: 'does-not-fit' })).toBe('money.verdict.does-not-fit');
    expect(verdictKey({ outlet: 'Reuters', verdict: 'not-assessed', reason: 'currencies-differ' })).toBe('money.verdict.currencies-differ');
    expect(() => verdictKey({ outlet: 'Reuters', verdict: 'not-assessed' })).toThrow('Reuters');
  });

  it('labels the tables for screen readers, and gives the chart its description', () => {
    expect(view.da.pairs.label).toBe('Hænger mediernes tal sammen?: Vurdering');
    expect(view.en.rates.chart.description).toBe(view.en.rates.description);
    expect(view.en.rates.chart.panels.map((p) => p.title)).toEqual(['RUB per DKK (derived)', 'RUB per EUR']);
    expect(view.da.rates.days.filter((d) => d.marked).map((d) => d.date)).toEqual(['3. aug. 2023']);
  });

  it('cites the divisor’s sources for the derived rate, then the official rate’s, each once', () => {
    const sources = view.en.method.derived!.sources;
    expect(new Set(sources).size).toBe(sources.length);
    expect(money.divisorSources).toEqual(money.rules.find((r) => r.divisor)!.sources);
    expect(sources.slice(0, money.divisorSources.length)).toEqual(money.divisorSources);
    expect(view.da.sourceIds).toEqual(moneyPage(money).sourceIds);
  });
});
