import { describe, expect, it } from 'vitest';
import { loadSourceRegistry } from '../../../src/lib/sources/load';
import { REPORT_CURRENCIES } from '../../../src/lib/money/currency';
import { currencyHead, figureView } from '../../../src/lib/money/figure-view';
import { loadMoney } from '../../../src/lib/money/load';
import { atDateSources, moneyPage, usdSources } from '../../../src/lib/money/page-model';

const money = loadMoney(process.cwd(), loadSourceRegistry(process.cwd()));
const model = moneyPage(money);
const plain = (s: string) => s.replaceAll('\u00a0', ' ');
const view = (lang: 'da' | 'en', i = 0) => figureView(model.reports[i]!, model, lang);

describe('a figure’s entry on the money page', () => {
  it('heads the sum with its qualifier and period', () => {
    expect([view('da', 1).label, plain(view('da', 1).amount), view('da', 1).period]).toEqual([money.figures[1]!.label.da, 'mindst 190.000 rubler', ' om måneden']);
    expect([plain(view('en', 0).amount), view('en', 0).period]).toEqual(['RUB 495,000', '']);
  });

  it('heads the currency columns in the report currencies’ order, the krone as derived', () => {
    expect(REPORT_CURRENCIES).toEqual(['DKK', 'EUR', 'USD', 'KZT']);
    expect(view('da').recomputed.heads).toEqual(['DKK (afledt)', 'EUR', 'USD', 'KZT']);
    expect(view('en').recomputed.heads).toEqual([currencyHead('DKK', 'en'), 'EUR', 'USD', 'KZT']);
    expect(currencyHead('KZT', 'da')).toBe('KZT');
  });

  it('recomputes on both report dates with the article’s deviation, a cell per currency', () => {
    const r = view('en').recomputed;
    expect(r.rows.map((row) => row.date)).toEqual(['3 Aug 2023', '4 Aug 2023']);
    expect(r.rows.map((row) => plain(row.cells[0]!.text))).toEqual(['≈ DKK 36,190', '≈ DKK 35,980']);
    expect(r.rows.map((row) => row.cells.length)).toEqual([4, 4]);
    expect(r.rows[0]!.cells[2]).toEqual({ text: 'no rate found', none: true });
    expect(r.rows.map((row) => row.deviation)).toEqual(['\u22120.5%', '+0.1%']);
    expect(plain(view('en', 1).recomputed.rows[0]!.cells[3]!.text)).toBe('≈ KZT 910,800');
  });

  it('adds the dollar note, and its sources, where a dollar rate is missing', () => {
    const r = view('da').recomputed;
    expect(r.note).toMatch(/^Dollarkursen for 3\. og 4\. august 2023/);
    expect(r.sources).toEqual([...new Set([...atDateSources(model.reports[0]!), ...usdSources(model.usd!)])]);
    const noUsd = figureView(model.reports[0]!, { ...model, usd: undefined }, 'da').recomputed;
    expect(noUsd.note).toBeUndefined();
    expect(noUsd.sources).toEqual([...new Set(atDateSources(model.reports[0]!))]);
  });

  it('names the range currencies and the outlets’ table', () => {
    expect(view('en').ranges.map((line) => line.split(':')[0])).toEqual(['In kroner (derived rate)', 'In euros']);
    expect(view('da').outlets.label).toBe(`Sådan omregnede medierne: ${money.figures[0]!.label.da}`);
    expect(view('da').outlets.rows.filter((o) => o.isArticle).map((o) => o.outlet)).toEqual(['B.T.']);
  });
});
