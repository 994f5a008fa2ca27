/**
 * Computed figures for the DeepSeek article: ratios against Llama 3.1 405B, the final-run cost rebuilt
 * from GPU-hours, training compute by C ≈ 6ND, and the market reaction in context. Every figure is a pure
 * function of the edition; the arithmetic lives in src/lib/compute/training.ts.
 */
import { combinedKind } from '#engine/derive/growth.ts';
import { baseValue, clusterGpuHours, flopToPfDays, impliedPricePerGpuHour, ratio, rentalCost, stageCosts, trainingFlop, wallClockDays } from '../../lib/training.ts';
import { getObservation } from '#engine/data/lookup.ts';
import type { Quantity } from '#engine/data/quantity.ts';
import type { Edition } from '#engine/data/schema.ts';
import type { Qualifier, Scale, Unit } from '#engine/data/units.ts';
import { sourcesOf } from '#engine/exhibits/helpers.ts';
import { formatNumber } from '#engine/format/number.ts';
import type { MetricDefinition } from '#engine/metrics/context.ts';

export interface DerivedInput {
  key: string;
  label: string;
  value: number;
  unit: Unit;
  scale: Scale;
  /** Dataset row ids the figure is computed from. */
  inputs: string[];
  /** How it was computed, in words with the input values ("30.84M ÷ 2.788M GPU-hours"). */
  formula: string;
  low?: number;
  high?: number;
  digits?: number;
  qualifier?: Qualifier;
  note?: string;
}

/**
 * The Quantity of a computed figure: sources are the union of its inputs' sources, it is unconfirmed if
 * any input is, and it is an estimate if it rests on one (otherwise derived).
 */
export function derivedQuantity(edition: Edition, d: DerivedInput): Quantity {
  const rows = d.inputs.map((k) => getObservation(edition, k));
  return {
    key: d.key,
    label: d.label,
    value: d.value,
    low: d.low ?? null,
    high: d.high ?? null,
    qualifier: d.qualifier ?? '',
    unit: d.unit,
    scale: d.scale,
    kind: combinedKind(rows.map((r) => r.kind)),
    confidence: rows.some((r) => r.confidence === 'U') ? 'U' : 'D',
    sources: sourcesOf(edition, d.inputs),
    edition: edition.version,
    asOf: edition.asOf,
    note: d.note ?? null,
    ...(d.digits === undefined ? {} : { digits: d.digits }),
    formula: d.formula,
  };
}

/** A dataset row as a plain number in base units (GPU-hours, USD, tokens, parameters, FLOP). */
export function base(edition: Edition, key: string): number {
  const row = getObservation(edition, key);
  return baseValue(row.value, row.scale);
}

/** Prints a base-unit number compactly for formulas: 30840000 -> "30.84M". */
export function compact(n: number): string {
  const steps: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  for (const [f, s] of steps) if (Math.abs(n) >= f) return `${formatNumber(Number((n / f).toPrecision(4)))}${s}`;
  return formatNumber(n);
}

/** A large number in scientific notation for formulas: 3.2856e24 -> "3.29e24". */
export function sci(n: number, digits = 2): string {
  return n.toExponential(digits).replace('e+', 'e');
}

/** Row ids the DeepSeek article computes from. */
export const V3 = {
  stages: [
    { id: 'pretraining', label: 'Pre-training', gpuHours: 'deepseek-v3.gpu-hours.pretraining', cost: 'deepseek-v3.cost.pretraining' },
    { id: 'context-extension', label: 'Context extension', gpuHours: 'deepseek-v3.gpu-hours.context-extension', cost: 'deepseek-v3.cost.context-extension' },
    { id: 'post-training', label: 'Post-training', gpuHours: 'deepseek-v3.gpu-hours.post-training', cost: 'deepseek-v3.cost.post-training' },
  ],
  gpuHoursTotal: 'deepseek-v3.gpu-hours.total',
  costTotal: 'deepseek-v3.cost.total',
  price: 'deepseek-v3.rental-price',
  cluster: 'deepseek-v3.cluster-gpus',
  tokens: 'deepseek-v3.tokens',
  paramsTotal: 'deepseek-v3.params.total',
  paramsActive: 'deepseek-v3.params.active',
} as const;

export const LLAMA = {
  gpuHours: 'llama-3.1-405b.gpu-hours',
  cluster: 'llama-3.1-405b.cluster-gpus',
  tokens: 'llama-3.1-405b.tokens',
  compute: 'llama-3.1-405b.compute',
  params: 'llama-3.1-405b.params',
} as const;

