import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { ContentErrors } from '../core/errors';
import type { SourceRegistry } from '../sources/sources';
import { parseDecimal, type Rational } from './decimal';
import { parseFigures, parseRates, parseRateSourceRules, parseWages, type Figure, type RateRow, type RateSourceRule, type Wage } from './data';
import { checkDerivedRows, monthSeries, RANGE_MONTH, rateOn, REPORT_DATES } from './glossary';
import { ContentError } from '../core/errors';
import { MONTH_CURRENCIES } from './currency';

/** The money data: rates, figures, wages, and how the derived krone series was made. */
export interface MoneyData {
  rates: RateRow[];
  rules: RateSourceRule[];
  figures: Figure[];
  wages: Wage[];
  /** EUR/DKK the derived krone series divides the CBR euro rate by. */
  divisor: Rational;
  /** The sources that state the divisor (those of the rule that gives it). */
  divisorSources: string[];
}

/** The files, relative to the project root. */
export const MONEY_FILES = {
  rates: ['content/money/rates-2023.csv', 'content/money/rates-2023-derived.csv'],
  rules: 'content/money/rate-sources.yaml',
  figures: 'content/money/figures.yaml',
  wages: 'content/money/wages.yaml',
} as const;

/**
 * Reads and checks every money file under `root`. Stops the build, naming file and
 * place, on a malformed row, a row without a source, an unknown source id, a derived
 * krone rate that is not the euro rate ÷ the stated divisor, or a rate the pages need
 * that no rate file has (see `checkRateCoverage`).
 */
export function loadMoney(root: string, registry: SourceRegistry): MoneyData {
  const read = (file: string) => readFileSync(`${root.replace(/\/$/, '')}/${file}`, 'utf8');
  const rules = parseRateSourceRules(parseYaml(read(MONEY_FILES.rules)), MONEY_FILES.rules, registry);
  const rates = MONEY_FILES.rates.flatMap((file) => parseRates(read(file), file, rules));
  const divisorRule = rules.find((r) => r.divisor);
  const divisorText = divisorRule?.divisor;
  if (!divisorRule || !divisorText) throw new ContentErrors([new ContentError(MONEY_FILES.rules, 'divisor', 'no rule states the divisor of the derived krone series')]);
  const divisor = parseDecimal(divisorText);
  const wrong = checkDerivedRows(rates, divisor);
  if (wrong.length) throw new ContentErrors(wrong.map((w) => new ContentError(w.split(': ')[0]!, 'rub_value', w.split(': ').slice(1).join(': '))));
  const data: MoneyData = {
    rates,
    rules,
    divisor,
    divisorSources: divisorRule.sources,
    figures: parseFigures(read(MONEY_FILES.figures), MONEY_FILES.figures, registry),
    wages: parseWages(read(MONEY_FILES.wages), MONEY_FILES.wages, registry),
  };
  const missing = checkRateCoverage(data);
  if (missing.length) throw new ContentErrors(missing);
  return data;
}

/**
 * The rates the money computations need, and that the rate files must therefore have:
 * the currency of each figure's article conversion on both report dates (its generated
 * note recomputes it there), each non-rouble wage's currency on the first report date
 * (the perspective), and kroner and euros in the charted month. Without this check a
 * missing row would surface as a bare error from deep inside a page's rendering.
 */
export function checkRateCoverage(data: Pick<MoneyData, 'rates' | 'figures' | 'wages'>): ContentError[] {
  const files = MONEY_FILES.rates.join(' or ');
  const errors: ContentError[] = [];
  for (const figure of data.figures) {
    const article = figure.conversions.findIndex((c) => c.article);
    const currency = figure.conversions[article]?.currency;
    if (!currency || currency === 'RUB') continue;
    for (const date of REPORT_DATES) {
      if (!rateOn(data.rates, currency, date)) {
        errors.push(new ContentError(MONEY_FILES.figures, `"${figure.id}".conversions.${article}`, `no ${currency} rate on ${date} in ${files}: the article's conversion is recomputed on each report date (${REPORT_DATES.join(', ')})`));
      }
    }
  }
  for (const wage of data.wages) {
    if (wage.currency !== 'RUB' && !rateOn(data.rates, wage.currency, REPORT_DATES[0])) {
      errors.push(new ContentError(MONEY_FILES.wages, `"${wage.id}".currency`, `no ${wage.currency} rate on ${REPORT_DATES[0]} in ${files}: the figures are compared with the wage at that day's rate`));
    }
  }
  for (const currency of MONTH_CURRENCIES) {
    if (monthSeries(data.rates, currency, RANGE_MONTH).length === 0) {
      errors.push(new ContentError(MONEY_FILES.rates[0], `currency ${currency}`, `no ${currency} rate in ${RANGE_MONTH} in ${files}: the money page charts that month`));
    }
  }
  return errors;
}
