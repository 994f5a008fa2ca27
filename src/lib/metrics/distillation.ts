import type { MetricDefinition } from './context.ts';

export const distillationMetrics: MetricDefinition[] = [];
