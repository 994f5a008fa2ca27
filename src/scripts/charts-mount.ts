/**
 * The interactive chart, loaded on demand by exhibit-island.ts. chart.js ships as one ES module, so the
 * bundler cannot split it per chart kind; instead this registers only what exhibits use, and draws the
 * legend and tooltip as small HTML overlays rather than loading chart.js's Legend and Tooltip plugins
 * (together about 7 KB gzip). The static SVG keeps chart.js's own legend.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineElement, LogarithmicScale, type Plugin, PointElement, ScatterController } from 'chart.js';
import type { ChartSpec } from '../lib/exhibits/spec.ts';
import { toChartConfig } from '../lib/render/chart-config.ts';
import { kindLegend } from '../lib/render/kind-marks.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineElement, LogarithmicScale, PointElement, ScatterController);

const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
const darkScheme = matchMedia('(prefers-color-scheme: dark)');
const live: { el: HTMLElement; spec: ChartSpec; chart: Chart }[] = [];

/** Dark when the page itself is dark, whatever mechanism the site uses to get there. */
function pageTheme(): 'light' | 'dark' {
  const [r = 255, g = 255, b = 255, a = 1] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
  return a > 0 && 0.299 * r + 0.587 * g + 0.114 * b < 128 ? 'dark' : 'light';
}

function div(cls: string, text?: string): HTMLDivElement {
  const d = document.createElement('div');
  d.className = cls;
  if (text) d.textContent = text;
  return d;
}

/** Tooltip: the formatted lines toChartConfig put on each datum, for the elements under the pointer. */
const tooltip: Plugin = {
  id: 'exhibitTooltip',
  afterEvent(chart, { event }) {
    const box = chart.canvas.parentElement?.querySelector<HTMLElement>('.exhibit-tip');
    if (!box) return;
    const active = event.type === 'mouseout' ? [] : chart.getActiveElements();
    const first = active[0];
    if (!first) {
      box.hidden = true;
      return;
    }
    const title = chart.data.labels?.[first.index];
    const lines = active.flatMap((a) => (chart.data.datasets[a.datasetIndex]?.data[a.index] as { t?: string[] } | undefined)?.t ?? []);
    box.replaceChildren(...(title === undefined ? [] : [div('exhibit-tip-title', String(title))]), ...lines.map((l) => div('', l)));
    box.hidden = false;
    const { x, y } = first.element.tooltipPosition(true);
    // Keep the whole box over the chart on narrow screens.
    const half = box.offsetWidth / 2;
    box.style.left = `${Math.max(half, Math.min(x ?? 0, chart.width - half))}px`;
    box.style.top = `${y ?? 0}px`;
  },
};

/** Marks the canvas once a frame has been painted, so tests (and styles) can tell a live chart from a pending one. */
const drawnState: Plugin = {
  id: 'exhibitDrawnState',
  afterRender(chart) {
    chart.canvas.dataset.state = 'drawn';
  },
};

/** Legend as buttons that show and hide a series, then the one key entry for the lighter tint (as on the static image). */
function legend(el: HTMLElement, chart: Chart, spec: ChartSpec): void {
  el.querySelector('.exhibit-legend')?.remove();
  const sets = chart.data.datasets as { label?: string; borderColor?: string; borderDash?: number[] }[];
  const kinds = kindLegend(spec);
  if (sets.length < 2 && !kinds.length) return;
  const list = document.createElement('ul');
  list.className = 'exhibit-legend';
  if (sets.length > 1) sets.forEach((ds, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-pressed', 'true');
    const swatch = document.createElement('span');
    swatch.className = ds.borderDash ? 'exhibit-swatch is-dashed' : 'exhibit-swatch';
    swatch.style.setProperty('--swatch', ds.borderColor ?? 'currentColor');
    button.append(swatch, ds.label ?? '');
    button.addEventListener('click', () => {
      const show = !chart.isDatasetVisible(i);
      chart.setDatasetVisibility(i, show);
      button.setAttribute('aria-pressed', String(show));
      chart.update();
    });
    const item = document.createElement('li');
    item.append(button);
    list.append(item);
  });
  for (const k of kinds) {
    const swatch = document.createElement('span');
    swatch.className = 'exhibit-swatch is-tint';
    const item = document.createElement('li');
    item.className = 'exhibit-legend-key';
    item.append(swatch, k.text);
    list.append(item);
  }
  el.querySelector('.exhibit-canvas')?.after(list);
}

function draw(el: HTMLElement, spec: ChartSpec, animate: boolean): Chart {
  const canvas = el.querySelector('canvas');
  if (!canvas) throw new Error('no canvas');
  Chart.defaults.font.family = getComputedStyle(el).fontFamily;
  const config = toChartConfig(spec, { theme: pageTheme(), animate, reducedMotion: reduceMotion.matches });
  const chart = new Chart(canvas, { ...config, plugins: [...(config.plugins ?? []), tooltip, drawnState] });
  legend(el, chart, spec);
  return chart;
}

export function mountChart(el: HTMLElement): void {
  const json = el.querySelector('script[type="application/json"]');
  if (!json?.textContent) return;
  const spec = JSON.parse(json.textContent) as ChartSpec;
  el.querySelector('.exhibit-canvas')?.append(Object.assign(div('exhibit-tip'), { hidden: true }));
  // Show the canvas (and hide the image) first: a responsive chart sizes itself from its visible box.
  el.classList.add('is-live');
  try {
    live.push({ el, spec, chart: draw(el, spec, true) });
  } catch (err) {
    el.classList.remove('is-live');
    throw err;
  }
}

// Inline plugins carry theme colours, so a theme switch redraws the charts rather than patching options.
// The site's toggle announces changes with a `themechange` event on document (src/scripts/theme.ts);
// the media query covers a page without it. Charts already in the page's theme are left alone.
let drawnTheme = pageTheme();
function redraw(): void {
  const theme = pageTheme();
  if (theme === drawnTheme) return;
  drawnTheme = theme;
  for (const c of live) {
    c.chart.destroy();
    c.chart = draw(c.el, c.spec, false);
  }
}
darkScheme.addEventListener('change', redraw);
document.addEventListener('themechange', redraw);
