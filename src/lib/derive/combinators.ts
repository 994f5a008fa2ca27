/**
 * Combinators: the arithmetic of derived figures, each writing the formula text readers see in tooltips
 * ("$83.0bn ÷ $52.7bn − 1"). Pure: terms in (base units), a result out (base units). Ranges propagate to
 * the widest the inputs allow; qualifiers propagate by direction (a lower bound over an exact figure is
 * a lower bound, under it an upper bound; anything approximate is approximate).
 */
import type { Qualifier } from '../data/units.ts';
import { percentChange, percentShare, rangedPercentChange, rangedSum } from './growth.ts';
import type { Term } from './term.ts';

export interface Result {
  value: number;
  low?: number;
  high?: number;
  qualifier?: Qualifier;
  /** How it was computed, in words with the input values. */
  formula: string;
}

function ends(t: Term): [number, number] {
  return t.low !== undefined && t.high !== undefined ? [t.low, t.high] : [t.value, t.value];
}

function ranged(t: Term): boolean {
  return t.low !== undefined && t.high !== undefined;
}

const FLIP: Record<Qualifier, Qualifier> = { '': '', '~': '~', '>': '<', '<': '>' };

/** The qualifier of a result from its inputs' qualifiers, `up` for inputs that raise the result. */
export function qualifierOf(up: Term[], down: Term[] = []): Qualifier {
  const qs = [...up.map((t) => t.qualifier), ...down.map((t) => FLIP[t.qualifier])];
  const bounds = new Set(qs.filter((q) => q === '>' || q === '<'));
  if (bounds.size === 1 && !qs.includes('~')) return [...bounds][0] as Qualifier;
  return qs.some((q) => q !== '') ? '~' : '';
}

/** Decimals a number is written with: 72.6 -> 1; undefined in exponent notation. */
function writtenDecimals(n: number): number | undefined {
  const s = String(n);
  if (s.includes('e')) return undefined;
  return s.split('.')[1]?.length ?? 0;
}

/**
 * A sum or difference rounded to the decimals its inputs were written with, so 72.6 − 63.6 is 9, not
 * 8.999999999999993 (float noise, not precision).
 */
function clean(n: number, inputs: number[]): number {
  const dps = inputs.map(writtenDecimals);
  if (dps.some((d) => d === undefined)) return n;
  return Number(n.toFixed(Math.max(...(dps as number[]))));
}

function withQualifier(r: Result, q: Qualifier): Result {
  return q ? { ...r, qualifier: q } : r;
}

/** How many times `a` is `b`. */
export function ratio(a: Term, b: Term): Result {
  if (!(b.value > 0)) throw new RangeError(`Cannot divide ${a.text} by ${b.text}.\nA ratio needs a positive denominator.\nCheck the rows passed to ratio.`);
  const r: Result = { value: a.value / b.value, formula: `${a.text} ÷ ${b.text}` };
  if (ranged(a) || ranged(b)) {
    const [aLow, aHigh] = ends(a);
    const [bLow, bHigh] = ends(b);
    Object.assign(r, { low: aLow / bHigh, high: aHigh / bLow });
  }
  return withQualifier(r, qualifierOf([a], [b]));
}

/** `part` as a percentage of `whole`. */
export function share(part: Term, whole: Term): Result {
  const r: Result = { value: percentShare(part.value, whole.value), formula: `${part.text} ÷ ${whole.text}` };
  if (ranged(part) || ranged(whole)) {
    const [pLow, pHigh] = ends(part);
    const [wLow, wHigh] = ends(whole);
    Object.assign(r, { low: percentShare(pLow, wHigh), high: percentShare(pHigh, wLow) });
  }
  return withQualifier(r, qualifierOf([part], [whole]));
}

/** Percent change from `previous` to `current`, a range if either is one. */
export function change(current: Term, previous: Term): Result {
  const r = rangedPercentChange(current, previous);
  return withQualifier({ ...r, formula: `${current.text} ÷ ${previous.text} − 1` }, qualifierOf([current], [previous]));
}

/** Sum of terms, a range if any is one. */
export function sum(terms: Term[]): Result {
  const s = rangedSum(terms);
  const all = terms.flatMap((t) => [t.value, ...ends(t)]);
  const r = s.low !== undefined && s.high !== undefined ? { value: clean(s.value, all), low: clean(s.low, all), high: clean(s.high, all) } : { value: clean(s.value, all) };
  return withQualifier({ ...r, formula: terms.map((t) => t.text).join(' + ') }, qualifierOf(terms));
}

/** `a − b`. */
export function gap(a: Term, b: Term): Result {
  const all = [a.value, b.value, ...ends(a), ...ends(b)];
  const r: Result = { value: clean(a.value - b.value, all), formula: `${a.text} − ${b.text}` };
  if (ranged(a) || ranged(b)) {
    const [aLow, aHigh] = ends(a);
    const [bLow, bHigh] = ends(b);
    Object.assign(r, { low: clean(aLow - bHigh, all), high: clean(aHigh - bLow, all) });
  }
  return withQualifier(r, qualifierOf([a], [b]));
}

/** `a × b` (e.g. GPU-hours × a price per GPU-hour). */
export function product(a: Term, b: Term): Result {
  const r: Result = { value: a.value * b.value, formula: `${a.text} × ${b.text}` };
  if (ranged(a) || ranged(b)) {
    const [aLow, aHigh] = ends(a);
    const [bLow, bHigh] = ends(b);
    Object.assign(r, { low: aLow * bLow, high: aHigh * bHigh });
  }
  return withQualifier(r, qualifierOf([a, b]));
}

/**
 * A result as a term of a further computation: its value, range and qualifier, and its formula in
 * brackets as its text unless `text` says otherwise ("($52.5bn + $32.3bn) ÷ …").
 */
export function termFrom(r: Result, text = `(${r.formula})`): Term {
  return {
    value: r.value,
    ...(r.low !== undefined && r.high !== undefined ? { low: r.low, high: r.high } : {}),
    qualifier: r.qualifier ?? '',
    text,
  };
}

/** A result computed by other means (a model, a fit), with its formula in words. */
export function computed(value: number, formula: string, qualifier: Qualifier = ''): Result {
  return withQualifier({ value, formula }, qualifier);
}

export { percentChange };
