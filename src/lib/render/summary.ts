/**
 * A one- or two-sentence description of what an exhibit shows, computed from its spec: the canvas's
 * aria-label and the static image's alt text. It states the extremes or the change over time, so a
 * screen-reader user gets the point of the chart without the table.
 */
import { measureOf } from '../exhibits/measure.ts';
import type { ChartSpec, ExhibitSpec, Point, Series, TableSpec } from '../exhibits/spec.ts';
import { formatNumber } from '../format/number.ts';
import { categoryList } from './chart-config.ts';
import { plottedValue } from './plotted.ts';
import { formatAxisValue, formatPointValue, kindWord } from './value-text.ts';

const KIND_NAMES: Record<ExhibitSpec['chart'], string> = {
  bar: 'Bar chart',
  'stacked-bar': 'Stacked bar chart',
  line: 'Line chart',
  scatter: 'Scatter chart',
  timeline: 'Timeline',
  table: 'Table',
};

interface Item {
  series: Series;
  point: Point & { y: number };
  /** The value in the axis's scale, for comparing. */
  y: number;
}

export function summarize(spec: ExhibitSpec): string {
  const head = `${KIND_NAMES[spec.chart]}: ${stop(spec.title)}`;
  if (spec.chart === 'table') return `${head} ${tableShape(spec)}`;
  const body =
    spec.chart === 'timeline' ? timeline(spec)
    : spec.chart === 'stacked-bar' ? stackedTotals(spec)
    : spec.chart === 'line' ? changes(spec)
    : extremes(spec);
  return body ? `${head} ${body}` : head;
}

/** "It has 4 rows (Gopher, Chinchilla, Llama 3.1 405B, DeepSeek-V3) and 5 columns." */
function tableShape(spec: TableSpec): string {
  const names = spec.rows.map((r) => r.name);
  const listed = names.length <= 6 ? ` (${names.join(', ')})` : '';
  return `It has ${names.length} ${names.length === 1 ? 'row' : 'rows'}${listed} and ${spec.columns.length} ${spec.columns.length === 1 ? 'column' : 'columns'}: ${spec.columns.map((c) => c.label).join(', ')}.`;
}

/** Points with a value; `y` in the axis's scale, so values compare whatever scale each is written in. */
function plotted(spec: ChartSpec): Item[] {
  return spec.series
    .filter((s) => s.style !== 'reference-line')
    .flatMap((series) =>
      series.points.flatMap((p) => {
        const y = plottedValue(spec, series, p).y;
        return y === null ? [] : [{ series, point: p as Point & { y: number }, y }];
      }),
    );
}

/** "Amazon, 2025 guidance ($100bn, company guidance, unconfirmed)" */
function describe(spec: ChartSpec, { series, point }: Item): string {
  // A point's name says what it is (the model behind a scatter point); else its category.
  const named = point.name !== undefined;
  const parts = named ? [point.name, spec.series.length > 1 ? series.label : ''] : [typeof point.x === 'string' ? point.x : '', spec.series.length > 1 || typeof point.x !== 'string' ? series.label : ''];
  return `${parts.filter(Boolean).join(', ')} (${valueWithFlags(spec, series, point)})`;
}

function valueWithFlags(spec: ChartSpec, series: Series, point: Point): string {
  const flags = [point.kind === 'reported' ? '' : kindWord(point.kind), point.unconfirmed ? 'unconfirmed' : ''].filter(Boolean);
  return [formatPointValue({ y: point.y, qualifier: point.qualifier }, measureOf(point, series, spec.y)), ...flags].join(', ');
}

function extremes(spec: ChartSpec): string {
  const items = plotted(spec);
  if (items.length === 0) return 'It has no values.';
  const sorted = [...items].sort((a, b) => b.y - a.y);
  const hi = sorted[0] as Item;
  const lo = sorted[sorted.length - 1] as Item;
  const refs = spec.series.filter((s) => s.style === 'reference-line').flatMap((s) => s.points.map((p) => `${p.name ?? s.label} at ${formatPointValue({ y: p.y }, measureOf(p, s, spec.y))}`));
  const refText = refs.length ? ` Reference lines: ${refs.join('; ')}.` : '';
  if (items.length === 1) return `It shows one value: ${describe(spec, hi)}.${refText}`;
  return `The highest of ${items.length} values is ${describe(spec, hi)} and the lowest is ${describe(spec, lo)}.${refText}`;
}

