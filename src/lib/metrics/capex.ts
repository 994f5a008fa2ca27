import type { MetricDefinition } from './context.ts';

export const capexMetrics: MetricDefinition[] = [];
