/**
 * One number format per column: the decimals a table column (or a chart series' tooltips) prints all its
 * values with, chosen once from all of them, never per cell, so "$63.645bn" does not sit above "$131.8bn".
 *
 * The house rule, in order:
 * 1. three significant figures on the largest value ($63.6bn, $5.58m, 2.79m GPU-hours);
 * 2. raised, if need be, so the smallest non-zero value keeps two significant figures ($0.15 beside $60),
 *    but never past the precision that value was written with ($0.01m stays $0.01m, not $0.010m);
 * 3. never more decimals than the most precisely written value has: no column is printed more precisely
 *    than its data;
 * 4. a value written as a whole number ("83", "7" billion parameters) prints whole in a column with
 *    decimals: "$83.00bn" or "7.0bn" add zeros that say nothing (`digitsFor`).
 * Pure; the callers decide which values share a column (same unit and scale, not ranges).
 */
import { decimalsOf } from './number.ts';

export interface ColumnValue {
  y: number;
  /** The decimals the value was written with, when known (a dataset row's `digits`); else as JavaScript prints it. */
  digits?: number | undefined;
}

/** Decimals that show `sf` significant figures of `v` (0 for a value with that many whole digits). */
function decimalsForFigures(v: number, sf: number): number {
  return Math.max(0, sf - 1 - Math.floor(Math.log10(Math.abs(v))));
}

const written = (v: ColumnValue) => v.digits ?? decimalsOf(v.y);

/** The column's decimals, or undefined when it has fewer than two values (a lone value keeps its own). */
export function columnDecimals(values: readonly ColumnValue[]): number | undefined {
  if (values.length < 2) return undefined;
  const nonZero = values.filter((v) => v.y !== 0);
  if (!nonZero.length) return 0;
  const abs = (v: ColumnValue) => Math.abs(v.y);
  const largest = nonZero.reduce((a, b) => (abs(b) > abs(a) ? b : a));
  const smallest = nonZero.reduce((a, b) => (abs(b) < abs(a) ? b : a));
  const forLargest = decimalsForFigures(largest.y, 3);
  const forSmallest = Math.min(decimalsForFigures(smallest.y, 2), written(smallest));
  const most = Math.max(...values.map(written));
  return Math.min(Math.max(forLargest, forSmallest), most);
}

/** The decimals one value prints with in a column of `decimals`: whole-written whole numbers stay whole. */
export function digitsFor(decimals: number, v: ColumnValue): number {
  return Number.isInteger(v.y) && written(v) === 0 ? 0 : decimals;
}
