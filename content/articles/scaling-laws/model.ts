/**
 * Scaling-law arithmetic: the Chinchilla parametric loss L(N, D) = E + A/N^α + B/D^β, its compute-optimal
 * frontier under C = 6ND, and the Kaplan et al. power laws. Pure: constants are passed in (read from the
 * dataset by callers), never written here.
 */

/** Constants of the Chinchilla fitted loss (Hoffmann et al. 2022, App. D.2). */
export interface ChinchillaFit {
  E: number;
  A: number;
  B: number;
  alpha: number;
  beta: number;
}

function positive(name: string, x: number, fn: string): void {
  if (!(Number.isFinite(x) && x > 0)) {
    throw new RangeError(`${fn} got ${name} = ${x}.\n${name} must be a positive finite number.\nCheck the values passed to ${fn}.`);
  }
}

/** Predicted pre-training loss (nats per token) of a model with N parameters trained on D tokens. */
export function chinchillaLoss(fit: ChinchillaFit, params: number, tokens: number): number {
  positive('params', params, 'chinchillaLoss');
  positive('tokens', tokens, 'chinchillaLoss');
  return fit.E + fit.A / params ** fit.alpha + fit.B / tokens ** fit.beta;
}

/** G = (αA / (βB))^(1/(α+β)), the constant of the closed-form optimum. */
export function frontierConstant(fit: ChinchillaFit): number {
  return ((fit.alpha * fit.A) / (fit.beta * fit.B)) ** (1 / (fit.alpha + fit.beta));
}

export interface Allocation {
  compute: number;
  params: number;
  tokens: number;
}

/**
 * The loss-minimising split of a compute budget C (FLOP) under C = 6ND:
 * N_opt = G (C/6)^(β/(α+β)), D_opt = G^-1 (C/6)^(α/(α+β)). Setting dL/dN = 0 along N·D = C/6 gives
 * αA/N^α = βB/D^β, which these satisfy; N_opt · D_opt = C/6 by construction.
 */
export function computeOptimal(fit: ChinchillaFit, compute: number): Allocation {
  positive('compute', compute, 'computeOptimal');
  const g = frontierConstant(fit);
  const s = fit.alpha + fit.beta;
  const budget = compute / 6;
  return { compute, params: g * budget ** (fit.beta / s), tokens: budget ** (fit.alpha / s) / g };
}

/** `count` budgets evenly spaced in log10 from `min` to `max` inclusive. */
export function logSpace(min: number, max: number, count: number): number[] {
  positive('min', min, 'logSpace');
  positive('max', max, 'logSpace');
  if (!Number.isInteger(count) || count < 2) throw new RangeError(`logSpace got count = ${count}.\nA range needs at least two points.\nPass an integer of 2 or more.`);
  const a = Math.log10(min);
  const step = (Math.log10(max) - a) / (count - 1);
  return Array.from({ length: count }, (_, i) => 10 ** (a + i * step));
}

/** The compute-optimal frontier at log-spaced budgets. */
export function optimalFrontier(fit: ChinchillaFit, minCompute: number, maxCompute: number, count: number): Allocation[] {
  return logSpace(minCompute, maxCompute, count).map((c) => computeOptimal(fit, c));
}

/** Training tokens per parameter: 1.4T tokens on 70B parameters -> 20. */
export function tokensPerParameter(params: number, tokens: number): number {
  positive('params', params, 'tokensPerParameter');
  return tokens / params;
}

/**
 * Kaplan et al. (2020) single-variable power law L(X) = (X_c / X)^α: loss against parameters, data or
 * compute when the other two are not the bottleneck.
 */
export function kaplanLoss(x: number, xc: number, exponent: number): number {
  positive('x', x, 'kaplanLoss');
  return (xc / x) ** exponent;
}

/** Percent fall in loss from multiplying X by `factor` under L ∝ X^-α: doubling N with α_N = 0.076 -> 5.1%. */
export function lossReductionPercent(exponent: number, factor: number): number {
  positive('factor', factor, 'lossReductionPercent');
  return (1 - factor ** -exponent) * 100;
}
