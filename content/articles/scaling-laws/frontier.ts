/**
 * The models the scaling-laws article places against the Chinchilla fit, and where each sits: its own
 * predicted loss and that of the fitted-optimal split of its compute. Functions take an edition
 * (exhibits) or a kernel reader (metrics, so the rows read are recorded as inputs).
 */
import type { Edition } from '#engine/data/schema.ts';
import { readerOf, type Reader } from '#engine/derive/index.ts';
import { trainingFlop } from '../../lib/training.ts';
import { chinchillaLoss, computeOptimal, tokensPerParameter, type ChinchillaFit } from './model.ts';

/** Row ids of the Chinchilla fit's constants. */
export const FIT_KEYS = { E: 'chinchilla.e', A: 'chinchilla.a', B: 'chinchilla.b', alpha: 'chinchilla.alpha', beta: 'chinchilla.beta' } as const;

/**
 * Row ids of Besiroglu et al.'s (2024) refit of the same loss form (edition 2026-03 on): the published
 * rounded constants imply far more than Chinchilla's own ~20 tokens per parameter; the refit does not.
 */
export const REFIT_KEYS = { E: 'chinchilla-refit.e', A: 'chinchilla-refit.a', B: 'chinchilla-refit.b', alpha: 'chinchilla-refit.alpha', beta: 'chinchilla-refit.beta' } as const;

/** The fitted loss constants as published in the edition (or, given `keys`, another fit of the same form). */
export function chinchillaFit(src: Edition | Reader, keys: typeof FIT_KEYS | typeof REFIT_KEYS = FIT_KEYS): ChinchillaFit {
  const r = readerOf(src);
  const v = (key: string) => r.row(key).value;
  return { E: v(keys.E), A: v(keys.A), B: v(keys.B), alpha: v(keys.alpha), beta: v(keys.beta) };
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
export function position(src: Edition | Reader, model: ModelRef): ModelPosition {
  const r = readerOf(src);
  const params = r.base(model.params);
  const tokens = r.base(model.tokens);
  const fit = chinchillaFit(r);
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
