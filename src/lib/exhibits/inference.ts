/**
 * Exhibits for "Cheaper inference": token list prices, their annualised declines, the cost of an LLM
 * answer against a keyword search, and the interactive Jevons exhibit.
 */
import { getObservation, type StoredObservation } from '../data/lookup.ts';
import type { Edition } from '../data/schema.ts';
import { annualDecline, annualise, monthsBetween, spanMonths } from '../compute/price-decline.ts';
import { COMPARISON_ELASTICITIES, formatElasticity, formatMultiple, JEVONS_DEFAULTS, jevonsSeries, relativeSpend, relativeUsage } from '../compute/jevons.ts';
import { formatNumber, formatPlain } from '../format/quantity.ts';
import type { ExhibitDefinition } from './context.ts';
import { derivedPoint, keysOf, notesOf, pointFrom, sourcesOf, type PointInput } from './helpers.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A row's period as a short label: "Mar 2023", "2024", "2024–25". */
export function periodLabel(row: Pick<StoredObservation, 'period' | 'period_type'>): string {
  const month = /^(\d{4})-(\d{2})$/.exec(row.period);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  const years = /^(\d{4})\/(\d{4})$/.exec(row.period);
  if (years) return `${years[1]}–${years[2]!.slice(2)}`;
  return row.period;
}

/** Models on the token-price chart, in launch order; each with the rows of its input and output list price. */
export const TOKEN_PRICE_MODELS = [
  { name: 'GPT-4 (8K)', input: 'price.gpt-4.input', output: 'price.gpt-4.output' },
  { name: 'GPT-4 (32K)', input: 'price.gpt-4-32k.input', output: 'price.gpt-4-32k.output' },
  { name: 'GPT-4o mini', input: 'price.gpt-4o-mini.input', output: 'price.gpt-4o-mini.output' },
  { name: 'OpenAI o1', input: 'price.o1.input', output: 'price.o1.output' },
  { name: 'GPT-4o', input: 'price.gpt-4o.input', output: 'price.gpt-4o.output' },
  { name: 'DeepSeek-R1', input: 'price.deepseek-r1.input', output: 'price.deepseek-r1.output' },
  { name: 'DeepSeek-V3', input: 'price.deepseek-v3.input', output: 'price.deepseek-v3.output' },
] as const;

/** Recalled prices (confidence U) that the chart leaves out; named in a note instead. */
export const UNCONFIRMED_PRICE_KEYS = [
  'price.gpt-4o.launch.input',
  'price.gpt-4o.launch.output',
  'price.deepseek-v3.promo.input',
  'price.deepseek-v3.promo.output',
  'price.deepseek-v3.promo.cache-hit',
] as const;

/** Dataset notes without those another note already contains ("List price at launch" beside a longer version). */
function distinctNotes(notes: string[]): string[] {
  return notes.filter((n, i) => !notes.some((m, j) => j !== i && m.length > n.length && m.startsWith(n)));
}

function modelLabel(edition: Edition, m: (typeof TOKEN_PRICE_MODELS)[number]): string {
  return `${m.name}, ${periodLabel(getObservation(edition, m.input))}`;
}

/** The annualised declines on the decline-rates chart: label, rows, and the factor per year. */
export interface DeclineRate {
  label: string;
  keys: string[];
  perYear: number;
  kind: 'derived' | 'estimate';
}

/** Price fall between two month-dated rows, per year. */
function between(edition: Edition, label: string, fromKey: string, toKey: string): DeclineRate {
  const a = getObservation(edition, fromKey);
  const b = getObservation(edition, toKey);
  return { label, keys: [fromKey, toKey], perYear: annualDecline(a.value, a.period, b.value, b.period), kind: 'derived' };
}

export function declineRates(edition: Edition): DeclineRate[] {
  const gpt4Level = getObservation(edition, 'llmflation.gpt4-level-drop');
  const span = spanMonths(gpt4Level.period);
  const headline = getObservation(edition, 'llmflation.decline-per-year');
  return [
    between(edition, 'GPT-4 → 4o mini, input', 'price.gpt-4.input', 'price.gpt-4o-mini.input'),
    between(edition, 'GPT-4 → 4o mini, output', 'price.gpt-4.output', 'price.gpt-4o-mini.output'),
    between(edition, 'GPT-3 → Llama 3.2 3B', 'price.gpt-3.2021', 'price.llama-3.2-3b.2024'),
    {
      label: 'GPT-4 level (a16z)',
      keys: [gpt4Level.id],
      perYear: annualise(gpt4Level.value, monthsBetween(span.from, span.to)),
      kind: 'derived',
    },
    { label: 'a16z headline rate', keys: [headline.id], perYear: headline.value, kind: 'estimate' },
  ];
}

