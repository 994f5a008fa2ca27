/** Computed figures for "The AI cycle": adoption-speed multiples and changes in AI Index investment figures. */
import type { StoredObservation } from '#engine/data/lookup.ts';
import { change, metric, type Reader, ratio, share } from '#engine/derive/index.ts';
import type { MetricDefinition } from '#engine/metrics/context.ts';

/**
 * Two rows of one AI Index edition (the row's subject), or an error: editions revise earlier years, so a
 * figure combining two of them would mix revisions.
 */
function sameEdition(r: Reader, key: string, ids: [string, string]): [StoredObservation, StoredObservation] {
  const rows = ids.map((id) => r.row(id)) as [StoredObservation, StoredObservation];
  const editions = [...new Set(rows.map((row) => row.subject))];
  if (editions.length > 1) {
    throw new Error(
      `Metric "${key}" would combine ${editions.join(' and ')}.\nAI Index editions revise earlier years, so figures must come from one edition.\nPoint the metric at rows from the same edition in content/articles/ai-cycle/metrics.ts.`,
    );
  }
  return rows;
}

function adoptionMultiple(other: 'instagram' | 'tiktok'): MetricDefinition {
  const [slow, fast] = [`adoption.months-to-100m.${other}`, 'adoption.months-to-100m.chatgpt'];
  return metric(`metric.adoption.${other}-vs-chatgpt`, {
    label: (r) => `Months to 100 million users, ${r.row(slow).subject} as a multiple of ${r.row(fast).subject}`,
    unit: 'multiple',
    // "15×" but "4.5×": whole-month inputs give at most one meaningful decimal.
    digits: (result) => (Number.isInteger(result.value) ? 0 : 1),
    // The prose says "roughly <Value>", so the figure does not repeat ChatGPT's "~2 months".
    qualifier: '',
    compute: (r) => ratio(r.term(slow), r.term(fast)),
  });
}

/** Change between two years within one AI Index edition (never across editions, which revise back-years). */
function privateChange(key: string, currentId: string, previousId: string): MetricDefinition {
  return metric(key, {
    label: (r) => `Global private AI investment, ${r.row(currentId).period} on ${r.row(previousId).period} (${r.row(currentId).subject})`,
    unit: 'percent',
    digits: 1,
    compute: (r) => {
      sameEdition(r, key, [currentId, previousId]);
      return change(r.term(currentId), r.term(previousId));
    },
  });
}

/** One AI Index figure as a share of another from the same edition and year (e.g. generative AI of all private AI). */
export function shareWithin(key: string, label: string, partId: string, wholeId: string): MetricDefinition {
  return metric(key, {
    label: (r) => `${label}, ${r.row(partId).period} (${r.row(partId).subject})`,
    unit: 'percent',
    digits: 0,
    compute: (r) => {
      sameEdition(r, key, [partId, wholeId]);
      return share(r.term(partId), r.term(wholeId));
    },
  });
}

const [US, CHINA] = ['investment.private-us.2024.aiindex-2025', 'investment.private-china.2024.aiindex-2025'];
const [NEWER, OLDER] = ['investment.private.2023.aiindex-2025', 'investment.private.2023.aiindex-2024'];

export const metrics: MetricDefinition[] = [
  adoptionMultiple('instagram'),
  adoptionMultiple('tiktok'),
  privateChange('metric.investment.private.change-2022', 'investment.private.2022.aiindex-2023', 'investment.private.2021.aiindex-2023'),
  privateChange('metric.investment.private.change-2024', 'investment.private.2024.aiindex-2025', 'investment.private.2023.aiindex-2025'),
  // How much a later AI Index edition revised an earlier edition's figure for the same year.
  metric('metric.investment.private.2023-revision', {
    label: (r) => `Revision to 2023 global private AI investment, ${r.row(NEWER).subject} against ${r.row(OLDER).subject}`,
    unit: 'percent',
    digits: 0,
    qualifier: '', // "an upward revision of about <Value>"
    compute: (r) => change(r.term(NEWER), r.term(OLDER)),
  }),
  shareWithin('metric.investment.genai-share-2024', 'Generative AI’s share of global private AI investment', 'investment.genai.2024.aiindex-2025', 'investment.private.2024.aiindex-2025'),
  shareWithin('metric.investment.us-share-2024', 'United States’ share of global private AI investment', 'investment.private-us.2024.aiindex-2025', 'investment.private.2024.aiindex-2025'),
  metric('metric.investment.private.us-vs-china-2024', {
    label: (r) => `Private AI investment, United States as a multiple of China, ${r.row(US).period} (${r.row(US).subject})`,
    unit: 'multiple',
    digits: 0,
    compute: (r) => {
      sameEdition(r, 'metric.investment.private.us-vs-china-2024', [US, CHINA]);
      return ratio(r.term(US), r.term(CHINA));
    },
  }),
];