/**
 * Rows of DeepSeek's later disclosures (edition 2026-02 on): R1's reinforcement-learning and fine-tuning
 * stages on top of V3-Base, and an outside estimate of the whole GPU fleet.
 */
export const R1 = {
  cost: 'deepseek-r1.incremental-cost',
  gpus: 'deepseek-r1.gpus',
  hours: 'deepseek-r1.hours',
  fleet: 'deepseek.gpus.semianalysis',
} as const;

/** GPU-hours of R1's final run: its cluster size times its wall-clock hours. */
export function r1GpuHours(edition: Edition): number {
  return clusterGpuHours(base(edition, R1.gpus), base(edition, R1.hours));
}

/** DeepSeek-V3's final run priced stage by stage at its own assumed rental rate. */
export function v3StageCosts(edition: Edition) {
  const price = base(edition, V3.price);
  return stageCosts(
    V3.stages.map((s) => ({ id: s.id, gpuHours: base(edition, s.gpuHours) })),
    price,
  );
}

/** DeepSeek-V3 pre-training compute by C ≈ 6ND on the parameters active per token. */
export function v3TrainingFlop(edition: Edition): number {
  return trainingFlop(base(edition, V3.paramsActive), base(edition, V3.tokens));
}

export const metrics: MetricDefinition[] = [
  {
    id: 'metric.deepseek.gpu-hour-ratio',
    compute: (e) => {
      const [a, b] = [base(e, LLAMA.gpuHours), base(e, V3.gpuHoursTotal)];
      return derivedQuantity(e, {
        key: 'metric.deepseek.gpu-hour-ratio',
        label: 'Llama 3.1 405B training GPU-hours as a multiple of DeepSeek-V3’s',
        value: ratio(a, b),
        digits: 1,
        unit: 'multiple',
        scale: 'one',
        inputs: [LLAMA.gpuHours, V3.gpuHoursTotal],
        formula: `${compact(a)} H100 GPU-hours ÷ ${compact(b)} H800 GPU-hours`,
        note: 'Different GPU types (H100 against H800); DeepSeek-V3 counts the final run only',
      });
    },
  },
  {
    id: 'metric.deepseek.cluster-ratio',
    compute: (e) => {
      const [a, b] = [base(e, LLAMA.cluster), base(e, V3.cluster)];
      return derivedQuantity(e, {
        key: 'metric.deepseek.cluster-ratio',
        label: 'Llama 3.1 405B training cluster as a multiple of DeepSeek-V3’s',
        value: ratio(a, b),
        digits: 1,
        qualifier: getObservation(e, LLAMA.cluster).qualifier,
        unit: 'multiple',
        scale: 'one',
        inputs: [LLAMA.cluster, V3.cluster],
        formula: `${formatNumber(a)} H100 ÷ ${formatNumber(b)} H800 GPUs`,
      });
    },
  },
  {
    id: 'metric.deepseek.token-ratio',
    compute: (e) => {
      const [a, b] = [base(e, LLAMA.tokens), base(e, V3.tokens)];
      return derivedQuantity(e, {
        key: 'metric.deepseek.token-ratio',
        label: 'Llama 3.1 405B pre-training tokens as a multiple of DeepSeek-V3’s',
        value: ratio(a, b),
        digits: 2,
        unit: 'multiple',
        scale: 'one',
        inputs: [LLAMA.tokens, V3.tokens],
        formula: `${compact(a)} ÷ ${compact(b)} tokens`,
      });
    },
  },
  {
    id: 'metric.deepseek.v3-compute-pf-days',
    compute: (e) => {
      const flop = v3TrainingFlop(e);
      return derivedQuantity(e, {
        key: 'metric.deepseek.v3-compute-pf-days',
        label: 'DeepSeek-V3 pre-training compute by C ≈ 6ND on active parameters',
        value: flopToPfDays(flop) / 1e3,
        digits: 1,
        qualifier: '~',
        unit: 'PF-days',
        scale: 'thousand',
        inputs: [V3.paramsActive, V3.tokens],
        formula: `6 × ${compact(base(e, V3.paramsActive))} active parameters × ${compact(base(e, V3.tokens))} tokens = ${sci(flop)} FLOP, ÷ 8.64e19 FLOP per PF-day`,
        note: 'Ignores attention and multi-token-prediction overhead',
      });
    },
  },
  {
    id: 'metric.deepseek.llama-compute-pf-days',
    compute: (e) => {
      const flop = base(e, LLAMA.compute);
      return derivedQuantity(e, {
        key: 'metric.deepseek.llama-compute-pf-days',
        label: 'Llama 3.1 405B pre-training compute in petaflop/s-days',
        value: flopToPfDays(flop) / 1e3,
        digits: 1,
        unit: 'PF-days',
        scale: 'thousand',
        inputs: [LLAMA.compute],
        formula: `${sci(flop, 1)} FLOP ÷ 8.64e19 FLOP per PF-day`,
      });
    },
  },
  {
    id: 'metric.deepseek.compute-ratio',
    compute: (e) => {
      const [a, b] = [base(e, LLAMA.compute), v3TrainingFlop(e)];
      return derivedQuantity(e, {
        key: 'metric.deepseek.compute-ratio',
        label: 'Llama 3.1 405B pre-training compute as a multiple of DeepSeek-V3’s (6ND estimate)',
        value: ratio(a, b),
        digits: 1,
        unit: 'multiple',
        scale: 'one',
        inputs: [LLAMA.compute, V3.paramsActive, V3.tokens],
        formula: `${sci(a, 1)} FLOP (reported) ÷ ${sci(b)} FLOP (6ND)`,
      });
    },
  },
  {
    id: 'metric.deepseek.active-share',
    compute: (e) => {
      const [a, t] = [base(e, V3.paramsActive), base(e, V3.paramsTotal)];
      return derivedQuantity(e, {
        key: 'metric.deepseek.active-share',
        label: 'Share of DeepSeek-V3’s parameters active for each token',
        value: (a / t) * 100,
        digits: 1,
        unit: 'percent',
        scale: 'one',
        inputs: [V3.paramsActive, V3.paramsTotal],
        formula: `${compact(a)} ÷ ${compact(t)} parameters`,
      });
    },
  },
  {
    // The same share for V2, for the architecture table (deepseek-moe-efficiency.yaml).
    id: 'metric.deepseek.v2-active-share',
    compute: (e) => {
      const [a, t] = [base(e, 'deepseek-v2.params.active'), base(e, 'deepseek-v2.params.total')];
      return derivedQuantity(e, {
        key: 'metric.deepseek.v2-active-share',
        label: 'Share of DeepSeek-V2’s parameters active for each token',
        value: (a / t) * 100,
        digits: 1,
        unit: 'percent',
        scale: 'one',
        inputs: ['deepseek-v2.params.active', 'deepseek-v2.params.total'],
        formula: `${compact(a)} ÷ ${compact(t)} parameters`,
      });
    },
  },
  {
    id: 'metric.deepseek.pretraining-days',
    compute: (e) => {
      const [h, g] = [base(e, V3.stages[0].gpuHours), base(e, V3.cluster)];
      return derivedQuantity(e, {
        key: 'metric.deepseek.pretraining-days',
        label: 'DeepSeek-V3 pre-training wall-clock time implied by GPU-hours and cluster size',
        value: wallClockDays(h, g),
        digits: 0,
        qualifier: '~',
        unit: 'days',
        scale: 'one',
        inputs: [V3.stages[0].gpuHours, V3.cluster],
        formula: `${formatNumber(h)} GPU-hours ÷ ${formatNumber(g)} GPUs ÷ 24 hours`,
        note: 'Assumes every GPU of the cluster ran throughout; the report says only “less than two months”',
      });
    },
  },
  {
    id: 'metric.deepseek.cost-computed-total',
    compute: (e) => {
      const c = v3StageCosts(e);
      return derivedQuantity(e, {
        key: 'metric.deepseek.cost-computed-total',
        label: 'DeepSeek-V3 final-run cost rebuilt from GPU-hours at the assumed rental price',
        value: c.totalUsd / 1e6,
        digits: 3,
        unit: 'USD',
        scale: 'million',
        inputs: [...V3.stages.map((s) => s.gpuHours), V3.price],
        formula: `${compact(c.totalGpuHours)} GPU-hours × $${formatNumber(base(e, V3.price))} per GPU-hour`,
      });
    },
  },
  {
    id: 'metric.deepseek.pretraining-cost-share',
    compute: (e) => {
      const c = v3StageCosts(e);
      const pre = c.stages[0]!.usd;
      return derivedQuantity(e, {
        key: 'metric.deepseek.pretraining-cost-share',
        label: 'Pre-training’s share of DeepSeek-V3’s final-run cost',
        value: (pre / c.totalUsd) * 100,
        digits: 1,
        unit: 'percent',
        scale: 'one',
        inputs: [...V3.stages.map((s) => s.gpuHours), V3.price],
        formula: `$${compact(pre)} ÷ $${compact(c.totalUsd)}`,
      });
    },
  },
  {
    id: 'metric.deepseek.experiment-cost-range',
    compute: (e) => {
      const cost = base(e, V3.costTotal);
      const m = getObservation(e, 'deepseek.experiment-overhead');
      const lo = m.low ?? m.value;
      const hi = m.high ?? m.value;
      return derivedQuantity(e, {
        key: 'metric.deepseek.experiment-cost-range',
        label: 'DeepSeek-V3 final-run cost scaled by an outside estimate of total experiment compute',
        value: (cost * m.value) / 1e6,
        low: (cost * lo) / 1e6,
        high: (cost * hi) / 1e6,
        digits: 0,
        unit: 'USD',
        scale: 'million',
        inputs: [V3.costTotal, 'deepseek.experiment-overhead'],
        formula: `$${compact(cost)} × ${formatNumber(lo)}–${formatNumber(hi)}`,
        note: 'Rental-price basis; excludes staff, data and the purchase of the GPUs',
      });
    },
  },
  {
    id: 'metric.deepseek.nvidia-loss-vs-record',
    compute: (e) => {
      const [a, b] = [base(e, 'market.nvidia.value-loss'), base(e, 'market.nvidia.previous-record-loss')];
      return derivedQuantity(e, {
        key: 'metric.deepseek.nvidia-loss-vs-record',
        label: 'Nvidia’s 27 January 2025 loss of market value as a multiple of the previous record',
        value: ratio(a, b),
        digits: 1,
        qualifier: '~',
        unit: 'multiple',
        scale: 'one',
        inputs: ['market.nvidia.value-loss', 'market.nvidia.previous-record-loss'],
        formula: `$${compact(a)} ÷ $${compact(b)}`,
      });
    },
  },
  {
    id: 'metric.deepseek.mla-kv-compression',
    compute: (e) => {
      const heads = base(e, 'deepseek-v3.mla.heads');
      const dim = base(e, 'deepseek-v3.mla.head-dim');
      const latent = base(e, 'deepseek-v3.mla.kv-latent-dim');
      const rope = base(e, 'deepseek-v3.mla.rope-key-dim');
      return derivedQuantity(e, {
        key: 'metric.deepseek.mla-kv-compression',
        label: 'Key-value cache per token and layer: standard multi-head attention against DeepSeek-V3’s latent attention',
        value: ratio(2 * heads * dim, latent + rope),
        digits: 0,
        qualifier: '~',
        unit: 'multiple',
        scale: 'one',
        inputs: ['deepseek-v3.mla.heads', 'deepseek-v3.mla.head-dim', 'deepseek-v3.mla.kv-latent-dim', 'deepseek-v3.mla.rope-key-dim'],
        formula: `(2 × ${formatNumber(heads)} heads × ${formatNumber(dim)} dimensions) ÷ (${formatNumber(latent)} latent + ${formatNumber(rope)} RoPE-key dimensions)`,
        note: 'Cached numbers per token and layer against full keys and values for every head at the same sizes; ignores numeric precision',
      });
    },
  },
  {
    id: 'metric.deepseek.o1-r1-output-price-ratio',
    compute: (e) => {
      const [a, b] = [base(e, 'price.o1.output'), base(e, 'price.deepseek-r1.output')];
      return derivedQuantity(e, {
        key: 'metric.deepseek.o1-r1-output-price-ratio',
        label: 'OpenAI o1 output price as a multiple of DeepSeek-R1’s',
        value: ratio(a, b),
        digits: 0,
        qualifier: '~',
        unit: 'multiple',
        scale: 'one',
        inputs: ['price.o1.output', 'price.deepseek-r1.output'],
        formula: `$${formatNumber(a, { digits: 2 })} ÷ $${formatNumber(b, { digits: 2 })} per million output tokens`,
        note: 'List prices',
      });
    },
  },
  {
    id: 'metric.deepseek.nvidia-share-fall',
    compute: (e) => {
      const row = getObservation(e, 'market.nvidia.share-change');
      // Prose says "fell 17%"; the dataset stores the signed change.
      return derivedQuantity(e, {
        key: 'metric.deepseek.nvidia-share-fall',
        label: 'Fall in Nvidia’s share price on 27 January 2025',
        value: -row.value,
        qualifier: row.qualifier,
        unit: 'percent',
        scale: 'one',
        inputs: [row.id],
        formula: `the reported change of ${formatNumber(row.value)}%, as a fall`,
        ...(row.note ? { note: row.note } : {}),
      });
    },
  },
  {
    id: 'metric.deepseek.r1-gpu-hours',
    compute: (e) => {
      const [g, h] = [base(e, R1.gpus), base(e, R1.hours)];
      return derivedQuantity(e, {
        key: 'metric.deepseek.r1-gpu-hours',
        label: 'GPU-hours of DeepSeek-R1’s final training run',
        value: r1GpuHours(e),
        digits: 0,
        unit: 'GPU-hours',
        scale: 'one',
        inputs: [R1.gpus, R1.hours],
        formula: `${formatNumber(g)} H800 GPUs × ${formatNumber(h)} hours`,
        note: 'Assumes every GPU ran for the whole run',
      });
    },
  },
  {
    id: 'metric.deepseek.r1-run-at-v3-price',
    compute: (e) => {
      const [hours, price] = [r1GpuHours(e), base(e, V3.price)];
      return derivedQuantity(e, {
        key: 'metric.deepseek.r1-run-at-v3-price',
        label: 'DeepSeek-R1’s final run priced at the rental rate DeepSeek assumed for V3',
        value: rentalCost(hours, price) / 1e3,
        digits: 0,
        qualifier: '~',
        unit: 'USD',
        scale: 'thousand',
        inputs: [R1.gpus, R1.hours, V3.price],
        formula: `${formatNumber(hours)} GPU-hours × $${formatNumber(price)} per GPU-hour`,
        note: 'Applies V3’s assumed rental price to R1’s final run; DeepSeek did not price R1 this way',
      });
    },
  },
  {
    id: 'metric.deepseek.r1-implied-price',
    compute: (e) => {
      const [cost, hours] = [base(e, R1.cost), r1GpuHours(e)];
      return derivedQuantity(e, {
        key: 'metric.deepseek.r1-implied-price',
        label: 'Price per GPU-hour implied if all of R1’s disclosed cost went on its final run',
        value: impliedPricePerGpuHour(cost, hours),
        digits: 2,
        qualifier: '~',
        unit: 'USD/GPU-hour',
        scale: 'one',
        inputs: [R1.cost, R1.gpus, R1.hours],
        formula: `$${compact(cost)} ÷ ${formatNumber(hours)} GPU-hours`,
        note: 'An upper bound for the final run alone: the disclosed cost covers all of R1’s stages on top of V3-Base, which may include more than that run',
      });
    },
  },
  {
    id: 'metric.deepseek.r1-cost-vs-v3',
    compute: (e) => {
      const [r1, v3] = [base(e, R1.cost), base(e, V3.costTotal)];
      return derivedQuantity(e, {
        key: 'metric.deepseek.r1-cost-vs-v3',
        label: 'R1’s disclosed incremental training cost as a share of V3’s final-run cost',
        value: (r1 / v3) * 100,
        digits: 0,
        qualifier: '~',
        unit: 'percent',
        scale: 'one',
        inputs: [R1.cost, V3.costTotal],
        formula: `$${compact(r1)} ÷ $${compact(v3)}`,
        note: 'Not strictly like-for-like: V3’s figure prices GPU-hours at an assumed rental rate, and the basis of R1’s figure is not broken down',
      });
    },
  },
  {
    id: 'metric.deepseek.fleet-vs-cluster',
    compute: (e) => {
      const [fleet, cluster] = [base(e, R1.fleet), base(e, V3.cluster)];
      return derivedQuantity(e, {
        key: 'metric.deepseek.fleet-vs-cluster',
        label: 'SemiAnalysis’s estimate of DeepSeek’s GPU fleet as a multiple of V3’s training cluster',
        value: ratio(fleet, cluster),
        digits: 0,
        qualifier: '~',
        unit: 'multiple',
        scale: 'one',
        inputs: [R1.fleet, V3.cluster],
        formula: `${formatNumber(fleet)} Hopper GPUs (estimate) ÷ ${formatNumber(cluster)} H800 GPUs`,
        note: 'Outside estimate of the fleet against the reported cluster of one run',
      });
    },
  },
];