const tokenPrices: ExhibitDefinition = {
  id: 'token-prices',
  build: ({ edition }) => {
    const series = (['input', 'output'] as const).map((side) => ({
      id: side,
      label: side === 'input' ? 'Input tokens' : 'Output tokens',
      style: 'point' as const,
      points: TOKEN_PRICE_MODELS.map((m) => pointFrom(edition, m[side], modelLabel(edition, m))),
    }));
    const gpt4 = getObservation(edition, 'price.gpt-4.input');
    const mini = getObservation(edition, 'price.gpt-4o-mini.input');
    const months = monthsBetween(gpt4.period, mini.period);
    const o1 = getObservation(edition, 'price.o1.input');
    const r1 = getObservation(edition, 'price.deepseek-r1.input');
    const keys = keysOf(series);
    return {
      id: 'token-prices',
      title: 'List prices per million tokens, from GPT-4 to DeepSeek-R1',
      takeaway: `GPT-4o mini launched at ${formatNumber(gpt4.value / mini.value)} times less per input token than GPT-4 had charged ${months} months earlier, and DeepSeek-R1 lists input tokens at ${formatNumber(Math.round(o1.value / r1.value))} times less than OpenAI's o1.`,
      chart: 'line',
      x: { label: 'Model, with the date of the list price', type: 'category' },
      y: { label: 'List price', type: 'logarithmic', unit: 'USD/million-tokens', scale: 'one' },
      categories: TOKEN_PRICE_MODELS.map((m) => modelLabel(edition, m)),
      series,
      notes: [
        ...distinctNotes(notesOf(edition, keys)),
        'Log scale: each gridline step is a multiple, not a fixed amount.',
        'List prices of different products, not adjusted for capability or for how many tokens a task uses; reasoning models (o1, DeepSeek-R1) spend many output tokens on their chain of thought.',
        "Not plotted: GPT-4o's launch price and DeepSeek-V3's promotional price before 8 February 2025, which are widely cited but unconfirmed.",
      ],
      sources: sourcesOf(edition, keys),
      edition: edition.version,
      asOf: edition.asOf,
    };
  },
};

const priceDeclineRates: ExhibitDefinition = {
  id: 'price-decline-rates',
  build: ({ edition }) => {
    const rates = declineRates(edition);
    const points: PointInput[] = rates.map((r) =>
      r.kind === 'estimate' ? pointFrom(edition, r.keys[0]!, r.label) : derivedPoint(edition, r.keys, r.label, Number(r.perYear.toFixed(1))),
    );
    const keys = rates.flatMap((r) => r.keys);
    const fastest = [...rates].sort((a, b) => b.perYear - a.perYear)[0]!;
    const headline = rates.find((r) => r.kind === 'estimate')!;
    return {
      id: 'price-decline-rates',
      title: 'How fast token prices fell, per year',
      takeaway: `Annualised, list prices fell ${formatPlain(Number(fastest.perYear.toFixed(1)), 'multiple-per-year', 'one', 1)} from GPT-4 to GPT-4o mini, against a16z's rule of thumb of ${formatPlain(headline.perYear, 'multiple-per-year', 'one', 0)} for a fixed capability.`,
      chart: 'bar',
      horizontal: true,
      x: { label: 'Comparison', type: 'category' },
      y: { label: 'Times cheaper per year', type: 'logarithmic', unit: 'multiple-per-year', scale: 'one' },
      categories: rates.map((r) => r.label),
      series: [{ id: 'per-year', label: 'Times cheaper per year', points }],
      notes: [
        'Computed as (earlier price ÷ later price) raised to the power 12 ÷ months between the two prices.',
        'GPT-4 → GPT-4o mini compares list prices of two different OpenAI models (GPT-4o mini is smaller and cheaper, not a price cut on GPT-4).',
        'a16z figures track the cheapest model reaching a fixed MMLU score (at least 42 for GPT-3, at least 83 for GPT-4 level), whoever serves it.',
        ...distinctNotes(notesOf(edition, keys)),
      ],
      sources: sourcesOf(edition, keys),
      edition: edition.version,
      asOf: edition.asOf,
    };
  },
};

/** Rows on the cost-per-query chart, with short labels; the derived LLM figure goes in the middle. */
const QUERY_COST_ROWS = [
  { key: 'query-cost.google-search.ms', label: 'Search: Morgan Stanley' },
  { key: 'query-cost.google-search.ms-note', label: 'Search: MS note (repost)' },
  { key: 'query-cost.chatgpt.altman', label: 'ChatGPT: Altman' },
  { key: 'query-cost.chatgpt.ms-note', label: 'ChatGPT: note (repost)' },
] as const;
const IMPLIED_LLM_LABEL = 'LLM at Hennessy multiple';

