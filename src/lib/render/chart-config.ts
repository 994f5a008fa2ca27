/**
 * ExhibitSpec -> chart.js config. Shared by the browser island and the build-time SVG renderer, so the
 * static image and the interactive chart are the same chart. Ships to the browser: keep it small and
 * free of Node APIs. Custom drawing (whiskers, reference lines, point names) is done by the plugins in
 * chart-plugins.ts; which kinds are drawn in the lighter tint, and the words for it, is kind-marks.ts.
 */
import type { Chart, ChartConfiguration, ChartDataset, LegendItem, Plugin, ScaleOptions } from 'chart.js';
import { measureOf } from '../exhibits/measure.ts';
import type { Axis, ChartSpec, ExhibitSpec, Point, Series } from '../exhibits/spec.ts';
import { DASH, pointLabels, referenceLines, whiskers, type Datum } from './chart-plugins.ts';
import { isTinted, kindLegend, seriesStyle, type KindLegendEntry } from './kind-marks.ts';
import { columnDecimals, digitsFor } from '../format/column-digits.ts';
import { PALETTES, peerColor, sequentialColor, seriesColor, tint, type Theme } from './palette.ts';
import { plottedValue } from './plotted.ts';
import { axisHeading, formatPointValue, kindWord, tickDecimals, tickText } from './value-text.ts';

export interface ChartOptions {
  theme: Theme;
  animate: boolean;
  /** The reader asked for reduced motion (prefers-reduced-motion: reduce): the chart is drawn finished, at once. */
  reducedMotion?: boolean;
  devicePixelRatio?: number;
}

/** Width of the static image; also the width the browser aspect ratio is designed for. */
export const STATIC_WIDTH = 720;
/** Room above the highest value (or range end) on a linear value axis, as a share of the axis span. */
const HEADROOM = 0.04;

export function chartHeight(spec: ExhibitSpec): number {
  if (spec.chart === 'table') return 0;
  const rows = categoryList(spec).length;
  if (spec.chart === 'timeline') return clamp(110 + rows * 24, 260, 1000);
  if (spec.horizontal && (spec.chart === 'bar' || spec.chart === 'stacked-bar')) {
    const perRow = spec.chart === 'bar' ? Math.max(24, 10 + 12 * barSeries(spec).length) : 28;
    return clamp(110 + rows * perRow, 260, 1000);
  }
  return 405;
}

/** Below this width the browser draws the chart taller (phoneAspect). */
export const PHONE_WIDTH = 480;

/** Width over height of the chart on a phone: taller than the static image, so bars and labels stay readable. */
export function phoneAspect(spec: ExhibitSpec): number {
  return (STATIC_WIDTH / chartHeight(spec)) * 0.6;
}

export function toChartConfig(spec: ExhibitSpec, opts: ChartOptions): ChartConfiguration {
  if (spec.chart === 'table') {
    throw new Error(`Exhibit "${spec.id}" is a table (chart: "table"), so it has no chart. Render it with ExhibitTable instead.`);
  }
  return chartConfig(spec, opts);
}

