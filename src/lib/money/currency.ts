/** The currencies the edition deals in (ISO 4217). */
export const CURRENCIES = ['RUB', 'DKK', 'EUR', 'USD', 'KZT'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The currencies a figure is recomputed in on each report date, in the order of the page's columns. */
export const REPORT_CURRENCIES = ['DKK', 'EUR', 'USD', 'KZT'] as const satisfies readonly Currency[];

/** The currencies followed through the month: the chart's series and each figure's range. */
export const MONTH_CURRENCIES = ['DKK', 'EUR'] as const satisfies readonly Currency[];
export type MonthCurrency = (typeof MONTH_CURRENCIES)[number];
