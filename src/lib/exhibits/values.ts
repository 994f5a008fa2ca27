/**
 * Every value of a spec with its provenance and measure, whatever the spec's form: the points of each
 * series of a chart, the cells of each row of a table. One walk, so the registry's sources, the keys a
 * revision touches, the downloads and the invariant tests all see the same values.
 */
import { cellMeasure, type Measure, measureOf } from './measure.ts';
import type { Cell, ChartSpec, ExhibitSpec, Point, Series, TableSpec } from './spec.ts';

export interface SpecValue {
  /** Series label (charts) or column label (tables). */
  group: string;
  /** Series id or column id. */
  groupId: string;
  /** Category or x value (charts), row name (tables). */
  at: string | number;
  value: Point | Cell;
  /** Unit, scale and digits the value is written in. */
  measure: Measure;
  /** True for a text cell of a table (words, no number). */
  text: boolean;
}

export function chartValues(spec: ChartSpec): SpecValue[] {
  return spec.series.flatMap((s: Series) =>
    s.points.map((p) => ({ group: s.label, groupId: s.id, at: p.x, value: p, measure: measureOf(p, s, spec.y), text: false })),
  );
}

export function tableValues(spec: TableSpec): SpecValue[] {
  return spec.rows.flatMap((r) =>
    spec.columns.flatMap((c) => {
      const cell = r.cells[c.id];
      return cell ? [{ group: c.label, groupId: c.id, at: r.name, value: cell, measure: cellMeasure(cell, c), text: c.text }] : [];
    }),
  );
}

export function specValues(spec: ExhibitSpec): SpecValue[] {
  return spec.chart === 'table' ? tableValues(spec) : chartValues(spec);
}

/** Every dataset key the spec reads, with the edition it was read from (undefined: the spec's own). */
export function specKeys(spec: ExhibitSpec): { key: string; edition: string | undefined }[] {
  return specValues(spec).flatMap((v) => v.value.keys.map((key) => ({ key, edition: v.value.edition })));
}
