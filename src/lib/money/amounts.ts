/**
 * Finds money amounts in running text ("495.000 rubler", "DKK 36,000", "ca. $5,300"),
 * so that the Markdown plugin can link each one to its glossary entry. An amount with
 * no entry fails the build, so the rules are strict both ways: a number counts only
 * with a currency right before or after it, grouped the way its language groups
 * numbers, and an exchange rate ("13,75 rubler pr. krone") is not an amount.
 */

import type { Locale } from '../core/locales';
import { mul, parseDecimal, rational, type Rational } from './decimal';
import { CONVENTIONS, type Conventions } from './amount-conventions';
import { CURRENCIES, type Currency } from './currency';

/** One money amount found in a text. */
export interface FoundAmount {
  /** Offset of the match in the text, and its length (the whole match: number and currency words/symbols). */
  index: number;
  length: number;
  /** The matched text exactly as in the input. */
  text: string;
  currency: Currency;
  /** The exact value (e.g. 495000, 1.5 million → 1500000, 36000.5). */
  value: Rational;
}

/** The spaces Intl and editors put in numbers and between number and currency. */
const SPACE = '[ \\u00A0\\u202F]';

/** The currency codes, matched in capitals only: "usd" in prose is not a code. */
const CODES: readonly string[] = CURRENCIES;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex alternation of `words`, longest first so "kroner" wins over "krone", spaces as any space. */
function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, SPACE))
    .join('|');
}

/** Nothing word-like may follow a word: "kr" is not the start of "krig", "euro" not of "euro-lande". */
const WORD_END = '(?![\\p{L}\\p{N}-])';

/** The regular expressions of one language, built once from its `Conventions`. */
interface Syntax {
  /** A whole number, anchored, with its parts captured: integer, decimals, scale word. */
  exact: RegExp;
  /** All amounts: `pre` + `n1`, or `n2` + `post`. */
  amounts: RegExp;
  /** A rate's tail right after an amount: " pr. euro", " per 100 tenge". */
  rateTail: RegExp;
  /** The words between two rates that share a tail. */
  join: RegExp;
  /** The language's case endings of currency words, longest first ("рубльден" is "рубль" + "ден", not "рубльде" + "н"). */
  endings: readonly string[];
}

/** Builds a language's regular expressions from its conventions. */
function syntaxOf(c: Conventions): Syntax {
  const g = escape(c.group);
  const d = escape(c.decimal);
  // Either all groups use the language's separator or all use spaces, never a mix.
  const integer = `\\d{1,3}(?:${g}\\d{3})+|\\d{1,3}(?:${SPACE}\\d{3})+|\\d+`;
  // A separator followed by a digit right after the number means it was grouped wrongly.
  const end = `(?![.,]\\d|${SPACE}\\d)`;
  const spaced = c.scales.filter((s) => s.spaced).map((s) => s.word);
  const tight = c.scales.filter((s) => !s.spaced).map((s) => s.word);
  const scale = [
    spaced.length ? `${SPACE}?(?:${alternation(spaced)})` : '',
    tight.length ? `(?:${alternation(tight)})` : '',
  ]
    .filter(Boolean)
    .join('|');
  // "mio." ends in its own full stop; the other scale words must end as words.
  const scaleSuffix = `(?:(?i:${scale})(?:(?<=\\.)|${WORD_END}))`;
  // Digits grouped consistently, optional decimals, an optional scale word; no captures.
  const number = `(?:${integer})(?:${d}\\d+)?${end}${scaleSuffix}?`;
  const codes = CODES.join('|');
  const endings = c.endings?.length ? `(?:${alternation(c.endings)})?` : '';
  const after = `(?:(?i:(?:${alternation(Object.keys(c.after))})${endings})|${codes})`;
  const before = `(?:(?i:${alternation(Object.keys(c.before))})|${codes})`;
  const unit = `(?:(?i:${alternation([...Object.keys(c.after), ...Object.keys(c.before)])})|${codes})`;
  // A number has no digit, letter or minus sign glued to its front ("ES-11", "−5"),
  // and is not the tail of a longer one (the "00.000" of "1.00.000").
  const start = `(?<![\\p{L}\\p{N}\\-−]|\\p{N}(?:[.,]|${SPACE}))`;
  // A marker in front only needs to start a word ("A$5" is no US dollar amount).
  const amounts = new RegExp(
    `(?<![\\p{L}\\p{N}])(?<pre>${before})${SPACE}?(?<n1>${number})` +
      `|${start}(?<n2>${number})${SPACE}?(?<post>${after})${WORD_END}`,
    'gu',
  );
  const exact = new RegExp(
    `^(?<int>${integer})(?:${d}(?<dec>\\d+))?${end}(?<scale>${scaleSuffix})?$`,
    'u',
  );
  const rateTail = new RegExp(
    `^${SPACE}+(?i:${alternation(c.per)})${SPACE}+(?:${number}${SPACE}?)?${unit}${WORD_END}`,
    'u',
  );
  const join = new RegExp(`^${SPACE}+(?i:${alternation(c.and)})${SPACE}+$`, 'u');
  const endingsLongestFirst = [...(c.endings ?? [])].sort((a, b) => b.length - a.length);
  return { exact, amounts, rateTail, join, endings: endingsLongestFirst };
}

