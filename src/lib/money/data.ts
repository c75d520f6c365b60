import { z } from 'astro/zod';
import { parse as parseCsv } from 'csv-parse/sync';
import { isDay } from '../core/ids';
import { ContentError, ContentErrors } from '../core/errors';
import type { SourceRegistry } from '../sources/sources';
import { localised } from '../core/schema-parts';
import { parseSourcedMap, parseYamlMap } from '../core/yaml-map';
import { compare, parseDecimal, type Rational } from './decimal';
import { CURRENCIES, type Currency } from './currency';
import type { Qualifier } from './intervals';

/** One exchange rate, as read from a row of a rate file. */
export interface RateRow {
  /** Effective date (the day the rate applies), YYYY-MM-DD. */
  date: string;
  currency: Currency;
  /** How many units the quote is for (KZT: 100). */
  units: number;
  /** Roubles for `units` units, exactly as written. */
  rubValueText: string;
  /** Roubles per one unit of `currency`, exact. */
  rubPerUnit: Rational;
  /** The row's own source text. */
  sourceText: string;
  /** Registry ids of the sources behind the row. */
  sources: string[];
  /** A derived value (our arithmetic on sourced numbers), never an official quote. */
  derived: boolean;
  /** Where the row is: `content/money/rates-2023.csv:12`. */
  where: string;
}

/** Maps a row's source text to registry entries (content/money/rate-sources.yaml). */
export interface RateSourceRule {
  /** Text that the row's source contains. */
  match: string;
  /** Rows it matches are derived, not official quotes. */
  derived?: boolean | undefined;
  /** For the derived krone series: the EUR/DKK rate the CBR euro rate is divided by. */
  divisor?: string | undefined;
  sources: string[];
}

const ruleSchema = z.array(
  z
    .object({
      match: z.string().min(3),
      derived: z.boolean().optional(),
      divisor: z.string().regex(/^\d+\.\d+$/).optional(),
      sources: z.array(z.string()).min(1),
    })
    .strict(),
);

/** Validates the rate-source rules; every id must be in the registry. */
export function parseRateSourceRules(value: unknown, file: string, registry: SourceRegistry): RateSourceRule[] {
  const parsed = ruleSchema.safeParse(value);
  if (!parsed.success) {
    throw new ContentErrors(parsed.error.issues.map((i) => new ContentError(file, `[${i.path.join('.')}]`, i.message)));
  }
  const errors = parsed.data.flatMap((rule, i) =>
    rule.sources.filter((id) => !registry.has(id)).map((id) => new ContentError(file, `[${i}].sources`, `unknown source "${id}" (not in content/sources/*.yaml)`)),
  );
  if (errors.length) throw new ContentErrors(errors);
  return parsed.data;
}

/**
 * Parses a rate file (CSV: date,source,currency,units,rub_value), attaching the sources
 * each row's source text names. Fails naming file and line for a bad date, an unknown
 * currency, a bad number, a row whose source matches no rule, or a duplicate.
 */
export function parseRates(text: string, file: string, rules: readonly RateSourceRule[]): RateRow[] {
  const records = parseCsv(text, { columns: true, skip_empty_lines: true, info: true }) as { record: Record<string, string>; info: { lines: number } }[];
  const errors: ContentError[] = [];
  const rows: RateRow[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    const where = `${file}:${line}`;
    const fail = (field: string, problem: string) => errors.push(new ContentError(file, `${line}:${field}`, problem));
    const { date = '', source = '', currency = '', units = '', rub_value = '' } = record;
    if (!isDay(date)) fail('date', `"${date}" is not a date (YYYY-MM-DD)`);
    if (!(CURRENCIES as readonly string[]).includes(currency)) fail('currency', `unknown currency "${currency}" (known: ${CURRENCIES.join(', ')})`);
    if (!/^[1-9]\d*$/.test(units)) fail('units', `"${units}" is not a whole number of units`);
    let value: Rational | undefined;
    try {
      value = parseDecimal(rub_value);
      if (value.num <= 0n) throw new Error();
    } catch {
      fail('rub_value', `"${rub_value}" is not a positive decimal number`);
    }
    const rule = source.trim() ? rules.find((r) => source.includes(r.match)) : undefined;
    if (!source.trim()) fail('source', 'the row has no source');
    else if (!rule) fail('source', `no entry of content/money/rate-sources.yaml matches the source "${source.slice(0, 60)}…"`);
    if (!value || !rule) continue;
    rows.push({
      date,
      currency: currency as Currency,
      units: Number(units),
      rubValueText: rub_value,
      rubPerUnit: { num: value.num, den: value.den * BigInt(units) },
      sourceText: source,
      sources: rule.sources,
      derived: rule.derived ?? false,
      where,
    });
  }
  // A second row for the same day and currency corroborates the first when it gives the
  // same value (its sources are added); a different value is a conflict.
  const seen = new Map<string, RateRow>();
  const merged: RateRow[] = [];
  for (const r of rows) {
    const key = `${r.date} ${r.currency} ${r.derived ? 'derived' : 'official'}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, r);
      merged.push(r);
    } else if (compare(first.rubPerUnit, r.rubPerUnit) === 0) {
      first.sources = [...new Set([...first.sources, ...r.sources])];
      first.where = `${first.where}, ${r.where.split(':').at(-1)}`;
    } else {
      errors.push(new ContentError(file, `${r.where.split(':').at(-1)}:rub_value`, `${key} rate ${r.rubValueText} conflicts with ${first.rubValueText} at ${first.where}`));
    }
  }
  if (errors.length) throw new ContentErrors(errors);
  return merged;
}

const decimalText = z.union([z.number(), z.string()]).transform((v, ctx) => {
  try {
    return parseDecimal(String(v));
  } catch {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a decimal number` });
    return z.NEVER;
  }
});
const QUALIFIERS = ['about', 'over', 'at-least', 'just-over'] as const satisfies readonly Qualifier[];

