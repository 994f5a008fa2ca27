/**
 * Growth rates, sums and shares of figures that may be published as a range ("$60–65 billion") and that
 * may be guidance or estimates rather than reported numbers. Pure: numbers in, numbers out.
 */
import type { Kind } from '../data/units.ts';

/** A figure as the computations need it: a central value and, for a published range, both ends. */
export interface Ranged {
  value: number;
  low?: number | null;
  high?: number | null;
}

/** A computed figure; `low`/`high` are present only when an input was a range. */
export interface RangedResult {
  value: number;
  low?: number;
  high?: number;
}

function ends(x: Ranged): [number, number] {
  return x.low != null && x.high != null ? [x.low, x.high] : [x.value, x.value];
}

function hasRange(x: Ranged): boolean {
  return x.low != null && x.high != null;
}

/** Percent change from `previous` to `current`: 82.999 after 52.729 -> 57.4. */
export function percentChange(current: number, previous: number): number {
  if (!(previous > 0)) {
    throw new RangeError(
      `Cannot compute a growth rate from a base of ${previous}.\nA percent change needs a positive earlier value.\nCheck the rows passed to percentChange (an earlier year may be missing or zero).`,
    );
  }
  return (current / previous - 1) * 100;
}

/**
 * Percent change where either figure may be a range. The range of the result is the widest the input
 * ranges allow: lowest current over highest previous, highest current over lowest previous.
 */
export function rangedPercentChange(current: Ranged, previous: Ranged): RangedResult {
  const value = percentChange(current.value, previous.value);
  if (!hasRange(current) && !hasRange(previous)) return { value };
  const [cLow, cHigh] = ends(current);
  const [pLow, pHigh] = ends(previous);
  return { value, low: percentChange(cLow, pHigh), high: percentChange(cHigh, pLow) };
}

/** Sum of figures; a range if any input is one (ends summed, point values standing for both ends). */
export function rangedSum(items: Ranged[]): RangedResult {
  if (items.length === 0) throw new RangeError('Cannot sum an empty list of figures.\nrangedSum needs at least one figure.\nPass the rows to add up.');
  const value = items.reduce((a, x) => a + x.value, 0);
  if (!items.some(hasRange)) return { value };
  return {
    value,
    low: items.reduce((a, x) => a + ends(x)[0], 0),
    high: items.reduce((a, x) => a + ends(x)[1], 0),
  };
}

/** `part` as a percentage of `whole`: 53.27 of 82.999 -> 64.2. */
export function percentShare(part: number, whole: number): number {
  if (!(whole > 0)) {
    throw new RangeError(`Cannot compute a share of ${whole}.\nA share needs a positive total.\nCheck the rows passed to percentShare.`);
  }
  return (part / whole) * 100;
}

/**
 * The kind of a figure computed from others: it is only as firm as its least firm input. Anything built
 * on an estimate is an estimate, on guidance is guidance-implied; otherwise it is derived.
 */
export function combinedKind(kinds: Kind[]): Kind {
  if (kinds.includes('estimate')) return 'estimate';
  if (kinds.includes('guidance')) return 'guidance';
  return 'derived';
}

/** How many times `a` is `b`: 30 months against 2 months -> 15. */
export function multipleOf(a: number, b: number): number {
  if (!(b > 0)) {
    throw new RangeError(`Cannot express ${a} as a multiple of ${b}.\nA multiple needs a positive base.\nCheck the rows passed to multipleOf.`);
  }
  return a / b;
}
