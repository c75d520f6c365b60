import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intlLocale, LOCALES, type Locale } from '../../../src/lib/core/locales';
import { findAmounts, parseNumber, type FoundAmount } from '../../../src/lib/money/amounts';
import { compare, parseDecimal, rational, roundTo, type Rational } from '../../../src/lib/money/decimal';
import { CURRENCIES, type Currency } from '../../../src/lib/money/currency';
import { formatMoney } from '../../../src/lib/money/format';

/** An amount as the tests spell it: the matched text, its currency and its value as a decimal string. */
type Expected = [text: string, currency: Currency, value: string];

/** The amounts of `text` in the tests' spelling, values as exact fractions compared by `compare`. */
function amountsOf(text: string, lang: Locale): Expected[] {
  return findAmounts(text, lang).map((a) => [a.text, a.currency, decimalOf(a.value)]);
}

/** A rational as a plain decimal string, exact for the terminating fractions money has. */
function decimalOf(value: Rational): string {
  for (let places = 0; places <= 12; places++) {
    const s = roundTo(value, places);
    if (compare(parseDecimal(s), value) === 0) return s;
  }
  throw new Error(`${value.num}/${value.den} is not a short decimal`);
}

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('findAmounts: sentences from the edition', () => {
  it('finds both sums of the one-off payment, with exact offsets', () => {
    const da = 'I annoncerne lokker man med en engangsbeløb på 495.000 rubler, svarende til 36.000 kroner, hvis man melder sig';
    const found = findAmounts(da, 'da');
    expect(found.map(({ index, length, text, currency }) => ({ index, length, text, currency }))).toEqual([
      { index: da.indexOf('495'), length: 14, text: '495.000 rubler', currency: 'RUB' },
      { index: da.indexOf('36.000'), length: 13, text: '36.000 kroner', currency: 'DKK' },
    ]);
    expect(found.map((a) => decimalOf(a.value))).toEqual(['495000', '36000']);

    const en = 'The ads lure people with a one-off payment of 495,000 roubles, equivalent to 36,000 kroner, if they sign up';
    expect(findAmounts(en, 'en')).toEqual<FoundAmount[]>([
      { index: en.indexOf('495'), length: 15, text: '495,000 roubles', currency: 'RUB', value: rational(495000n) },
      { index: en.indexOf('36,000'), length: 13, text: '36,000 kroner', currency: 'DKK', value: rational(36000n) },
    ]);
  });

  it('finds the monthly pay and the titles', () => {
    expect(amountsOf('en månedsløn på 190.000 rubler, svarende til 13.800 kroner, for sine tjenester', 'da')).toEqual([
      ['190.000 rubler', 'RUB', '190000'],
      ['13.800 kroner', 'DKK', '13800'],
    ]);
    expect(amountsOf('a monthly salary of 190,000 roubles, equivalent to 13,800 kroner, for their services', 'en')).toEqual([
      ['190,000 roubles', 'RUB', '190000'],
      ['13,800 kroner', 'DKK', '13800'],
    ]);
    expect(amountsOf('Rusland hverver i Kasakhstan med løfte om 495.000 rubler', 'da')).toEqual([['495.000 rubler', 'RUB', '495000']]);
    expect(amountsOf('Russia recruits in Kazakhstan with a promise of 495,000 roubles', 'en')).toEqual([['495,000 roubles', 'RUB', '495000']]);
    // B.T.'s headline gives no currency: a bare number is not an amount.
    expect(amountsOf('Rusland rekrutterer i nabolandet: 36.000 for at gå i krig', 'da')).toEqual([]);
  });

  it('takes the full stop of "kr." into the amount, and leaves hedges out', () => {
    const text = 'Kristeligt Dagblad skrev ca. 13.600 kr.';
    expect(findAmounts(text, 'da')).toEqual<FoundAmount[]>([
      { index: 29, length: 10, text: '13.600 kr.', currency: 'DKK', value: rational(13600n) },
    ]);
    expect(amountsOf('Reuters omregnede selv beløbet til ca. 5.300 dollar.', 'da')).toEqual([['5.300 dollar', 'USD', '5300']]);
    expect(amountsOf('Reuters skrev »mindst« 190.000 rubler om måneden – ca. 2.000 dollar – plus ekstra ydelser', 'da')).toEqual([
      ['190.000 rubler', 'RUB', '190000'],
      ['2.000 dollar', 'USD', '2000'],
    ]);
  });

  it('reads currency signs and codes in front of English numbers', () => {
    const text = 'Reuters itself converted the sum to about $5,300.';
    expect(findAmounts(text, 'en')).toEqual<FoundAmount[]>([
      { index: 42, length: 6, text: '$5,300', currency: 'USD', value: rational(5300n) },
    ]);
    expect(amountsOf('Kristeligt Dagblad printed about DKK 13,600.', 'en')).toEqual([['DKK 13,600', 'DKK', '13600']]);
    expect(amountsOf('ORF wrote about €1,850 a month.', 'en')).toEqual([['€1,850', 'EUR', '1850']]);
    expect(amountsOf('Reuters wrote “at least” 190,000 roubles a month – about $2,000 – plus extra benefits', 'en')).toEqual([
      ['190,000 roubles', 'RUB', '190000'],
      ['$2,000', 'USD', '2000'],
    ]);
  });

  it('keeps the amounts of a conversion note and drops its rates', () => {
    const da =
      'Afledt omregning: 495.000 rubler er ca. 36.190 kr. med Ruslands centralbanks officielle eurokurs den 3. august 2023 ' +
      '(101,9268 rubler pr. euro) og ca. 35.980 kr. med kursen den 4. august (102,5310) – begge delt med 7,4523 kr. pr. euro, ' +
      'som er udledt af den amerikanske centralbanks månedsgennemsnit for august 2023 (6,8308 kr. og 0,9166 euro pr. dollar). ' +
      'B.T.s 36.000 kr. svarer til 13,75 rubler pr. krone og passer med kurserne omkring Reuters’ historie. ' +
      'Reuters omregnede selv beløbet til ca. 5.300 dollar. [@polsat-2023-08-03; @cbr-eur-2023-08; @fred-monthly-2023]';
    expect(amountsOf(da, 'da')).toEqual([
      ['495.000 rubler', 'RUB', '495000'],
      ['36.190 kr.', 'DKK', '36190'],
      ['35.980 kr.', 'DKK', '35980'],
      ['36.000 kr.', 'DKK', '36000'],
      ['5.300 dollar', 'USD', '5300'],
    ]);
    const en =
      'Derived conversion: 495,000 roubles is about DKK 36,190 at the Central Bank of Russia’s official euro rate of 3 August 2023 ' +
      '(101.9268 roubles per euro) and about DKK 35,980 at the rate of 4 August (102.5310) – both divided by DKK 7.4523 per euro, ' +
      'derived from the US Federal Reserve’s monthly averages for August 2023 (DKK 6.8308 and EUR 0.9166 per dollar). ' +
      'B.T.’s DKK 36,000 implies 13.75 roubles per krone and fits the rates around the day of Reuters’ story. ' +
      'Reuters itself converted the sum to about $5,300. [@polsat-2023-08-03; @cbr-eur-2023-08; @fred-monthly-2023]';
    expect(amountsOf(en, 'en')).toEqual([
      ['495,000 roubles', 'RUB', '495000'],
      ['DKK 36,190', 'DKK', '36190'],
      ['DKK 35,980', 'DKK', '35980'],
      ['DKK 36,000', 'DKK', '36000'],
      ['$5,300', 'USD', '5300'],
    ]);
  });
});

