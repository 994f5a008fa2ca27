/**
 * The chart.js plugins exhibits draw with: range whiskers, reference lines and scatter point names. Plain canvas calls, so they draw the same in the browser and on
 * @napi-rs/canvas for the static image. Shared by every chart through src/lib/render/chart-config.ts.
 */
import type { Chart, Plugin } from 'chart.js';
import type { Kind } from '../data/units.ts';
import type { ChartSpec, Series } from '../exhibits/spec.ts';
import { plottedValue } from './plotted.ts';

export const DASH = [5, 3];

/** One data point as chart.js sees it, carrying what tooltips and plugins need. */
export interface Datum {
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

/** Thin whiskers from low to high for values published as a range. Stacked bars keep ranges in tooltips and the table. */
export function whiskers(ink: string, vAxis: 'x' | 'y', stacked: boolean): Plugin {
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

const LABEL_HEIGHT = 13;
const labelFont = (chart: Chart) => `11px ${chart.options.font?.family ?? 'sans-serif'}`;

/** The boxes every drawn mark covers (bars and markers), which labels must not sit on. */
function markBoxes(chart: Chart): Box[] {
  const boxes: Box[] = [];
  chart.data.datasets.forEach((_ds, i) => {
    if (!chart.isDatasetVisible(i)) return;
    const meta = chart.getDatasetMeta(i);
    for (const el of meta.data) {
      const b = el.getProps(['x', 'y', 'base', 'width', 'height', 'horizontal'], true) as unknown as { x: number; y: number; base?: number; width?: number; height?: number; horizontal?: boolean };
      if (meta.type === 'bar' && b.base !== undefined) {
        if (b.horizontal) boxes.push({ x: Math.min(b.x, b.base), y: b.y - (b.height ?? 0) / 2, w: Math.abs(b.x - b.base), h: b.height ?? 0 });
        else boxes.push({ x: b.x - (b.width ?? 0) / 2, y: Math.min(b.y, b.base), w: b.width ?? 0, h: Math.abs(b.y - b.base) });
      } else if (Number.isFinite(b.x) && Number.isFinite(b.y)) boxes.push({ x: b.x - 5, y: b.y - 5, w: 10, h: 10 });
    }
  });
  return boxes;
}

interface RefLabel {
  box: Box;
  text: string;
  pos: number;
  color: string;
}

/**
 * Where each reference line's label goes: above the line at the right end, else below it, else at the left
 * end (beside the line near the top or bottom for a vertical line), taking the first place inside the plot
 * that covers no bar, marker or earlier label. Needs ctx.font set. Shared by the line and point-label plugins.
 */
function referenceLabels(chart: Chart, refs: { index: number; series: Series; color: string }[], vAxis: 'x' | 'y', spec: Pick<ChartSpec, 'y'>): RefLabel[] {
  const scale = chart.scales[vAxis];
  if (!scale) return [];
  const { left, right, top, bottom } = chart.chartArea;
  const marks = markBoxes(chart);
  const out: RefLabel[] = [];
  for (const r of refs) {
    if (!chart.isDatasetVisible(r.index)) continue;
    for (const pt of r.series.points) {
      const y = plottedValue(spec, r.series, pt).y;
      if (y === null) continue;
      const pos = scale.getPixelForValue(y);
      const text = pt.name ?? r.series.label;
      const w = chart.ctx.measureText(text).width;
      const H = LABEL_HEIGHT;
      const spots: Box[] =
        vAxis === 'y'
          ? [
              { x: right - 4 - w, y: pos - 3 - H, w, h: H },
              { x: right - 4 - w, y: pos + 3, w, h: H },
              { x: left + 4, y: pos - 3 - H, w, h: H },
              { x: left + 4, y: pos + 3, w, h: H },
            ]
          : [
              { x: pos + 4, y: top + 2, w, h: H },
              { x: pos - 4 - w, y: top + 2, w, h: H },
              { x: pos + 4, y: bottom - 2 - H, w, h: H },
              { x: pos - 4 - w, y: bottom - 2 - H, w, h: H },
            ];
      const inside = (b: Box) => b.x >= left && b.x + b.w <= right && b.y >= top && b.y + b.h <= bottom;
      const free = (b: Box) => inside(b) && !marks.some((m) => overlaps(m, b)) && !out.some((o) => overlaps(o.box, b));
      // With no free place, the first place inside the plot; the label is drawn on a halo so it stays legible.
      const box = spots.find(free) ?? spots.find((b) => inside(b) && !out.some((o) => overlaps(o.box, b)));
      if (box) out.push({ box, text, pos, color: r.color });
    }
  }
  return out;
}

/** Reference values (e.g. another model's score) as dashed lines across the plot, each labelled where it covers nothing. */
export function referenceLines(refs: { index: number; series: Series; color: string }[], vAxis: 'x' | 'y', spec: ChartSpec, ink: string, background: string): Plugin {
  const at = (s: Series, pt: Series['points'][number]) => plottedValue(spec, s, pt).y;
  const values = refs.flatMap((r) => r.series.points.map((pt) => at(r.series, pt)).filter((y): y is number => y !== null));
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
          const y = at(r.series, pt);
          if (y === null) continue;
          const pos = scale.getPixelForValue(y);
          ctx.save();
          ctx.strokeStyle = r.color;
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
          ctx.restore();
        }
      }
      ctx.save();
      ctx.font = labelFont(chart);
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      // Text in the page's ink on a patch of the background: a series colour can be too faint to read as
      // text, and where no free place was found the patch keeps the label legible over a bar.
      for (const l of referenceLabels(chart, refs, vAxis, spec)) {
        ctx.fillStyle = background;
        ctx.fillRect(l.box.x - 2, l.box.y, l.box.w + 4, l.box.h);
        ctx.fillStyle = ink;
        ctx.fillText(l.text, l.box.x, l.box.y + l.box.h / 2);
      }
      ctx.restore();
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
export function pointLabels(ink: string, refs: { index: number; series: Series; color: string }[], vAxis: 'x' | 'y', spec: Pick<ChartSpec, 'y'>): Plugin {
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
      const placed: Box[] = referenceLabels(chart, refs, vAxis, spec).map((l) => l.box);
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
