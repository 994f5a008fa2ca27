/**
 * Jevons arithmetic for the interactive exhibit: constant-elasticity demand Q = Q0·(P/P0)^ε with a cost
 * reduction r passed through to price, P = P0·(1 − r). Relative to before the cut, usage is (1 − r)^ε and
 * total spend P·Q is (1 − r)^(1 + ε), so spend rises exactly when ε < −1.
 *
 * This module ships to the browser (jevons-island.ts, beside it) as well as running at build time, so
 * the slider and the static exhibit compute with the same code. Keep it free of imports.
 */

export interface JevonsParams {
  /** Price elasticity of demand, ε ≤ 0. */
  elasticity: number;
  /** Share of the cost cut passed through to price, 0 ≤ r < 1 (0.9 = 90% cheaper). */
  reduction: number;
}

/** The scenario the static exhibit shows and the sliders start from. */
export const JEVONS_DEFAULTS: JevonsParams = { elasticity: -1.5, reduction: 0.9 };

/** Slider ranges; the reduction slider works in whole per cent. */
export const ELASTICITY_SLIDER = { min: -3, max: 0, step: 0.1 } as const;
export const REDUCTION_SLIDER = { min: 0, max: 95, step: 5 } as const;

/** Fixed comparison curves drawn beside the selected one: unit-elastic (spend flat) and inelastic. */
export const COMPARISON_ELASTICITIES = [-1, -0.5] as const;

const MINUS = '\u2212';

function check(p: JevonsParams): void {
  if (!Number.isFinite(p.elasticity) || p.elasticity > 0) {
    throw new RangeError(`Price elasticity ${p.elasticity} is outside the model: use a finite number of zero or below (demand falls as price rises).`);
  }
  if (!Number.isFinite(p.reduction) || p.reduction < 0 || p.reduction >= 1) {
    throw new RangeError(`Cost reduction ${p.reduction} is outside the model: use a share from 0 up to (not including) 1, e.g. 0.9 for 90%.`);
  }
}

/** Usage after the cut relative to before: (1 − r)^ε. */
export function relativeUsage(p: JevonsParams): number {
  check(p);
  return (1 - p.reduction) ** p.elasticity;
}

/** Total spend after the cut relative to before: (1 − r)^(1 + ε). */
export function relativeSpend(p: JevonsParams): number {
  check(p);
  return (1 - p.reduction) ** (1 + p.elasticity);
}

/** Cost reductions the curves are drawn at: the slider's own steps, so the selected point lies on its curve. */
export function reductionGrid(): number[] {
  const out: number[] = [];
  for (let pct = REDUCTION_SLIDER.min; pct <= REDUCTION_SLIDER.max; pct += REDUCTION_SLIDER.step) out.push(pct / 100);
  return out;
}

/** Relative spend along the grid for one elasticity. */
export function spendCurve(elasticity: number, reductions: number[] = reductionGrid()): { reduction: number; spend: number }[] {
  return reductions.map((reduction) => ({ reduction, spend: relativeSpend({ elasticity, reduction }) }));
}

/** Four significant digits: enough for a chart and a table, and stable bytes in downloads. */
export function roundSig(x: number, digits = 4): number {
  return x === 0 ? 0 : Number(x.toPrecision(digits));
}

/** "−1.5", "0": elasticities with a real minus sign. */
export function formatElasticity(e: number): string {
  const text = (Math.round(Math.abs(e) * 10) / 10).toLocaleString('en-US', { maximumFractionDigits: 1 });
  return e < 0 && text !== '0' ? `${MINUS}${text}` : text;
}

/** Multiples printed with about three significant figures: "31.6", "3.16", "0.316", "1,000". */
export function formatMultiple(x: number): string {
  const digits = x >= 100 ? 0 : x >= 10 ? 1 : x >= 1 ? 2 : 3;
  return x.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

/** A point as the exhibit spec wants it (structurally an ExhibitSpec Point; no import, see the header). */
export interface JevonsPoint {
  x: number;
  y: number;
  kind: 'derived';
  /** Computed exactly, so no "~"/">" qualifier. */
  qualifier: '';
  keys: string[];
  unconfirmed: boolean;
}
export interface JevonsSeries {
  id: string;
  label: string;
  style: 'line' | 'point';
  points: JevonsPoint[];
}

function point(reduction: number, spend: number): JevonsPoint {
  return { x: Math.round(reduction * 100), y: roundSig(spend), kind: 'derived', qualifier: '', keys: [], unconfirmed: false };
}

function curveSeries(id: string, label: string, elasticity: number): JevonsSeries {
  return { id, label, style: 'line', points: spendCurve(elasticity).map((c) => point(c.reduction, c.spend)) };
}

/**
 * The exhibit's series for a scenario, in a fixed order (the browser swaps data by index): the selected
 * cost cut, the selected elasticity's curve it lies on, then the fixed comparison curves. Labels do not
 * change with the scenario (the live legend is built once); the output sentence states the values.
 */
export function jevonsSeries(p: JevonsParams): JevonsSeries[] {
  check(p);
  const [unit, inelastic] = COMPARISON_ELASTICITIES;
  return [
    // First so chart.js draws it on top of the curve's own marker at the same spot.
    { id: 'selected-cut', label: 'Selected cost cut', style: 'point', points: [point(p.reduction, relativeSpend(p))] },
    curveSeries('selected', 'Selected elasticity', p.elasticity),
    curveSeries('unit-elastic', `Unit-elastic demand (${formatElasticity(unit)}): spend unchanged`, unit),
    curveSeries('inelastic', `Inelastic demand (${formatElasticity(inelastic)})`, inelastic),
  ];
}

/** One sentence for the exhibit's live output: what the scenario does to usage and to total spend. */
export function describeScenario(p: JevonsParams): string {
  const usage = relativeUsage(p);
  const spend = relativeSpend(p);
  const cut = Math.round(p.reduction * 100);
  const head = `A ${cut}% cost cut passed through to price, with a price elasticity of demand of ${formatElasticity(p.elasticity)}:`;
  const usageText = Math.abs(usage - 1) < 5e-4 ? 'usage is unchanged' : `usage becomes ${formatMultiple(usage)} times its earlier level`;
  const change = Math.round((spend - 1) * 100);
  const spendText =
    Math.abs(spend - 1) < 5e-4 ? 'total spend is unchanged'
    : spend > 1 ? `total spend rises to ${formatMultiple(spend)} times its earlier level (up ${change.toLocaleString('en-US')}%)`
    : `total spend falls to ${formatMultiple(spend)} times its earlier level (down ${Math.abs(change).toLocaleString('en-US')}%)`;
  return `${head} ${usageText} and ${spendText}.`;
}
