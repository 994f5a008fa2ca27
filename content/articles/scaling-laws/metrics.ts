/**
 * Computed figures for the scaling-laws article: the Chinchilla fitted loss and its compute-optimal
 * frontier applied to four models, tokens per parameter, and what the Kaplan exponents imply. Constants
 * come from the edition's scaling-laws table; the arithmetic lives in model.ts, beside it.
 */
import { chinchillaLoss, computeOptimal, frontierConstant, lossReductionPercent, tokensPerParameter, type ChinchillaFit } from './model.ts';
import { flopToPfDays, trainingFlop } from '../../lib/training.ts';
import { getObservation } from '#engine/data/lookup.ts';
import type { Quantity } from '#engine/data/quantity.ts';
import type { Edition } from '#engine/data/schema.ts';
import { formatNumber } from '#engine/format/number.ts';
import type { MetricDefinition } from '#engine/metrics/context.ts';
import { base, compact, derivedQuantity, sci } from '../deepseek/metrics.ts';

/** Row ids of the Chinchilla fit's constants. */
export const FIT_KEYS = { E: 'chinchilla.e', A: 'chinchilla.a', B: 'chinchilla.b', alpha: 'chinchilla.alpha', beta: 'chinchilla.beta' } as const;
const FIT_INPUTS = Object.values(FIT_KEYS);

/** The fitted loss constants as published in the edition. */
export function chinchillaFit(e: Edition): ChinchillaFit {
  return {
    E: getObservation(e, FIT_KEYS.E).value,
    A: getObservation(e, FIT_KEYS.A).value,
    B: getObservation(e, FIT_KEYS.B).value,
    alpha: getObservation(e, FIT_KEYS.alpha).value,
    beta: getObservation(e, FIT_KEYS.beta).value,
  };
}

export interface ModelRef {
  /** Slug used in metric ids. */
  id: string;
  label: string;
  params: string;
  tokens: string;
  /** Why N for this model needs a caveat. */
  caveat?: string;
}

/** The models the article places against the frontier, in order of appearance. */
export const MODELS: ModelRef[] = [
  { id: 'gopher', label: 'Gopher', params: 'gopher.params', tokens: 'gopher.tokens' },
  { id: 'chinchilla', label: 'Chinchilla', params: 'chinchilla.params', tokens: 'chinchilla.tokens' },
  { id: 'llama-3.1-405b', label: 'Llama 3.1 405B', params: 'llama-3.1-405b.params', tokens: 'llama-3.1-405b.tokens' },
  {
    id: 'deepseek-v3',
    label: 'DeepSeek-V3 (active parameters)',
    params: 'deepseek-v3.params.active',
    tokens: 'deepseek-v3.tokens',
    caveat: 'mixture-of-experts: N is the parameters active per token, which the 2022 dense-model fit was not estimated on',
  },
];

export interface ModelPosition {
  model: ModelRef;
  params: number;
  tokens: number;
  /** C = 6ND, FLOP. */
  compute: number;
  tokensPerParam: number;
  loss: number;
  optimum: { params: number; tokens: number; loss: number; tokensPerParam: number };
}

/** Where a model sits against the fitted law: its own loss and the loss of the optimal split of its compute. */
export function position(e: Edition, model: ModelRef): ModelPosition {
  const fit = chinchillaFit(e);
  const params = base(e, model.params);
  const tokens = base(e, model.tokens);
  const compute = trainingFlop(params, tokens);
  const opt = computeOptimal(fit, compute);
  return {
    model,
    params,
    tokens,
    compute,
    tokensPerParam: tokensPerParameter(params, tokens),
    loss: chinchillaLoss(fit, params, tokens),
    optimum: { params: opt.params, tokens: opt.tokens, loss: chinchillaLoss(fit, opt.params, opt.tokens), tokensPerParam: tokensPerParameter(opt.params, opt.tokens) },
  };
}