/** Hennessy's multiple applied to Morgan Stanley's per-search cost. */
export function impliedLlmQueryCost(edition: Edition): number {
  const multiple = getObservation(edition, 'query-cost.llm-vs-search').value;
  const search = getObservation(edition, 'query-cost.google-search.ms').value;
  return Number((multiple * search).toPrecision(6));
}

const llmVsSearchCost: ExhibitDefinition = {
  id: 'llm-vs-search-cost',
  build: ({ edition }) => {
    const [ms, note, altman, chatNote] = QUERY_COST_ROWS;
    const implied = derivedPoint(edition, ['query-cost.llm-vs-search', 'query-cost.google-search.ms'], IMPLIED_LLM_LABEL, impliedLlmQueryCost(edition));
    const points = [
      pointFrom(edition, ms.key, ms.label),
      pointFrom(edition, note.key, note.label),
      implied,
      pointFrom(edition, altman.key, altman.label),
      pointFrom(edition, chatNote.key, chatNote.label),
    ];
    const keys = keysOf([{ points }]);
    const search = getObservation(edition, ms.key);
    const multiple = getObservation(edition, 'query-cost.llm-vs-search');
    return {
      id: 'llm-vs-search-cost',
      title: 'Estimated cost of one query: keyword search against an LLM answer',
      takeaway: `Early-2023 estimates put an LLM answer at roughly ${formatNumber(multiple.value)} times the cost of a keyword search, about ${formatPlain(impliedLlmQueryCost(edition), 'USD', 'one', 2)} against ${formatPlain(search.value, 'USD', 'one', 3)}.`,
      chart: 'bar',
      horizontal: true,
      x: { label: 'Estimate', type: 'category' },
      y: { label: 'Cost per query', type: 'linear', unit: 'USD/query', scale: 'one' },
      categories: points.map((p) => String(p.x)),
      series: [{ id: 'cost', label: 'Cost per query (estimate)', points }],
      notes: [
        `${IMPLIED_LLM_LABEL}: John Hennessy's multiple (an LLM exchange costs about ten times a keyword search) applied to Morgan Stanley's per-search estimate; our calculation.`,
        'Figures marked "repost" come from a Morgan Stanley note as relayed by a low-quality secondary site and could not be checked against the note itself.',
        ...notesOf(edition, keys),
      ],
      sources: [...sourcesOf(edition, keys), { id: 'ars-technica-search-cost' }],
      edition: edition.version,
      asOf: edition.asOf,
    };
  },
};

const jevonsInteractive: ExhibitDefinition = {
  id: 'jevons-interactive',
  build: ({ edition }) => {
    const p = JEVONS_DEFAULTS;
    const inelastic = COMPARISON_ELASTICITIES[1];
    const inelasticSpend = relativeSpend({ elasticity: inelastic, reduction: p.reduction });
    return {
      id: 'jevons-interactive',
      title: 'Jevons in one chart: total spend after a cost cut, by price elasticity of demand',
      takeaway: `With an elasticity of ${formatElasticity(p.elasticity)}, a ${Math.round(p.reduction * 100)}% cost cut lifts usage ${formatMultiple(relativeUsage(p))}-fold and total spend to ${formatMultiple(relativeSpend(p))} times its earlier level; with inelastic demand (${formatElasticity(inelastic)}) the same cut leaves spend at ${formatMultiple(inelasticSpend)} times.`,
      chart: 'line',
      x: { label: 'Cost reduction passed through to price (%)', type: 'linear', min: 0, max: 95 },
      y: { label: 'Total spend, relative to before the cut (1 = unchanged)', type: 'logarithmic' },
      series: jevonsSeries(p),
      notes: [
        'Illustration, not a forecast: constant-elasticity demand, Q = Q0 × (P / P0)^ε, with the whole cost cut passed through to price, so spend relative to before is (1 − r)^(1 + ε).',
        'Spend rises after a cost cut only when demand is elastic (ε below −1); at exactly −1 it is unchanged, and above −1 it falls even though usage rises.',
        'Use the sliders to change the elasticity and the cost cut; the data table and the image without JavaScript show the default scenario.',
      ],
      sources: [{ id: 'azimuth-jevons-paradox' }, { id: 'northeastern-jevons-paradox' }],
      edition: edition.version,
      asOf: edition.asOf,
      interactive: { module: 'jevons', params: { elasticity: p.elasticity, reduction: p.reduction } },
    };
  },
};

export const inferenceExhibits: ExhibitDefinition[] = [tokenPrices, priceDeclineRates, llmVsSearchCost, jevonsInteractive];
