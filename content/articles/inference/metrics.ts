/** Computed figures for "Cheaper inference": price ratios, annualised declines and the Jevons scenario. */
import type { Quantity } from '#engine/data/quantity.ts';
import { getObservation } from '#engine/data/lookup.ts';
import type { Edition } from '#engine/data/schema.ts';
import type { Scale, Unit } from '#engine/data/units.ts';
import { annualDecline, declineFactor, monthsBetween, spanMonths, timesCheaperPerYear } from './price-decline.ts';
import { COMPARISON_ELASTICITIES, JEVONS_DEFAULTS, relativeSpend, relativeUsage } from './jevons.ts';
import { sourcesOf } from '#engine/exhibits/helpers.ts';
import { impliedLlmQueryCost } from './exhibits.ts';
import type { MetricDefinition } from '#engine/metrics/context.ts';

interface Derived {
  label: string;
  value: number;
  unit: Unit;
  scale?: Scale;
  digits: number;
  keys: string[];
  formula: string;
}

/** A figure computed from dataset rows: derived, unconfirmed if any input is, sources of every input. */
export function derivedQuantity(edition: Edition, id: string, d: Derived): Quantity {
  const rows = d.keys.map((k) => getObservation(edition, k));
  return {
    key: id,
    label: d.label,
    value: d.value,
    low: null,
    high: null,
    qualifier: '',
    unit: d.unit,
    scale: d.scale ?? 'one',
    kind: 'derived',
    confidence: rows.some((r) => r.confidence === 'U') ? 'U' : 'D',
    sources: sourcesOf(edition, d.keys),
    edition: edition.version,
    asOf: edition.asOf,
    note: null,
    digits: d.digits,
    formula: d.formula,
  };
}

function metric(id: string, compute: (e: Edition) => Derived): MetricDefinition {
  return { id, compute: (edition) => derivedQuantity(edition, id, compute(edition)) };
}

/** Price ratio p0 / p1 of two rows. */
function ratio(id: string, label: string, from: string, to: string, digits: number): MetricDefinition {
  return metric(id, (e) => {
    const a = getObservation(e, from);
    const b = getObservation(e, to);
    return { label, value: declineFactor(a.value, b.value), unit: 'multiple', digits, keys: [from, to], formula: `${a.value} ÷ ${b.value}` };
  });
}

/** Annualised fall between two month-dated price rows. */
function perYear(id: string, label: string, from: string, to: string): MetricDefinition {
  return metric(id, (e) => {
    const a = getObservation(e, from);
    const b = getObservation(e, to);
    const months = monthsBetween(a.period, b.period);
    return {
      label,
      value: annualDecline(a.value, a.period, b.value, b.period),
      unit: 'multiple-per-year',
      digits: 1,
      keys: [from, to],
      formula: `(${a.value} ÷ ${b.value})^(12 ÷ ${months})`,
    };
  });
}

/** Months between two month-dated rows. */
function months(id: string, label: string, from: string, to: string): MetricDefinition {
  return metric(id, (e) => ({
    label,
    value: monthsBetween(getObservation(e, from).period, getObservation(e, to).period),
    unit: 'months',
    digits: 0,
    keys: [from, to],
    formula: `months from ${getObservation(e, from).period} to ${getObservation(e, to).period}`,
  }));
}

/** The Jevons exhibit's default scenario, as figures the prose can quote. Not data: model outputs. */
function jevons(id: string, label: string, value: number, unit: Unit, digits: number, formula: string): MetricDefinition {
  return {
    id,
    compute: (edition) => ({
      key: id,
      label,
      value,
      low: null,
      high: null,
      qualifier: '',
      unit,
      scale: 'one',
      kind: 'derived',
      confidence: 'D',
      sources: [{ id: 'azimuth-jevons-paradox' }],
      edition: edition.version,
      asOf: edition.asOf,
      note: 'Illustrative model output (constant-elasticity demand), not a forecast.',
      digits,
      formula,
    }),
  };
}

const d = JEVONS_DEFAULTS;
const inelastic = COMPARISON_ELASTICITIES[1];

