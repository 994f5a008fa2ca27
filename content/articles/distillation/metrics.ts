/** Computed figures for "Distillation and edge AI": gaps between distilled, teacher and reference models. */
import { gap, metric, ratio, share } from '#engine/derive/index.ts';
import type { MetricDefinition } from '#engine/metrics/context.ts';
import { distillKey, mainKey, paramsKey } from './exhibits.ts';

/** a − b in percentage points, for two benchmark scores in per cent. */
function lead(id: string, label: string, a: string, b: string): MetricDefinition {
  return metric(id, { label, unit: 'percentage-points', digits: 1, compute: (r) => gap(r.term(a), r.term(b)) });
}

/** a ÷ b as a share in per cent. */
function shareOf(id: string, label: string, a: string, b: string, digits: number): MetricDefinition {
  return metric(id, { label, unit: 'percent', digits, compute: (r) => share(r.term(a), r.term(b)) });
}

/** a ÷ b as a multiple. */
function multiple(id: string, label: string, a: string, b: string, digits: number): MetricDefinition {
  return metric(id, { label, unit: 'multiple', digits, compute: (r) => ratio(r.term(a), r.term(b)) });
}

export const metrics: MetricDefinition[] = [
  lead('metric.distill.qwen-32b.aime-lead-over-o1-mini', 'R1-Distill-Qwen-32B over o1-mini, AIME 2024 pass@1', distillKey('r1-distill-qwen-32b', 'aime-2024'), distillKey('o1-mini', 'aime-2024')),
  shareOf('metric.distill.qwen-32b.aime-share-of-teacher', 'R1-Distill-Qwen-32B AIME 2024 score as a share of DeepSeek-R1’s', distillKey('r1-distill-qwen-32b', 'aime-2024'), mainKey('deepseek-r1', 'aime-2024'), 0),
  multiple('metric.distill.r1-vs-qwen-32b.size', 'DeepSeek-R1 total parameters over R1-Distill-Qwen-32B', 'model.deepseek-r1.params.total', paramsKey('r1-distill-qwen-32b'), 0),
  multiple('metric.distill.qwen-1.5b.aime-vs-gpt-4o', 'R1-Distill-Qwen-1.5B over GPT-4o-0513, AIME 2024 pass@1', distillKey('r1-distill-qwen-1.5b', 'aime-2024'), distillKey('gpt-4o-0513', 'aime-2024'), 1),
  lead('metric.distill.qwen-7b.math-lead-over-gpt-4o', 'R1-Distill-Qwen-7B over GPT-4o-0513, MATH-500 pass@1', distillKey('r1-distill-qwen-7b', 'math-500'), distillKey('gpt-4o-0513', 'math-500')),
  lead('metric.distill.r1.aime-lead-over-v3', 'DeepSeek-R1 over DeepSeek-V3, AIME 2024 pass@1', mainKey('deepseek-r1', 'aime-2024'), mainKey('deepseek-v3', 'aime-2024')),
  shareOf('metric.distill.r1.active-share', 'Share of DeepSeek-R1’s parameters active per token', 'model.deepseek-r1.params.active', 'model.deepseek-r1.params.total', 1),
];
