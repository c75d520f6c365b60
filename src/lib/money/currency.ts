/** The currencies the edition deals in (ISO 4217). */
export const CURRENCIES = ['RUB', 'DKK', 'EUR', 'USD', 'KZT'] as const;
export type Currency = (typeof CURRENCIES)[number];
