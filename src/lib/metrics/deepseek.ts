import type { MetricDefinition } from './context.ts';

export const deepseekMetrics: MetricDefinition[] = [];