describe('findAmounts: Russian and Kazakh', () => {
  it('finds the article\'s sums as the translations write them, with a no-break space in the thousands', () => {
    const ru = `единовременную выплату в размере 495${NBSP}000 рублей, что соответствует 36${NBSP}000 крон, если они`;
    expect(amountsOf(ru, 'ru')).toEqual([
      [`495${NBSP}000 рублей`, 'RUB', '495000'],
      [`36${NBSP}000 крон`, 'DKK', '36000'],
    ]);
    const kk = `495${NBSP}000 рубль біржолғы төлем, яғни 36${NBSP}000 крона`;
    expect(amountsOf(kk, 'kk')).toEqual([
      [`495${NBSP}000 рубль`, 'RUB', '495000'],
      [`36${NBSP}000 крона`, 'DKK', '36000'],
    ]);
  });

  it('reads every Russian plural form and the common abbreviations', () => {
    expect(amountsOf(`1 рубль, 2 рубля, 5 рублей, 13,75 рубля, 1 крона, 3 кроны, 36${NBSP}000 крон, 5${NBSP}300 долларов, 2 доллара, 4${NBSP}856 евро, 100 тенге, 1,5 млн рублей`, 'ru')).toEqual([
      ['1 рубль', 'RUB', '1'],
      ['2 рубля', 'RUB', '2'],
      ['5 рублей', 'RUB', '5'],
      ['13,75 рубля', 'RUB', '13.75'],
      ['1 крона', 'DKK', '1'],
      ['3 кроны', 'DKK', '3'],
      [`36${NBSP}000 крон`, 'DKK', '36000'],
      [`5${NBSP}300 долларов`, 'USD', '5300'],
      ['2 доллара', 'USD', '2'],
      [`4${NBSP}856 евро`, 'EUR', '4856'],
      ['100 тенге', 'KZT', '100'],
      ['1,5 млн рублей', 'RUB', '1500000'],
    ]);
  });

  it('reads Kazakh currency words with their case endings, the ending inside the match', () => {
    expect(amountsOf(`495${NBSP}000 рубльге, 190${NBSP}000 рубльден, 13${NBSP}800 кроналық, 5${NBSP}300 доллар, 100 теңгеге`, 'kk')).toEqual([
      [`495${NBSP}000 рубльге`, 'RUB', '495000'],
      [`190${NBSP}000 рубльден`, 'RUB', '190000'],
      [`13${NBSP}800 кроналық`, 'DKK', '13800'],
      [`5${NBSP}300 доллар`, 'USD', '5300'],
      ['100 теңгеге', 'KZT', '100'],
    ]);
  });

  it('keeps "в месяц" an amount and "за евро" a rate', () => {
    expect(amountsOf(`190${NBSP}000 рублей в месяц`, 'ru')).toEqual([[`190${NBSP}000 рублей`, 'RUB', '190000']]);
    expect(amountsOf('101,93 рубля за евро', 'ru')).toEqual([]);
  });
});

