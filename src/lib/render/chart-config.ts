/**
 * ExhibitSpec -> chart.js config. Shared by the browser island and the build-time SVG renderer, so the
 * static image and the interactive chart are the same chart. Ships to the browser: keep it small and
 * free of Node APIs. Custom drawing (hatching, whiskers, reference lines) is done by inline plugins
 * with plain canvas calls, which behave the same in browsers and on @napi-rs/canvas.
 */
import type { Chart, ChartConfiguration, ChartDataset, LegendItem, Plugin, ScaleOptions } from 'chart.js';
import type { Kind } from '../data/units.ts';
import type { Axis, ExhibitSpec, Point, Series } from '../exhibits/spec.ts';
import { PALETTES, seriesColor, withAlpha, type Theme } from './palette.ts';
import { axisHeading, formatPointValue, kindWord } from './value-text.ts';

export interface ChartOptions {
  theme: Theme;
  animate: boolean;
  devicePixelRatio?: number;
}

/** One data point as chart.js sees it, carrying what tooltips and plugins need. */
interface Datum {
  x: string | number | [number, number] | null;
  y: string | number | [number, number] | null;
  /** Tooltip lines, shown by the browser's HTML tooltip (src/scripts/charts-mount.ts). */
  t: string[];
  k: Kind;
  lo?: number;
  hi?: number;
  /** Name drawn next to a scatter point (the model behind the dot). */
  n?: string;
}

/** Width of the static image; also the width the browser aspect ratio is designed for. */
export const STATIC_WIDTH = 720;
/** Fill opacity for guidance/estimate/derived bars, which are also hatched and outlined with a dash. */
const NOT_REPORTED_ALPHA = 0.3;
const DASH = [5, 3];
/** Room above the highest value (or range end) on a linear value axis, as a share of the axis span. */
const HEADROOM = 0.04;
const NOT_REPORTED = ['guidance', 'estimate', 'derived'] as const;

export function chartHeight(spec: ExhibitSpec): number {
  if (spec.chart === 'table') return 0;
  const rows = categoryList(spec).length;
  if (spec.chart === 'timeline') return clamp(110 + rows * 24, 260, 1000);
  if (spec.horizontal && (spec.chart === 'bar' || spec.chart === 'stacked-bar')) {
    const perRow = spec.chart === 'bar' ? 10 + 12 * barSeries(spec).length : 28;
    return clamp(110 + rows * perRow, 260, 1000);
  }
  return 405;
}

