/** Computed figures for "The AI cycle": adoption-speed multiples and changes in AI Index investment figures. */
import { multipleOf, percentChange, percentShare } from '#engine/derive/growth.ts';
import { getObservation } from '#engine/data/lookup.ts';
import type { MetricDefinition } from '#engine/metrics/context.ts';
import { derivedQuantity } from '../capex/metrics.ts';

function adoptionMultiple(other: 'instagram' | 'tiktok'): MetricDefinition {
  const key = `metric.adoption.${other}-vs-chatgpt`;
  return {
    id: key,
    compute: (edition) => {
      const slow = getObservation(edition, `adoption.months-to-100m.${other}`);
      const fast = getObservation(edition, 'adoption.months-to-100m.chatgpt');
      const value = multipleOf(slow.value, fast.value);
      return derivedQuantity(edition, {
        key,
        label: `Months to 100 million users, ${slow.subject} as a multiple of ${fast.subject}`,
        unit: 'multiple',
        scale: 'one',
        result: { value },
        rows: [slow, fast],
        formula: `${slow.value} ÷ ${fast.value} months`,
        // "15×" but "4.5×": whole-month inputs give at most one meaningful decimal.
        digits: Number.isInteger(value) ? 0 : 1,
      });
    },
  };
}

/** Change between two years within one AI Index edition (never across editions, which revise back-years). */
function privateChange(key: string, currentId: string, previousId: string): MetricDefinition {
  return {
    id: key,
    compute: (edition) => {
      const cur = getObservation(edition, currentId);
      const prev = getObservation(edition, previousId);
      if (cur.subject !== prev.subject) {
        throw new Error(
          `Metric "${key}" would compare ${cur.subject} with ${prev.subject}.\nAI Index editions revise earlier years, so a change must be computed within one edition.\nPoint the metric at two rows from the same edition in content/articles/ai-cycle/metrics.ts.`,
        );
      }
      return derivedQuantity(edition, {
        key,
        label: `Global private AI investment, ${cur.period} on ${prev.period} (${cur.subject})`,
        unit: 'percent',
        scale: 'one',
        result: { value: percentChange(cur.value, prev.value) },
        rows: [cur, prev],
        formula: `${cur.value} ÷ ${prev.value} − 1`,
        digits: 1,
      });
    },
  };
}

/** How much a later AI Index edition revised an earlier edition's figure for the same year. */
const revision2023: MetricDefinition = {
  id: 'metric.investment.private.2023-revision',
  compute: (edition) => {
    const newer = getObservation(edition, 'investment.private.2023.aiindex-2025');
    const older = getObservation(edition, 'investment.private.2023.aiindex-2024');
    return derivedQuantity(edition, {
      key: 'metric.investment.private.2023-revision',
      label: `Revision to 2023 global private AI investment, ${newer.subject} against ${older.subject}`,
      unit: 'percent',
      scale: 'one',
      result: { value: percentChange(newer.value, older.value) },
      rows: [newer, older],
      formula: `${newer.value} ÷ ${older.value} − 1`,
      digits: 0,
    });
  },
};

/** The same-edition check every cross-row AI Index metric needs: editions revise back-years. */
function sameEdition(key: string, rows: { subject: string }[]): void {
  const editions = [...new Set(rows.map((r) => r.subject))];
  if (editions.length > 1) {
    throw new Error(
      `Metric "${key}" would combine ${editions.join(' and ')}.\nAI Index editions revise earlier years, so figures must come from one edition.\nPoint the metric at rows from the same edition in content/articles/ai-cycle/metrics.ts.`,
    );
  }
}

/** One AI Index figure as a share of another from the same edition and year (e.g. generative AI of all private AI). */
export function shareWithin(key: string, label: string, partId: string, wholeId: string): MetricDefinition {
  return {
    id: key,
    compute: (edition) => {
      const part = getObservation(edition, partId);
      const whole = getObservation(edition, wholeId);
      sameEdition(key, [part, whole]);
      return derivedQuantity(edition, {
        key,
        label: `${label}, ${part.period} (${part.subject})`,
        unit: 'percent',
        scale: 'one',
        result: { value: percentShare(part.value, whole.value) },
        rows: [part, whole],
        formula: `${part.value} ÷ ${whole.value}`,
        digits: 0,
      });
    },
  };
}

/** US private AI investment as a multiple of China's, within one AI Index edition. */
const usVsChina2024: MetricDefinition = {
  id: 'metric.investment.private.us-vs-china-2024',
  compute: (edition) => {
    const us = getObservation(edition, 'investment.private-us.2024.aiindex-2025');
    const cn = getObservation(edition, 'investment.private-china.2024.aiindex-2025');
    sameEdition('metric.investment.private.us-vs-china-2024', [us, cn]);
    return derivedQuantity(edition, {
      key: 'metric.investment.private.us-vs-china-2024',
      label: `Private AI investment, United States as a multiple of China, ${us.period} (${us.subject})`,
      unit: 'multiple',
      scale: 'one',
      result: { value: multipleOf(us.value, cn.value) },
      rows: [us, cn],
      formula: `${us.value} ÷ ${cn.value}`,
      digits: 0,
    });
  },
};

export const metrics: MetricDefinition[] = [
  adoptionMultiple('instagram'),
  adoptionMultiple('tiktok'),
  privateChange('metric.investment.private.change-2022', 'investment.private.2022.aiindex-2023', 'investment.private.2021.aiindex-2023'),
  privateChange('metric.investment.private.change-2024', 'investment.private.2024.aiindex-2025', 'investment.private.2023.aiindex-2025'),
  revision2023,
  shareWithin('metric.investment.genai-share-2024', 'Generative AI’s share of global private AI investment', 'investment.genai.2024.aiindex-2025', 'investment.private.2024.aiindex-2025'),
  shareWithin('metric.investment.us-share-2024', 'United States’ share of global private AI investment', 'investment.private-us.2024.aiindex-2025', 'investment.private.2024.aiindex-2025'),
  usVsChina2024,
];
