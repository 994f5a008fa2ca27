/**
 * Build-time rendering of an exhibit's chart: chart.js on @napi-rs/canvas drawing the same config the
 * browser uses (light theme, no animation). SVG with text converted to paths, so the image looks the
 * same without the font installed; it is the no-JS and print fallback.
 */
import { createCanvas, SvgExportFlag } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineElement,
  LogarithmicScale,
  type Plugin,
  PointElement,
  ScatterController,
} from 'chart.js';
import type { ExhibitSpec } from '../exhibits/spec.ts';
import { chartHeight, PHONE_WIDTH, phoneAspect, STATIC_WIDTH, toChartConfig } from './chart-config.ts';
import { layoutProblems, recordText } from './layout-check.ts';
import { PALETTES, type Theme } from './palette.ts';

// Same registrations as the browser (src/scripts/charts-mount.ts), plus the legend, which the browser draws in HTML.
Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineElement, LogarithmicScale, PointElement, ScatterController);
// Installed on every build machine (Debian fonts-dejavu-core); text becomes paths, so viewers need no font.
Chart.defaults.font.family = 'DejaVu Sans';

/** An SVG canvas is transparent; without a background a chart's text could land on a page of the other theme. */
const background = (theme: Theme): Plugin => ({
  id: 'exhibitBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = PALETTES[theme].background;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
});

function draw(spec: ExhibitSpec, canvas: { getContext(type: '2d'): unknown }, devicePixelRatio: number, theme: Theme = 'light'): Chart {
  const config = toChartConfig(spec, { theme, animate: false, devicePixelRatio });
  const options = { ...config.options, responsive: false, maintainAspectRatio: false };
  const full: ChartConfiguration = { ...config, options, plugins: [background(theme), ...(config.plugins ?? [])] };
  return new Chart(canvas.getContext('2d') as CanvasRenderingContext2D, full);
}

export function staticSize(spec: ExhibitSpec): { width: number; height: number } {
  return { width: STATIC_WIDTH, height: chartHeight(spec) };
}

/** The chart as an SVG document (text as paths), light by default; the dark one is for dark pages. Same spec, same bytes. */
export function renderExhibitSvg(spec: ExhibitSpec, theme: Theme = 'light'): string {
  const { width, height } = staticSize(spec);
  const canvas = createCanvas(width, height, SvgExportFlag.ConvertTextToPaths);
  const chart = draw(spec, canvas, 1, theme);
  const svg = canvas.getContent().toString('utf8');
  chart.destroy();
  return normalizeSvg(svg, width, height);
}

/**
 * Skia numbers clip paths with a process-wide counter, so the same chart drawn second gets other ids.
 * Renumbering them in document order makes the bytes depend on the chart alone. The viewBox lets the
 * image scale down on narrow screens.
 */
export function normalizeSvg(svg: string, width: number, height: number): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/ id="([^"]+)"/g)) {
    const id = m[1] as string;
    if (!ids.has(id)) ids.set(id, `c${ids.size}`);
  }
  return svg
    .replace(/ id="([^"]+)"/g, (_all, id: string) => ` id="${ids.get(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (all, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : all))
    .replace(/<svg ([^>]*?)width="\d+" height="\d+">/, `<svg $1width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
}

/**
 * The chart layout check on the static renderer: draws the chart at `width` (the static 720 px, or a
 * phone's width at the taller aspect the browser uses there) and lists overlapping, escaping or cut
 * text (layout-check.ts). Empty when the chart is laid out cleanly. At a phone's width the chart is the
 * browser's, whose legend is HTML (charts-mount.ts), so the canvas legend is left out there.
 */
export function chartLayoutProblems(spec: ExhibitSpec, theme: Theme, width: number): string[] {
  const height = width < PHONE_WIDTH ? Math.round(width / phoneAspect(spec)) : Math.round((width * chartHeight(spec)) / STATIC_WIDTH);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const boxes = recordText(ctx as unknown as Parameters<typeof recordText>[0]);
  const config = toChartConfig(spec, { theme, animate: false, devicePixelRatio: 1 });
  const plugins = { ...config.options?.plugins, ...(width < PHONE_WIDTH ? { legend: { display: false } } : {}) };
  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, { ...config, options: { ...config.options, plugins, responsive: false, maintainAspectRatio: false } });
  chart.destroy();
  return layoutProblems(boxes, width, height);
}

/** The chart as a PNG at `scale`× pixel density (for social cards). */
export function renderExhibitPng(spec: ExhibitSpec, opts: { scale: number } = { scale: 2 }): Buffer {
  const { width, height } = staticSize(spec);
  const canvas = createCanvas(width, height);
  const chart = draw(spec, canvas, opts.scale);
  const png = canvas.toBuffer('image/png');
  chart.destroy();
  return png;
}
