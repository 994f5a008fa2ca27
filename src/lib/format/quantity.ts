/**
 * Quantities as prose ("$5.576 million", "~$100 billion", "$60–65 billion", "−17%") and as compact
 * labels ("$83.0bn"), plus axis labels. Everything reads the unit and scale vocabulary in units.ts.
 *
 * Default precision: the decimals the value was written with (`Quantity.digits`, else the number's own
 * decimals), capped at 3; re-expressing in another scale shifts it by the scale step, still capped at 3
 * (2788 thousand GPU-hours -> "2.788 million GPU-hours").
 */
import type { Quantity } from '../data/quantity.ts';
import { type Scale, SCALES, type Unit, UNITS } from '../data/units.ts';
import { decimalsOf, formatNumber as formatBare, formatMagnitude, MINUS, printsNegative } from './number.ts';

export interface QuantityFormat {
  /** Decimals to print; default as described above. */
  digits?: number;
  /** `prose` writes the scale as a word ("billion"), `short` as an abbreviation ("bn"). */
  style?: 'prose' | 'short';
  /** Re-express the value in this scale. */
  scale?: Scale;
}

/** `value` in scale `from` expressed in scale `to`. */
export function rescale(value: number, from: Scale, to: Scale): number {
  if (from === to) return value;
  const f = SCALES[from].factor / SCALES[to].factor;
  // Divide by the inverse for scale-ups so 2788 * 1e-3 does not print as 2.7880000000000003.
  return f >= 1 ? value * f : value / (1 / f);
}

function defaultDigits(q: Pick<Quantity, 'value' | 'low' | 'high' | 'digits'>, from: Scale, to: Scale): number {
  // A range prints its ends, so its precision is theirs ("$60–65 billion" around a midpoint of 62.5).
  const stored = q.digits ?? (q.low !== null && q.high !== null ? Math.max(decimalsOf(q.low), decimalsOf(q.high)) : decimalsOf(q.value));
  const shift = Math.round(Math.log10(SCALES[to].factor / SCALES[from].factor));
  return Math.max(0, Math.min(3, stored + shift));
}

function signed(value: number, digits: number, prefix: string): string {
  return `${printsNegative(value, digits) ? MINUS : ''}${prefix}${formatMagnitude(value, digits)}`;
}

/** Formats a bare number with a unit and scale (no qualifier or range). */
function compose(numberText: string, unit: Unit, scale: Scale, style: 'prose' | 'short'): string {
  const s = SCALES[scale];
  const scaleText = scale === 'one' ? '' : style === 'prose' ? ` ${s.word}` : s.short;
  return `${numberText}${scaleText}${UNITS[unit].suffix}`;
}

export function formatQuantity(q: Quantity, opts: QuantityFormat = {}): string {
  const to = opts.scale ?? q.scale;
  const style = opts.style ?? 'prose';
  const digits = opts.digits ?? defaultDigits(q, q.scale, to);
  const prefix = UNITS[q.unit].prefix;
  let numberText: string;
  if (q.low !== null && q.high !== null) {
    const low = rescale(q.low, q.scale, to);
    const high = rescale(q.high, q.scale, to);
    numberText =
      printsNegative(low, digits) || printsNegative(high, digits)
        ? `${signed(low, digits, prefix)} to ${signed(high, digits, prefix)}`
        : `${prefix}${formatMagnitude(low, digits)}–${formatMagnitude(high, digits)}`;
  } else {
    numberText = signed(rescale(q.value, q.scale, to), digits, prefix);
  }
  return `${q.qualifier}${compose(numberText, q.unit, to, style)}`;
}

/**
 * A bare number, or with `unit` a number in that unit and scale: `formatNumber(83, { unit: 'USD',
 * scale: 'billion' })` -> "$83 billion". Without `unit` it is number.ts's formatNumber.
 */
export function formatNumber(
  value: number,
  opts: { digits?: number; grouping?: boolean; unit?: Unit; scale?: Scale; style?: 'prose' | 'short' } = {},
): string {
  if (!opts.unit) return formatBare(value, opts);
  const digits = opts.digits ?? decimalsOf(value);
  return compose(signed(value, digits, UNITS[opts.unit].prefix), opts.unit, opts.scale ?? 'one', opts.style ?? 'prose');
}

/** Compact cell text for tables: "$83.0bn", "2.788M GPU-hours", "93.3%". */
export function formatPlain(value: number, unit: Unit, scale: Scale, digits: number = decimalsOf(value)): string {
  return compose(signed(value, digits, UNITS[unit].prefix), unit, scale, 'short');
}

/** Axis title: "USD billions", "GPU-hours (millions)", "%". */
export function axisLabel(unit: Unit, scale: Scale): string {
  const axis = UNITS[unit].axis;
  if (scale === 'one') return axis;
  if (unit === 'USD') return `USD ${SCALES[scale].axis}`;
  return `${axis} (${SCALES[scale].axis})`;
}

/** Confidence U must be labelled "(unconfirmed)" wherever the figure is shown. */
export function isUnconfirmed(q: Pick<Quantity, 'confidence'>): boolean {
  return q.confidence === 'U';
}
