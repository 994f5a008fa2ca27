/** Computed figures for "Distillation and edge AI": gaps between distilled, teacher and reference models. */
import { getObservation } from '#engine/data/lookup.ts';
import type { Edition } from '#engine/data/schema.ts';
import type { Unit } from '#engine/data/units.ts';
import { distillKey, mainKey, paramsKey } from './exhibits.ts';
import type { MetricDefinition } from '#engine/metrics/context.ts';
import { derivedQuantity } from '../inference/metrics.ts';

/** a − b in percentage points, for two benchmark scores in per cent. */
function gap(id: string, label: string, a: string, b: string): MetricDefinition {
  return {
    id,
    compute: (e: Edition) => {
      const x = getObservation(e, a).value;
      const y = getObservation(e, b).value;
      return derivedQuantity(e, id, { label, value: Number((x - y).toFixed(6)), unit: 'percentage-points', digits: 1, keys: [a, b], formula: `${x} − ${y}` });
    },
  };
}

/** a ÷ b, as a multiple or (×100) a share in per cent. */
function quotient(id: string, label: string, a: string, b: string, unit: Extract<Unit, 'multiple' | 'percent'>, digits: number): MetricDefinition {
  return {
    id,
    compute: (e: Edition) => {
      const x = getObservation(e, a).value;
      const y = getObservation(e, b).value;
      const value = unit === 'percent' ? (x / y) * 100 : x / y;
      return derivedQuantity(e, id, { label, value, unit, digits, keys: [a, b], formula: unit === 'percent' ? `${x} ÷ ${y} × 100` : `${x} ÷ ${y}` });
    },
  };
}

export const metrics: MetricDefinition[] = [
  gap(
    'metric.distill.qwen-32b.aime-lead-over-o1-mini',
    'R1-Distill-Qwen-32B over o1-mini, AIME 2024 pass@1',
    distillKey('r1-distill-qwen-32b', 'aime-2024'),
    distillKey('o1-mini', 'aime-2024'),
  ),
  quotient(
    'metric.distill.qwen-32b.aime-share-of-teacher',
    'R1-Distill-Qwen-32B AIME 2024 score as a share of DeepSeek-R1’s',
    distillKey('r1-distill-qwen-32b', 'aime-2024'),
    mainKey('deepseek-r1', 'aime-2024'),
    'percent',
    0,
  ),
  quotient('metric.distill.r1-vs-qwen-32b.size', 'DeepSeek-R1 total parameters over R1-Distill-Qwen-32B', 'model.deepseek-r1.params.total', paramsKey('r1-distill-qwen-32b'), 'multiple', 0),
  quotient(
    'metric.distill.qwen-1.5b.aime-vs-gpt-4o',
    'R1-Distill-Qwen-1.5B over GPT-4o-0513, AIME 2024 pass@1',
    distillKey('r1-distill-qwen-1.5b', 'aime-2024'),
    distillKey('gpt-4o-0513', 'aime-2024'),
    'multiple',
    1,
  ),
  gap('metric.distill.qwen-7b.math-lead-over-gpt-4o', 'R1-Distill-Qwen-7B over GPT-4o-0513, MATH-500 pass@1', distillKey('r1-distill-qwen-7b', 'math-500'), distillKey('gpt-4o-0513', 'math-500')),
  gap('metric.distill.r1.aime-lead-over-v3', 'DeepSeek-R1 over DeepSeek-V3, AIME 2024 pass@1', mainKey('deepseek-r1', 'aime-2024'), mainKey('deepseek-v3', 'aime-2024')),
  quotient('metric.distill.r1.active-share', 'Share of DeepSeek-R1’s parameters active per token', 'model.deepseek-r1.params.active', 'model.deepseek-r1.params.total', 'percent', 1),
];
