import type { MetricDefinition } from './context.ts';

export const aiCycleMetrics: MetricDefinition[] = [];
