import type { MetricDefinition } from './context.ts';

export const inferenceMetrics: MetricDefinition[] = [];