/** One outlet's printed conversion of a figure. */
const conversionSchema = z
  .object({
    /** Who printed it. */
    outlet: z.string().min(1),
    /** The conversion the article itself printed. */
    article: z.boolean().optional(),
    /** The conversion printed by the report the article is based on (Reuters), quoted in the amount notes. */
    original: z.boolean().optional(),
    currency: z.enum(CURRENCIES),
    /** The value as printed. */
    value: decimalText,
    /** The outlet's own hedge ("about", "over", …); absent for a plain equivalence. */
    qualifier: z.enum(QUALIFIERS).optional(),
    /** Registry ids of the sources that show the outlet printed it. */
    sources: z.array(z.string()).min(1),
  })
  .strict();

/** One money figure of the article (content/money/figures.yaml). */
export const figureSchema = z
  .object({
    /** The sum in roubles. */
    rub: decimalText,
    /** Paid once, or each month. */
    period: z.enum(['once', 'month']),
    /** The article's hedge on the sum itself ("at least"). */
    qualifier: z.enum(['at-least']).optional(),
    /** The figure's name per language. */
    label: localised,
    /** A sourced remark per language, shown with the figure. */
    remark: localised.optional(),
    remarkSources: z.array(z.string()).optional(),
    conversions: z.array(conversionSchema).min(1),
  })
  .strict();

export type Figure = z.output<typeof figureSchema> & { id: string };
export type Conversion = Figure['conversions'][number];

/** Parses the figures; every source id must be in the registry and one conversion must be the article's. */
export function parseFigures(text: string, file: string, registry: SourceRegistry): Figure[] {
  const errors: ContentError[] = [];
  const out: Figure[] = [];
  for (const [id, { value, line }] of parseYamlMap(text, file, figureSchema)) {
    const ids = [...(value.remarkSources ?? []), ...value.conversions.flatMap((c) => c.sources)];
    for (const s of ids) if (!registry.has(s)) errors.push(new ContentError(file, `${line}:1`, `"${id}" cites unknown source "${s}" (not in content/sources/*.yaml)`));
    if (value.conversions.filter((c) => c.article).length !== 1) errors.push(new ContentError(file, `${line}:1`, `"${id}" needs exactly one conversion marked article: true`));
    if (value.conversions.filter((c) => c.original).length > 1) errors.push(new ContentError(file, `${line}:1`, `"${id}" has more than one conversion marked original: true`));
    if (value.remark && !value.remarkSources?.length) errors.push(new ContentError(file, `${line}:1`, `"${id}" has a remark without remarkSources`));
    out.push({ id, ...value });
  }
  if (errors.length) throw new ContentErrors(errors);
  return out;
}

/** A wage benchmark (content/money/wages.yaml). */
export const wageSchema = z
  .object({
    currency: z.enum(CURRENCIES),
    value: decimalText,
    per: z.enum(['month', 'year']),
    /** What the ratio is taken against, per language: always a monthly wage (a yearly one ÷ 12). */
    label: localised,
    /** For a yearly wage: what the yearly figure is, per language ("OECD-årsløn pr. fuldtidsansat"). */
    basis: localised.optional(),
    sources: z.array(z.string()).min(1),
  })
  .strict()
  .refine((w) => w.per !== 'year' || w.basis !== undefined, { message: 'a yearly wage needs a basis (what the yearly figure is)', path: ['basis'] });

export type Wage = z.output<typeof wageSchema> & { id: string };

/** Parses the wage benchmarks; every source id must be in the registry. */
export function parseWages(text: string, file: string, registry: SourceRegistry): Wage[] {
  return parseSourcedMap(text, file, wageSchema, registry);
}