describe('formatMoney: currency words in running text', () => {
  it('chooses the Russian form by Intl.PluralRules, and keeps Kazakh nouns singular after a number', () => {
    const prose = (n: string, cur: Currency, lang: Locale, places = 0) => formatMoney(parseDecimal(n), cur, lang, places, { prose: true }).replaceAll(NBSP, ' ');
    expect(prose('1', 'RUB', 'ru')).toBe('1 рубль');
    expect(prose('2', 'RUB', 'ru')).toBe('2 рубля');
    expect(prose('5', 'RUB', 'ru')).toBe('5 рублей');
    expect(prose('21', 'RUB', 'ru')).toBe('21 рубль');
    expect(prose('495000', 'RUB', 'ru')).toBe('495 000 рублей');
    expect(prose('13.75', 'RUB', 'ru', 2)).toBe('13,75 рубля');
    expect(prose('36000', 'DKK', 'ru')).toBe('36 000 крон');
    expect(prose('3', 'DKK', 'ru')).toBe('3 кроны');
    expect(prose('495000', 'RUB', 'kk')).toBe('495 000 рубль');
    expect(prose('1', 'DKK', 'kk')).toBe('1 крона');
    expect(prose('495000', 'RUB', 'da')).toBe('495.000 rubler');
  });
});

