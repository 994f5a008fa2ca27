import type { MetricDefinition } from './context.ts';

export const scalingLawsMetrics: MetricDefinition[] = [];
