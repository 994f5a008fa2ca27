/**
 * The interactive Jevons exhibit: wires the sliders rendered by JevonsControls.astro, states the result
 * in the <output>, and redraws the chart's series with the same jevons.ts the exhibit
 * was built with. Shipped up front with the controls, so it imports only that tiny module; chart.js and
 * the config builder are the chunks charts-mount.ts already loaded, fetched once the chart is live.
 */
import { describeScenario, formatElasticity, jevonsSeries, type JevonsParams } from './jevons.ts';
import type { ChartSpec } from '#engine/exhibits/spec.ts';

interface LiveChart {
  canvas: HTMLCanvasElement;
  data: { datasets: { data: unknown[] }[] };
  update(mode?: 'none'): void;
}

const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');

function setup(box: HTMLElement): void {
  const figure = box.closest('figure');
  const holder = figure?.querySelector<HTMLElement>('[data-exhibit-chart]');
  const json = holder?.querySelector('script[type="application/json"]')?.textContent;
  const elasticity = box.querySelector<HTMLInputElement>('input[name="elasticity"]');
  const reduction = box.querySelector<HTMLInputElement>('input[name="reduction"]');
  const output = box.querySelector('output');
  if (!figure || !holder || !json || !elasticity || !reduction || !output) return;
  // The exhibit is the one the controls sit in; it must carry the scenario it was drawn with.
  const spec = JSON.parse(json) as ChartSpec;
  if (spec.params?.elasticity === undefined || spec.params.reduction === undefined) return;
  const canvas = holder.querySelector('canvas');
  let chart: LiveChart | undefined;
  let toConfig: ((s: ChartSpec) => { data: { datasets: { data: unknown[] }[] } }) | undefined;

  // Slider steps are decimal; round so −1.5 is −1.5 and not −1.5000000000000002.
  const params = (): JevonsParams => ({
    elasticity: Math.round(Number(elasticity.value) * 10) / 10,
    reduction: Math.round(Number(reduction.value)) / 100,
  });

  /** Puts the scenario's data into the chart's datasets (same order as jevonsSeries) without drawing. */
  const fill = (c: LiveChart, p: JevonsParams): void => {
    if (!toConfig) return;
    const fresh = toConfig({ ...spec, series: jevonsSeries(p) }).data.datasets;
    fresh.forEach((d, i) => {
      const target = c.data.datasets[i];
      if (target) target.data = d.data;
    });
    record(c);
  };

  /** What the chart holds, for the end-to-end test and anyone inspecting the page. */
  const record = (c: LiveChart): void => {
    const read = (i: number) => (c.data.datasets[i]?.data as { x: number; y: number }[]).map((d) => [d.x, d.y]);
    figure.dataset.jevonsPlotted = JSON.stringify({ cut: read(0), selected: read(1) });
  };

  const render = (): void => {
    const p = params();
    output.textContent = describeScenario(p);
    box.querySelector('[data-jevons-show="elasticity"]')!.textContent = formatElasticity(p.elasticity);
    box.querySelector('[data-jevons-show="reduction"]')!.textContent = `${Math.round(p.reduction * 100)}%`;
    if (chart) {
      fill(chart, p);
      chart.update(reduceMotion.matches ? 'none' : undefined);
    }
  };

  const attach = async (): Promise<void> => {
    // Destructured at the import so the bundler keeps chart.js tree-shaken to what charts-mount.ts registers.
    const { Chart } = await import('chart.js');
    const { toChartConfig } = await import('#engine/render/chart-config.ts');
    toConfig = (s) => toChartConfig(s, { theme: 'light', animate: false }) as unknown as ReturnType<NonNullable<typeof toConfig>>;
    // The chart is redrawn from the embedded spec when the theme changes; put the sliders' scenario back.
    Chart.register({
      id: `jevons-${spec.id}`,
      afterInit(c: unknown) {
        const live = c as LiveChart;
        if (live.canvas !== canvas) return;
        chart = live;
        fill(live, params());
      },
    });
    chart = (canvas ? Chart.getChart(canvas) : undefined) as unknown as LiveChart | undefined;
    // The chart was drawn from the spec's own scenario and may still be animating in; swapping its data
    // arrays then can freeze it half-way on narrow screens, so touch it only if the sliders already moved.
    const p = params();
    const drawn = spec.params;
    if (chart && (p.elasticity !== drawn?.elasticity || p.reduction !== drawn?.reduction)) {
      fill(chart, p);
      chart.update('none');
    } else if (chart) record(chart);
    figure.dataset.jevonsReady = '';
  };

  elasticity.addEventListener('input', render);
  reduction.addEventListener('input', render);
  box.hidden = false;
  render();

  const live = () => holder.classList.contains('is-live');
  if (live()) void attach();
  else {
    const watch = new MutationObserver(() => {
      if (!live()) return;
      watch.disconnect();
      // The chart is created right after the class is set; wait a frame so it exists.
      requestAnimationFrame(() => void attach());
    });
    watch.observe(holder, { attributes: true, attributeFilter: ['class'] });
  }
}

document.querySelectorAll<HTMLElement>('[data-jevons]').forEach(setup);