const SYNTAX = Object.fromEntries(Object.entries(CONVENTIONS).map(([lang, c]) => [lang, syntaxOf(c)])) as Record<Locale, Syntax>;

/** Lower case and plain spaces, the form the marker and scale tables are keyed by. */
const normalise = (s: string): string => s.toLowerCase().replace(/[\u00A0\u202F]/g, ' ').trim();

/** The currency of a marker as matched: a code as written, else a word of `table`, bare or with one of `endings` (longest first). */
function currencyOf(marker: string, table: Readonly<Record<string, Currency>>, endings: readonly string[] = []): Currency | undefined {
  if (CODES.includes(marker)) return marker as Currency;
  const word = normalise(marker);
  if (table[word]) return table[word];
  const ending = endings.find((e) => word.endsWith(e) && table[word.slice(0, -e.length)]);
  return ending ? table[word.slice(0, -ending.length)] : undefined;
}

/**
 * Parses a number as written in `lang` ("495.000", "495 000", "1,5 mio.", "36,000",
 * "1.5 million", "13.800", "0,9166"); undefined if it is not a number in that
 * language's conventions. Danish "495.000" is always 495000, never 495.0, and a
 * wrongly grouped number ("1.00.000", "12,34,567") is no number at all.
 */
export function parseNumber(text: string, lang: Locale): Rational | undefined {
  const conventions = CONVENTIONS[lang];
  const m = SYNTAX[lang].exact.exec(text.trim());
  if (!m?.groups?.int) return undefined;
  const digits = m.groups.int.replace(/[^\d]/g, '');
  const value = parseDecimal(m.groups.dec ? `${digits}.${m.groups.dec}` : digits);
  const scaleWord = m.groups.scale && normalise(m.groups.scale);
  if (!scaleWord) return value;
  const scale = conventions.scales.find((s) => s.word === scaleWord);
  return scale ? mul(value, rational(scale.factor)) : undefined;
}

/**
 * Every money amount in `text`, in order. Exchange rates are left out: an amount
 * followed by "pr."/"per" and a currency ("101,9268 rubler pr. euro", "DKK 7.4523 per
 * euro"), and an amount joined by "og"/"and" to such a rate ("6,8308 kr. og 0,9166
 * euro pr. dollar"). "Per" and something else ("190.000 rubler pr. måned") is a
 * price or a wage, and stays an amount.
 */
export function findAmounts(text: string, lang: Locale): FoundAmount[] {
  const conventions = CONVENTIONS[lang];
  const syntax = SYNTAX[lang];
  const found: FoundAmount[] = [];
  for (const m of text.matchAll(syntax.amounts)) {
    const { pre, n1, n2, post } = m.groups ?? {};
    const number = n1 ?? n2;
    const currency = pre ? currencyOf(pre, conventions.before) : post ? currencyOf(post, conventions.after, syntax.endings) : undefined;
    const value = number === undefined ? undefined : parseNumber(number, lang);
    if (!currency || !value) continue;
    found.push({ index: m.index, length: m[0].length, text: m[0], currency, value });
  }
  // Where each rate's tail ends: the unit inside it ("per 100 tenge") is no amount either.
  const tailEnds = found.map((a) => {
    const end = a.index + a.length;
    const tail = syntax.rateTail.exec(text.slice(end));
    return tail ? end + tail[0].length : undefined;
  });
  const isRate = tailEnds.map((end) => end !== undefined);
  // From the end, so that a whole "A og B og C pr. dollar" becomes rates.
  for (let i = found.length - 2; i >= 0; i--) {
    const here = found[i]!;
    const next = found[i + 1]!;
    if (isRate[i + 1] && syntax.join.test(text.slice(here.index + here.length, next.index))) isRate[i] = true;
  }
  const inTail = (a: FoundAmount, i: number) => tailEnds.slice(0, i).some((end) => end !== undefined && end > a.index);
  return found.filter((a, i) => !isRate[i] && !inTail(a, i));
}