function modelMetrics(m: ModelRef): MetricDefinition[] {
  const inputs = [m.params, m.tokens];
  const caveat = m.caveat ? { note: `Applies the 2022 fit to ${m.caveat}` } : {};
  return [
    {
      id: `metric.scaling.${m.id}.loss`,
      compute: (e) => {
        const p = position(e, m);
        return derivedQuantity(e, {
          key: `metric.scaling.${m.id}.loss`,
          label: `${m.label}: pre-training loss predicted by the Chinchilla fit`,
          value: p.loss,
          digits: 3,
          unit: 'count',
          scale: 'one',
          inputs: [...inputs, ...FIT_INPUTS],
          formula: `E + A/N^α + B/D^β with N = ${compact(p.params)}, D = ${compact(p.tokens)}`,
          ...caveat,
        });
      },
    },
    {
      id: `metric.scaling.${m.id}.optimal-loss`,
      compute: (e) => {
        const p = position(e, m);
        return derivedQuantity(e, {
          key: `metric.scaling.${m.id}.optimal-loss`,
          label: `${m.label}: loss of the fitted-optimal split of the same compute`,
          value: p.optimum.loss,
          digits: 3,
          unit: 'count',
          scale: 'one',
          inputs: [...inputs, ...FIT_INPUTS],
          formula: `L(N_opt, D_opt) at C = 6ND = ${sci(p.compute)} FLOP: N_opt = ${compact(p.optimum.params)}, D_opt = ${compact(p.optimum.tokens)}`,
          ...caveat,
        });
      },
    },
    {
      id: `metric.scaling.${m.id}.compute`,
      compute: (e) => {
        const p = position(e, m);
        return derivedQuantity(e, {
          key: `metric.scaling.${m.id}.compute`,
          label: `${m.label}: training compute by C ≈ 6ND`,
          value: flopToPfDays(p.compute) / 1e3,
          digits: 1,
          qualifier: '~',
          unit: 'PF-days',
          scale: 'thousand',
          inputs,
          formula: `6 × ${compact(p.params)} × ${compact(p.tokens)} = ${sci(p.compute)} FLOP, ÷ 8.64e19 FLOP per PF-day`,
          ...caveat,
        });
      },
    },
    {
      id: `metric.scaling.${m.id}.tokens-per-param`,
      compute: (e) => {
        const p = position(e, m);
        return derivedQuantity(e, {
          key: `metric.scaling.${m.id}.tokens-per-param`,
          label: `${m.label}: training tokens per parameter`,
          value: p.tokensPerParam,
          digits: p.tokensPerParam < 10 ? 2 : 0,
          unit: 'count',
          scale: 'one',
          inputs,
          formula: `${compact(p.tokens)} tokens ÷ ${compact(p.params)} parameters`,
          ...caveat,
        });
      },
    },
    {
      id: `metric.scaling.${m.id}.optimal-tokens-per-param`,
      compute: (e) => {
        const p = position(e, m);
        return derivedQuantity(e, {
          key: `metric.scaling.${m.id}.optimal-tokens-per-param`,
          label: `${m.label}: tokens per parameter of the fitted-optimal split of the same compute`,
          value: p.optimum.tokensPerParam,
          digits: 0,
          unit: 'count',
          scale: 'one',
          inputs: [...inputs, ...FIT_INPUTS],
          formula: `D_opt ÷ N_opt = ${compact(p.optimum.tokens)} ÷ ${compact(p.optimum.params)}`,
          ...caveat,
        });
      },
    },
  ];
}

function fitMetric(id: string, label: string, value: (f: ChinchillaFit) => number, formula: string, digits: number): MetricDefinition {
  return {
    id,
    compute: (e) =>
      derivedQuantity(e, { key: id, label, value: value(chinchillaFit(e)), digits, unit: 'count', scale: 'one', inputs: FIT_INPUTS, formula }),
  };
}

function optimumAt(modelId: string, what: 'params' | 'tokens'): MetricDefinition {
  const m = MODELS.find((x) => x.id === modelId)!;
  const id = `metric.scaling.${modelId}.optimal-${what}`;
  return {
    id,
    compute: (e): Quantity => {
      const p = position(e, m);
      const v = p.optimum[what];
      return derivedQuantity(e, {
        key: id,
        label: `Fitted-optimal ${what === 'params' ? 'model size' : 'training tokens'} for ${m.label}’s compute`,
        value: what === 'params' ? v / 1e9 : v / 1e12,
        digits: 1,
        qualifier: '~',
        unit: what === 'params' ? 'parameters' : 'tokens',
        scale: what === 'params' ? 'billion' : 'trillion',
        inputs: [m.params, m.tokens, ...FIT_INPUTS],
        formula: `${what === 'params' ? 'N_opt = G (C/6)^(β/(α+β))' : 'D_opt = G^-1 (C/6)^(α/(α+β))'} at C = ${sci(p.compute)} FLOP`,
      });
    },
  };
}

function kaplanDrop(id: string, exponentKey: string, factor: number, what: string): MetricDefinition {
  return {
    id,
    compute: (e) => {
      const a = getObservation(e, exponentKey).value;
      return derivedQuantity(e, {
        key: id,
        label: `Fall in loss from ${what} under the Kaplan et al. power law`,
        value: lossReductionPercent(a, factor),
        digits: 1,
        qualifier: '~',
        unit: 'percent',
        scale: 'one',
        inputs: [exponentKey],
        formula: `1 − ${formatNumber(factor)}^(−${formatNumber(a, { digits: 3 })})`,
      });
    },
  };
}