describe('findAmounts: awkward forms', () => {
  it('takes ordinary, no-break and narrow no-break spaces as thousands separators and before the currency', () => {
    for (const space of [' ', NBSP, NNBSP]) {
      expect(amountsOf(`ca. 495${space}000${space}rubler`, 'da')).toEqual([[`495${space}000${space}rubler`, 'RUB', '495000']]);
      expect(amountsOf(`about 495${space}000${space}roubles`, 'en')).toEqual([[`495${space}000${space}roubles`, 'RUB', '495000']]);
      expect(amountsOf(`DKK${space}1${space}234${space}567`, 'en')).toEqual([[`DKK${space}1${space}234${space}567`, 'DKK', '1234567']]);
    }
  });

  it('reads Danish millions, billions, decimals and codes', () => {
    expect(amountsOf('et beløb på 1,5 mio. kr. i alt', 'da')).toEqual([['1,5 mio. kr.', 'DKK', '1500000']]);
    expect(amountsOf('1,5 millioner rubler', 'da')).toEqual([['1,5 millioner rubler', 'RUB', '1500000']]);
    expect(amountsOf('2,37 mio. tenge', 'da')).toEqual([['2,37 mio. tenge', 'KZT', '2370000']]);
    expect(amountsOf('2 mia. dollar og 3 milliarder euro', 'da')).toEqual([
      ['2 mia. dollar', 'USD', '2000000000'],
      ['3 milliarder euro', 'EUR', '3000000000'],
    ]);
    expect(amountsOf('13.800 kr.', 'da')).toEqual([['13.800 kr.', 'DKK', '13800']]);
    expect(amountsOf('36.000,50 kr.', 'da')).toEqual([['36.000,50 kr.', 'DKK', '36000.5']]);
    expect(amountsOf('DKK 36.000 og 495.000 RUB', 'da')).toEqual([
      ['DKK 36.000', 'DKK', '36000'],
      ['495.000 RUB', 'RUB', '495000'],
    ]);
    expect(amountsOf('kr. 36.000, $5.300, US$5.300, €4.780', 'da')).toEqual([
      ['kr. 36.000', 'DKK', '36000'],
      ['$5.300', 'USD', '5300'],
      ['US$5.300', 'USD', '5300'],
      ['€4.780', 'EUR', '4780'],
    ]);
    expect(amountsOf('5.300 US-dollar, 5.300 US$ og 495.000 russiske rubler', 'da')).toEqual([
      ['5.300 US-dollar', 'USD', '5300'],
      ['5.300 US$', 'USD', '5300'],
      ['495.000 russiske rubler', 'RUB', '495000'],
    ]);
    expect(amountsOf('1 rubel, 1 krone, 36000 Kroner', 'da')).toEqual([
      ['1 rubel', 'RUB', '1'],
      ['1 krone', 'DKK', '1'],
      ['36000 Kroner', 'DKK', '36000'],
    ]);
  });

  it('reads English millions, decimals, codes and signs', () => {
    expect(amountsOf('1.5 million roubles', 'en')).toEqual([['1.5 million roubles', 'RUB', '1500000']]);
    expect(amountsOf('$1.5m and $2bn', 'en')).toEqual([
      ['$1.5m', 'USD', '1500000'],
      ['$2bn', 'USD', '2000000000'],
    ]);
    expect(amountsOf('2 billion tenge', 'en')).toEqual([['2 billion tenge', 'KZT', '2000000000']]);
    expect(amountsOf('DKK 36,000 and RUB 495,000', 'en')).toEqual([
      ['DKK 36,000', 'DKK', '36000'],
      ['RUB 495,000', 'RUB', '495000'],
    ]);
    expect(amountsOf('36,000.50 euros, US$5,300, 5,300 US dollars, 36,000 Danish kroner, 1 rouble, 2 rubles', 'en')).toEqual([
      ['36,000.50 euros', 'EUR', '36000.5'],
      ['US$5,300', 'USD', '5300'],
      ['5,300 US dollars', 'USD', '5300'],
      ['36,000 Danish kroner', 'DKK', '36000'],
      ['1 rouble', 'RUB', '1'],
      ['2 rubles', 'RUB', '2'],
    ]);
  });

  it('keeps "a month" and "per month": only a currency after "per" makes a rate', () => {
    expect(amountsOf('190.000 rubler om måneden', 'da')).toEqual([['190.000 rubler', 'RUB', '190000']]);
    expect(amountsOf('190.000 rubler pr. måned', 'da')).toEqual([['190.000 rubler', 'RUB', '190000']]);
    expect(amountsOf('190,000 roubles a month', 'en')).toEqual([['190,000 roubles', 'RUB', '190000']]);
    expect(amountsOf('190,000 roubles per month', 'en')).toEqual([['190,000 roubles', 'RUB', '190000']]);
  });

  it('reads codes in capitals only and currency words only as whole words', () => {
    expect(amountsOf('500 usd og 500 dkk', 'da')).toEqual([]);
    expect(amountsOf('36.000 krigere i 27 euro-lande', 'da')).toEqual([]);
    expect(amountsOf('500 dollarbills', 'en')).toEqual([]);
  });
});

