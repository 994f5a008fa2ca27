/** Where a chart draws a point: its values in the value axis's scale. Shared by chart-config and its plugins. */
import { measureOf } from '../exhibits/measure.ts';
import type { ChartSpec, Point, Series } from '../exhibits/spec.ts';
import { toScale } from './value-text.ts';

/**
 * A point's value, range and start in the value axis's scale, which is how it is drawn: a point may be
 * written in its own scale (1.4 trillion tokens beside 300 billion on a billions axis).
 */
export function plottedValue(spec: Pick<ChartSpec, 'y'>, s: Series, pt: Point): { y: number | null; low?: number; high?: number; y0?: number } {
  const from = measureOf(pt, s, spec.y).scale;
  const to = spec.y.scale ?? 'one';
  const conv = (v: number) => toScale(v, from, to);
  return {
    y: pt.y === null ? null : conv(pt.y),
    ...(pt.low !== undefined && pt.high !== undefined ? { low: conv(pt.low), high: conv(pt.high) } : {}),
    ...(pt.y0 !== undefined ? { y0: conv(pt.y0) } : {}),
  };
}

