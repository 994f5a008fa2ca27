/**
 * Which unit, scale and digits a value is written in: its own, else its series' (or column's), else its
 * axis's. Free of zod so the browser chart code can use it (src/lib/render/chart-config.ts ships).
 */
import type { Scale, Unit } from '../data/units.ts';

/** Unit, scale and digits of a value: what the formatter needs to print it. */
export interface Measure {
  unit?: Unit;
  scale: Scale;
  digits?: number;
}
interface MeasureFields {
  unit?: Unit | undefined;
  scale?: Scale | undefined;
  digits?: number | undefined;
}

/** Unit, scale and digits that apply to a point: its own, else its series', else the axis's. */
export function measureOf(point: MeasureFields, series: MeasureFields, axis: MeasureFields): Measure {
  const digits = point.digits ?? series.digits ?? axis.digits;
  const unit = point.unit ?? series.unit ?? axis.unit;
  return { ...(unit ? { unit } : {}), scale: point.scale ?? series.scale ?? axis.scale ?? 'one', ...(digits === undefined ? {} : { digits }) };
}

/** Unit, scale and digits of a table cell: its own, else its column's. */
export function cellMeasure(cell: MeasureFields, column: MeasureFields): Measure {
  return measureOf(cell, column, {});
}
