import { createCanvas } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineElement, LogarithmicScale, PointElement, ScatterController } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { ExhibitSpec } from '../../src/lib/exhibits/spec.ts';
import { chartHeight, toChartConfig } from '../../src/lib/render/chart-config.ts';
import { kindKey } from '../../src/lib/render/kind-marks.ts';
import { PALETTES, sequentialColor, tint } from '../../src/lib/render/palette.ts';
import { capexBar, cycleTimeline, distillScatter, marketTable, stackedCost, tokenPriceLine } from '../fixtures/specs/index.ts';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineElement, LogarithmicScale, PointElement, ScatterController);

const light = { theme: 'light', animate: false } as const;
type Loose = Record<string, any>;
const cfg = (spec: ExhibitSpec, opts: Parameters<typeof toChartConfig>[1] = light) => toChartConfig(spec, opts) as unknown as Loose;

/** Draws the config for real (as the static renderer does) so legend items and plugins actually run. */
function drawn(spec: ExhibitSpec): Chart {
  const config = toChartConfig(spec, light);
  const canvas = createCanvas(720, chartHeight(spec));
  return new Chart(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, { ...config, options: { ...config.options, responsive: false } });
}

describe('toChartConfig', () => {
  it('draws grouped vertical bars; the value axis is named once, by the units line, and the category axis not at all', () => {
    const c = cfg(capexBar);
    expect(c.type).toBe('bar');
    expect(c.options.indexAxis).toBe('x');
    expect(c.data.labels).toEqual(['Amazon', 'Alphabet', 'Meta']);
    expect(c.data.datasets.map((d: Loose) => d.label)).toEqual(['2023', '2024', '2025 guidance']);
    expect(c.options.scales.y.title.display).toBe(false);
    expect(c.options.scales.x.title.display).toBe(false);
    expect(c.options.scales.y.type).toBe('linear');
    // Currency ticks in house style, with a true minus.
    expect([0, 20, 100, -5].map((v) => c.options.scales.y.ticks.callback(v))).toEqual(['$0', '$20bn', '$100bn', '\u2212$5bn']);
  });

  it('draws reported and derived bars solid and guidance in a lighter tint of the series colour, with one legend entry for it', () => {
    const c = cfg(capexBar);
    const [y2023, y2024, guide] = c.data.datasets as Loose[];
    // Years are ordered: one hue, the latest strongest.
    const ramp = (i: number) => sequentialColor('light', i, 3);
    expect(new Set([ramp(0), ramp(1), ramp(2)]).size).toBe(3);
    // Reported Amazon 2023 and derived Meta 2023 (arithmetic on reported figures) are both solid.
    expect(y2023!.backgroundColor).toEqual([ramp(0), ramp(0), ramp(0)]);
    expect(new Set(y2024!.backgroundColor)).toEqual(new Set([ramp(1)]));
    expect(guide!.backgroundColor).toEqual([tint(ramp(2), 'light'), tint(ramp(2), 'light'), tint(ramp(2), 'light')]);
    expect(guide!.borderColor).toBe(tint(ramp(2), 'light'));
    expect(tint(ramp(2), 'light')).not.toBe(ramp(2));
    const chart = drawn(capexBar);
    expect(chart.legend!.legendItems!.map((i) => i.text)).toEqual(['2023', '2024', '2025 guidance', 'Lighter: company guidance']);
    chart.destroy();
    expect(kindKey(capexBar)).toBe('Lighter bars are company guidance; the rest are reported or computed from reported figures.');
  });

  it('keeps categorical hues for series that are not years, and the same hue in both themes', () => {
    const named = ExhibitSpec.parse({ ...capexBar, series: capexBar.series.map((x, i) => ({ ...x, label: ['Cloud', 'Devices', 'Other'][i] })) });
    const [blue, orange, green] = PALETTES.light.series as [string, string, string];
    // The third series is all guidance, so its legend key is its tint.
    expect(cfg(named).data.datasets.map((d: Loose) => d.borderColor)).toEqual([blue, orange, tint(green, 'light')]);
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
      const max = Math.max(r, g, b);
      const d = max - Math.min(r, g, b);
      if (d === 0) return -1;
      const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
      return (h * 60 + 360) % 360;
    };
    PALETTES.light.series.forEach((c, i) => expect(Math.abs(hue(c) - hue(PALETTES.dark.series[i]!)), `${c} vs ${PALETTES.dark.series[i]}`).toBeLessThan(6));
  });

  it('names both styles in the legend when a bar chart also has point or line series with estimates', () => {
    const mixed = ExhibitSpec.parse({
      ...capexBar,
      series: [...capexBar.series, { id: 'trend', label: 'Trend', style: 'line', points: [{ x: 'Amazon', y: 90, kind: 'estimate' }] }],
    });
    const c = cfg(mixed);
    expect(c.type).toBe('bar');
    expect(c.data.datasets[3]).toMatchObject({ type: 'scatter', showLine: true });
    const chart = drawn(mixed);
    // One entry for the tint, however many kinds and marks use it.
    expect(chart.legend!.legendItems!.slice(-2).map((i) => i.text)).toEqual(['Trend', 'Lighter: company guidance and estimates']);
    chart.destroy();
    expect(kindKey(mixed)).toBe('Lighter bars and markers (and the line leading to them) are company guidance or estimates; the rest are reported or computed from reported figures.');
  });

  it('leaves headroom on a linear value axis and keeps every range whisker inside it', () => {
    expect(cfg(capexBar).options.scales.y.suggestedMax).toBeCloseTo(104);
    const wide = ExhibitSpec.parse({ ...capexBar, series: [{ id: 'g', label: 'Guidance', points: [{ x: 'Amazon', y: 10, low: 5, high: 30, kind: 'guidance' }] }] });
    expect(cfg(wide).options.scales.y.suggestedMax).toBeCloseTo(31.2);
    const chart = drawn(wide);
    expect(chart.scales.y!.max).toBeGreaterThan(30);
    chart.destroy();
    expect(cfg(ExhibitSpec.parse({ ...capexBar, y: { ...capexBar.y, max: 120 } })).options.scales.y.suggestedMax).toBeUndefined();
  });

  it('carries formatted tooltips with unit, kind, range and the unconfirmed flag', () => {
    const c = cfg(capexBar);
    // One format per series (src/lib/format/column-digits.ts): three significant figures on its largest value.
    expect(c.data.datasets[0].data[0].t).toEqual(['2023: $52.7bn (reported)']);
    expect(c.data.datasets[2].data[2].t).toEqual(['2025 guidance: $62.5bn (range $60bn–$65bn) (company guidance, unconfirmed)']);
    expect(c.data.datasets[2].data[2]).toMatchObject({ lo: 60, hi: 65 });
  });

  it('stacks horizontal bars on both axes with categories down the y axis', () => {
    const c = cfg(stackedCost);
    expect(c.options.indexAxis).toBe('y');
    expect(c.options.scales.x.stacked).toBe(true);
    expect(c.options.scales.y.stacked).toBe(true);
    expect(c.options.scales.x.title.display).toBe(false);
    expect(c.options.scales.x.ticks.callback(5)).toBe('$5m');
    expect(c.data.datasets[0].data[0]).toMatchObject({ y: 'DeepSeek-V3', x: 5.328 });
  });

  it('uses logarithmic axes where the spec asks for them', () => {
    expect(cfg(tokenPriceLine).options.scales.y.type).toBe('logarithmic');
    const s = cfg(distillScatter);
    expect(s.options.scales.x.type).toBe('logarithmic');
    expect(s.options.scales.y.type).toBe('linear');
    expect(s.options.scales.y).toMatchObject({ min: 0, max: 100 });
    // Log ticks label 1-2-5 steps on a roomy axis, 1-3 when tighter, powers of ten only when crowded.
    const tick = s.options.scales.x.ticks.callback;
    const ticks = (lo: number, hi: number) => [{ value: lo }, { value: hi }];
    const at = (width: number, lo: number, hi: number) => (v: number) => tick.call({ chart: { width } }, v, 0, ticks(lo, hi));
    // Parameters in billions: ticks say the scale themselves, in house style.
    expect([1, 1.5, 2, 3, 5, 10, 0.2, 0.7].map(at(720, 0.1, 100))).toEqual(['1bn', '', '2bn', '', '5bn', '10bn', '200m', '']);
    expect([1, 2, 3, 5, 10].map(at(360, 0.1, 100))).toEqual(['1bn', '', '3bn', '', '10bn']);
    // Six decades in 320 px: even powers of ten would collide, so every second one.
    expect([1, 2, 3, 5, 10, 100, 1000, 10000].map(at(320, 1, 1e6))).toEqual(['1bn', '', '', '', '', '100bn', '', '10tn']);
    expect([1, 10, 100].map(at(720, 1, 1e6))).toEqual(['1bn', '10bn', '100bn']);
    expect(s.options.scales.x.title.text).toBe('Parameters');
    expect(s.options.scales.x.ticks.autoSkip).toBe(false);
  });

  it("keeps a line chart's ends at the frame, but gives a category axis half a step at each end when a point has a range whisker", () => {
    // A whisker is wider than the layout padding: at the frame it was drawn over the value axis's labels (capex guidance path, 390 px).
    expect(cfg(tokenPriceLine).options.scales.x.offset).toBeUndefined();
    const ranged = ExhibitSpec.parse({
      ...tokenPriceLine,
      y: { ...tokenPriceLine.y, type: 'linear' },
      series: [{ ...tokenPriceLine.series[0]!, points: [{ x: '2022', y: 62.5, low: 60, high: 65, kind: 'guidance', keys: ['capex.x.2022'] }, ...tokenPriceLine.series[0]!.points.slice(1)] }],
    });
    expect(cfg(ranged).options.scales.x.offset).toBe(true);
  });

  it('draws estimates on lines as tinted points with a tinted segment leading to them', () => {
    const spec = ExhibitSpec.parse({ ...tokenPriceLine, series: [{ ...tokenPriceLine.series[0]!, points: tokenPriceLine.series[0]!.points.filter((p) => p.y !== null) }] });
    const d = cfg(spec).data.datasets[0];
    // Drawn by the scatter controller with a line, over the category axis.
    expect(d).toMatchObject({ type: 'scatter', showLine: true });
    expect(cfg(spec).options.scales.x.type).toBe('category');
    const blue = PALETTES.light.series[0]!;
    expect(d.pointBackgroundColor).toEqual([blue, tint(blue, 'light')]);
    expect(d.segment.borderColor({ p1DataIndex: 1 })).toBe(tint(blue, 'light'));
    expect(d.segment.borderColor({ p1DataIndex: 0 })).toBeUndefined();
    expect(d.segment.borderDash).toBeUndefined();
    expect(d.spanGaps).toBe(false);
  });

  it('puts scatter point labels in tooltips and draws reference series as dashed lines', () => {
    const c = cfg(distillScatter);
    expect(c.type).toBe('scatter');
    expect(c.data.datasets[0].data[1].t).toEqual(['Qwen-7B (R1 distilled)', 'Parameters: 7bn parameters', 'AIME 2024 pass@1: 55.5% (reported)']);
    expect(c.data.datasets[0].pointBackgroundColor[2]).toBe(tint(PALETTES.light.series[0]!, 'light'));
    const ref = c.data.datasets[1];
    expect(ref).toMatchObject({ label: 'Reference models', data: [], borderDash: [5, 3] });
    expect(c.plugins.map((p: Loose) => p.id)).toContain('exhibitReferenceLines');
    expect(cfg(capexBar).plugins.map((p: Loose) => p.id)).not.toContain('exhibitReferenceLines');
  });

  it('names scatter points on the chart where a label fits, and leaves out those that would collide', () => {
    expect(cfg(distillScatter).data.datasets[0].data.map((d: Loose) => d.n)).toEqual(['Qwen-1.5B', 'Qwen-7B', 'Qwen-32B']);
    expect(cfg(tokenPriceLine).data.datasets.flatMap((ds: Loose) => ds.data.map((d: Loose) => d.n)).filter(Boolean)).toEqual([]);
    const texts = (width: number, height: number) => {
      const config = toChartConfig(distillScatter, light);
      const canvas = createCanvas(width, height);
      const ctx = canvas.getContext('2d');
      const written: string[] = [];
      const fillText = ctx.fillText.bind(ctx);
      ctx.fillText = (text: string, x: number, y: number) => {
        written.push(text);
        fillText(text, x, y);
      };
      const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, { ...config, options: { ...config.options, responsive: false } });
      chart.destroy();
      return written;
    };
    const wide = texts(720, 405);
    for (const name of ['Qwen-1.5B', 'Qwen-7B', 'Qwen-32B', 'o1-mini']) expect(wide).toContain(name);
    // On a tiny canvas there is no room beside the points, so the names are left to the tooltips and table.
    const tiny = texts(120, 90);
    expect(tiny.filter((t) => t.startsWith('Qwen-')).length).toBeLessThan(3);
  });

  it('keeps a reference value inside the value axis even when the points do not reach it', () => {
    const spec = ExhibitSpec.parse({ ...distillScatter, y: { ...distillScatter.y, min: undefined, max: undefined }, series: [distillScatter.series[0], { ...distillScatter.series[1], points: [{ ...distillScatter.series[1]!.points[0]!, y: 90 }] }] });
    const chart = drawn(spec);
    expect(chart.scales.y!.max).toBeGreaterThanOrEqual(90);
    chart.destroy();
  });

  it('draws timelines as floating horizontal bars from start to end, coloured by series', () => {
    const c = cfg(cycleTimeline);
    expect(c.options.indexAxis).toBe('y');
    expect(c.data.datasets[0].data[0]).toMatchObject({ y: 'First spring', x: [1956, 1974] });
    // A single-year event still shows as a sliver.
    expect(c.data.datasets[2].data[0]).toMatchObject({ y: 'Deep Blue', x: [1997, 1997] });
    expect(c.data.datasets[2].minBarLength).toBeGreaterThan(0);
    expect(c.data.datasets[0].grouped).toBe(false);
    expect(c.options.scales.x.ticks.callback(2017)).toBe('2017');
    expect(c.options.scales.x.beginAtZero).toBe(false);
  });

  it('has a dark palette that differs from the light one', () => {
    const l = cfg(capexBar);
    const d = cfg(capexBar, { theme: 'dark', animate: false });
    expect(d.data.datasets[0].borderColor).not.toBe(l.data.datasets[0].borderColor);
    expect(d.options.color).toBe(PALETTES.dark.text);
    expect(d.options.scales.y.grid.color).not.toBe(l.options.scales.y.grid.color);
  });

  it('turns animation off when asked, and passes the pixel ratio through', () => {
    expect(cfg(capexBar).options.animation).toBe(false);
    expect(cfg(capexBar, { theme: 'light', animate: true }).options.animation).toEqual({ duration: 400 });
    expect(cfg(capexBar, { theme: 'light', animate: false, devicePixelRatio: 2 }).options.devicePixelRatio).toBe(2);
    expect(cfg(capexBar).options.plugins.legend.position).toBe('bottom');
    expect(cfg(capexBar).options.locale).toBe('en-US');
  });

  // The reader's prefers-reduced-motion (src/scripts/charts-mount.ts passes matchMedia's answer) wins over
  // the animation an exhibit would otherwise get: the chart is drawn in its final state at once.
  it('draws charts finished at once under reduced motion, and animates them otherwise', () => {
    expect(cfg(capexBar, { theme: 'light', animate: true, reducedMotion: true }).options.animation).toBe(false);
    expect(cfg(capexBar, { theme: 'dark', animate: true, reducedMotion: true }).options.animation).toBe(false);
    expect(cfg(capexBar, { theme: 'light', animate: true, reducedMotion: false }).options.animation).toEqual({ duration: 400 });
    expect(cfg(capexBar, { theme: 'light', animate: false, reducedMotion: false }).options.animation).toBe(false);
  });

  it('splits a long vertical axis title in two, since chart.js does not wrap it', () => {
    const long = ExhibitSpec.parse({ ...cycleTimeline, chart: 'line', x: { label: 'Cost reduction passed through to price, per cent', type: 'linear' }, y: { label: 'Total spend, relative to before the cut (1 = unchanged)', type: 'logarithmic' } });
    const c = cfg(long);
    expect(c.options.scales.y.title.text).toEqual(['Total spend, relative to', 'before the cut (1 = unchanged)']);
    expect(c.options.scales.x.title.text).toBe('Cost reduction passed through to price, per cent');
  });

  it('refuses table exhibits, which have no chart', () => {
    expect(() => toChartConfig(marketTable, light)).toThrow('Exhibit "fixture-market-table" is a table (chart: "table"), so it has no chart. Render it with ExhibitTable instead.');
  });

  it('makes horizontal charts taller as categories are added', () => {
    expect(chartHeight(capexBar)).toBe(405);
    const more = ExhibitSpec.parse({ ...cycleTimeline, categories: [...cycleTimeline.categories!, ...Array.from({ length: 10 }, (_, i) => `Extra ${i}`)] });
    expect(chartHeight(more)).toBeGreaterThan(chartHeight(cycleTimeline));
    expect(chartHeight(marketTable)).toBe(0);
  });
});