function chartConfig(spec: ChartSpec, opts: ChartOptions): ChartConfiguration {
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
  const colorOf = seriesColors(spec, opts.theme);
  spec.series.forEach((s, i) => {
    const color = colorOf(i);
    const light = tint(color, opts.theme);
    const style = seriesStyle(spec, s);
    if (style === 'reference-line') {
      references.push({ index: datasets.length, series: s, color });
      // Empty dataset: gives the legend entry (dashed) and lets the legend toggle it; the plugin draws it.
      // Same type as the chart's main series, so no extra controller has to be registered.
      datasets.push({ type: mainType, label: s.label, data: [], grouped: false, borderColor: color, backgroundColor: color, borderDash: DASH, borderWidth: 2 } as ChartDataset);
      return;
    }
    const data: Datum[] = s.points.map((pt) => toDatum(spec, s, pt, iAxis, vAxis));
    // Guidance and estimates in the lighter tint; reported and derived figures solid (kind-marks.ts).
    const tinted = s.points.map((pt) => isTinted(pt.kind));
    // A series that is all guidance or estimates is keyed in the legend by the tint it is drawn in.
    const key = tinted.length && tinted.every(Boolean) ? light : color;
    if (style === 'bar') {
      datasets.push({
        type: 'bar',
        label: s.label,
        data,
        backgroundColor: tinted.map((t) => (t ? light : color)),
        borderColor: key,
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
      borderColor: key,
      backgroundColor: color,
      pointBackgroundColor: tinted.map((t) => (t ? light : color)),
      pointBorderColor: tinted.map((t) => (t ? light : color)),
      pointBorderWidth: 1,
      pointRadius: spec.chart === 'line' ? 3.5 : 4.5,
      pointHoverRadius: 6,
      showLine: style === 'line',
      spanGaps: false,
      borderWidth: 2,
      // The stretch of line leading to a tinted point is tinted too: the line is only as firm as its end.
      segment: { borderColor: (ctx: { p1DataIndex: number }) => (tinted[ctx.p1DataIndex] ? light : undefined) },
    } as ChartDataset);
  });

  const kindItems = kindLegend(spec);

  const scales: Record<string, ScaleOptions> = {
    [iAxis]: axisOptions(spec.x, p, stacked, spec.chart === 'timeline', iAxis === 'y', spec.chart === 'scatter'),
    [vAxis]: axisOptions(spec.y, p, stacked, spec.chart === 'timeline', vAxis === 'y', spec.chart === 'scatter'),
  };
  // Dots on a category axis get half a step of room at each end, as bars do, so none sits on the frame. A
  // line chart keeps its ends at the frame (layout padding keeps the end markers whole): its crowded,
  // turned labels need the room. One with range whiskers gets the room too: a whisker is wider than the
  // padding and would otherwise be drawn over the value axis's labels.
  const hasRanges = spec.series.some((s) => s.points.some((pt) => plottedValue(spec, s, pt).low != null));
  if (categorical && (spec.chart !== 'line' || hasRanges)) (scales[iAxis] as Record<string, unknown>).offset = true;
  if (spec.y.type === 'linear' && spec.y.max === undefined && spec.chart !== 'timeline') {
    // Headroom above the top (only; the bottom stays at zero or the lowest value), so the tallest bar does
    // not end on the frame and a range's whisker is never cut off: chart.js sizes the axis from values alone.
    const drawn = spec.series.flatMap((s) => s.points.map((pt) => plottedValue(spec, s, pt)));
    const tops = drawn.flatMap((v) => (v.y === null ? [] : [v.high ?? v.y]));
    const bottoms = drawn.flatMap((v) => (v.y === null ? [] : [v.low ?? v.y]));
    if (tops.length) {
      const top = Math.max(...tops);
      const bottom = Math.min(0, ...bottoms);
      if (top > 0) (scales[vAxis] as Record<string, unknown>).suggestedMax = top + HEADROOM * (top - bottom);
    }
  }

  const wideAspect = STATIC_WIDTH / chartHeight(spec);
  const plugins: Plugin[] = [whiskers(p.text, vAxis, stacked)];
  if (spec.chart === 'scatter') plugins.push(pointLabels(p.text, references, vAxis, spec));
  if (references.length) plugins.push(referenceLines(references, vAxis, spec, p.text, p.background));

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
        const want = size.width < PHONE_WIDTH ? phoneAspect(spec) : wideAspect;
        if (chart.options.aspectRatio !== want) {
          chart.options.aspectRatio = want;
          chart.resize();
        }
      },
      ...(opts.devicePixelRatio ? { devicePixelRatio: opts.devicePixelRatio } : {}),
      animation: opts.animate && !opts.reducedMotion ? { duration: 400 } : false,
      color: p.text,
      // Room at the edges, so the first and last tick labels and end markers are never cut off.
      layout: { padding: { left: 12, right: 12, top: 6, bottom: 2 } },
      interaction: spec.chart === 'scatter' || spec.chart === 'timeline' ? { mode: 'nearest', intersect: true } : { mode: 'index', intersect: false },
      scales,
      plugins: {
        legend: {
          display: spec.series.length > 1 || kindItems.length > 0,
          position: 'bottom',
          labels: {
            color: p.text,
            boxWidth: 14,
            generateLabels: (chart: Chart) => legendItems(chart, kindItems, tint(p.muted, opts.theme)),
          },
        },
      },
    },
  } as ChartConfiguration;
}

function barSeries(spec: ChartSpec): Series[] {
  return spec.series.filter((s) => seriesStyle(spec, s) === 'bar');
}

/** Category order: the spec's own list, else first appearance across series. */
export function categoryList(spec: ChartSpec): string[] {
  if (spec.categories) return spec.categories;
  const seen = new Set<string>();
  for (const s of spec.series) for (const pt of s.points) if (typeof pt.x === 'string') seen.add(pt.x);
  return [...seen];
}

