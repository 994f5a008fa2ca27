/**
 * ExhibitSpec -> table model for ExhibitTable.astro. A table spec is rendered as it is: its rows, its
 * columns, value cells right-aligned and printed in their column's (or their own) unit, scale and digits.
 * Category charts pivot to one row per category and one column per series; scatter and timeline exhibits
 * list one row per point; every value is printed in its own measure (`measureOf`). Every cell carries
 * its marks (guidance/estimate/derived, unconfirmed) and the footnotes explain the marks that occur.
 */
import { KINDS } from '../data/units.ts';
import { cellMeasure, measureOf, type Measure } from '../exhibits/measure.ts';
import { decimalsOf } from '../format/number.ts';
import type { Cell, ChartSpec, ExhibitSpec, Point, Series, TableSpec } from '../exhibits/spec.ts';
import { categoryList } from './chart-config.ts';
import { axisTitle, bareCount, formatAxisValue, formatPointValue } from './value-text.ts';

export interface TableCell {
  text: string;
  /** Superscript marks after the text: "g", "e", "d" for the kind, "u" for unconfirmed. */
  marks: string[];
  numeric: boolean;
}
export interface TableRow {
  /** Row header (`<th scope="row">`). */
  header: string;
  cells: TableCell[];
}
export interface TableModel {
  caption: string;
  /** Column headings, the row-header column first. */
  columns: { label: string; numeric: boolean }[];
  rows: TableRow[];
  footnotes: string[];
}

export const UNCONFIRMED_MARK = 'u';
const EMPTY = '—';

export function toTableModel(spec: ExhibitSpec): TableModel {
  if (spec.chart === 'table') {
    const body = tableBody(spec);
    return { caption: `${spec.title}.`, ...body, footnotes: footnotes(body.rows) };
  }
  const body =
    spec.chart === 'timeline' ? timelineTable(spec)
    : spec.chart === 'scatter' ? pointTable(spec)
    : pivotTable(spec);
  const unit = spec.chart === 'scatter' || spec.chart === 'timeline' || !spec.y.unit || bareCount(spec.y) ? '' : ` Values in ${axisTitle(spec.y)}.`;
  return { caption: `${spec.title}.${unit}`, ...body, footnotes: footnotes(body.rows) };
}

function marksOf(p: Pick<Point, 'kind' | 'unconfirmed'>): string[] {
  const kindMark = KINDS[p.kind].mark;
  return [...(kindMark ? [kindMark] : []), ...(p.unconfirmed ? [UNCONFIRMED_MARK] : [])];
}

function valueCell(spec: ChartSpec, s: Series, p: Point | undefined, digits?: number): TableCell {
  if (!p || p.y === null) return { text: EMPTY, marks: [], numeric: true };
  return { text: formatPointValue(p, withDigits(measureOf(p, s, spec.y), digits, p)), marks: marksOf(p), numeric: true };
}

/**
 * A value's measure at the column's decimals. A range ("$62.5bn (range $60bn–$65bn)") keeps its published
 * form, and a value that sets its own digits keeps them: its author chose them.
 */
const withDigits = (m: Measure, digits: number | undefined, v: { low?: number | undefined; digits?: number | undefined }): Measure =>
  digits === undefined || v.low !== undefined || v.digits !== undefined ? m : { ...m, digits };

/**
 * One number format per column: when a column's values are of one size (the largest at most ten times the
 * smallest), all take the decimals of the least precise, so "$63.6bn" sits above "$131.8bn", not
 * "$63.645bn", and no value is printed more precisely than it was written. A column spanning orders of
 * magnitude ($20 beside $0.07) keeps each value's own precision, which one shared format would erase.
 * Ranges, values with digits of their own, and values in another unit or scale than the rest keep their
 * own form; the CSV download keeps every value at full precision.
 */
export function columnDigits(values: { y: number | null; low?: number | undefined; digits?: number | undefined; m: Measure }[]): number | undefined {
  const shown = values.filter((v): v is typeof v & { y: number } => v.y !== null && v.low === undefined && v.digits === undefined);
  if (shown.length < 2) return undefined;
  const first = shown[0]!.m;
  if (shown.some((v) => v.m.unit !== first.unit || v.m.scale !== first.scale)) return undefined;
  const sizes = shown.map((v) => Math.abs(v.y));
  if (Math.min(...sizes) === 0 || Math.max(...sizes) / Math.min(...sizes) > 10) return undefined;
  return Math.min(...shown.map((v) => v.m.digits ?? decimalsOf(v.y)));
}