describe('findAmounts: not money', () => {
  const notMoney: Record<Locale, string[]> = {
    da: [
      '13,75 rubler pr. krone',
      '7,4523 kr. pr. euro',
      'begge delt med 7,4523 kr. pr. euro, som er udledt',
      '(101,9268 rubler pr. euro)',
      '0,9166 euro pr. dollar',
      '(6,8308 kr. og 0,9166 euro pr. dollar)',
      '20,8613 rubler per 100 tenge',
      'i 2023',
      '3. august 2023',
      'den 4. august (102,5310)',
      'de mere end 3 millioner etniske russere',
      'med 5 til 9 års fængsel',
      '141–5–35',
      '§ 172, stk. 2',
      'Art. 172',
      'artikel 172 og artikel 170',
      'resolution ES-11/1',
      'et fald på 0,5 % og 12 %',
      'fra 1.500 til 5.000',
      '1.00.000 kr.',
      '1 00 000 rubler',
      '36.00 kr.',
      '−500 kr.',
    ],
    en: [
      '13.75 roubles per krone',
      'DKK 7.4523 per euro',
      'both divided by DKK 7.4523 per euro, derived',
      'EUR 0.9166 per dollar',
      '(DKK 6.8308 and EUR 0.9166 per dollar)',
      '20.8613 roubles per 100 tenge',
      '101.9268 roubles to the euro',
      'in 2023',
      '3 August 2023',
      'the more than 3 million ethnic Russians',
      'with 5 to 9 years in prison',
      '141–5–35',
      'Article 172 of the Criminal Code',
      'Art. 172',
      'resolution ES-11/1',
      'a fall of 0.5% and 12 %',
      'from 1,500 to 5,000',
      '12,34,567 roubles',
      '1,00,000 roubles',
      '12 34 567 roubles',
      'A$500',
    ],
    ru: [
      '101,9268 рубля за евро',
      '13,75 рубля за крону',
      '20,8613 рубля за 100 тенге',
      '3 августа 2023 года',
      'более 3 миллионов этнических русских',
      'от 5 до 9 лет лишения свободы',
      'статьи 172 и 170',
      'резолюция ES-11/1',
      `от 1${NBSP}500 до 5${NBSP}000`,
      '1.00.000 рублей',
      '12,34,567 рублей',
      'рублёвый курс',
      '36 кронштейнов',
    ],
    kk: [
      '2023 жылғы 3 тамыз',
      '3 миллионнан астам этникалық орыс',
      '5 жылдан 9 жылға дейін',
      '172-бап',
      'ES-11/1 қарары',
      `1${NBSP}500-ден 5${NBSP}000-ға дейін`,
      '1.00.000 рубль',
      '36 кронштейн',
    ],
  };
  for (const lang of LOCALES) {
    it.each(notMoney[lang])(`${lang}: %s`, (text) => {
      expect(findAmounts(text, lang)).toEqual([]);
    });
  }
});

