/** Reading exhibit specs in tests: a chart's series and points, a table's cells, and the text a reader sees. */
import type { Cell, ChartSpec, ExhibitSpec, Point, TableSpec } from '../../src/lib/exhibits/spec.ts';
import { toTableModel } from '../../src/lib/render/table.ts';

export function asChart(spec: ExhibitSpec): ChartSpec {
  if (spec.chart === 'table') throw new Error(`${spec.id} is a table, not a chart`);
  return spec;
}

export function asTable(spec: ExhibitSpec): TableSpec {
  if (spec.chart !== 'table') throw new Error(`${spec.id} is a ${spec.chart} chart, not a table`);
  return spec;
}

export function seriesOf(spec: ExhibitSpec, id: string) {
  const s = asChart(spec).series.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id} in ${spec.id}`);
  return s;
}

export function pointOf(spec: ExhibitSpec, series: string, x: string | number): Point {
  const p = seriesOf(spec, series).points.find((q) => q.x === x);
  if (!p) throw new Error(`no point ${series}/${x} in ${spec.id}`);
  return p;
}

export function cellOf(spec: ExhibitSpec, row: string, column: string): Cell {
  const t = asTable(spec);
  const r = t.rows.find((x) => x.name === row);
  if (!r) throw new Error(`no row ${row} in ${spec.id}; rows: ${t.rows.map((x) => x.name).join(', ')}`);
  const c = r.cells[column];
  if (!c) throw new Error(`no cell ${row}/${column} in ${spec.id}`);
  return c;
}

/** The text of a table cell as the data table prints it (row by name, column by id). */
export function cellText(spec: ExhibitSpec, row: string, column: string): string {
  const t = asTable(spec);
  const model = toTableModel(t);
  const i = t.columns.findIndex((c) => c.id === column);
  const r = model.rows.find((x) => x.header === row);
  if (i < 0 || !r) throw new Error(`no cell ${row}/${column} in ${spec.id}`);
  return r.cells[i]!.text;
}

/** The text of a chart value as the data table prints it (row by category or name, column by series label). */
export function chartCellText(spec: ExhibitSpec, row: string, seriesLabel: string): string {
  const model = toTableModel(spec);
  const i = model.columns.findIndex((c) => c.label === seriesLabel) - 1;
  const r = model.rows.find((x) => x.header === row);
  if (i < 0 || !r) throw new Error(`no cell ${row}/${seriesLabel} in ${spec.id}`);
  return r.cells[i]!.text;
}
