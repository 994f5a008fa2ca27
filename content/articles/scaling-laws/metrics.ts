/**
 * Computed figures for the scaling-laws article: the Chinchilla fitted loss and its compute-optimal
 * frontier applied to four models, tokens per parameter, and what the Kaplan exponents imply. Constants
 * come from the edition's scaling-laws table; the arithmetic lives in model.ts and frontier.ts.
 */
import { computed, metric, type Reader, ratio, termIn } from '#engine/derive/index.ts';
import { formatNumber } from '#engine/format/number.ts';
import type { MetricDefinition } from '#engine/metrics/context.ts';
import { pfDays, sixNDInPfDays } from '../../lib/training.ts';
import { chinchillaFit, MODELS, type ModelRef, position, REFIT_KEYS } from './frontier.ts';
import { chinchillaLoss, computeOptimal, frontierConstant, lossReductionPercent, type ChinchillaFit } from './model.ts';

// Exhibits and tests import these from here; they live in frontier.ts.
export { chinchillaFit, FIT_KEYS, MODELS, REFIT_KEYS, position, type ModelPosition, type ModelRef } from './frontier.ts';

const FLOP = (n: number) => termIn(n, 'FLOP').text;

function lossFormula(r: Reader, params: string, tokens: string): string {
  return `E + A/N^α + B/D^β with N = ${r.term(params).text}, D = ${r.term(tokens).text}`;
}

function modelMetrics(m: ModelRef): MetricDefinition[] {
  const note = m.caveat ? `Applies the 2022 fit to ${m.caveat}` : undefined;
  const shape = { unit: 'count', ...(note ? { note } : {}) } as const;
  return [
    metric(`metric.scaling.${m.id}.loss`, {
      ...shape,
      label: `${m.label}: pre-training loss predicted by the Chinchilla fit`,
      digits: 3,
      compute: (r) => computed(position(r, m).loss, lossFormula(r, m.params, m.tokens)),
    }),
    metric(`metric.scaling.${m.id}.optimal-loss`, {
      ...shape,
      label: `${m.label}: loss of the fitted-optimal split of the same compute`,
      digits: 3,
      compute: (r) => {
        const p = position(r, m);
        const at = `N_opt = ${termIn(p.optimum.params, 'parameters').text}, D_opt = ${termIn(p.optimum.tokens, 'tokens').text}`;
        return computed(p.optimum.loss, `L(N_opt, D_opt) at C = 6ND = ${FLOP(p.compute)}: ${at}`);
      },
    }),
    metric(`metric.scaling.${m.id}.compute`, {
      ...shape,
      label: `${m.label}: training compute by C ≈ 6ND`,
      unit: 'PF-days',
      scale: 'thousand',
      digits: 1,
      qualifier: '~',
      compute: (r) => sixNDInPfDays(r.term(m.params), r.term(m.tokens)),
    }),
    metric(`metric.scaling.${m.id}.tokens-per-param`, {
      ...shape,
      label: `${m.label}: training tokens per parameter`,
      digits: (result) => (result.value < 10 ? 2 : 0),
      compute: (r) => ratio(r.term(m.tokens), r.term(m.params)),
    }),
    metric(`metric.scaling.${m.id}.optimal-tokens-per-param`, {
      ...shape,
      label: `${m.label}: tokens per parameter of the fitted-optimal split of the same compute`,
      digits: 0,
      compute: (r) => {
        const { optimum: o } = position(r, m);
        return computed(o.tokensPerParam, `D_opt ÷ N_opt = ${termIn(o.tokens, 'tokens').text} ÷ ${termIn(o.params, 'parameters').text}`);
      },
    }),
  ];
}

function fitMetric(id: string, label: string, value: (f: ChinchillaFit) => number, formula: string, digits: number): MetricDefinition {
  return metric(id, { label, unit: 'count', digits, compute: (r) => computed(value(chinchillaFit(r)), formula) });
}

function optimumAt(modelId: string, what: 'params' | 'tokens'): MetricDefinition {
  const m = MODELS.find((x) => x.id === modelId)!;
  return metric(`metric.scaling.${modelId}.optimal-${what}`, {
    label: `Fitted-optimal ${what === 'params' ? 'model size' : 'training tokens'} for ${m.label}’s compute`,
    unit: what === 'params' ? 'parameters' : 'tokens',
    scale: what === 'params' ? 'billion' : 'trillion',
    digits: 1,
    qualifier: '~',
    compute: (r) => {
      const p = position(r, m);
      const law = what === 'params' ? 'N_opt = G (C/6)^(β/(α+β))' : 'D_opt = G^-1 (C/6)^(α/(α+β))';
      return computed(p.optimum[what], `${law} at C = ${FLOP(p.compute)}`);
    },
  });
}

