/**
 * The interactive chart: chart.js core, legend and tooltip, and the shared config builder. Kind-specific
 * controllers, elements and scales are registered by the charts-<part>.ts chunks the loader fetches.
 */
import { Chart, Legend, Tooltip } from 'chart.js';
import type { ExhibitSpec } from '../lib/exhibits/spec.ts';
import { toChartConfig } from '../lib/render/chart-config.ts';

Chart.register(Legend, Tooltip);

const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
const darkScheme = matchMedia('(prefers-color-scheme: dark)');
const live: { el: HTMLElement; spec: ExhibitSpec; chart: Chart }[] = [];

/** Dark when the page itself is dark, whatever mechanism the site uses to get there. */
function pageTheme(): 'light' | 'dark' {
  const rgb = (getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).map(Number);
  const [r = 255, g = 255, b = 255, a = 1] = rgb;
  return a > 0 && 0.299 * r + 0.587 * g + 0.114 * b < 128 ? 'dark' : 'light';
}

function draw(el: HTMLElement, spec: ExhibitSpec, animate: boolean): Chart {
  const canvas = el.querySelector('canvas');
  if (!canvas) throw new Error('no canvas');
  Chart.defaults.font.family = getComputedStyle(el).fontFamily;
  return new Chart(canvas, toChartConfig(spec, { theme: pageTheme(), animate: animate && !reduceMotion.matches }));
}

export function mountChart(el: HTMLElement): void {
  const json = el.querySelector('script[type="application/json"]');
  if (!json?.textContent) return;
  const spec = JSON.parse(json.textContent) as ExhibitSpec;
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
darkScheme.addEventListener('change', () => {
  for (const c of live) {
    c.chart.destroy();
    c.chart = draw(c.el, c.spec, false);
  }
});
