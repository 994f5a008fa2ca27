/**
 * The rows the DeepSeek article computes from, and the arithmetic its metrics and exhibits share. Each
 * function takes an edition (exhibits) or a kernel reader (metrics, so the rows read are recorded).
 */
import type { Edition } from '#engine/data/schema.ts';
import { readerOf, type Reader } from '#engine/derive/index.ts';
import { clusterGpuHours, stageCosts, trainingFlop } from '../../lib/training.ts';

/** Row ids of DeepSeek-V3's final run. */
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

/**
 * R1's stages as itemised in the Nature paper's Supplementary Table 7 (edition 2026-03 on): each stage's
 * GPU-hours and cost at DeepSeek's assumed rental price. The cost of all stages is `R1.cost`.
 */
export const R1_STAGES = [
  { name: 'R1-Zero stage', gpuHours: 'deepseek-r1.gpu-hours.r1-zero', cost: 'deepseek-r1.cost.r1-zero', time: 'deepseek-r1.hours.r1-zero' },
  { name: 'SFT-data stage', gpuHours: 'deepseek-r1.gpu-hours.sft-data', cost: 'deepseek-r1.cost.sft-data', time: undefined },
  { name: 'R1 stage', gpuHours: 'deepseek-r1.gpu-hours.r1', cost: 'deepseek-r1.cost.r1', time: 'deepseek-r1.hours' },
] as const;
export const R1_TOTAL = { gpuHours: 'deepseek-r1.gpu-hours.total', price: 'deepseek-r1.rental-price' } as const;

/** GPU-hours of R1's final run: its cluster size times its wall-clock hours. */
export function r1GpuHours(src: Edition | Reader): number {
  const r = readerOf(src);
  return clusterGpuHours(r.base(R1.gpus), r.base(R1.hours));
}

/** DeepSeek-V3's final run priced stage by stage at its own assumed rental rate. */
export function v3StageCosts(src: Edition | Reader) {
  const r = readerOf(src);
  const stages = V3.stages.map((s) => ({ id: s.id, gpuHours: r.base(s.gpuHours) }));
  return stageCosts(stages, r.base(V3.price));
}

/** DeepSeek-V3 pre-training compute by C ≈ 6ND on the parameters active per token. */
export function v3TrainingFlop(src: Edition | Reader): number {
  const r = readerOf(src);
  return trainingFlop(r.base(V3.paramsActive), r.base(V3.tokens));
}