export const metrics: MetricDefinition[] = [
  ...MODELS.flatMap(modelMetrics),
  optimumAt('chinchilla', 'params'),
  optimumAt('chinchilla', 'tokens'),
  optimumAt('llama-3.1-405b', 'params'),
  optimumAt('llama-3.1-405b', 'tokens'),
  fitMetric('metric.scaling.frontier-g', 'Constant G of the compute-optimal frontier', (f) => frontierConstant(f), 'G = (αA / (βB))^(1/(α+β))', 3),
  fitMetric('metric.scaling.params-exponent', 'Exponent of compute in the optimal model size, β/(α+β)', (f) => f.beta / (f.alpha + f.beta), 'β / (α + β)', 2),
  fitMetric('metric.scaling.tokens-exponent', 'Exponent of compute in the optimal training tokens, α/(α+β)', (f) => f.alpha / (f.alpha + f.beta), 'α / (α + β)', 2),
  {
    id: 'metric.scaling.deepseek-v3.total-tokens-per-param',
    compute: (e) => {
      const [p, t] = [base(e, 'deepseek-v3.params.total'), base(e, 'deepseek-v3.tokens')];
      return derivedQuantity(e, {
        key: 'metric.scaling.deepseek-v3.total-tokens-per-param',
        label: 'DeepSeek-V3: training tokens per total (not active) parameter',
        value: tokensPerParameter(p, t),
        digits: 0,
        unit: 'count',
        scale: 'one',
        inputs: ['deepseek-v3.params.total', 'deepseek-v3.tokens'],
        formula: `${compact(t)} tokens ÷ ${compact(p)} parameters`,
      });
    },
  },
  {
    id: 'metric.scaling.deepseek-v3.total-params-loss',
    compute: (e) => {
      const [p, t] = [base(e, 'deepseek-v3.params.total'), base(e, 'deepseek-v3.tokens')];
      return derivedQuantity(e, {
        key: 'metric.scaling.deepseek-v3.total-params-loss',
        label: 'DeepSeek-V3: loss predicted by the Chinchilla fit if N were all parameters',
        value: chinchillaLoss(chinchillaFit(e), p, t),
        digits: 3,
        unit: 'count',
        scale: 'one',
        inputs: ['deepseek-v3.params.total', 'deepseek-v3.tokens', ...FIT_INPUTS],
        formula: `E + A/N^α + B/D^β with N = ${compact(p)}, D = ${compact(t)}`,
      });
    },
  },
  {
    id: 'metric.scaling.llama-3.optimal-tokens-per-param',
    compute: (e) => {
      const [p, t] = [base(e, 'llama-3.compute-optimal.params'), base(e, 'llama-3.compute-optimal.tokens')];
      return derivedQuantity(e, {
        key: 'metric.scaling.llama-3.optimal-tokens-per-param',
        label: 'Tokens per parameter of the Llama 3 team’s own compute-optimal point',
        value: tokensPerParameter(p, t),
        digits: 0,
        qualifier: '~',
        unit: 'count',
        scale: 'one',
        inputs: ['llama-3.compute-optimal.params', 'llama-3.compute-optimal.tokens'],
        formula: `${compact(t)} tokens ÷ ${compact(p)} parameters`,
      });
    },
  },
  {
    id: 'metric.scaling.llama-3.compute-pf-days',
    compute: (e) => {
      const c = base(e, 'llama-3.1-405b.compute');
      return derivedQuantity(e, {
        key: 'metric.scaling.llama-3.compute-pf-days',
        label: 'Compute budget of the Llama 3 team’s scaling-law check',
        value: flopToPfDays(c) / 1e3,
        digits: 1,
        unit: 'PF-days',
        scale: 'thousand',
        inputs: ['llama-3.1-405b.compute'],
        formula: `${sci(c, 1)} FLOP ÷ 8.64e19 FLOP per PF-day`,
      });
    },
  },
  kaplanDrop('metric.scaling.kaplan.params-doubling', 'kaplan.alpha-n', 2, 'doubling model size'),
  kaplanDrop('metric.scaling.kaplan.data-doubling', 'kaplan.alpha-d', 2, 'doubling the data'),
  kaplanDrop('metric.scaling.kaplan.compute-tenfold', 'kaplan.alpha-c', 10, 'ten times the compute'),
];