function toDatum(spec: ChartSpec, s: Series, pt: Point, iAxis: 'x' | 'y', vAxis: 'x' | 'y'): Datum {
  const v = plottedValue(spec, s, pt);
  const value: Datum['y'] = spec.chart === 'timeline' && v.y !== null ? [v.y0 ?? v.y, v.y] : v.y;
  const d = { [iAxis]: pt.x, [vAxis]: value, t: tooltipLines(spec, s, pt), k: pt.kind } as unknown as Datum;
  if (v.low !== undefined && v.high !== undefined) {
    d.lo = v.low;
    d.hi = v.high;
  }
  // Points on a drawn line are read from the line; a lone point is named on the chart (a printout has no tooltips).
  if (spec.chart === 'scatter' && pt.name && seriesStyle(spec, s) === 'point') d.n = pt.name;
  return d;
}

function tooltipLines(spec: ChartSpec, s: Series, pt: Point): string[] {
  const flags = [kindWord(pt.kind), ...(pt.unconfirmed ? ['unconfirmed'] : [])].join(', ');
  if (spec.chart === 'timeline') {
    const span = pt.y0 !== undefined && pt.y !== null && pt.y0 !== pt.y ? `${pt.y0}–${pt.y}` : String(pt.y ?? '');
    return [`${s.label}: ${span} (${flags})`];
  }
  const m = seriesMeasure(spec, s, pt);
  if (spec.chart === 'scatter' && typeof pt.x === 'number') {
    return [
      pt.name ? `${pt.name} (${s.label})` : s.label,
      `${spec.x.label}: ${formatPointValue({ y: pt.x }, spec.x)}`,
      `${spec.y.label}: ${formatPointValue(pt, m)} (${flags})`,
    ];
  }
  return [`${pt.name ? `${pt.name}, ` : ''}${s.label}: ${formatPointValue(pt, m)} (${flags})`];
}

/**
 * A point's measure at its series' one number format (src/lib/format/column-digits.ts), as in the table
 * view: a tooltip does not print "$63.645bn" beside another bar's "$131.8bn". Ranges, series whose values
 * mix units or scales, and series or axes that fix their own digits keep each value's own precision.
 */
function seriesMeasure(spec: ChartSpec, s: Series, pt: Point): ReturnType<typeof measureOf> {
  const m = measureOf(pt, s, spec.y);
  if (pt.y === null || pt.low !== undefined || s.digits !== undefined || spec.y.digits !== undefined) return m;
  const shown = s.points.filter((p): p is Point & { y: number } => p.y !== null && p.low === undefined).map((p) => ({ p, m: measureOf(p, s, spec.y) }));
  if (shown.some((v) => v.m.unit !== m.unit || v.m.scale !== m.scale)) return m;
  const decimals = columnDecimals(shown.map((v) => ({ y: v.p.y, digits: v.p.digits ?? v.m.digits })));
  return decimals === undefined ? m : { ...m, digits: digitsFor(decimals, { y: pt.y, digits: pt.digits ?? m.digits }) };
}

/**
 * Series colours: categorical hues, except that series which are years ("2023", "2024", "2025 guidance")
 * are ordered, so they take one hue from light to strong, the latest strongest. Reference lines keep their
 * categorical hue.
 */
function seriesColors(spec: ChartSpec, theme: Theme): (i: number) => string {
  const peers = spec.series.filter((s) => s.emphasis === 'peer');
  if (peers.length) {
    // Subjects keep the categorical hues in their own order; peers take greys.
    const subjects = spec.series.filter((s) => s.emphasis !== 'peer');
    return (i) => {
      const s = spec.series[i]!;
      return s.emphasis === 'peer' ? peerColor(theme, peers.indexOf(s), peers.length) : seriesColor(theme, subjects.indexOf(s));
    };
  }
  const drawn = spec.series.filter((s) => seriesStyle(spec, s) !== 'reference-line');
  const years = drawn.length > 1 && spec.x.type === 'category' && spec.chart !== 'timeline' && drawn.every((s) => /^(?:FY ?)?\d{4}\b/.test(s.label));
  if (!years) return (i) => seriesColor(theme, i);
  return (i) => {
    const s = spec.series[i]!;
    const at = drawn.indexOf(s);
    return at === -1 ? seriesColor(theme, i) : sequentialColor(theme, at, drawn.length);
  };
}

/**
 * Axis options. Only scatter charts title their axes (two quantities); elsewhere the category axis needs no
 * title (its labels say what they are) and the value axis is named once, by the units line under the
 * exhibit title (Exhibit.astro), so the chart does not say it three times.
 */
