import type { MetricDefinition } from './context.ts';

export const editionsMetrics: MetricDefinition[] = [];
