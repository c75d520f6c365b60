/**
 * How each language writes numbers and money amounts, for `findAmounts` (amounts.ts):
 * its separators, scale words, currency words and symbols, and the words that make an
 * amount a rate. A new language adds its entry here.
 */

import type { Locale } from '../core/locales';
import type { Currency } from './currency';

/** How one language writes numbers and currencies. Words are matched case-insensitively. */
export interface Conventions {
  group: string;
  decimal: string;
  /** Multipliers written after the number: "mio." → 10^6. `spaced: false` must touch the digits ("1.5m"). */
  scales: readonly { word: string; factor: bigint; spaced: boolean }[];
  /** Currency words and symbols after the number (the codes are added to both sides). */
  after: Readonly<Record<string, Currency>>;
  /** Currency symbols and words before the number. */
  before: Readonly<Record<string, Currency>>;
  /** What turns "<amount> <currency>" into a rate: "pr. euro", "per 100 tenge". */
  per: readonly string[];
  /** What joins two rates that share one "per" ("6,8308 kr. og 0,9166 euro pr. dollar"). */
  and: readonly string[];
  /**
   * Case endings a currency word may carry (an agglutinative language: Kazakh "рубльге",
   * "кронадан", "долларлық"): each word of `after` also matches with any of these appended.
   */
  endings?: readonly string[];
}

/** The currency signs written before a number in every language of the edition ("$5,300", "€4 800"). */
const SIGNS_BEFORE: Readonly<Record<string, Currency>> = { $: 'USD', 'us$': 'USD', '€': 'EUR' };

const MILLION = 10n ** 6n;
const BILLION = 10n ** 9n;

/** Each language's conventions: every language of the edition has an entry. */
export const CONVENTIONS: Record<Locale, Conventions> = {
  da: {
    group: '.',
    decimal: ',',
    scales: [
      { word: 'mio.', factor: MILLION, spaced: true },
      { word: 'mio', factor: MILLION, spaced: true },
      { word: 'million', factor: MILLION, spaced: true },
      { word: 'millioner', factor: MILLION, spaced: true },
      { word: 'mia.', factor: BILLION, spaced: true },
      { word: 'mia', factor: BILLION, spaced: true },
      { word: 'milliard', factor: BILLION, spaced: true },
      { word: 'milliarder', factor: BILLION, spaced: true },
    ],
    after: {
      rubler: 'RUB',
      rubel: 'RUB',
      'russiske rubler': 'RUB',
      kroner: 'DKK',
      krone: 'DKK',
      'danske kroner': 'DKK',
      'kr.': 'DKK',
      kr: 'DKK',
      dollar: 'USD',
      dollars: 'USD',
      'us-dollar': 'USD',
      'us-dollars': 'USD',
      'us$': 'USD',
      $: 'USD',
      euro: 'EUR',
      '€': 'EUR',
      tenge: 'KZT',
    },
    before: { ...SIGNS_BEFORE, 'kr.': 'DKK' },
    per: ['pr.', 'per'],
    and: ['og', 'eller'],
  },
  en: {
    group: ',',
    decimal: '.',
    scales: [
      { word: 'million', factor: MILLION, spaced: true },
      { word: 'billion', factor: BILLION, spaced: true },
      { word: 'm', factor: MILLION, spaced: false },
      { word: 'bn', factor: BILLION, spaced: false },
    ],
    after: {
      roubles: 'RUB',
      rouble: 'RUB',
      rubles: 'RUB',
      ruble: 'RUB',
      'russian roubles': 'RUB',
      'russian rubles': 'RUB',
      kroner: 'DKK',
      krone: 'DKK',
      'danish kroner': 'DKK',
      'danish krone': 'DKK',
      dollars: 'USD',
      dollar: 'USD',
      'us dollars': 'USD',
      'us dollar': 'USD',
      euros: 'EUR',
      euro: 'EUR',
      tenge: 'KZT',
    },
    before: SIGNS_BEFORE,
    per: ['per', 'to the', 'to one'],
    and: ['and', 'or'],
  },
  ru: {
    group: '\u00a0',
    decimal: ',',
    scales: [
      { word: 'млн', factor: MILLION, spaced: true },
      { word: 'миллион', factor: MILLION, spaced: true },
      { word: 'миллиона', factor: MILLION, spaced: true },
      { word: 'миллионов', factor: MILLION, spaced: true },
      { word: 'млрд', factor: BILLION, spaced: true },
      { word: 'миллиард', factor: BILLION, spaced: true },
      { word: 'миллиарда', factor: BILLION, spaced: true },
      { word: 'миллиардов', factor: BILLION, spaced: true },
    ],
    after: {
      рубль: 'RUB',
      рубля: 'RUB',
      рублей: 'RUB',
      рублям: 'RUB',
      'российских рублей': 'RUB',
      'руб.': 'RUB',
      '₽': 'RUB',
      крона: 'DKK',
      кроны: 'DKK',
      крон: 'DKK',
      крону: 'DKK',
      кронам: 'DKK',
      'датская крона': 'DKK',
      'датские кроны': 'DKK',
      'датских крон': 'DKK',
      доллар: 'USD',
      доллара: 'USD',
      долларов: 'USD',
      долларам: 'USD',
      'долларов сша': 'USD',
      $: 'USD',
      евро: 'EUR',
      '€': 'EUR',
      тенге: 'KZT',
      '₸': 'KZT',
    },
    before: SIGNS_BEFORE,
    per: ['за'],
    and: ['и', 'или'],
  },
  kk: {
    group: '\u00a0',
    decimal: ',',
    scales: [
      { word: 'млн', factor: MILLION, spaced: true },
      { word: 'миллион', factor: MILLION, spaced: true },
      { word: 'млрд', factor: BILLION, spaced: true },
      { word: 'миллиард', factor: BILLION, spaced: true },
    ],
    // Kazakh keeps the noun singular after a numeral ("495 000 рубль") and adds its case
    // and derivational endings to it (see `endings`).
    after: {
      рубль: 'RUB',
      рублі: 'RUB',
      'ресей рублі': 'RUB',
      крона: 'DKK',
      'дат кронасы': 'DKK',
      доллар: 'USD',
      еуро: 'EUR',
      '€': 'EUR',
      $: 'USD',
      теңге: 'KZT',
      '₸': 'KZT',
    },
    before: SIGNS_BEFORE,
    per: ['үшін'],
    and: ['және', 'немесе'],
    endings: [
      'ға', 'ге', 'қа', 'ке', 'на', 'не', 'да', 'де', 'та', 'те', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
      'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'мен', 'бен', 'пен', 'лық', 'лік', 'дық', 'дік', 'тық', 'тік',
      'сы', 'сі', 'ы', 'і', 'ның', 'нің', 'дың', 'дің',
    ],
  },
};
