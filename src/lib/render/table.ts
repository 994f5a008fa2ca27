/**
 * ExhibitSpec -> table model for ExhibitTable.astro. A table spec is rendered as it is: its rows, its
 * columns, value cells right-aligned and printed in their column's (or their own) unit, scale and digits.
 * Category charts pivot to one row per category and one column per series; scatter and timeline exhibits
 * list one row per point; every value is printed in its own measure (`measureOf`). Every cell carries
 * its marks (guidance/estimate/derived, unconfirmed) and the footnotes explain the marks that occur.
 */
import { KINDS } from '../data/units.ts';
import { cellMeasure, measureOf, type Measure } from '../exhibits/measure.ts';
import { columnDecimals, digitsFor } from '../format/column-digits.ts';
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
  /** Column headings, the row-header column first; `notes` marks the per-row Notes column (prose, set wider). */
  columns: { label: string; numeric: boolean; notes?: boolean }[];
  rows: TableRow[];
  footnotes: string[];
}

export const UNCONFIRMED_MARK = 'u';
const EMPTY = '—';
export const NOTES_LABEL = 'Notes';

type Body = Omit<TableModel, 'caption' | 'footnotes'>;
/** A value's note and the column (table) or series (chart) it belongs to. */
type Noted = { note?: string | undefined; group: string };

