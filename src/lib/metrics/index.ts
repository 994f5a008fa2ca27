/** Registry of computed metrics, one module per article. */
import type { Quantity } from '../data/quantity.ts';
import type { Edition } from '../data/schema.ts';
import { aiCycleMetrics } from './ai-cycle.ts';
import { capexMetrics } from './capex.ts';
import type { MetricDefinition } from './context.ts';
import { deepseekMetrics } from './deepseek.ts';
import { distillationMetrics } from './distillation.ts';
import { editionsMetrics } from './editions.ts';
import { inferenceMetrics } from './inference.ts';
import { scalingLawsMetrics } from './scaling-laws.ts';

const ALL: MetricDefinition[] = [
  ...deepseekMetrics,
  ...capexMetrics,
  ...inferenceMetrics,
  ...scalingLawsMetrics,
  ...distillationMetrics,
  ...aiCycleMetrics,
  ...editionsMetrics,
];

export const METRICS: ReadonlyMap<string, MetricDefinition> = (() => {
  const map = new Map<string, MetricDefinition>();
  for (const m of ALL) {
    if (map.has(m.id)) throw new Error(`Metric id "${m.id}" is defined twice in src/lib/metrics/. Give each metric a unique id.`);
    map.set(m.id, m);
  }
  return map;
})();

export function computeMetric(id: string, edition: Edition, loadEdition: (v: string) => Edition): Quantity | undefined {
  return METRICS.get(id)?.compute(edition, loadEdition);
}
