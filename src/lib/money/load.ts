import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { ContentErrors } from '../content/errors';
import type { SourceRegistry } from '../content/sources';
import { parseDecimal, type Rational } from './decimal';
import { parseFigures, parseRates, parseRateSourceRules, parseWages, type Figure, type RateRow, type RateSourceRule, type Wage } from './data';
import { checkDerivedRows } from './glossary';
import { ContentError } from '../content/errors';

/** The money data: rates, figures, wages, and how the derived krone series was made. */
export interface MoneyData {
  rates: RateRow[];
  rules: RateSourceRule[];
  figures: Figure[];
  wages: Wage[];
  /** EUR/DKK the derived krone series divides the CBR euro rate by. */
  divisor: Rational;
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
 * place, on a malformed row, a row without a source, an unknown source id, or a derived
 * krone rate that is not the euro rate ÷ the stated divisor.
 */
export function loadMoney(root: string, registry: SourceRegistry): MoneyData {
  const read = (file: string) => readFileSync(`${root.replace(/\/$/, '')}/${file}`, 'utf8');
  const rules = parseRateSourceRules(parseYaml(read(MONEY_FILES.rules)), MONEY_FILES.rules, registry);
  const rates = MONEY_FILES.rates.flatMap((file) => parseRates(read(file), file, rules));
  const divisorText = rules.find((r) => r.divisor)?.divisor;
  if (!divisorText) throw new ContentErrors([new ContentError(MONEY_FILES.rules, 'divisor', 'no rule states the divisor of the derived krone series')]);
  const divisor = parseDecimal(divisorText);
  const wrong = checkDerivedRows(rates, divisor);
  if (wrong.length) throw new ContentErrors(wrong.map((w) => new ContentError(w.split(': ')[0]!, 'rub_value', w.split(': ').slice(1).join(': '))));
  return {
    rates,
    rules,
    divisor,
    figures: parseFigures(read(MONEY_FILES.figures), MONEY_FILES.figures, registry),
    wages: parseWages(read(MONEY_FILES.wages), MONEY_FILES.wages, registry),
  };
}
