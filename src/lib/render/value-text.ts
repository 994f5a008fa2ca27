/**
 * How renderers write a value and an axis title. One place so the chart, table, summary and tooltip
 * never format the same number two ways; the rules themselves live in src/lib/format/quantity.ts.
 * Values are printed in their own measure (`measureOf` a point, `cellMeasure` a table cell).
 */
import type { Measure } from '../exhibits/measure.ts';
import type { Axis, Point } from '../exhibits/spec.ts';
import { KINDS, SCALES, type Kind, type Scale } from '../data/units.ts';
import { formatNumber } from '../format/number.ts';
import { axisLabel, formatPlain } from '../format/quantity.ts';

type MeasureLike = Pick<Axis, 'unit' | 'scale' | 'digits'>;

/** A value in its unit and scale ("$83bn", "2.788M GPU-hours"); a plain en-US number when it has no unit. */
export function formatAxisValue(value: number, m: MeasureLike): string {
  return m.unit ? formatPlain(value, m.unit, m.scale ?? 'one', m.digits) : formatNumber(value, { digits: m.digits });
}

/** Axis title: unit and scale when the axis has a unit ("USD billions"), else the axis label. */
export function axisTitle(axis: Pick<Axis, 'unit' | 'scale' | 'label'>): string {
  return axis.unit ? axisLabel(axis.unit, axis.scale ?? 'one') : axis.label;
}

/** True when unit and scale add nothing to a heading: plain counts (a loss, an exponent, tokens per parameter). */
export function bareCount(m: Pick<Axis, 'unit' | 'scale'>): boolean {
  return !m.unit || (m.unit === 'count' && (m.scale ?? 'one') === 'one');
}

/** Chart axis title: what is measured and in what, "Capex (USD billions)"; the unit alone would read "%" or "×". */
export function axisHeading(axis: Pick<Axis, 'unit' | 'scale' | 'label'>): string {
  if (bareCount(axis)) return axis.label;
  const unit = axisTitle(axis);
  return axis.label.trim().toLowerCase() === unit.toLowerCase() ? unit : `${axis.label} (${unit})`;
}

/** Short word for a figure's kind, for tooltips and summaries: "reported", "company guidance", "estimate", "derived". */
export function kindWord(kind: Kind): string {
  return (KINDS[kind].label.split(' (')[0] as string).toLowerCase();
}

/** "$83bn (range $75bn–$80bn)": the value with its range when it has one, in its measure. */
export function formatPointValue(p: Pick<Point, 'y' | 'low' | 'high'> & { qualifier?: Point['qualifier'] }, m: MeasureLike): string {
  if (p.y === null) return 'no value';
  const main = `${p.qualifier ?? ''}${formatAxisValue(p.y, m)}`;
  if (p.low === undefined || p.high === undefined) return main;
  return `${main} (range ${formatAxisValue(p.low, m)}–${formatAxisValue(p.high, m)})`;
}

/** `value` written in scale `from`, re-expressed in scale `to` (a point in trillions on a billions axis). */
export function toScale(value: number, from: Scale, to: Scale): number {
  if (from === to) return value;
  return Number(((value * SCALES[from].factor) / SCALES[to].factor).toPrecision(15));
}

export type { Measure };