/** A table spec's own rows and columns: words in text columns, numbers in their measure elsewhere. */
function tableBody(spec: TableSpec): Omit<TableModel, 'caption' | 'footnotes'> {
  const digits = new Map(
    // A column that fixes its own digits keeps them.
    spec.columns.map((c) => [c.id, c.text || c.digits !== undefined ? undefined : columnDigits(spec.rows.flatMap((r) => (r.cells[c.id] ? [{ ...r.cells[c.id]!, m: cellMeasure(r.cells[c.id]!, c) }] : [])))]),
  );
  const cell = (c: TableSpec['columns'][number], v: Cell | undefined): TableCell => {
    if (c.text) return { text: v?.text ?? EMPTY, marks: [], numeric: false };
    if (!v || v.y === null) return { text: EMPTY, marks: [], numeric: true };
    return { text: formatPointValue(v, withDigits(cellMeasure(v, c), digits.get(c.id), v)), marks: marksOf(v), numeric: true };
  };
  return {
    columns: [{ label: spec.rowHeader, numeric: false }, ...spec.columns.map((c) => ({ label: c.label, numeric: !c.text }))],
    rows: spec.rows.map((r) => ({ header: r.name, cells: spec.columns.map((c) => cell(c, r.cells[c.id])) })),
  };
}

function pivotTable(spec: ChartSpec): Omit<TableModel, 'caption' | 'footnotes'> {
  const numericX = spec.x.type !== 'category';
  const keys: (string | number)[] = numericX
    ? [...new Set(spec.series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => Number(a) - Number(b))
    : categoryList(spec);
  const digitsOf = new Map(spec.series.map((s) => [s, columnDigits(s.points.map((p) => ({ ...p, m: measureOf(p, s, spec.y) })))]));
  return {
    columns: [{ label: spec.x.label, numeric: false }, ...spec.series.map((s) => ({ label: s.label, numeric: true }))],
    rows: keys.map((k) => ({
      header: typeof k === 'number' ? formatAxisValue(k, spec.x) : k,
      cells: spec.series.map((s) => valueCell(spec, s, s.points.find((p) => p.x === k), digitsOf.get(s))),
    })),
  };
}

function pointTable(spec: ChartSpec): Omit<TableModel, 'caption' | 'footnotes'> {
  const several = spec.series.length > 1;
  // "Parameters (billions)" rather than "Parameters (parameters (billions))".
  const title = (axis: ChartSpec['x']) => {
    if (bareCount(axis)) return axis.label;
    const unit = axisTitle(axis);
    return unit.toLowerCase().startsWith(axis.label.toLowerCase()) ? axis.label + unit.slice(axis.label.length) : `${axis.label} (${unit})`;
  };
  const rows = spec.series.flatMap((s: Series) =>
    s.points.map((p) => {
      const x: TableCell =
        typeof p.x === 'number' && s.style !== 'reference-line'
          ? { text: formatAxisValue(p.x, spec.x), marks: [], numeric: true }
          : { text: EMPTY, marks: [], numeric: true };
      const y: TableCell = p.y === null ? { text: EMPTY, marks: [], numeric: true } : { text: formatPointValue(p, measureOf(p, s, spec.y)), marks: marksOf(p), numeric: true };
      return { header: p.name ?? (typeof p.x === 'string' ? p.x : s.label), cells: several ? [{ text: s.label, marks: [], numeric: false }, x, y] : [x, y] };
    }),
  );
  return {
    columns: [{ label: 'Name', numeric: false }, ...(several ? [{ label: 'Series', numeric: false }] : []), { label: title(spec.x), numeric: true }, { label: title(spec.y), numeric: true }],
    rows,
  };
}

function timelineTable(spec: ChartSpec): Omit<TableModel, 'caption' | 'footnotes'> {
  const order = categoryList(spec);
  const rows = spec.series
    .flatMap((s) => s.points.map((p) => ({ s, p })))
    .sort((a, b) => order.indexOf(String(a.p.x)) - order.indexOf(String(b.p.x)))
    .map(({ s, p }) => ({
      header: String(p.x),
      cells: [
        { text: s.label, marks: [], numeric: false },
        { text: p.y0 !== undefined ? String(p.y0) : p.y === null ? EMPTY : String(p.y), marks: [], numeric: true },
        { text: p.y === null ? 'ongoing' : p.y0 !== undefined && p.y0 !== p.y ? String(p.y) : EMPTY, marks: marksOf(p), numeric: true },
      ],
    }));
  return {
    columns: [
      { label: spec.x.label, numeric: false },
      { label: 'Series', numeric: false },
      { label: 'Start', numeric: true },
      { label: 'End', numeric: true },
    ],
    rows,
  };
}

function footnotes(rows: TableRow[]): string[] {
  const used = new Set(rows.flatMap((r) => r.cells.flatMap((c) => c.marks)));
  const notes = Object.values(KINDS)
    .filter((k) => k.mark && used.has(k.mark))
    .map((k) => `${k.mark}: ${k.label}.`);
  if (used.has(UNCONFIRMED_MARK)) notes.push(`${UNCONFIRMED_MARK}: Unconfirmed: the figure is widely cited but has not been confirmed against a primary source.`);
  return notes;
}
