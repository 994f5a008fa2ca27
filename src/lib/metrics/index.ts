/** Registry of computed metrics: every `metrics.ts` beside an article (src/lib/report/modules.ts). */
import type { Quantity } from '../data/quantity.ts';
import type { Edition } from '../data/schema.ts';
import { loadReportModules, type Located } from '../report/modules.ts';
import type { MetricDefinition } from './context.ts';

const report = await loadReportModules();

/** Every metric of the report, by id, with the article folder and file that define it. */
export const METRIC_SOURCES: ReadonlyMap<string, Located<MetricDefinition>> = (() => {
  const map = new Map<string, Located<MetricDefinition>>();
  for (const m of report.metrics) {
    const other = map.get(m.value.id);
    if (other) throw new Error(`Metric id "${m.value.id}" is defined twice: in ${other.file} and in ${m.file}.\nGive each metric a unique id.`);
    map.set(m.value.id, m);
  }
  return map;
})();

export const METRICS: ReadonlyMap<string, MetricDefinition> = new Map([...METRIC_SOURCES].map(([id, m]) => [id, m.value]));

export function computeMetric(id: string, edition: Edition, loadEdition: (v: string) => Edition): Quantity | undefined {
  return METRICS.get(id)?.compute(edition, loadEdition);
}
