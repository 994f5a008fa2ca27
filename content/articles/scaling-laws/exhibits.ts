/**
 * Exhibits of the scaling-laws article: the Chinchilla compute-optimal frontier with four models on it,
 * tokens per parameter against the ~20 convention and the fitted loss of each model. Every number is
 * computed from the edition's scaling-laws table and model rows. The Kaplan et al. power laws are declared
 * in exhibits/kaplan-scaling-exponents.yaml.
 */
import { optimalFrontier } from './model.ts';
import { flopToPfDays } from '../../lib/training.ts';
import { getObservation, toQuantity } from '#engine/data/lookup.ts';
import { listWords } from '#engine/format/list.ts';
import { formatNumber } from '#engine/format/number.ts';
import { formatPlain, formatQuantity } from '#engine/format/quantity.ts';
import { base } from '../deepseek/metrics.ts';
import { chinchillaFit, FIT_KEYS, MODELS, position } from './metrics.ts';
import type { ExhibitBody, ExhibitContext, ExhibitDefinition } from '#engine/exhibits/context.ts';
import { derivedPoint, keysOf, notesOf, pointFrom, sourcesOf, type PointInput } from '#engine/exhibits/helpers.ts';

const FIT = Object.values(FIT_KEYS);
/**
 * Budgets per decade on the plotted frontier. N_opt ∝ C^(β/(α+β)) is a straight line on log–log axes, so a
 * few points draw it exactly; more would only lengthen the data table.
 */
const FRONTIER_STEPS_PER_DECADE = 4;
/** FLOP -> thousand PF-days, the x unit of the frontier chart. */
const kPfDays = (flop: number) => flopToPfDays(flop) / 1e3;

function frontier({ edition: e }: ExhibitContext): ExhibitBody {
  const short = (k: string) => formatPlain(getObservation(e, k).value, 'count', getObservation(e, k).scale).replace(/^/, getObservation(e, k).qualifier);
  const positions = MODELS.map((m) => position(e, m));
  const computes = positions.map((p) => p.compute);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...computes)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...computes)));
  const steps = Math.round(Math.log10(hi / lo)) * FRONTIER_STEPS_PER_DECADE + 1;
  const line = optimalFrontier(chinchillaFit(e), lo, hi, steps).map((a) => derivedPoint(e, FIT, kPfDays(a.compute), a.params / 1e9));
  const modelSeries = positions.map((p) => ({
    id: p.model.id,
    label: p.model.label,
    style: 'point' as const,
    points: [derivedPoint(e, [p.model.params, p.model.tokens], kPfDays(p.compute), p.params / 1e9, { label: p.model.label, kind: 'reported' as const })],
  }));
  const llamaCheck = pointFrom(e, 'llama-3.compute-optimal.params', kPfDays(base(e, 'llama-3.1-405b.compute')), {
    label: 'Llama 3 team’s own compute-optimal size',
    keys: ['llama-3.compute-optimal.params', 'llama-3.1-405b.compute'],
  });
  const series = [
    { id: 'frontier', label: 'Compute-optimal model size (Chinchilla fit)', style: 'line' as const, points: line },
    ...modelSeries,
    { id: 'llama-3-check', label: 'Llama 3 team’s own optimum', style: 'point' as const, points: [llamaCheck] },
  ];
  const keys = keysOf(series);
  const above = positions.filter((p) => p.params > p.optimum.params).map((p) => p.model.label.split(' (')[0]);
  const below = positions.filter((p) => p.params <= p.optimum.params).map((p) => p.model.label.split(' (')[0]);
  return {
    id: 'compute-optimal-frontier',
    title: 'The compute-optimal frontier of the Chinchilla fit, with four models',
    takeaway: `By the fitted law, ${list(above)} ${above.length === 1 ? 'is' : 'are'} larger than optimal for ${above.length === 1 ? 'its' : 'their'} compute${below.length ? `, while ${list(below)} ${below.length === 1 ? 'sits' : 'sit'} below the line` : ''}.`,
    chart: 'scatter',
    x: { label: 'Training compute', type: 'logarithmic', unit: 'PF-days', scale: 'thousand' },
    y: { label: 'Parameters', type: 'logarithmic', unit: 'parameters', scale: 'billion' },
    series,
    notes: [
      'Log–log axes. Compute is C ≈ 6ND for each model; one petaflop/s-day (PF-day) is 8.64 × 10^19 FLOP.',
      `The frontier minimises the fitted loss L(N, D) = E + A/N^α + B/D^β subject to C = 6ND; the fit was estimated on dense models of ${short('chinchilla.study.params.min')} to ${short('chinchilla.study.params.max')} parameters trained on ${short('chinchilla.study.tokens.min')} to ${short('chinchilla.study.tokens.max')} tokens, so every model here lies beyond the data it was fitted on.`,
      'DeepSeek-V3 is a mixture-of-experts model, plotted at its active parameters; applying the 2022 dense-model fit to it is a stretch.',
      'Model points are reported sizes; their compute is derived. The Llama 3 team’s optimum comes from its own scaling law, not from the Chinchilla fit.',
      ...notesOf(e, ['llama-3.compute-optimal.params', ...FIT.slice(0, 1)]),
    ],
    sources: sourcesOf(e, keys),
  };
}

/** "A, B and C", skipping missing parts. */
function list(items: (string | undefined)[]): string {
  return listWords(items.filter((x): x is string => Boolean(x)));
}

