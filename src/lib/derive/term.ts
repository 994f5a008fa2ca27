/**
 * A term: one input of a computation as the combinators need it — a value in base units (and the ends of
 * a published range), the qualifier it was published with, and its text for the formula readers see.
 */
import type { StoredObservation } from '../data/lookup.ts';
import { type Qualifier, type Scale, SCALES, type Unit, UNITS } from '../data/units.ts';
import { formatQuantity } from '../format/quantity.ts';
import { fromBase, toBase } from './base.ts';

export interface Term {
  /** Base units: 2,664,000 GPU-hours, 82,999,000,000 USD. */
  value: number;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  /** As printed in formulas: "2,664K GPU-hours", "$60–65bn". */
  text: string;
}

/** Above this a number in scale `one` reads better in scientific notation: 3.8e25 FLOP. */
const SCIENTIFIC_FROM = 1e15;

/** A large number in scientific notation, to `digits` significant digits: 3.2856e24 -> "3.29e24". */
export function scientific(n: number, digits = 3): string {
  return Number(n.toPrecision(digits)).toExponential().replace('e+', 'e');
}

interface Printable {
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: Unit;
  scale: Scale;
  digits?: number;
}

/** The house short text of a value in its scale: "$82.999bn", "2,664K GPU-hours", "3.8e25 FLOP". */
function shortText(p: Printable): string {
  const ranged = p.low !== null && p.high !== null;
  if (!ranged && p.scale === 'one' && Math.abs(p.value) >= SCIENTIFIC_FROM) {
    return `${p.qualifier}${UNITS[p.unit].prefix}${scientific(p.value)}${UNITS[p.unit].suffix}`;
  }
  return formatQuantity(
    { key: '', label: '', kind: 'derived', confidence: 'D', sources: [], edition: '', asOf: '', note: null, keys: [], ...p },
    { style: 'short' },
  );
}

/** A dataset row as a term, its text in the house short format. */
export function termOf(row: StoredObservation): Term {
  const text = shortText({
    value: row.value,
    low: row.low,
    high: row.high,
    qualifier: row.qualifier,
    unit: row.unit,
    scale: row.scale,
    ...(row.digits === undefined ? {} : { digits: row.digits }),
  });
  return {
    value: toBase(row.value, row.scale),
    ...(row.low !== null && row.high !== null ? { low: toBase(row.low, row.scale), high: toBase(row.high, row.scale) } : {}),
    qualifier: row.qualifier,
    text,
  };
}

/** An intermediate result or a constant as a term (its text is what the formula shows). */
export function term(value: number, text: string, qualifier: Qualifier = ''): Term {
  return { value, qualifier, text };
}

/** A term with a word of context in its formula text: "30.84M GPU-hours (H100)". */
export function tagged(t: Term, words: string): Term {
  return { ...t, text: `${t.text} (${words})` };
}

/** The largest scale (up to trillions) in which `value` is at least 1, for compact formula text. */
function compactScale(value: number): Scale {
  const order: Scale[] = ['trillion', 'billion', 'million', 'thousand'];
  return order.find((s) => Math.abs(value) >= SCALES[s].factor) ?? 'one';
}

/**
 * An intermediate result (base units) as a term whose text is written like a row's, to four significant
 * digits in the most compact scale: termIn(5_576_000, 'USD') -> "$5.576M"; termIn(3.2856e24, 'FLOP') ->
 * "3.29e24 FLOP".
 */
export function termIn(value: number, unit: Unit, opts: { qualifier?: Qualifier; scale?: Scale; digits?: number } = {}): Term {
  const large = Math.abs(value) >= SCIENTIFIC_FROM && (unit === 'FLOP' || opts.scale === 'one');
  const scale = opts.scale ?? (large ? 'one' : compactScale(value));
  const scaled = Number(fromBase(value, scale).toPrecision(4));
  const qualifier = opts.qualifier ?? '';
  const text = shortText({
    value: scaled,
    low: null,
    high: null,
    qualifier,
    unit,
    scale,
    ...(opts.digits === undefined ? {} : { digits: opts.digits }),
  });
  return { value, qualifier, text };
}