export function toTableModel(spec: ExhibitSpec): TableModel {
  if (spec.chart === 'table') {
    const noted = spec.rows.map((r) => spec.columns.flatMap((c) => (r.cells[c.id] && !c.text ? [{ note: r.cells[c.id]!.note, group: c.label }] : [])));
    const body = withNotes(tableBody(spec), noted);
    return { caption: `${spec.title}.`, columns: body.columns, rows: body.rows, footnotes: [...body.definitions, ...footnotes(body.rows)] };
  }
  const body =
    spec.chart === 'timeline' ? { ...timelineTable(spec), definitions: [] }
    : spec.chart === 'scatter' ? withNotes(pointTable(spec), spec.series.flatMap((s) => s.points.map((p) => [{ note: p.note, group: s.label }])))
    : withNotes(pivotTable(spec), pivotKeys(spec).map((k) => spec.series.flatMap((s) => s.points.filter((p) => p.x === k).map((p) => ({ note: p.note, group: s.label })))), spec.series.length > 1);
  const unit = spec.chart === 'scatter' || spec.chart === 'timeline' || !spec.y.unit || bareCount(spec.y) ? '' : ` Values in ${axisTitle(spec.y)}.`;
  return { caption: `${spec.title}.${unit}`, columns: body.columns, rows: body.rows, footnotes: [...body.definitions, ...footnotes(body.rows)] };
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
 * A value's measure at the column's decimals (src/lib/format/column-digits.ts). A range ("$62.5bn (range
 * $60bn–$65bn)") keeps its published form; a whole-written whole number stays whole.
 */
const withDigits = (m: Measure, digits: number | undefined, v: { y: number | null; low?: number | undefined; digits?: number | undefined }): Measure =>
  digits === undefined || v.low !== undefined || v.y === null ? m : { ...m, digits: digitsFor(digits, { y: v.y, digits: v.digits }) };

/**
 * One number format per column: the decimals of every value in a column (or a chart series), chosen once
 * from all of them by the house rule of columnDecimals. Ranges keep their own form; a column mixing units
 * or scales keeps each value's own precision (no shared decimals make sense there); the CSV download
 * keeps every value at full precision.
 */
export function columnDigits(values: { y: number | null; low?: number | undefined; digits?: number | undefined; m: Measure }[]): number | undefined {
  const shown = values.filter((v): v is typeof v & { y: number } => v.y !== null && v.low === undefined);
  if (shown.length < 2) return undefined;
  const first = shown[0]!.m;
  if (shown.some((v) => v.m.unit !== first.unit || v.m.scale !== first.scale)) return undefined;
  return columnDecimals(shown.map((v) => ({ y: v.y, digits: v.digits ?? v.m.digits })));
}

/** A table spec's own rows and columns: words in text columns, numbers in their measure elsewhere. */
function tableBody(spec: TableSpec): Body {
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

/**
 * Per-point metadata (each value's `note`) in the table view, so "DeepSeek-V3: H800 GPU-hours; final run
 * only" sits beside its figure rather than in the bullet notes under the chart. The note most values of a
 * column (or series) share is that column's definition: it is printed once, as a footnote "Column: note";
 * the other notes go in a last "Notes" column, distinct per row, present only when some row has one.
 * `values[i]` are row i's values; `prefix` names the group in a row note (a pivoted row spans series).
 */
export function withNotes(body: Body, values: Noted[][], prefix = false): Body & { definitions: string[] } {
  const clean = (n: string) => n.trim().replace(/\.$/, '');
  const groups = [...new Set(values.flat().map((v) => v.group))];
  const shared = new Map<string, string>();
  for (const g of groups) {
    // The note most values of the column carry (at least two, and more than half) is its definition.
    const inGroup = values.flat().filter((v) => v.group === g);
    const counts = new Map<string, number>();
    for (const v of inGroup) if (v.note) counts.set(clean(v.note), (counts.get(clean(v.note)) ?? 0) + 1);
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (n >= 2 && n * 2 > inGroup.length) shared.set(g, top);
  }
  const definitions = [...shared].map(([g, n]) => `${g}: ${n}.`);
  const rowNotes = values.map((vs) => {
    const notes = vs.filter((v) => v.note && clean(v.note) !== shared.get(v.group)).map((v) => (prefix ? `${v.group}: ${clean(v.note!)}` : clean(v.note!)));
    return [...new Set(notes)];
  });
  if (!rowNotes.some((n) => n.length)) return { ...body, definitions };
  return {
    columns: [...body.columns, { label: NOTES_LABEL, numeric: false, notes: true }],
    rows: body.rows.map((r, i) => ({ ...r, cells: [...r.cells, { text: rowNotes[i]?.length ? `${rowNotes[i]!.join('. ')}.` : '', marks: [], numeric: false }] })),
    definitions,
  };
}

/** The rows of a pivoted chart: categories in order, or the numeric x values ascending. */
function pivotKeys(spec: ChartSpec): (string | number)[] {
  return spec.x.type !== 'category'
    ? [...new Set(spec.series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => Number(a) - Number(b))
    : categoryList(spec);
}

function pivotTable(spec: ChartSpec): Body {
  const keys = pivotKeys(spec);
  // A series (or axis) that fixes its own digits keeps them: its author chose them.
  const digitsOf = new Map(spec.series.map((s) => [s, s.digits !== undefined || spec.y.digits !== undefined ? undefined : columnDigits(s.points.map((p) => ({ ...p, m: measureOf(p, s, spec.y) })))]));
  return {
    columns: [{ label: spec.x.label, numeric: false }, ...spec.series.map((s) => ({ label: s.label, numeric: true }))],
    rows: keys.map((k) => ({
      header: typeof k === 'number' ? formatAxisValue(k, spec.x) : k,
      cells: spec.series.map((s) => valueCell(spec, s, s.points.find((p) => p.x === k), digitsOf.get(s))),
    })),
  };
}

function pointTable(spec: ChartSpec): Body {
  const several = spec.series.length > 1;
  // "Parameters (billions)" rather than "Parameters (parameters (billions))".
  const title = (axis: ChartSpec['x']) => {
    if (bareCount(axis)) return axis.label;
    const unit = axisTitle(axis);
    return unit.toLowerCase().startsWith(axis.label.toLowerCase()) ? axis.label + unit.slice(axis.label.length) : `${axis.label} (${unit})`;
  };
  // One format per column here too: x values (in the x axis's measure) and y values (each in its own).
  const placed = spec.series.flatMap((s) => s.points.flatMap((p) => (typeof p.x === 'number' && s.style !== 'reference-line' ? [{ y: p.x, m: { unit: spec.x.unit, scale: spec.x.scale ?? 'one' } }] : [])));
  const xDigits = spec.x.digits !== undefined ? undefined : columnDigits(placed);
  const yDigits = spec.y.digits !== undefined ? undefined : columnDigits(spec.series.flatMap((s) => s.points.map((p) => ({ ...p, m: measureOf(p, s, spec.y) }))));
  const rows = spec.series.flatMap((s: Series) =>
    s.points.map((p) => {
      const x: TableCell =
        typeof p.x === 'number' && s.style !== 'reference-line'
          ? { text: formatAxisValue(p.x, xDigits === undefined ? spec.x : { ...spec.x, digits: digitsFor(xDigits, { y: p.x }) }), marks: [], numeric: true }
          : { text: EMPTY, marks: [], numeric: true };
      const y: TableCell = p.y === null ? { text: EMPTY, marks: [], numeric: true } : { text: formatPointValue(p, withDigits(measureOf(p, s, spec.y), yDigits, p)), marks: marksOf(p), numeric: true };
      return { header: p.name ?? (typeof p.x === 'string' ? p.x : s.label), cells: several ? [{ text: s.label, marks: [], numeric: false }, x, y] : [x, y] };
    }),
  );
  return {
    columns: [{ label: 'Name', numeric: false }, ...(several ? [{ label: 'Series', numeric: false }] : []), { label: title(spec.x), numeric: true }, { label: title(spec.y), numeric: true }],
    rows,
  };
}

function timelineTable(spec: ChartSpec): Body {
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
