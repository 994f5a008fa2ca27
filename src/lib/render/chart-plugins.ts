/**
 * The chart.js plugins exhibits draw with: kind patterns on bars and in legend swatches, range whiskers,
 * reference lines and scatter point names. Plain canvas calls, so they draw the same in the browser and on
 * @napi-rs/canvas for the static image. Shared by every chart through src/lib/render/chart-config.ts.
 */
import type { Chart, LegendItem, Plugin } from 'chart.js';
import type { Kind } from '../data/units.ts';
import type { ChartSpec, Series } from '../exhibits/spec.ts';
import { plottedValue } from './plotted.ts';
import { drawPattern, type NotReported } from './kind-marks.ts';

/** Fill opacity for guidance/estimate/derived bars, which are also patterned and outlined with a dash. */
export const NOT_REPORTED_ALPHA = 0.3;
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

/** A legend item that the legendPatterns plugin paints with a kind's bar pattern. */
export type KindLegendItem = LegendItem & { kindPattern?: NotReported };

/** Paints each kind's pattern into its legend swatch (chart.js fills swatches with a plain colour). */
export function legendPatterns(): Plugin {
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

interface BarProps {
  x: number;
  y: number;
  base: number;
  width: number;
  height: number;
  horizontal: boolean;
}

/** A pattern per kind (see BAR_PATTERN) and a dashed outline on bars that are guidance, estimates or derived. */
export function kindMarks(ink: string): Plugin {
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

/** Where a reference line's label goes: above the line at the right end, or beside it at the top. Needs ctx.font set. */
function referenceLabelBox(chart: Chart, vAxis: 'x' | 'y', pos: number, text: string): Box {
  const { right, top } = chart.chartArea;
  const w = chart.ctx.measureText(text).width;
  return vAxis === 'y' ? { x: right - 4 - w, y: pos - 3 - LABEL_HEIGHT, w, h: LABEL_HEIGHT } : { x: pos + 4, y: top + 2, w, h: LABEL_HEIGHT };
}

/** Reference values (e.g. another model's score) as dashed lines across the plot, labelled at the right. */
export function referenceLines(refs: { index: number; series: Series; color: string }[], vAxis: 'x' | 'y', spec: ChartSpec): Plugin {
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
          const b = referenceLabelBox(chart, vAxis, pos, pt.name ?? r.series.label);
          ctx.fillText(pt.name ?? r.series.label, b.x, b.y + b.h / 2);
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
export function pointLabels(ink: string, refs: { index: number; series: Series }[], vAxis: 'x' | 'y', spec: Pick<ChartSpec, 'y'>): Plugin {
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
          : r.series.points.flatMap((pt) => {
              const y = plottedValue(spec, r.series, pt).y;
              return y === null ? [] : [referenceLabelBox(chart, vAxis, scale.getPixelForValue(y), pt.name ?? r.series.label)];
            }),
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
