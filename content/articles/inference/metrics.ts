/** Computed figures for "Cheaper inference": price ratios, annualised declines and the Jevons scenario. */
import { computed, metric, modelFigure, product, ratio } from '#engine/derive/index.ts';
import type { MetricDefinition } from '#engine/metrics/context.ts';
import { annualDecline, monthsBetween, spanMonths, timesCheaperPerYear } from './price-decline.ts';
import { COMPARISON_ELASTICITIES, JEVONS_DEFAULTS, relativeSpend, relativeUsage } from './jevons.ts';

/** Price ratio p0 / p1 of two rows. */
function priceRatio(id: string, label: string, from: string, to: string): MetricDefinition {
  return metric(id, { label, unit: 'multiple', digits: 0, compute: (r) => ratio(r.term(from), r.term(to)) });
}

/** Annualised fall between two month-dated price rows. */
function perYear(id: string, label: string, from: string, to: string): MetricDefinition {
  return metric(id, {
    label,
    unit: 'multiple-per-year',
    digits: 1,
    compute: (r) => {
      const [a, b] = [r.row(from), r.row(to)];
      const [ta, tb] = [r.term(from), r.term(to)];
      return computed(annualDecline(a.value, a.period, b.value, b.period), `(${ta.text} ÷ ${tb.text})^(12 ÷ ${monthsBetween(a.period, b.period)})`);
    },
  });
}

/** Months between two month-dated rows. */
function months(id: string, label: string, from: string, to: string): MetricDefinition {
  return metric(id, {
    label,
    unit: 'months',
    digits: 0,
    compute: (r) => {
      const [a, b] = [r.row(from).period, r.row(to).period];
      return computed(monthsBetween(a, b), `months from ${a} to ${b}`);
    },
  });
}

const JEVONS = {
  source: 'azimuth-jevons-paradox',
  note: 'Illustrative model output (constant-elasticity demand), not a forecast.',
  because: 'A setting or output of the Jevons model at the exhibit’s defaults, not a figure computed from dataset rows.',
} as const;
const d = JEVONS_DEFAULTS;
const inelastic = COMPARISON_ELASTICITIES[1];