export function toChartConfig(spec: ExhibitSpec, opts: ChartOptions): ChartConfiguration {
  if (spec.chart === 'table') {
    throw new Error(`Exhibit "${spec.id}" is a table (chart: "table"), so it has no chart. Render it with ExhibitTable instead.`);
  }
  const p = PALETTES[opts.theme];
  const horizontal = spec.chart === 'timeline' || (spec.horizontal && spec.chart !== 'line' && spec.chart !== 'scatter');
  const categorical = spec.x.type === 'category';
  const stacked = spec.chart === 'stacked-bar';
  // Physical axes: with horizontal bars the categories run down the y axis.
  const iAxis = horizontal ? 'y' : 'x';
  const vAxis = horizontal ? 'x' : 'y';
  const labels = categorical ? categoryList(spec) : undefined;

  // Lines are drawn by the scatter controller with showLine, so the browser needs one controller fewer.
  const mainType = spec.series.some((s) => seriesStyle(spec, s) === 'bar') ? 'bar' : 'scatter';
  const datasets: ChartDataset[] = [];
  const references: { index: number; series: Series; color: string }[] = [];
  spec.series.forEach((s, i) => {
    const color = seriesColor(opts.theme, i);
    const style = seriesStyle(spec, s);
    if (style === 'reference-line') {
      references.push({ index: datasets.length, series: s, color });
      // Empty dataset: gives the legend entry (dashed) and lets the legend toggle it; the plugin draws it.
      // Same type as the chart's main series, so no extra controller has to be registered.
      datasets.push({ type: mainType, label: s.label, data: [], grouped: false, borderColor: color, backgroundColor: color, borderDash: DASH, borderWidth: 2 } as ChartDataset);
      return;
    }
    const data: Datum[] = s.points.map((pt) => toDatum(spec, s, pt, iAxis, vAxis));
    const reported = s.points.map((pt) => pt.kind === 'reported');
    if (style === 'bar') {
      datasets.push({
        type: 'bar',
        label: s.label,
        data,
        backgroundColor: reported.map((r) => (r ? color : withAlpha(color, NOT_REPORTED_ALPHA))),
        borderColor: color,
        borderWidth: 0,
        // A timeline row belongs to one series; grouping would shrink every bar to a sliver.
        grouped: spec.chart !== 'timeline',
        skipNull: spec.chart === 'timeline',
        minBarLength: spec.chart === 'timeline' ? 4 : 0,
      } as ChartDataset);
      return;
    }
    datasets.push({
      type: 'scatter',
      label: s.label,
      data,
      borderColor: color,
      backgroundColor: color,
      // Hollow markers for anything not reported.
      pointBackgroundColor: reported.map((r) => (r ? color : p.background)),
      pointBorderColor: color,
      pointBorderWidth: 2,
      pointRadius: spec.chart === 'line' ? 3.5 : 4.5,
      pointHoverRadius: 6,
      showLine: style === 'line',
      spanGaps: false,
      borderWidth: 2,
      segment: { borderDash: (ctx: { p1DataIndex: number }) => (reported[ctx.p1DataIndex] === false ? DASH : undefined) },
    } as ChartDataset);
  });

  const kindItems = kindLegend(spec);

  const scales: Record<string, ScaleOptions> = {
    [iAxis]: axisOptions(spec.x, p, stacked, spec.chart === 'timeline', iAxis === 'y'),
    [vAxis]: axisOptions(spec.y, p, stacked, spec.chart === 'timeline', vAxis === 'y'),
  };
  if (spec.y.type === 'linear' && spec.y.max === undefined && spec.chart !== 'timeline') {
    // Headroom above the top (only; the bottom stays at zero or the lowest value), so the tallest bar does
    // not end on the frame and a range's whisker is never cut off: chart.js sizes the axis from values alone.
    const tops = spec.series.flatMap((s) => s.points.flatMap((pt) => (pt.y === null ? [] : [pt.high ?? pt.y])));
    const bottoms = spec.series.flatMap((s) => s.points.flatMap((pt) => (pt.y === null ? [] : [pt.low ?? pt.y])));
    if (tops.length) {
      const top = Math.max(...tops);
      const bottom = Math.min(0, ...bottoms);
      if (top > 0) (scales[vAxis] as Record<string, unknown>).suggestedMax = top + HEADROOM * (top - bottom);
    }
  }

  const wideAspect = STATIC_WIDTH / chartHeight(spec);
  const plugins: Plugin[] = [kindMarks(p.text), legendPatterns(), whiskers(p.text, vAxis, stacked)];
  if (spec.chart === 'scatter') plugins.push(pointLabels(p.text, references, vAxis));
  if (references.length) plugins.push(referenceLines(references, vAxis, spec));

  return {
    type: mainType,
    data: { labels, datasets } as ChartConfiguration['data'],
    plugins,
    options: {
      locale: 'en-US',
      indexAxis: iAxis,
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: wideAspect,
      // Narrow screens get a taller chart so bars and labels stay readable at 360 px.
      onResize: (chart: Chart, size: { width: number }) => {
        const want = size.width < 480 ? wideAspect * 0.6 : wideAspect;
        if (chart.options.aspectRatio !== want) {
          chart.options.aspectRatio = want;
          chart.resize();
        }
      },
      ...(opts.devicePixelRatio ? { devicePixelRatio: opts.devicePixelRatio } : {}),
      animation: opts.animate ? { duration: 400 } : false,
      color: p.text,
      interaction: spec.chart === 'scatter' || spec.chart === 'timeline' ? { mode: 'nearest', intersect: true } : { mode: 'index', intersect: false },
      scales,
      plugins: {
        legend: {
          display: spec.series.length > 1 || kindItems.length > 0,
          position: 'bottom',
          labels: {
            color: p.text,
            boxWidth: 14,
            generateLabels: (chart: Chart) => legendItems(chart, kindItems, p.muted),
          },
        },
      },
    },
  } as ChartConfiguration;
}