function stackedTotals(spec: ChartSpec): string {
  const at = (s: Series, c: string) => {
    const p = s.points.find((pt) => pt.x === c);
    return p ? (plottedValue(spec, s, p).y ?? 0) : 0;
  };
  const totals = categoryList(spec).map((c) => ({ c, total: spec.series.reduce((sum, s) => sum + at(s, c), 0) }));
  if (totals.length === 0) return 'It has no values.';
  const sorted = [...totals].sort((a, b) => b.total - a.total);
  const hi = sorted[0] as (typeof totals)[number];
  const lo = sorted[sorted.length - 1] as (typeof totals)[number];
  const parts = spec.series.map((s) => s.label).join(', ');
  const range = totals.length === 1 ? `The total is ${formatPointValue({ y: hi.total }, spec.y)}` : `Totals range from ${formatPointValue({ y: lo.total }, spec.y)} (${lo.c}) to ${formatPointValue({ y: hi.total }, spec.y)} (${hi.c})`;
  return `${range}, stacked from ${parts}.`;
}

/** First-to-last change for up to three series; the rest are counted. */
function changes(spec: ChartSpec): string {
  const lines = spec.series.filter((s) => s.style !== 'reference-line');
  const parts = lines.slice(0, 3).map((s) => {
    const at = (p: Point) => {
      const flags = [typeof p.x === 'number' ? formatAxisValue(p.x, spec.x) : p.x, p.kind === 'reported' ? '' : kindWord(p.kind), p.unconfirmed ? 'unconfirmed' : ''].filter(Boolean);
      return `${formatPointValue({ y: p.y, qualifier: p.qualifier }, measureOf(p, s, spec.y))} (${flags.join(', ')})`;
    };
    // Compared in the axis's scale, so a rise from 300 billion to 1.4 trillion reads as a rise.
    const pts = s.points.flatMap((p) => {
      const y = plottedValue(spec, s, p).y;
      return y === null ? [] : [{ p, y }];
    });
    const first = pts[0];
    const last = pts[pts.length - 1];
    if (!first || !last) return `${s.label} has no values`;
    if (first === last) return `${s.label} is ${at(first.p)}`;
    const verb = last.y > first.y ? 'rises' : last.y < first.y ? 'falls' : 'stays level';
    return `${s.label} ${verb} from ${at(first.p)} to ${at(last.p)}${change(first.y, last.y)}`;
  });
  const more = lines.length > 3 ? `; ${lines.length - 3} more series ${lines.length === 4 ? 'is' : 'are'} in the data table` : '';
  return `${parts.join('; ')}${more}.`;
}

/** ", a 286-fold fall" for large moves (a percentage would round to −100%), else ", −17%". */
function change(from: number, to: number): string {
  if (from === to || from === 0 || Math.sign(from) !== Math.sign(to)) return '';
  const ratio = to / from;
  if (ratio >= 2 || ratio <= 0.5) {
    const fold = ratio >= 1 ? ratio : 1 / ratio;
    return `, a ${formatNumber(fold, { digits: fold >= 10 ? 0 : 1 })}-fold ${ratio >= 1 ? 'rise' : 'fall'}`;
  }
  const pct = (ratio - 1) * 100;
  return `, ${pct < 0 ? '−' : '+'}${formatNumber(Math.abs(pct), { digits: Math.abs(pct) >= 10 ? 0 : 1 })}%`;
}

function timeline(spec: ChartSpec): string {
  const items = plotted(spec);
  if (items.length === 0) return 'It has no entries.';
  const start = Math.min(...items.map((i) => i.point.y0 ?? i.point.y));
  const end = Math.max(...items.map((i) => i.point.y));
  const longest = [...items].sort((a, b) => b.point.y - (b.point.y0 ?? b.point.y) - (a.point.y - (a.point.y0 ?? a.point.y)))[0] as Item;
  const span = (longest.point.y0 ?? longest.point.y) === longest.point.y ? `${longest.point.y}` : `${longest.point.y0}–${longest.point.y}`;
  return `${items.length} entries from ${start} to ${end}; the longest is ${longest.point.x} (${longest.series.label}, ${span}).`;
}

function stop(s: string): string {
  return /[.?!]$/.test(s) ? s : `${s}.`;
}
