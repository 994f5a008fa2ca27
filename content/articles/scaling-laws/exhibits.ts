/**
 * Exhibits of the scaling-laws article: the Chinchilla compute-optimal frontier with four models on it,
 * tokens per parameter against the ~20 convention and the fitted loss of each model. Every number is
 * computed from the edition's scaling-laws table and model rows. The Kaplan et al. power laws are declared
 * in exhibits/kaplan-scaling-exponents.yaml.
 */
import { chinchillaLoss, computeOptimal, optimalFrontier, type ChinchillaFit } from './model.ts';
import { flopToPfDays, trainingFlop } from '../../lib/training.ts';
import { getObservation, toQuantity } from '#engine/data/lookup.ts';
import { listWords } from '#engine/format/list.ts';
import { formatNumber } from '#engine/format/number.ts';
import { formatPlain } from '#engine/format/quantity.ts';
import { base } from '../deepseek/metrics.ts';
import { chinchillaFit, FIT_KEYS, MODELS, position, type ModelRef } from './metrics.ts';
import type { ExhibitBody, ExhibitContext, ExhibitDefinition } from '#engine/exhibits/context.ts';
import { cellFrom, derivedCellOf, notesOf, pointFrom, textCell, type CellInput, type PointInput } from '#engine/exhibits/helpers.ts';
import { computed, derive, derivedPointOf, qualifierOf, ratio, type Reader } from '#engine/derive/index.ts';

const FIT = Object.values(FIT_KEYS);
/**
 * Budgets per decade on the plotted frontier. N_opt ∝ C^(β/(α+β)) is a straight line on log–log axes, so a
 * few points draw it exactly; more would only lengthen the data table.
 */
const FRONTIER_STEPS_PER_DECADE = 4;
/** FLOP -> thousand PF-days, the x unit of the frontier chart. */
const kPfDays = (flop: number) => flopToPfDays(flop) / 1e3;

/** The fit's constants read through the kernel's reader, so every figure computed from them lists them as inputs. */
function fitOf(r: Reader): ChinchillaFit {
  return { E: r.row(FIT_KEYS.E).value, A: r.row(FIT_KEYS.A).value, B: r.row(FIT_KEYS.B).value, alpha: r.row(FIT_KEYS.alpha).value, beta: r.row(FIT_KEYS.beta).value };
}

/** A model's parameters and tokens (base units) read through the reader. */
function sizeOf(r: Reader, m: ModelRef): { n: number; d: number } {
  return { n: r.base(m.params), d: r.base(m.tokens) };
}

function frontier({ edition: e }: ExhibitContext): ExhibitBody {
  const short = (k: string) => formatPlain(getObservation(e, k).value, 'count', getObservation(e, k).scale).replace(/^/, getObservation(e, k).qualifier);
  const positions = MODELS.map((m) => position(e, m));
  const computes = positions.map((p) => p.compute);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...computes)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...computes)));
  const steps = Math.round(Math.log10(hi / lo)) * FRONTIER_STEPS_PER_DECADE + 1;
  const line = optimalFrontier(chinchillaFit(e), lo, hi, steps).map((a) =>
    derivedPointOf(derive(e, (r) => computed(computeOptimal(fitOf(r), a.compute).params, `N_opt at C = ${formatNumber(kPfDays(a.compute), { digits: 1 })} thousand PF-days`)), kPfDays(a.compute), 'billion'),
  );
  // Each model is placed at its reported size (the value) and its compute 6ND (the position), so both rows are its keys.
  const modelSeries = positions.map((p) => ({
    id: p.model.id,
    label: p.model.label,
    style: 'point' as const,
    points: [pointFrom(e, p.model.params, kPfDays(p.compute), { scale: 'billion', name: p.model.label, keys: [p.model.params, p.model.tokens] })],
  }));
  const llamaCheck = pointFrom(e, 'llama-3.compute-optimal.params', kPfDays(base(e, 'llama-3.1-405b.compute')), {
    scale: 'billion',
    name: 'Llama 3 team’s own compute-optimal size',
    keys: ['llama-3.compute-optimal.params', 'llama-3.1-405b.compute'],
  });
  const series = [
    { id: 'frontier', label: 'Compute-optimal model size (Chinchilla fit)', style: 'line' as const, points: line },
    ...modelSeries,
    { id: 'llama-3-check', label: 'Llama 3 team’s own optimum', style: 'point' as const, points: [llamaCheck] },
  ];
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
      // The fit's own caveat: the frontier line is computed from it, so no plotted value carries its note.
      ...notesOf(e, FIT.slice(0, 1)),
    ],
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
  const asTrained = (m: ModelRef) => derive(e, (r) => ratio(r.term(m.tokens), r.term(m.params)));
  const actual = MODELS.map((m) => derivedPointOf(asTrained(m), cat(m.label)));
  const optimal = MODELS.map((m) =>
    derivedPointOf(
      derive(e, (r) => {
        const { n, d } = sizeOf(r, m);
        const opt = computeOptimal(fitOf(r), trainingFlop(n, d));
        return computed(opt.tokens / opt.params, 'D_opt ÷ N_opt of the fitted law at C = 6ND');
      }),
      cat(m.label),
    ),
  );
  const convention = derivedPointOf(asTrained(chinchilla.model), cat(chinchilla.model.label), 'one', { name: 'Chinchilla’s ratio' });
  const series = [
    // Dots, not bars: on a log axis a bar's length from the axis floor means nothing.
    { id: 'actual', label: 'As trained', style: 'point' as const, points: actual },
    { id: 'fitted-optimum', label: 'Optimal split of the same compute under the fitted law', style: 'point' as const, points: optimal },
    { id: 'convention', label: 'The “~20 tokens per parameter” convention', style: 'reference-line' as const, points: [convention] },
  ];
  const gopher = positions.find((p) => p.model.id === 'gopher')!;
  return {
    id: 'tokens-per-parameter',
    title: 'Training tokens per parameter: as trained, and as the fitted law would allocate',
    takeaway: `Gopher saw about ${formatNumber(gopher.tokensPerParam, { digits: 1 })} tokens per parameter against Chinchilla’s ${formatNumber(chinchilla.tokensPerParam, { digits: 0 })}; the fitted law itself would allocate even more data than the convention at every budget shown.`,
    chart: 'bar',
    x: { label: 'Model', type: 'category' },
    y: { label: 'Training tokens per parameter', type: 'logarithmic', unit: 'count', scale: 'one', digits: 1 },
    series,
    notes: [
      'Logarithmic scale.',
      'The “~20 tokens per parameter” rule of thumb is Chinchilla’s own ratio of tokens to parameters, read off the paper’s results; the paper does not state it as a constant.',
      'The fitted-law optimum is the closed-form minimum of the published L(N, D) = E + A/N^α + B/D^β at each model’s compute; it allocates more tokens per parameter than the convention, so the two do not agree.',
      'DeepSeek-V3 is counted with its active parameters; per total parameter its ratio is far lower.',
    ],
  };
}