export const metrics: MetricDefinition[] = [
  ratio('metric.inference.gpt4-to-mini.input-drop', 'GPT-4 to GPT-4o mini, input list price', 'price.gpt-4.input', 'price.gpt-4o-mini.input', 0),
  ratio('metric.inference.gpt4-to-mini.output-drop', 'GPT-4 to GPT-4o mini, output list price', 'price.gpt-4.output', 'price.gpt-4o-mini.output', 0),
  months('metric.inference.gpt4-to-mini.months', 'Months from GPT-4 to GPT-4o mini', 'price.gpt-4.input', 'price.gpt-4o-mini.input'),
  perYear('metric.inference.gpt4-to-mini.input-per-year', 'GPT-4 to GPT-4o mini input price, annualised', 'price.gpt-4.input', 'price.gpt-4o-mini.input'),
  perYear('metric.inference.gpt4-to-mini.output-per-year', 'GPT-4 to GPT-4o mini output price, annualised', 'price.gpt-4.output', 'price.gpt-4o-mini.output'),
  ratio('metric.inference.gpt4-to-4o.input-drop', 'GPT-4 launch to GPT-4o later list price, input', 'price.gpt-4.input', 'price.gpt-4o.input', 0),
  ratio('metric.inference.gpt4-to-4o.output-drop', 'GPT-4 launch to GPT-4o later list price, output', 'price.gpt-4.output', 'price.gpt-4o.output', 0),
  ratio('metric.inference.gpt3-to-llama.drop', 'a16z example: GPT-3 to Llama 3.2 3B', 'price.gpt-3.2021', 'price.llama-3.2-3b.2024', 0),
  perYear('metric.inference.gpt3-to-llama.per-year', 'a16z example: GPT-3 to Llama 3.2 3B, annualised', 'price.gpt-3.2021', 'price.llama-3.2-3b.2024'),
  ratio('metric.inference.o1-vs-r1.input', 'OpenAI o1 over DeepSeek-R1, input list price', 'price.o1.input', 'price.deepseek-r1.input', 0),
  ratio('metric.inference.o1-vs-r1.output', 'OpenAI o1 over DeepSeek-R1, output list price', 'price.o1.output', 'price.deepseek-r1.output', 0),
  ratio('metric.inference.gpt4o-vs-v3.input', 'GPT-4o over DeepSeek-V3, input list price', 'price.gpt-4o.input', 'price.deepseek-v3.input', 0),
  metric('metric.inference.gpt4-level.per-year', (e) => {
    const row = getObservation(e, 'llmflation.gpt4-level-drop');
    const { from, to } = spanMonths(row.period);
    const m = monthsBetween(from, to);
    return {
      label: 'a16z GPT-4-level price fall, annualised',
      value: row.value ** (12 / m),
      unit: 'multiple-per-year',
      digits: 1,
      keys: [row.id],
      formula: `${row.value}^(12 ÷ ${m})`,
    };
  }),
  metric('metric.inference.llm-query-implied', (e) => ({
    label: 'LLM query cost implied by Hennessy multiple and Morgan Stanley search cost',
    value: impliedLlmQueryCost(e),
    unit: 'USD/query',
    digits: 2,
    keys: ['query-cost.llm-vs-search', 'query-cost.google-search.ms'],
    formula: `${getObservation(e, 'query-cost.llm-vs-search').value} × ${getObservation(e, 'query-cost.google-search.ms').value}`,
  })),
  ratio('metric.inference.ms-note.ratio', 'Morgan Stanley note (repost): ChatGPT query over Google search', 'query-cost.chatgpt.ms-note', 'query-cost.google-search.ms-note', 0),
  metric('metric.inference.google-search-cost-2022', (e) => {
    const q = getObservation(e, 'google.queries-2022');
    const c = getObservation(e, 'query-cost.google-search.ms');
    return {
      label: 'Google searches in 2022 × Morgan Stanley cost per search',
      // trillions of queries × USD per query, expressed in USD billions
      value: Number((q.value * c.value * 1000).toPrecision(6)),
      unit: 'USD',
      scale: 'billion',
      digits: 1,
      keys: [q.id, c.id],
      formula: `${q.value} trillion × $${c.value}`,
    };
  }),
  // From edition 2026-02: the AI Index 2025 GPT-3.5-level price series and its hardware trend.
  ratio('metric.inference.gpt35-level.drop', 'AI Index: GPT-3.5-level inference price, Nov 2022 over Oct 2024', 'price.gpt-3.5-level.2022', 'price.gpt-3.5-level.2024', 0),
  months('metric.inference.gpt35-level.months', 'Months between the AI Index GPT-3.5-level prices', 'price.gpt-3.5-level.2022', 'price.gpt-3.5-level.2024'),
  perYear('metric.inference.gpt35-level.per-year', 'AI Index GPT-3.5-level inference price, annualised', 'price.gpt-3.5-level.2022', 'price.gpt-3.5-level.2024'),
  metric('metric.inference.hardware.per-year', (e) => {
    const row = getObservation(e, 'hardware.price-performance.change');
    return {
      label: 'ML hardware cost at constant performance, as times cheaper per year',
      value: timesCheaperPerYear(row.value),
      unit: 'multiple-per-year',
      digits: 1,
      keys: [row.id],
      formula: `1 ÷ (1 + ${row.value} ÷ 100)`,
    };
  }),
  jevons('metric.jevons.default.elasticity', 'Default price elasticity of demand in the Jevons exhibit', d.elasticity, 'count', 1, 'slider default'),
  jevons('metric.jevons.default.reduction', 'Default cost reduction in the Jevons exhibit', d.reduction * 100, 'percent', 0, 'slider default'),
  jevons('metric.jevons.default.usage', 'Usage after the default cost cut, relative to before', relativeUsage(d), 'multiple', 1, '(1 − r)^ε'),
  jevons('metric.jevons.default.spend', 'Total spend after the default cost cut, relative to before', relativeSpend(d), 'multiple', 2, '(1 − r)^(1 + ε)'),
  jevons('metric.jevons.inelastic.elasticity', 'Inelastic comparison elasticity in the Jevons exhibit', inelastic, 'count', 1, 'fixed comparison curve'),
  jevons('metric.jevons.inelastic.spend', 'Total spend after the default cost cut with inelastic demand', relativeSpend({ elasticity: inelastic, reduction: d.reduction }), 'multiple', 2, '(1 − r)^(1 + ε)'),
];