function kaplanDrop(id: string, exponentKey: string, factor: number, what: string): MetricDefinition {
  return metric(id, {
    label: `Fall in loss from ${what} under the Kaplan et al. power law`,
    unit: 'percent',
    digits: 1,
    qualifier: '~',
    compute: (r) => {
      const a = r.row(exponentKey).value;
      return computed(lossReductionPercent(a, factor), `1 − ${formatNumber(factor)}^(−${formatNumber(a, { digits: 3 })})`);
    },
  });
}

/** Tokens per parameter of the refit's optimal split of Chinchilla's own compute (C = 6ND). */
const refitTokensPerParam = metric('metric.scaling.refit.chinchilla.optimal-tokens-per-param', {
  label: 'Tokens per parameter of the compute-optimal split of Chinchilla’s compute under the Besiroglu et al. refit',
  unit: 'count',
  digits: 0,
  qualifier: '~',
  compute: (r) => {
    const fit = chinchillaFit(r, REFIT_KEYS);
    const c = 6 * r.base('chinchilla.params') * r.base('chinchilla.tokens');
    const o = computeOptimal(fit, c);
    return computed(o.tokens / o.params, `D_opt ÷ N_opt under the refit at C = 6ND = ${FLOP(c)}`);
  },
});

export const metrics: MetricDefinition[] = [
  ...MODELS.flatMap(modelMetrics),
  refitTokensPerParam,
  metric('metric.scaling.refit.params-exponent', {
    label: 'Exponent of compute in the optimal model size under the Besiroglu et al. refit, β/(α+β)',
    unit: 'count',
    digits: 2,
    compute: (r) => {
      const f = chinchillaFit(r, REFIT_KEYS);
      return computed(f.beta / (f.alpha + f.beta), 'β / (α + β)');
    },
  }),
  optimumAt('chinchilla', 'params'),
  optimumAt('chinchilla', 'tokens'),
  optimumAt('llama-3.1-405b', 'params'),
  optimumAt('llama-3.1-405b', 'tokens'),
  fitMetric('metric.scaling.frontier-g', 'Constant G of the compute-optimal frontier', (f) => frontierConstant(f), 'G = (αA / (βB))^(1/(α+β))', 3),
  fitMetric('metric.scaling.params-exponent', 'Exponent of compute in the optimal model size, β/(α+β)', (f) => f.beta / (f.alpha + f.beta), 'β / (α + β)', 2),
  fitMetric('metric.scaling.tokens-exponent', 'Exponent of compute in the optimal training tokens, α/(α+β)', (f) => f.alpha / (f.alpha + f.beta), 'α / (α + β)', 2),
  metric('metric.scaling.deepseek-v3.total-tokens-per-param', {
    label: 'DeepSeek-V3: training tokens per total (not active) parameter',
    unit: 'count',
    digits: 0,
    compute: (r) => ratio(r.term('deepseek-v3.tokens'), r.term('deepseek-v3.params.total')),
  }),
  metric('metric.scaling.deepseek-v3.total-params-loss', {
    label: 'DeepSeek-V3: loss predicted by the Chinchilla fit if N were all parameters',
    unit: 'count',
    digits: 3,
    compute: (r) => {
      const [n, d] = [r.base('deepseek-v3.params.total'), r.base('deepseek-v3.tokens')];
      return computed(chinchillaLoss(chinchillaFit(r), n, d), lossFormula(r, 'deepseek-v3.params.total', 'deepseek-v3.tokens'));
    },
  }),
  metric('metric.scaling.llama-3.optimal-tokens-per-param', {
    label: 'Tokens per parameter of the Llama 3 team’s own compute-optimal point',
    unit: 'count',
    digits: 0,
    qualifier: '~',
    compute: (r) => ratio(r.term('llama-3.compute-optimal.tokens'), r.term('llama-3.compute-optimal.params')),
  }),
  metric('metric.scaling.llama-3.compute-pf-days', {
    label: 'Compute budget of the Llama 3 team’s scaling-law check',
    unit: 'PF-days',
    scale: 'thousand',
    digits: 1,
    compute: (r) => pfDays(r.term('llama-3.1-405b.compute')),
  }),
  kaplanDrop('metric.scaling.kaplan.params-doubling', 'kaplan.alpha-n', 2, 'doubling model size'),
  kaplanDrop('metric.scaling.kaplan.data-doubling', 'kaplan.alpha-d', 2, 'doubling the data'),
  kaplanDrop('metric.scaling.kaplan.compute-tenfold', 'kaplan.alpha-c', 10, 'ten times the compute'),
];
