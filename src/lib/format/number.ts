/**
 * Deterministic number formatting: fixed 'en-US' conventions (comma grouping, dot decimals) whatever the
 * machine's locale, and a real minus sign (U+2212) for negatives, as typeset reports use.
 */

export const MINUS = '\u2212';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(digits: number, grouping: boolean): Intl.NumberFormat {
  const key = `${digits}|${grouping}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouping });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Decimals in a number as JavaScript prints it, capped at 3: `5.576` -> 3, `83` -> 0, `0.1 + 0.2` -> 3.
 * A value read from a CSV cell "83.0" loses its trailing zero, so dataset rows carry the written
 * precision separately (`Quantity.digits`).
 */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = String(Math.abs(value));
  if (text.includes('e')) return 3;
  return Math.min(3, text.length - text.indexOf('.') - 1);
}

/** The magnitude only, rounded to `digits` decimals and grouped; callers place the sign. */
export function formatMagnitude(value: number, digits: number, grouping = true): string {
  return formatter(digits, grouping).format(Math.abs(value));
}

/** True when `value` prints as negative at `digits` decimals (so −0.0 never appears). */
export function printsNegative(value: number, digits: number): boolean {
  return value < 0 && Number(formatMagnitude(value, digits, false)) !== 0;
}

/**
 * `formatNumber(-1234.5, { digits: 1 })` -> "−1,234.5". Default digits: the value's own decimals,
 * capped at 3. Grouping defaults to on.
 */
export function formatNumber(value: number, opts: { digits?: number; grouping?: boolean } = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}: only finite numbers can be printed.`);
  const digits = opts.digits ?? decimalsOf(value);
  const body = formatMagnitude(value, digits, opts.grouping ?? true);
  return printsNegative(value, digits) ? `${MINUS}${body}` : body;
}
