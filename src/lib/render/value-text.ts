/**
 * How renderers write a value and an axis title. One place so the chart, table, summary and tooltip
 * never format the same number two ways; the rules themselves live in src/lib/format/quantity.ts.
 */
import type { Axis, Point } from '../exhibits/spec.ts';
import { KINDS, type Kind } from '../data/units.ts';
import { formatNumber } from '../format/number.ts';
import { axisLabel, formatPlain } from '../format/quantity.ts';

/** A value in the axis's unit and scale ("$83bn", "2.788M GPU-hours"); a plain en-US number when the axis has no unit. */
export function formatAxisValue(value: number, axis: Axis): string {
  return axis.unit ? formatPlain(value, axis.unit, axis.scale ?? 'one', axis.digits) : formatNumber(value, { digits: axis.digits });
}

/** Axis title: unit and scale when the axis has a unit ("USD billions"), else the axis label. */
export function axisTitle(axis: Axis): string {
  return axis.unit ? axisLabel(axis.unit, axis.scale ?? 'one') : axis.label;
}

/** Chart axis title: what is measured and in what, "Capex (USD billions)"; the unit alone would read "%" or "×". */
export function axisHeading(axis: Axis): string {
  if (!axis.unit) return axis.label;
  const unit = axisTitle(axis);
  return axis.label.trim().toLowerCase() === unit.toLowerCase() ? unit : `${axis.label} (${unit})`;
}

/** Short word for a figure's kind, for tooltips and summaries: "reported", "company guidance", "estimate", "derived". */
export function kindWord(kind: Kind): string {
  return (KINDS[kind].label.split(' (')[0] as string).toLowerCase();
}

/** "$83bn (range $75bn–$80bn)": the value with its range when it has one. */
export function formatPointValue(p: Pick<Point, 'y' | 'low' | 'high'> & { qualifier?: Point['qualifier'] }, axis: Axis): string {
  if (p.y === null) return 'no value';
  const main = `${p.qualifier ?? ''}${formatAxisValue(p.y, axis)}`;
  if (p.low === undefined || p.high === undefined) return main;
  return `${main} (range ${formatAxisValue(p.low, axis)}–${formatAxisValue(p.high, axis)})`;
}