function predictedLoss({ edition: e }: ExhibitContext): ExhibitBody {
  const positions = MODELS.map((m) => position(e, m));
  const text = (v: number, digits = 3) => formatNumber(v, { digits });
  const columns = [
    { id: 'params', label: 'Parameters N', unit: 'parameters' as const, scale: 'billion' as const },
    // One scale for the column: Gopher's 300 billion tokens and Chinchilla's 1.4 trillion read as 300 and 1,400.
    { id: 'tokens', label: 'Training tokens D', unit: 'tokens' as const, scale: 'billion' as const },
    { id: 'compute', label: 'Compute 6ND', unit: 'PF-days' as const, scale: 'thousand' as const, digits: 1 },
    { id: 'loss', label: 'Predicted loss L(N, D)', unit: 'count' as const, scale: 'one' as const, digits: 3 },
    { id: 'optimal-loss', label: 'Loss at the optimal split', unit: 'count' as const, scale: 'one' as const, digits: 3 },
  ];
  const rows = MODELS.map((m) => {
    const compute = derive(e, (r) => {
      const { n, d } = sizeOf(r, m);
      const [tn, td] = [r.term(m.params), r.term(m.tokens)];
      return computed(flopToPfDays(trainingFlop(n, d)), `6 × ${tn.text} × ${td.text}, in PF-days`, qualifierOf([tn, td]));
    });
    const loss = derive(e, (r) => {
      const { n, d } = sizeOf(r, m);
      return computed(chinchillaLoss(fitOf(r), n, d), 'E + A/N^α + B/D^β');
    });
    const optimalLoss = derive(e, (r) => {
      const { n, d } = sizeOf(r, m);
      const fit = fitOf(r);
      const opt = computeOptimal(fit, trainingFlop(n, d));
      return computed(chinchillaLoss(fit, opt.params, opt.tokens), 'L(N_opt, D_opt) at C = 6ND');
    });
    const cells: Record<string, CellInput> = {
      params: cellFrom(e, m.params, 'billion'),
      tokens: cellFrom(e, m.tokens, 'billion'),
      compute: derivedCellOf(compute, 'thousand'),
      loss: derivedCellOf(loss, 'one'),
      'optimal-loss': derivedCellOf(optimalLoss, 'one'),
    };
    return { name: m.label, cells };
  });
  const byGap = [...positions].sort((a, b) => b.loss - b.optimum.loss - (a.loss - a.optimum.loss));
  const worst = byGap[0]!;
  const rest = byGap.slice(1);
  const restGap = Math.max(...rest.map((p) => p.loss - p.optimum.loss));
  return {
    id: 'chinchilla-predicted-loss',
    title: 'Pre-training loss predicted by the Chinchilla fit',
    takeaway: `${worst.model.label} sits furthest from the best use of its compute, ${text(worst.loss - worst.optimum.loss)} above the loss of the optimal split; ${list(rest.map((p) => p.model.label.split(' (')[0]))} are within ${text(restGap)} of theirs.`,
    chart: 'table',
    rowHeader: 'Model',
    columns,
    rows,
    notes: [
      'Loss is the fitted cross-entropy of the Chinchilla paper’s own data and tokenizer, in nats per token; it is comparable across rows only as the fit’s prediction, not as the models’ measured loss.',
      'Compute is C ≈ 6ND in thousands of petaflop/s-days; the optimal split spends the same compute on N_opt parameters and D_opt tokens.',
      'Llama 3.1 405B and DeepSeek-V3 were trained on different data from the 2022 fit, and DeepSeek-V3 is a mixture-of-experts model counted at its active parameters, so their rows stretch the fit beyond what it was estimated on.',
    ],
  };
}

export const exhibits: ExhibitDefinition[] = [
  { id: 'compute-optimal-frontier', build: frontier },
  { id: 'tokens-per-parameter', build: tokensPerParam },
  { id: 'chinchilla-predicted-loss', build: predictedLoss },
];