function axisOptions(axis: Axis, p: (typeof PALETTES)[Theme], stacked: boolean, years: boolean, vertical: boolean, titled: boolean): ScaleOptions {
  const o: Record<string, unknown> = {
    type: axis.type,
    stacked,
    title: { display: titled, text: vertical ? titleLines(axisHeading(axis)) : axisHeading(axis), color: p.muted },
    grid: { color: p.grid },
    // Numbers are short: keep them level and let autoSkip thin them out; long category names wrap instead.
    ticks: { color: p.muted, autoSkip: true, maxRotation: 0 },
  };
  if (axis.min !== undefined) o.min = axis.min;
  if (axis.max !== undefined) o.max = axis.max;
  if (axis.type === 'category') {
    // Long names wrap onto two or three lines rather than being cut (a truncated name is a defect); names
    // along a crowded horizontal axis turn, as chart.js does only when they would otherwise collide.
    (o.ticks as Record<string, unknown>).autoSkip = false;
    if (!vertical) (o.ticks as Record<string, unknown>).maxRotation = 90;
    (o.ticks as Record<string, unknown>).callback = function (this: { getLabelForValue(v: number): string; chart?: { width: number } }, v: number) {
      const narrow = (this.chart?.width ?? STATIC_WIDTH) < PHONE_WIDTH;
      return wrapLabel(this.getLabelForValue(v), vertical ? 22 : narrow ? 10 : 14);
    };
  } else if (years) {
    // Years, not quantities: "2017", not "2,017"; and a timeline does not start at year 0.
    (o.ticks as Record<string, unknown>).callback = (v: number) => String(v);
    o.beginAtZero = false;
  } else if (axis.type === 'logarithmic') {
    // Label 1-2-5 steps ("300m", "1bn"); when many decades share a narrow axis (a phone), 1-3 steps or powers
    // of ten only, so labels never overlap.
    (o.ticks as Record<string, unknown>).callback = function (this: { chart?: { width: number; height: number } }, v: number, _i: number, ticks: { value: number }[]) {
      const first = ticks[0]?.value ?? v;
      const last = ticks[ticks.length - 1]?.value ?? v;
      const decades = Math.abs(Math.log10(Math.max(last, 1e-300) / Math.max(first, 1e-300)));
      const room = vertical ? (this.chart?.height ?? 405) / 2 : (this.chart?.width ?? 720);
      const perDecade = room / Math.max(decades, 1);
      const steps = perDecade < 120 ? [1] : perDecade < 200 ? [1, 3] : [1, 2, 5];
      const exponent = Math.floor(Math.log10(v) + 1e-9);
      const m = v / 10 ** exponent;
      // Too many decades even for powers of ten ("$10k" against "$100k"): every second or third one.
      const every = vertical ? 1 : Math.max(1, Math.ceil(80 / perDecade));
      if (exponent % every !== 0) return '';
      return steps.some((k) => Math.abs(m - k) < 1e-6) ? tickText(Number(v.toPrecision(3)), axis) : '';
    };
    // The callback already thins the labels; autoSkip would also drop some of the 1-2-5 ones.
    (o.ticks as Record<string, unknown>).autoSkip = false;
    // Log scales end exactly at the extreme values, which puts those points on the plot edge.
    o.afterDataLimits = (scale: { min: number; max: number }) => {
      if (axis.min === undefined) scale.min /= 1.5;
      if (axis.max === undefined) scale.max *= 1.5;
    };
  } else {
    // House style: true minus, "$100bn" on currency axes, "40%" where the tick carries the unit.
    (o.ticks as Record<string, unknown>).callback = (v: number, _i?: number, ticks?: { value: number }[]) => tickText(v, axis, tickDecimals(ticks));
  }
  return o as ScaleOptions;
}

/** A category name broken at spaces into lines of about `width` characters (chart.js draws an array as lines). */
export function wrapLabel(text: string, width: number): string | string[] {
  if (text.length <= width) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length === 1 ? lines[0]! : lines;
}

function legendItems(chart: Chart, kindItems: KindLegendEntry[], light: string): LegendItem[] {
  const items: LegendItem[] = chart.data.datasets.map((d, i) => {
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
  for (const e of kindItems) items.push({ text: e.text, hidden: false, fillStyle: light, strokeStyle: light, lineWidth: 0, fontColor: chart.options.color as string } as LegendItem);
  return items;
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
