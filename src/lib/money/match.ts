import { compare } from './decimal';
import type { Figure } from './data';
import type { FoundAmount } from './amounts';

/**
 * The figure an amount in the text belongs to: the figure whose rouble sum it is, or
 * one of whose printed conversions it is (same currency, same value). Returns the
 * figures that match: none (an unknown amount), one, or several (ambiguous).
 */
export function figuresFor(amount: Pick<FoundAmount, 'currency' | 'value'>, figures: readonly Figure[]): Figure[] {
  return figures.filter(
    (f) =>
      (amount.currency === 'RUB' && compare(amount.value, f.rub) === 0) ||
      f.conversions.some((c) => c.currency === amount.currency && compare(c.value, amount.value) === 0),
  );
}