export const metrics: MetricDefinition[] = [
  priceRatio('metric.inference.gpt4-to-mini.input-drop', 'GPT-4 to GPT-4o mini, input list price', 'price.gpt-4.input', 'price.gpt-4o-mini.input'),
  priceRatio('metric.inference.gpt4-to-mini.output-drop', 'GPT-4 to GPT-4o mini, output list price', 'price.gpt-4.output', 'price.gpt-4o-mini.output'),
  months('metric.inference.gpt4-to-mini.months', 'Months from GPT-4 to GPT-4o mini', 'price.gpt-4.input', 'price.gpt-4o-mini.input'),
  perYear('metric.inference.gpt4-to-mini.input-per-year', 'GPT-4 to GPT-4o mini input price, annualised', 'price.gpt-4.input', 'price.gpt-4o-mini.input'),
  perYear('metric.inference.gpt4-to-mini.output-per-year', 'GPT-4 to GPT-4o mini output price, annualised', 'price.gpt-4.output', 'price.gpt-4o-mini.output'),
  priceRatio('metric.inference.gpt4-to-4o.input-drop', 'GPT-4 launch to GPT-4o later list price, input', 'price.gpt-4.input', 'price.gpt-4o.input'),
  priceRatio('metric.inference.gpt4-to-4o.output-drop', 'GPT-4 launch to GPT-4o later list price, output', 'price.gpt-4.output', 'price.gpt-4o.output'),
  priceRatio('metric.inference.gpt3-to-llama.drop', 'a16z example: GPT-3 to Llama 3.2 3B', 'price.gpt-3.2021', 'price.llama-3.2-3b.2024'),
  perYear('metric.inference.gpt3-to-llama.per-year', 'a16z example: GPT-3 to Llama 3.2 3B, annualised', 'price.gpt-3.2021', 'price.llama-3.2-3b.2024'),
  priceRatio('metric.inference.o1-vs-r1.input', 'OpenAI o1 over DeepSeek-R1, input list price', 'price.o1.input', 'price.deepseek-r1.input'),
  priceRatio('metric.inference.o1-vs-r1.output', 'OpenAI o1 over DeepSeek-R1, output list price', 'price.o1.output', 'price.deepseek-r1.output'),
  priceRatio('metric.inference.gpt4o-vs-v3.input', 'GPT-4o over DeepSeek-V3, input list price', 'price.gpt-4o.input', 'price.deepseek-v3.input'),
  metric('metric.inference.gpt4-level.per-year', {
    label: 'a16z GPT-4-level price fall, annualised',
    unit: 'multiple-per-year',
    digits: 1,
    compute: (r) => {
      const row = r.row('llmflation.gpt4-level-drop');
      const { from, to } = spanMonths(row.period);
      const m = monthsBetween(from, to);
      return computed(row.value ** (12 / m), `(${r.term(row.id).text})^(12 ÷ ${m})`);
    },
  }),
  metric('metric.inference.llm-query-implied', {
    label: 'LLM query cost implied by Hennessy multiple and Morgan Stanley search cost',
    unit: 'USD/query',
    digits: 2,
    // The prose says "about <Value>", so the figure does not repeat the search cost's "~".
    qualifier: '',
    compute: (r) => product(r.term('query-cost.llm-vs-search'), r.term('query-cost.google-search.ms')),
  }),
  priceRatio('metric.inference.ms-note.ratio', 'Morgan Stanley note (repost): ChatGPT query over Google search', 'query-cost.chatgpt.ms-note', 'query-cost.google-search.ms-note'),
  metric('metric.inference.google-search-cost-2022', {
    label: 'Google searches in 2022 × Morgan Stanley cost per search',
    unit: 'USD',
    scale: 'billion',
    digits: 1,
    qualifier: '', // as above: "implies about <Value>"
    compute: (r) => product(r.term('google.queries-2022'), r.term('query-cost.google-search.ms')),
  }),
  // From edition 2026-02: the AI Index 2025 GPT-3.5-level price series and its hardware trend.
  priceRatio('metric.inference.gpt35-level.drop', 'AI Index: GPT-3.5-level inference price, Nov 2022 over Oct 2024', 'price.gpt-3.5-level.2022', 'price.gpt-3.5-level.2024'),
  months('metric.inference.gpt35-level.months', 'Months between the AI Index GPT-3.5-level prices', 'price.gpt-3.5-level.2022', 'price.gpt-3.5-level.2024'),
  perYear('metric.inference.gpt35-level.per-year', 'AI Index GPT-3.5-level inference price, annualised', 'price.gpt-3.5-level.2022', 'price.gpt-3.5-level.2024'),
  metric('metric.inference.hardware.per-year', {
    label: 'ML hardware cost at constant performance, as times cheaper per year',
    unit: 'multiple-per-year',
    digits: 1,
    compute: (r) => {
      const change = r.row('hardware.price-performance.change').value;
      return computed(timesCheaperPerYear(change), `1 ÷ (1 + ${change} ÷ 100)`);
    },
  }),
  modelFigure('metric.jevons.default.elasticity', { ...JEVONS, label: 'Default price elasticity of demand in the Jevons exhibit', value: d.elasticity, unit: 'count', digits: 1, formula: 'slider default' }),
  modelFigure('metric.jevons.default.reduction', { ...JEVONS, label: 'Default cost reduction in the Jevons exhibit', value: d.reduction * 100, unit: 'percent', digits: 0, formula: 'slider default' }),
  modelFigure('metric.jevons.default.usage', { ...JEVONS, label: 'Usage after the default cost cut, relative to before', value: relativeUsage(d), unit: 'multiple', digits: 1, formula: '(1 − r)^ε' }),
  modelFigure('metric.jevons.default.spend', { ...JEVONS, label: 'Total spend after the default cost cut, relative to before', value: relativeSpend(d), unit: 'multiple', digits: 2, formula: '(1 − r)^(1 + ε)' }),
  modelFigure('metric.jevons.inelastic.elasticity', { ...JEVONS, label: 'Inelastic comparison elasticity in the Jevons exhibit', value: inelastic, unit: 'count', digits: 1, formula: 'fixed comparison curve' }),
  modelFigure('metric.jevons.inelastic.spend', {
    ...JEVONS,
    label: 'Total spend after the default cost cut with inelastic demand',
    value: relativeSpend({ elasticity: inelastic, reduction: d.reduction }),
    unit: 'multiple',
    digits: 2,
    formula: '(1 − r)^(1 + ε)',
  }),
];