function tokensPerParam({ edition: e }: ExhibitContext): ExhibitBody {
  const positions = MODELS.map((m) => position(e, m));
  const chinchilla = positions.find((p) => p.model.id === 'chinchilla')!;
  const cat = (label: string) => label.replace(' (active parameters)', ' (active)');
  const actual = positions.map((p) => derivedPoint(e, [p.model.params, p.model.tokens], cat(p.model.label), p.tokensPerParam));
  const optimal = positions.map((p) => derivedPoint(e, [p.model.params, p.model.tokens, ...FIT], cat(p.model.label), p.optimum.tokensPerParam));
  const convention = derivedPoint(e, [chinchilla.model.params, chinchilla.model.tokens], cat(chinchilla.model.label), chinchilla.tokensPerParam, {
    label: `~${formatNumber(chinchilla.tokensPerParam, { digits: 0 })} (Chinchilla’s ratio)`,
  });
  const series = [
    { id: 'actual', label: 'As trained', points: actual },
    { id: 'fitted-optimum', label: 'Optimal split of the same compute under the fitted law', points: optimal },
    { id: 'convention', label: 'The “~20 tokens per parameter” convention', style: 'reference-line' as const, points: [convention] },
  ];
  const gopher = positions.find((p) => p.model.id === 'gopher')!;
  const keys = keysOf(series);
  return {
    id: 'tokens-per-parameter',
    title: 'Training tokens per parameter: as trained, and as the fitted law would allocate',
    takeaway: `Gopher saw about ${formatNumber(gopher.tokensPerParam, { digits: 1 })} tokens per parameter against Chinchilla’s ${formatNumber(chinchilla.tokensPerParam, { digits: 0 })}; the fitted law itself would allocate even more data than the convention at every budget shown.`,
    chart: 'bar',
    x: { label: 'Model', type: 'category' },
    y: { label: 'Training tokens per parameter', type: 'logarithmic' },
    series,
    notes: [
      'Logarithmic scale.',
      'The “~20 tokens per parameter” rule of thumb is Chinchilla’s own ratio of tokens to parameters, read off the paper’s results; the paper does not state it as a constant.',
      'The fitted-law optimum is the closed-form minimum of the published L(N, D) = E + A/N^α + B/D^β at each model’s compute; it allocates more tokens per parameter than the convention, so the two do not agree.',
      'DeepSeek-V3 is counted with its active parameters; per total parameter its ratio is far lower.',
    ],
    sources: sourcesOf(e, keys),
  };
}

function predictedLoss({ edition: e }: ExhibitContext): ExhibitBody {
  const positions = MODELS.map((m) => position(e, m));
  const keysFor = (p: (typeof positions)[number]) => [p.model.params, p.model.tokens];
  const text = (v: number, digits = 3) => formatNumber(v, { digits });
  const col = (id: string, label: string, f: (p: (typeof positions)[number]) => PointInput) => ({ id, label, points: positions.map(f) });
  const series = [
    col('params', 'Parameters N', (p) => pointFrom(e, p.model.params, p.model.label, { label: formatQuantity(toQuantity(e, p.model.params), { style: 'short' }) })),
    col('tokens', 'Training tokens D', (p) => pointFrom(e, p.model.tokens, p.model.label, { label: formatQuantity(toQuantity(e, p.model.tokens), { style: 'short', scale: 'trillion', digits: p.tokens < 1e12 ? 1 : undefined }) })),
    col('compute', 'Compute 6ND', (p) => derivedPoint(e, keysFor(p), p.model.label, kPfDays(p.compute), { label: formatPlain(kPfDays(p.compute), 'PF-days', 'thousand', 1) })),
    col('loss', 'Predicted loss L(N, D)', (p) => derivedPoint(e, [...keysFor(p), ...FIT], p.model.label, p.loss, { label: text(p.loss) })),
    col('optimal-loss', 'Loss at the optimal split', (p) => derivedPoint(e, [...keysFor(p), ...FIT], p.model.label, p.optimum.loss, { label: text(p.optimum.loss) })),
  ];
  const byGap = [...positions].sort((a, b) => b.loss - b.optimum.loss - (a.loss - a.optimum.loss));
  const worst = byGap[0]!;
  const rest = byGap.slice(1);
  const restGap = Math.max(...rest.map((p) => p.loss - p.optimum.loss));
  const keys = keysOf(series);
  return {
    id: 'chinchilla-predicted-loss',
    title: 'Pre-training loss predicted by the Chinchilla fit',
    takeaway: `${worst.model.label} sits furthest from the best use of its compute, ${text(worst.loss - worst.optimum.loss)} above the loss of the optimal split; ${list(rest.map((p) => p.model.label.split(' (')[0]))} are within ${text(restGap)} of theirs.`,
    chart: 'table',
    x: { label: 'Model', type: 'category' },
    y: { label: 'Value', type: 'linear' },
    series,
    notes: [
      'Loss is the fitted cross-entropy of the Chinchilla paper’s own data and tokenizer, in nats per token; it is comparable across rows only as the fit’s prediction, not as the models’ measured loss.',
      'Compute is C ≈ 6ND in thousands of petaflop/s-days; the optimal split spends the same compute on N_opt parameters and D_opt tokens.',
      'Llama 3.1 405B and DeepSeek-V3 were trained on different data from the 2022 fit, and DeepSeek-V3 is a mixture-of-experts model counted at its active parameters, so their rows stretch the fit beyond what it was estimated on.',
    ],
    sources: sourcesOf(e, keys),
  };
}

export const exhibits: ExhibitDefinition[] = [
  { id: 'compute-optimal-frontier', build: frontier },
  { id: 'tokens-per-parameter', build: tokensPerParam },
  { id: 'chinchilla-predicted-loss', build: predictedLoss },
];