/** How a bar of each kind other than "reported" is patterned (all are also lighter, with a dashed outline). */
export const BAR_PATTERN = { guidance: 'hatched', estimate: 'striped', derived: 'cross-hatched' } as const satisfies Record<Exclude<Kind, 'reported'>, string>;
type NotReported = keyof typeof BAR_PATTERN;

/** The kinds other than "reported" this exhibit shows, on bars and on points or lines, in a fixed order. */
export function kindMarksUsed(spec: ExhibitSpec): { bars: NotReported[]; points: NotReported[] } {
  const on = (bars: boolean) => {
    const used = new Set(spec.series.filter((s) => (seriesStyle(spec, s) === 'bar') === bars).flatMap((s) => s.points.map((pt) => pt.kind)));
    return NOT_REPORTED.filter((k) => used.has(k));
  };
  return { bars: on(true), points: on(false) };
}

const KIND_PLURAL: Record<Kind, string> = { reported: 'reported figures', guidance: 'company guidance', estimate: 'estimates', derived: 'derived figures' };
const orList = (words: string[]) => (words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)!}`);

/**
 * The caption's key to the marks, naming only the kinds the exhibit shows, e.g. "Bars with a dashed outline
 * are not reported figures: hatched for company guidance, cross-hatched for derived figures. Solid bars are
 * reported." Undefined when every figure is reported.
 */
export function kindKey(spec: ExhibitSpec): string | undefined {
  const { bars, points } = kindMarksUsed(spec);
  if (!bars.length && !points.length) return undefined;
  const sentences: string[] = [];
  if (bars.length === 1) sentences.push(`${capitalise(BAR_PATTERN[bars[0]!])} bars with a dashed outline are ${KIND_PLURAL[bars[0]!]}.`);
  else if (bars.length) sentences.push(`Bars with a dashed outline are not reported figures: ${bars.map((k) => `${BAR_PATTERN[k]} for ${KIND_PLURAL[k]}`).join(', ')}.`);
  if (points.length) sentences.push(`Hollow markers (and dashed lines leading to them) are ${orList(points.map((k) => KIND_PLURAL[k]))}.`);
  sentences.push(`Solid ${bars.length && points.length ? 'bars and markers' : bars.length ? 'bars' : 'markers'} are reported.`);
  return sentences.join(' ');
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export interface KindLegendEntry {
  text: string;
  pattern: (typeof BAR_PATTERN)[NotReported] | 'hollow';
  /** The bar kind whose pattern the swatch shows (none for the hollow-marker entry). */
  kind?: NotReported;
}

/**
 * The legend's key to the marks: one entry per patterned bar kind ("Hatched: company guidance"), then one
 * for hollow markers. Shared by the static image's legend and the browser's HTML legend.
 */
export function kindLegend(spec: ExhibitSpec): KindLegendEntry[] {
  const { bars, points } = kindMarksUsed(spec);
  const entries: KindLegendEntry[] = bars.map((k) => ({ text: `${capitalise(BAR_PATTERN[k])}: ${kindWord(k)}`, pattern: BAR_PATTERN[k], kind: k }));
  if (points.length) entries.push({ text: `Hollow: ${points.map(kindWord).join(', ')}`, pattern: 'hollow' });
  return entries;
}

/** "company guidance hatched, estimates striped and derived figures cross-hatched", for the methodology page. */
export function barPatternList(): string {
  const parts = NOT_REPORTED.map((k) => `${KIND_PLURAL[k]} ${BAR_PATTERN[k]}`);
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

function seriesStyle(spec: ExhibitSpec, s: Series): NonNullable<Series['style']> {
  if (s.style) return s.style;
  if (spec.chart === 'line') return 'line';
  if (spec.chart === 'scatter') return 'point';
  return 'bar';
}

function barSeries(spec: ExhibitSpec): Series[] {
  return spec.series.filter((s) => seriesStyle(spec, s) === 'bar');
}

/** Category order: the spec's own list, else first appearance across series. */
export function categoryList(spec: ExhibitSpec): string[] {
  if (spec.categories) return spec.categories;
  const seen = new Set<string>();
  for (const s of spec.series) for (const pt of s.points) if (typeof pt.x === 'string') seen.add(pt.x);
  return [...seen];
}

function toDatum(spec: ExhibitSpec, s: Series, pt: Point, iAxis: 'x' | 'y', vAxis: 'x' | 'y'): Datum {
  const value: Datum['y'] = spec.chart === 'timeline' && pt.y !== null ? [pt.y0 ?? pt.y, pt.y] : pt.y;
  const d = { [iAxis]: pt.x, [vAxis]: value, t: tooltipLines(spec, s, pt), k: pt.kind } as unknown as Datum;
  if (pt.low !== undefined && pt.high !== undefined) {
    d.lo = pt.low;
    d.hi = pt.high;
  }
  // Points on a drawn line are read from the line; a lone point is named on the chart (a printout has no tooltips).
  if (spec.chart === 'scatter' && pt.label && seriesStyle(spec, s) === 'point') d.n = pt.label;
  return d;
}

function tooltipLines(spec: ExhibitSpec, s: Series, pt: Point): string[] {
  const flags = [kindWord(pt.kind), ...(pt.unconfirmed ? ['unconfirmed'] : [])].join(', ');
  if (spec.chart === 'timeline') {
    const span = pt.y0 !== undefined && pt.y !== null && pt.y0 !== pt.y ? `${pt.y0}–${pt.y}` : String(pt.y ?? '');
    return [`${s.label}: ${span} (${flags})`];
  }
  if (spec.chart === 'scatter' && typeof pt.x === 'number') {
    return [
      pt.label ? `${pt.label} (${s.label})` : s.label,
      `${spec.x.label}: ${formatPointValue({ y: pt.x }, spec.x)}`,
      `${spec.y.label}: ${formatPointValue(pt, spec.y)} (${flags})`,
    ];
  }
  return [`${s.label}: ${pt.label ?? formatPointValue(pt, spec.y)} (${flags})`];
}

function axisOptions(axis: Axis, p: (typeof PALETTES)[Theme], stacked: boolean, years: boolean, vertical: boolean): ScaleOptions {
  const o: Record<string, unknown> = {
    type: axis.type,
    stacked,
    title: { display: true, text: vertical ? titleLines(axisHeading(axis)) : axisHeading(axis), color: p.muted },
    grid: { color: p.grid },
    // Numbers are short: keep them level and let autoSkip thin them out; long category names may tilt.
    ticks: { color: p.muted, autoSkip: true, maxRotation: axis.type === 'category' ? 45 : 0 },
  };
  if (axis.min !== undefined) o.min = axis.min;
  if (axis.max !== undefined) o.max = axis.max;
  if (axis.type === 'category') {
    // Long names would squeeze the plot to nothing on a phone; the table carries the full text.
    (o.ticks as Record<string, unknown>).callback = function (this: { getLabelForValue(v: number): string }, v: number) {
      const l = this.getLabelForValue(v);
      return l.length > 24 ? `${l.slice(0, 23)}…` : l;
    };
  } else if (years) {
    // Years, not quantities: "2017", not "2,017"; and a timeline does not start at year 0.
    (o.ticks as Record<string, unknown>).callback = (v: number) => String(v);
    o.beginAtZero = false;
  } else if (axis.type === 'logarithmic') {
    // Label 1-2-5 steps as plain numbers ("0.1", "20"); when many decades share a narrow axis (a phone),
    // label powers of ten only, so labels never overlap.
    (o.ticks as Record<string, unknown>).callback = function (this: { chart?: { width: number } }, v: number, _i: number, ticks: { value: number }[]) {
      const first = ticks[0]?.value ?? v;
      const last = ticks[ticks.length - 1]?.value ?? v;
      const decades = Math.abs(Math.log10(Math.max(last, 1e-300) / Math.max(first, 1e-300)));
      const perDecade = (this.chart?.width ?? 720) / Math.max(decades, 1);
      const steps = perDecade < 120 ? [1] : perDecade < 200 ? [1, 3] : [1, 2, 5];
      const m = v / 10 ** Math.floor(Math.log10(v) + 1e-9);
      return steps.some((k) => Math.abs(m - k) < 1e-6) ? Number(v.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 12 }) : '';
    };
    // The callback already thins the labels; autoSkip would also drop some of the 1-2-5 ones.
    (o.ticks as Record<string, unknown>).autoSkip = false;
    // Log scales end exactly at the extreme values, which puts those points on the plot edge.
    o.afterDataLimits = (scale: { min: number; max: number }) => {
      if (axis.min === undefined) scale.min /= 1.5;
      if (axis.max === undefined) scale.max *= 1.5;
    };
  }
  return o as ScaleOptions;
}

/** A legend item that the legendPatterns plugin paints with a kind's bar pattern. */
type KindLegendItem = LegendItem & { kindPattern?: NotReported };

function legendItems(chart: Chart, kindItems: KindLegendEntry[], muted: string): LegendItem[] {
  const items: KindLegendItem[] = chart.data.datasets.map((d, i) => {
    const ds = d as { label?: string; borderColor?: string; backgroundColor?: unknown; borderDash?: number[]; type?: string };
    const solid = typeof ds.borderColor === 'string' ? ds.borderColor : '#888888';
    return {
      text: ds.label ?? '',
      datasetIndex: i,
      hidden: !chart.isDatasetVisible(i),
      fillStyle: ds.borderDash ? 'transparent' : solid,
      strokeStyle: solid,
      lineWidth: ds.borderDash ? 2 : 0,
      lineDash: ds.borderDash ?? [],
      fontColor: chart.options.color as string,
    } satisfies LegendItem;
  });
  const common = { hidden: false, strokeStyle: muted, lineWidth: 2, lineDash: DASH, fontColor: chart.options.color as string };
  for (const e of kindItems) {
    items.push({ ...common, text: e.text, fillStyle: e.kind ? withAlpha(muted, NOT_REPORTED_ALPHA) : 'transparent', ...(e.kind ? { kindPattern: e.kind } : {}) } as KindLegendItem);
  }
  return items;
}

/** Paints each kind's pattern into its legend swatch (chart.js fills swatches with a plain colour). */
function legendPatterns(): Plugin {
  return {
    id: 'exhibitLegendPatterns',
    afterDraw(chart) {
      const legend = chart.legend as unknown as { legendItems?: KindLegendItem[]; legendHitBoxes?: { left: number; top: number }[]; options: { display?: boolean; labels: { boxWidth: number; font?: { size?: number } } } } | undefined;
      if (!legend?.legendItems || !legend.legendHitBoxes || legend.options.display === false) return;
      const w = legend.options.labels.boxWidth;
      const h = legend.options.labels.font?.size ?? 12;
      legend.legendItems.forEach((item, i) => {
        const hit = legend.legendHitBoxes![i];
        if (!item.kindPattern || !hit) return;
        drawPattern(chart.ctx, item.kindPattern, { left: hit.left, top: hit.top, right: hit.left + w, bottom: hit.top + h }, item.strokeStyle as string);
      });
    },
  };
}

/** One kind's pattern, clipped to a rectangle: diagonal lines, horizontal stripes, or both diagonals. */
function drawPattern(ctx: CanvasRenderingContext2D, kind: NotReported, r: { left: number; top: number; right: number; bottom: number }, color: string): void {
  const { left, top, right, bottom } = r;
  const h = bottom - top;
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, right - left, h);
  ctx.clip();
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = 1;
  ctx.beginPath();
  if (BAR_PATTERN[kind] === 'striped') {
    // Horizontal stripes on a fixed grid, so neighbouring bars line up. (Dots read well too, but every dot
    // becomes its own path in the static SVG: dotted bars doubled an image's size.)
    for (let y = Math.floor(top / 4) * 4 + 2; y < bottom; y += 4) {
      ctx.moveTo(left, y);
      ctx.lineTo(right, y);
    }
    ctx.stroke();
  } else {
    for (let x = left - h; x < right; x += 6) {
      ctx.moveTo(x, bottom);
      ctx.lineTo(x + h, top);
      if (BAR_PATTERN[kind] === 'cross-hatched') {
        ctx.moveTo(x, top);
        ctx.lineTo(x + h, bottom);
      }
    }
    ctx.stroke();
  }
  ctx.restore();
}

interface BarProps {
  x: number;
  y: number;
  base: number;
  width: number;
  height: number;
  horizontal: boolean;
}

/** A pattern per kind (see BAR_PATTERN) and a dashed outline on bars that are guidance, estimates or derived. */
function kindMarks(ink: string): Plugin {
  return {
    id: 'exhibitKindMarks',
    afterDatasetDraw(chart, { index, meta }) {
      if (meta.type !== 'bar' || !chart.isDatasetVisible(index)) return;
      const ctx = chart.ctx;
      const data = chart.data.datasets[index]?.data as Datum[];
      meta.data.forEach((el, j) => {
        const d = data[j];
        if (!d || d.k === 'reported' || d.x === null || d.y === null) return;
        const b = el.getProps(['x', 'y', 'base', 'width', 'height', 'horizontal'], true) as unknown as BarProps;
        const left = b.horizontal ? Math.min(b.x, b.base) : b.x - b.width / 2;
        const right = b.horizontal ? Math.max(b.x, b.base) : b.x + b.width / 2;
        const top = b.horizontal ? b.y - b.height / 2 : Math.min(b.y, b.base);
        const bottom = b.horizontal ? b.y + b.height / 2 : Math.max(b.y, b.base);
        const color = (chart.data.datasets[index] as { borderColor?: string }).borderColor ?? ink;
        drawPattern(ctx, d.k, { left, top, right, bottom }, color);
        ctx.save();
        ctx.strokeStyle = color;
        ctx.lineWidth = 2;
        ctx.setLineDash(DASH);
        ctx.strokeRect(left + 1, top + 1, right - left - 2, bottom - top - 2);
        ctx.restore();
      });
    },
  };
}

/** Thin whiskers from low to high for values published as a range. Stacked bars keep ranges in tooltips and the table. */
function whiskers(ink: string, vAxis: 'x' | 'y', stacked: boolean): Plugin {
  return {
    id: 'exhibitWhiskers',
    afterDatasetsDraw(chart) {
      if (stacked) return;
      const scale = chart.scales[vAxis];
      if (!scale) return;
      const ctx = chart.ctx;
      chart.data.datasets.forEach((ds, i) => {
        if (!chart.isDatasetVisible(i)) return;
        const meta = chart.getDatasetMeta(i);
        (ds.data as Datum[]).forEach((d, j) => {
          const el = meta.data[j];
          if (!el || d.lo === undefined || d.hi === undefined) return;
          const a = scale.getPixelForValue(d.lo);
          const b = scale.getPixelForValue(d.hi);
          const c = vAxis === 'y' ? el.x : el.y;
          ctx.save();
          ctx.strokeStyle = ink;
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          if (vAxis === 'y') {
            ctx.moveTo(c, a); ctx.lineTo(c, b);
            ctx.moveTo(c - 4, a); ctx.lineTo(c + 4, a);
            ctx.moveTo(c - 4, b); ctx.lineTo(c + 4, b);
          } else {
            ctx.moveTo(a, c); ctx.lineTo(b, c);
            ctx.moveTo(a, c - 4); ctx.lineTo(a, c + 4);
            ctx.moveTo(b, c - 4); ctx.lineTo(b, c + 4);
          }
          ctx.stroke();
          ctx.restore();
        });
      });
    },
  };
}

/** Reference values (e.g. another model's score) as dashed lines across the plot, labelled at the right. */
const LABEL_HEIGHT = 13;
const labelFont = (chart: Chart) => `11px ${chart.options.font?.family ?? 'sans-serif'}`;

/** Where a reference line's label goes: above the line at the right end, or beside it at the top. Needs ctx.font set. */
function referenceLabelBox(chart: Chart, vAxis: 'x' | 'y', pos: number, text: string): Box {
  const { right, top } = chart.chartArea;
  const w = chart.ctx.measureText(text).width;
  return vAxis === 'y' ? { x: right - 4 - w, y: pos - 3 - LABEL_HEIGHT, w, h: LABEL_HEIGHT } : { x: pos + 4, y: top + 2, w, h: LABEL_HEIGHT };
}

function referenceLines(refs: { index: number; series: Series; color: string }[], vAxis: 'x' | 'y', spec: ExhibitSpec): Plugin {
  const values = refs.flatMap((r) => r.series.points.map((pt) => pt.y).filter((y): y is number => y !== null));
  return {
    id: 'exhibitReferenceLines',
    afterDataLimits(_chart, { scale }) {
      if (scale.id !== vAxis || !values.length) return;
      // Keep every reference line on the plot, without overriding limits the spec fixes.
      if (spec.y.min === undefined) scale.min = Math.min(scale.min, ...values);
      if (spec.y.max === undefined) scale.max = Math.max(scale.max, ...values);
    },
    afterDatasetsDraw(chart) {
      const scale = chart.scales[vAxis];
      if (!scale) return;
      const { left, right, top, bottom } = chart.chartArea;
      const ctx = chart.ctx;
      for (const r of refs) {
        if (!chart.isDatasetVisible(r.index)) continue;
        for (const pt of r.series.points) {
          if (pt.y === null) continue;
          const pos = scale.getPixelForValue(pt.y);
          ctx.save();
          ctx.strokeStyle = r.color;
          ctx.fillStyle = r.color;
          ctx.lineWidth = 1.5;
          ctx.setLineDash(DASH);
          ctx.beginPath();
          if (vAxis === 'y') {
            ctx.moveTo(left, pos);
            ctx.lineTo(right, pos);
          } else {
            ctx.moveTo(pos, top);
            ctx.lineTo(pos, bottom);
          }
          ctx.stroke();
          ctx.font = labelFont(chart);
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          const b = referenceLabelBox(chart, vAxis, pos, pt.label ?? r.series.label);
          ctx.fillText(pt.label ?? r.series.label, b.x, b.y + b.h / 2);
          ctx.restore();
        }
      }
    },
  };
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Names next to labelled scatter points. Each label tries the right, left, top and bottom of its point, then
 * the corners, and takes the first place inside the plot that covers no marker and no other label; a label with no such
 * place is left out (on a narrow phone, say), since the tooltip and the data table name every point.
 */
function pointLabels(ink: string, refs: { index: number; series: Series }[], vAxis: 'x' | 'y'): Plugin {
  const GAP = 7;
  const H = LABEL_HEIGHT;
  return {
    id: 'exhibitPointLabels',
    afterDatasetsDraw(chart) {
      const area = chart.chartArea;
      const markers: Box[] = [];
      const wanted: { x: number; y: number; text: string }[] = [];
      chart.data.datasets.forEach((ds, i) => {
        if (!chart.isDatasetVisible(i)) return;
        chart.getDatasetMeta(i).data.forEach((el, j) => {
          const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
          markers.push({ x: x - 5, y: y - 5, w: 10, h: 10 });
          const name = (ds.data as Datum[])[j]?.n;
          if (name) wanted.push({ x, y, text: name });
        });
      });
      if (!wanted.length) return;
      const ctx = chart.ctx;
      ctx.save();
      ctx.font = labelFont(chart);
      ctx.fillStyle = ink;
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'left';
      // Reference lines' own labels are taken first.
      const scale = chart.scales[vAxis];
      const placed: Box[] = refs.flatMap((r) =>
        !scale || !chart.isDatasetVisible(r.index)
          ? []
          : r.series.points.flatMap((pt) => (pt.y === null ? [] : [referenceLabelBox(chart, vAxis, scale.getPixelForValue(pt.y), pt.label ?? r.series.label)])),
      );
      for (const w of wanted) {
        const width = ctx.measureText(w.text).width;
        const [left, centre, right] = [w.x - GAP - width, w.x - width / 2, w.x + GAP];
        const [above, middle, below] = [w.y - GAP - H, w.y - H / 2, w.y + GAP];
        const spots: Box[] = (
          [
            [right, middle],
            [left, middle],
            [centre, above],
            [centre, below],
            [right, above],
            [left, above],
            [right, below],
            [left, below],
          ] as const
        ).map(([x, y]) => ({ x, y, w: width, h: H }));
        const spot = spots.find(
          (b) => b.x >= area.left && b.x + b.w <= area.right && b.y >= area.top && b.y + b.h <= area.bottom && !markers.some((m) => overlaps(m, b)) && !placed.some((o) => overlaps(o, b)),
        );
        if (!spot) continue;
        placed.push(spot);
        ctx.fillText(w.text, spot.x, spot.y + H / 2);
      }
      ctx.restore();
    },
  };
}

/** chart.js does not wrap axis titles; a long one is split in two at the space nearest its middle. */
export function titleLines(text: string): string | string[] {
  if (text.length <= 40) return text;
  const mid = text.length / 2;
  let cut = -1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) if (cut === -1 || Math.abs(i - mid) < Math.abs(cut - mid)) cut = i;
  return cut === -1 ? text : [text.slice(0, cut), text.slice(cut + 1)];
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