describe('parseNumber', () => {
  it.each<[string, Locale, string]>([
    ['495.000', 'da', '495000'],
    ['495 000', 'da', '495000'],
    [`495${NBSP}000`, 'da', '495000'],
    [`1${NNBSP}495${NNBSP}000`, 'da', '1495000'],
    ['13.800', 'da', '13800'],
    ['36.000,50', 'da', '36000.5'],
    ['0,9166', 'da', '0.9166'],
    ['1,5 mio.', 'da', '1500000'],
    ['1,5 millioner', 'da', '1500000'],
    ['2,37 mio.', 'da', '2370000'],
    ['2 mia.', 'da', '2000000000'],
    ['2 milliarder', 'da', '2000000000'],
    ['36000', 'da', '36000'],
    ['36,000', 'en', '36000'],
    ['495 000', 'en', '495000'],
    ['36,000.50', 'en', '36000.5'],
    ['1.5 million', 'en', '1500000'],
    ['2.37 million', 'en', '2370000'],
    ['2 billion', 'en', '2000000000'],
    ['1.5m', 'en', '1500000'],
    ['101.9268', 'en', '101.9268'],
    // English "495.000" is a decimal: the conventions, not the digits, decide.
    ['495.000', 'en', '495'],
  ])('%s (%s) = %s', (text, lang, value) => {
    const parsed = parseNumber(text, lang);
    expect(parsed && compare(parsed, parseDecimal(value))).toBe(0);
  });

  it.each<[string, Locale]>([
    ['1.00.000', 'da'],
    ['36.00', 'da'],
    ['1.5', 'da'],
    ['495.000 000', 'da'],
    ['1,5 mio', 'en'],
    ['12,34,567', 'en'],
    ['1,00', 'en'],
    ['1,5', 'en'],
    ['', 'da'],
    ['kr.', 'da'],
    ['ES-11', 'en'],
    ['1.5 m', 'en'],
  ])('"%s" is no number in %s', (text, lang) => {
    expect(parseNumber(text, lang)).toBeUndefined();
  });
});

describe('properties', () => {
  const locale = fc.constantFrom(...LOCALES);
  const currency = fc.constantFrom(...CURRENCIES);
  /** A non-negative amount up to 10^12 with its rounding places: whole units, or with cents. */
  const amount = fc.oneof(
    fc.bigInt({ min: 0n, max: 10n ** 12n }).map((units) => ({ value: rational(units), places: 0 })),
    fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 99n }))
      .map(([units, cents]) => ({ value: rational(units * 100n + cents, 100n), places: 2 })),
  );

  it('finds exactly the amount formatMoney wrote, alone and in a sentence', () => {
    fc.assert(
      fc.property(locale, currency, amount, (lang, cur, { value, places }) => {
        const formatted = formatMoney(value, cur, lang, places);
        const rounded = parseDecimal(roundTo(value, places));
        const alone = findAmounts(formatted, lang);
        expect(alone).toHaveLength(1);
        expect(alone[0]).toMatchObject({ index: 0, length: formatted.length, text: formatted, currency: cur });
        expect(compare(alone[0]!.value, rounded)).toBe(0);

        const [before, after] = lang === 'da' ? ['svarende til ca. ', ' om måneden.'] : ['equivalent to about ', ' a month.'];
        const inSentence = findAmounts(`${before}${formatted}${after}`, lang);
        expect(inSentence).toHaveLength(1);
        expect(inSentence[0]).toMatchObject({ index: before.length, text: formatted, currency: cur });
      }),
      { numRuns: 500 },
    );
  });

  it('reads back whole numbers formatted by Intl', () => {
    fc.assert(
      fc.property(locale, fc.bigInt({ min: 0n, max: 10n ** 15n }), (lang, n) => {
        const parsed = parseNumber(new Intl.NumberFormat(intlLocale(lang)).format(n), lang);
        expect(parsed && compare(parsed, rational(n))).toBe(0);
      }),
    );
  });

  it('reads back numbers with 1–4 decimal places formatted by Intl', () => {
    fc.assert(
      fc.property(locale, fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 1, max: 4 }), (lang, scaled, places) => {
        const value = rational(scaled, 10n ** BigInt(places));
        const exact = roundTo(value, places);
        const formatted = new Intl.NumberFormat(intlLocale(lang), {
          minimumFractionDigits: places,
          maximumFractionDigits: places,
        }).format(exact as Intl.StringNumericLiteral);
        const parsed = parseNumber(formatted, lang);
        expect(parsed && compare(parsed, value)).toBe(0);
      }),
    );
  });
});
