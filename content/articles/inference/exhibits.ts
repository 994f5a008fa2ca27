/**
 * Exhibits for "Cheaper inference": token list prices, their annualised declines, the cost of an LLM
 * answer against a keyword search, and the interactive Jevons exhibit.
 */
import { getObservation, toQuantity, type StoredObservation } from '#engine/data/lookup.ts';
import type { Edition } from '#engine/data/schema.ts';
import { annualDecline, annualise, monthsBetween, spanMonths, timesCheaperPerYear } from './price-decline.ts';
import { COMPARISON_ELASTICITIES, formatElasticity, formatMultiple, JEVONS_DEFAULTS, jevonsSeries, relativeSpend, relativeUsage } from './jevons.ts';
import { formatNumber, formatPlain, formatQuantity } from '#engine/format/quantity.ts';
import type { ExhibitDefinition } from '#engine/exhibits/context.ts';
import { pointFrom, type PointInput } from '#engine/exhibits/helpers.ts';
import { computed, derive, derivedPointOf, product, qualifierOf, type Derived } from '#engine/derive/index.ts';
import { shortMonth } from '#engine/format/date.ts';


/** A row's period as a short label: "Mar 2023", "2024", "2024–25". */
export function periodLabel(row: Pick<StoredObservation, 'period' | 'period_type'>): string {
  const month = /^(\d{4})-(\d{2})$/.exec(row.period);
  if (month) return `${shortMonth(Number(month[2]))} ${month[1]}`;
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

function modelLabel(edition: Edition, m: (typeof TOKEN_PRICE_MODELS)[number]): string {
  return `${m.name}, ${periodLabel(getObservation(edition, m.input))}`;
}

/**
 * The annualised declines on the decline-rates chart: label, rows, and the factor per year. A rate we
 * compute is a kernel figure (`derived`), so its kind is the combined kind of the rows it reads (a rate
 * computed from estimates is an estimate); a published rate is read from one row (or one end of its range).
 */
export interface DeclineRate {
  label: string;
  keys: string[];
  perYear: number;
  /** The computed rate with its provenance; absent for a rate read straight from a row. */
  derived?: Derived;
  /** The row a published rate is read from, and which of its values. */
  read?: { key: string; end: 'value' | 'low' | 'high' };
}

function computedRate(label: string, d: Derived): DeclineRate {
  return { label, keys: d.keys, perYear: d.value, derived: d };
}

function publishedRate(edition: Edition, label: string, key: string, end: 'value' | 'low' | 'high' = 'value'): DeclineRate {
  const row = getObservation(edition, key);
  const v = end === 'value' ? row.value : row[end];
  if (v === null) throw new RangeError(`${key} in content/data/${edition.version}/${row.table}.csv has no ${end} value; fill in the ${end} column.`);
  return { label, keys: [key], perYear: v, read: { key, end } };
}

/** Chart labels the takeaway and notes refer to. */
export const RATE_LABELS = {
  gpt4ToMiniInput: 'GPT-4 → 4o mini, input',
  a16zHeadline: 'a16z headline rate',
  gpt35Level: 'GPT-3.5 level (AI Index)',
  epochScience: 'GPT-4, science (Epoch)',
  epochLow: 'Epoch range, slowest',
  epochHigh: 'Epoch range, fastest',
  hardware: 'ML hardware (AI Index)',
} as const;

/** Rows that edition 2026-02 added; each rate that needs them is drawn only when they are present. */
const GPT35_LEVEL = ['price.gpt-3.5-level.2022', 'price.gpt-3.5-level.2024'] as const;
const EPOCH_RANGE = 'epoch.price-decline-range';
const EPOCH_SCIENCE = 'epoch.gpt4-level-science-decline';
const HARDWARE = 'hardware.price-performance.change';

/** Price fall between two month-dated rows, per year. */
function between(edition: Edition, label: string, fromKey: string, toKey: string): DeclineRate {
  return computedRate(
    label,
    derive(edition, (r) => {
      const a = r.row(fromKey);
      const b = r.row(toKey);
      const [ta, tb] = [r.term(fromKey), r.term(toKey)];
      return computed(annualDecline(a.value, a.period, b.value, b.period), `(${ta.text} ÷ ${tb.text})^(12 ÷ ${monthsBetween(a.period, b.period)} months)`, qualifierOf([ta], [tb]));
    }),
  );
}

/** Rates that only later editions carry: AI Index and Epoch AI (2025), each guarded by its rows' presence. */
function laterRates(edition: Edition): DeclineRate[] {
  const has = (id: string) => edition.observations.has(id);
  const out: DeclineRate[] = [];
  if (GPT35_LEVEL.every(has)) out.push(between(edition, RATE_LABELS.gpt35Level, GPT35_LEVEL[0], GPT35_LEVEL[1]));
  if (has(EPOCH_SCIENCE)) out.push(publishedRate(edition, RATE_LABELS.epochScience, EPOCH_SCIENCE));
  if (has(EPOCH_RANGE)) {
    // Epoch published only the range; the row's central value is our geometric midpoint, so only the ends are drawn.
    const range = getObservation(edition, EPOCH_RANGE);
    if (range.low === null || range.high === null) {
      throw new RangeError(`${EPOCH_RANGE} in content/data/${edition.version}/${range.table}.csv has no low/high range. The chart draws Epoch AI's published range, not a central value; fill in the low and high columns.`);
    }
    out.push(publishedRate(edition, RATE_LABELS.epochLow, EPOCH_RANGE, 'low'));
    out.push(publishedRate(edition, RATE_LABELS.epochHigh, EPOCH_RANGE, 'high'));
  }
  if (has(HARDWARE)) {
    // A larger fall in cost is more times cheaper: the change counts downwards.
    const d = derive(edition, (r) => computed(timesCheaperPerYear(r.row(HARDWARE).value), `1 ÷ (1 + ${r.term(HARDWARE).text} ÷ 100)`, qualifierOf([], [r.term(HARDWARE)])));
    out.push(computedRate(RATE_LABELS.hardware, d));
  }
  return out;
}

export function declineRates(edition: Edition): DeclineRate[] {
  const gpt4Level = getObservation(edition, 'llmflation.gpt4-level-drop');
  const span = spanMonths(gpt4Level.period);
  const months = monthsBetween(span.from, span.to);
  return [
    between(edition, RATE_LABELS.gpt4ToMiniInput, 'price.gpt-4.input', 'price.gpt-4o-mini.input'),
    between(edition, 'GPT-4 → 4o mini, output', 'price.gpt-4.output', 'price.gpt-4o-mini.output'),
    between(edition, 'GPT-3 → Llama 3.2 3B', 'price.gpt-3.2021', 'price.llama-3.2-3b.2024'),
    computedRate(
      'GPT-4 level (a16z)',
      derive(edition, (r) => computed(annualise(r.row(gpt4Level.id).value, months), `${r.term(gpt4Level.id).text}^(12 ÷ ${months} months)`, qualifierOf([r.term(gpt4Level.id)]))),
    ),
    publishedRate(edition, RATE_LABELS.a16zHeadline, 'llmflation.decline-per-year'),
    ...laterRates(edition),
  ];
}

/** A bar of the decline-rates chart. A published rate keeps its row's kind but not its range (the range ends are bars of their own). */
function ratePoint(edition: Edition, r: DeclineRate): PointInput {
  if (r.derived) return derivedPointOf(r.derived, r.label, 'one', { digits: 1 });
  const row = getObservation(edition, r.read!.key);
  return { x: r.label, y: r.perYear, kind: row.kind, qualifier: row.qualifier, keys: [row.id], unconfirmed: row.confidence === 'U', unit: row.unit, scale: row.scale };
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
    return {
      id: 'token-prices',
      title: 'List prices per million tokens, from GPT-4 to DeepSeek-R1',
      takeaway: `GPT-4o mini launched at ${formatNumber(gpt4.value / mini.value)} times less per input token than GPT-4 had charged ${months} months earlier, and DeepSeek-R1 listed input tokens at ${formatNumber(Math.round(o1.value / r1.value))} times less than OpenAI's o1.`,
      chart: 'line',
      x: { label: 'Model, with the date of the list price', type: 'category' },
      y: { label: 'List price', type: 'logarithmic', unit: 'USD/million-tokens', scale: 'one' },
      categories: TOKEN_PRICE_MODELS.map((m) => modelLabel(edition, m)),
      series,
      notes: [
        'Log scale: each gridline step is a multiple, not a fixed amount.',
        'List prices of different products, not adjusted for capability or for how many tokens a task uses; reasoning models (o1, DeepSeek-R1) spend many output tokens on their chain of thought.',
        "Not plotted: GPT-4o's launch price and DeepSeek-V3's promotional price before 8 February 2025, which are widely cited but unconfirmed.",
      ],
    };
  },
};

/**
 * The 2025 price points: frontier list prices and DeepSeek's price changes, each labelled with the month
 * it was announced. Only editions from 2026-04 carry them; the exhibit is built when every row is present.
 */
export const PRICES_2025 = [
  { name: 'OpenAI o1, Dec ’24', input: 'price.o1.input', output: 'price.o1.output' },
  { name: 'DeepSeek-R1, Jan ’25', input: 'price.deepseek-r1.input', output: 'price.deepseek-r1.output' },
  { name: 'R1/V3 night, Feb ’25', input: 'price.deepseek.offpeak.input', output: 'price.deepseek.offpeak.output' },
  { name: 'Gemini 2.5 Pro, Apr ’25', input: 'price.gemini-2.5-pro.input', output: 'price.gemini-2.5-pro.output' },
  { name: 'OpenAI o3, Apr ’25', input: 'price.o3.launch.input', output: 'price.o3.launch.output' },
  { name: 'OpenAI o3, Jun ’25', input: 'price.o3.input', output: 'price.o3.output' },
  { name: 'GPT-5, Aug ’25', input: 'price.gpt-5.input', output: 'price.gpt-5.output' },
  { name: 'Opus 4.1, Aug ’25', input: 'price.claude-opus-4.1.input', output: 'price.claude-opus-4.1.output' },
  { name: 'DeepSeek-V3.1, Sep ’25', input: 'price.deepseek-v3.1.input', output: 'price.deepseek-v3.1.output' },
  { name: 'Sonnet 4.5, Sep ’25', input: 'price.claude-sonnet-4.5.input', output: 'price.claude-sonnet-4.5.output' },
  { name: 'DeepSeek-V3.2, Sep ’25', input: 'price.deepseek-v3.2.input', output: 'price.deepseek-v3.2.output' },
  { name: 'Gemini 3 Pro, Nov ’25', input: 'price.gemini-3-pro.input', output: 'price.gemini-3-pro.output' },
  { name: 'Opus 4.5, Nov ’25', input: 'price.claude-opus-4.5.input', output: 'price.claude-opus-4.5.output' },
] as const;

const tokenPrices2025: ExhibitDefinition = {
  id: 'token-prices-2025',
  build: ({ edition }) => {
    const series = (['input', 'output'] as const).map((side) => ({
      id: side,
      label: side === 'input' ? 'Input tokens (cache miss)' : 'Output tokens',
      style: 'point' as const,
      points: PRICES_2025.map((m) => pointFrom(edition, m[side], m.name)),
    }));
    const o3 = [getObservation(edition, 'price.o3.launch.output'), getObservation(edition, 'price.o3.output')] as const;
    const gpt5 = getObservation(edition, 'price.gpt-5.output');
    const v32 = getObservation(edition, 'price.deepseek-v3.2.output');
    const r1 = getObservation(edition, 'price.deepseek-r1.output');
    return {
      id: 'token-prices-2025',
      title: 'List prices per million tokens during 2025, by the month each was announced',
      takeaway: `OpenAI cut o3 by ${formatNumber(Math.round((1 - o3[1].value / o3[0].value) * 100))}% two months after launch, and by September DeepSeek listed output tokens at ${formatNumber(Math.round(gpt5.value / v32.value))} times less than GPT-5 and ${formatNumber(Math.round((1 - v32.value / r1.value) * 100))}% below R1's launch price.`,
      chart: 'bar',
      horizontal: true,
      x: { label: 'Model, with the month of the price', type: 'category' },
      y: { label: 'List price', type: 'logarithmic', unit: 'USD/million-tokens', scale: 'one' },
      categories: PRICES_2025.map((m) => m.name),
      series,
      notes: [
        'Log scale: each gridline step is a multiple, not a fixed amount.',
        'Opus and Sonnet are Anthropic’s Claude models; “R1/V3 night” is DeepSeek’s off-peak price for both its models.',
        'Standard list prices for prompts up to 200K tokens, without batch or cache discounts, except DeepSeek’s off-peak price, which applied daily from 16:30 to 00:30 UTC between 26 February and 5 September 2025.',
        'DeepSeek-V3.1 and V3.2 have one price list for chat and reasoning; V3.2’s prices were set with V3.2-Exp on 29 September 2025 and kept when V3.2 replaced it on 1 December 2025.',
        'List prices of different products, not adjusted for capability or for how many tokens a task uses.',
      ],
    };
  },
};

/** The takeaway: the list-price comparison against a16z, or, once the 2025 studies are in the edition, their rates against hardware. */
function declineTakeaway(edition: Edition, rates: DeclineRate[]): string {
  const rate = (label: string) => rates.find((r) => r.label === label);
  const perYear = (v: number, digits: number) => formatPlain(Number(v.toFixed(digits)), 'multiple-per-year', 'one', digits);
  const gpt35 = rate(RATE_LABELS.gpt35Level);
  const hardware = rate(RATE_LABELS.hardware);
  if (gpt35 && hardware && edition.observations.has(EPOCH_RANGE)) {
    const range = formatQuantity(toQuantity(edition, EPOCH_RANGE));
    return `Prices at a fixed capability fell ${range} depending on the benchmark threshold in Epoch AI's data, and ${perYear(gpt35.perYear, 1)} at GPT-3.5 level in the AI Index, far faster than ML hardware got cheaper (${perYear(hardware.perYear, 1)}).`;
  }
  const mini = rate(RATE_LABELS.gpt4ToMiniInput)!;
  const headline = rate(RATE_LABELS.a16zHeadline)!;
  return `Annualised, list prices fell ${perYear(mini.perYear, 1)} from GPT-4 to GPT-4o mini, against a16z's rule of thumb of ${perYear(headline.perYear, 0)} for a fixed capability.`;
}

/** Notes for the rates the 2025 studies added, present only when their rows are. */
function laterRateNotes(rates: DeclineRate[]): string[] {
  const labels = new Set(rates.map((r) => r.label));
  return [
    ...(labels.has(RATE_LABELS.epochLow)
      ? [
          "Epoch AI measured, for several benchmarks and score thresholds, how fast the price of reaching that score fell; its published range runs from the slowest to the fastest of those rates, drawn here as two bars. The dataset's central value for the range is our geometric midpoint, not an Epoch figure, and is not drawn.",
        ]
      : []),
    ...(labels.has(RATE_LABELS.hardware)
      ? ['The ML hardware bar converts the AI Index’s annual change in hardware cost at constant performance to times cheaper per year, as 1 ÷ (1 + change as a fraction). It measures chips, not token prices, and is shown for comparison.']
      : []),
  ];
}

const priceDeclineRates: ExhibitDefinition = {
  id: 'price-decline-rates',
  build: ({ edition }) => {
    const rates = declineRates(edition);
    const points: PointInput[] = rates.map((r) => ratePoint(edition, r));
    return {
      id: 'price-decline-rates',
      title: 'How fast token prices fell, per year',
      takeaway: declineTakeaway(edition, rates),
      chart: 'bar',
      horizontal: true,
      x: { label: 'Comparison', type: 'category' },
      y: { label: 'Times cheaper per year', type: 'logarithmic', unit: 'multiple-per-year', scale: 'one' },
      categories: rates.map((r) => r.label),
      // A dot per comparison: on a log axis a bar's length from the axis floor means nothing.
      series: [{ id: 'per-year', label: 'Times cheaper per year', style: 'point', points }],
      notes: [
        'Computed as (earlier price ÷ later price) raised to the power 12 ÷ months between the two prices.',
        'GPT-4 → GPT-4o mini compares list prices of two different OpenAI models (GPT-4o mini is smaller and cheaper, not a price cut on GPT-4).',
        'a16z figures track the cheapest model reaching a fixed MMLU score (at least 42 for GPT-3, at least 83 for GPT-4 level), whoever serves it.',
        ...laterRateNotes(rates),
      ],
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

/** Hennessy's multiple applied to Morgan Stanley's per-search cost, with its provenance. */
export function impliedLlmQuery(edition: Edition): Derived {
  return derive(edition, (r) => product(r.term('query-cost.llm-vs-search'), r.term('query-cost.google-search.ms')));
}

/** Hennessy's multiple applied to Morgan Stanley's per-search cost, in USD per query. */
export function impliedLlmQueryCost(edition: Edition): number {
  return Number(impliedLlmQuery(edition).value.toPrecision(6));
}

const llmVsSearchCost: ExhibitDefinition = {
  id: 'llm-vs-search-cost',
  build: ({ edition }) => {
    const [ms, note, altman, chatNote] = QUERY_COST_ROWS;
    const implied = derivedPointOf(impliedLlmQuery(edition), IMPLIED_LLM_LABEL, 'one', { digits: 3 });
    const points = [
      pointFrom(edition, ms.key, ms.label),
      pointFrom(edition, note.key, note.label),
      implied,
      pointFrom(edition, altman.key, altman.label),
      pointFrom(edition, chatNote.key, chatNote.label),
    ];
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
      ],
      sources: [{ id: 'ars-technica-search-cost' }],
    };
  },
};

const jevonsInteractive: ExhibitDefinition = {
  id: 'jevons-interactive',
  build: () => {
    const p = JEVONS_DEFAULTS;
    const inelastic = COMPARISON_ELASTICITIES[1];
    const inelasticSpend = relativeSpend({ elasticity: inelastic, reduction: p.reduction });
    return {
      id: 'jevons-interactive',
      title: 'Jevons in one chart: total spend after a cost cut, by price elasticity of demand',
      takeaway: `With an elasticity of ${formatElasticity(p.elasticity)}, a ${Math.round(p.reduction * 100)}% cost cut lifts usage ${formatMultiple(relativeUsage(p))}-fold and total spend to ${formatMultiple(relativeSpend(p))} times its earlier level; with inelastic demand (${formatElasticity(inelastic)}) the same cut leaves spend at ${formatMultiple(inelasticSpend)} times.`,
      chart: 'line',
      x: { label: 'Cost reduction passed through to price', type: 'linear', unit: 'percent', scale: 'one', min: 0, max: 95 },
      y: { label: 'Total spend relative to before the cut (1× = unchanged)', type: 'logarithmic', unit: 'multiple', scale: 'one' },
      series: jevonsSeries(p),
      notes: [
        'Illustration, not a forecast: constant-elasticity demand, Q = Q0 × (P / P0)^ε, with the whole cost cut passed through to price, so spend relative to before is (1 − r)^(1 + ε).',
        'Spend rises after a cost cut only when demand is elastic (ε below −1); at exactly −1 it is unchanged, and above −1 it falls even though usage rises.',
        'Use the sliders to change the elasticity and the cost cut; the data table and the image without JavaScript show the default scenario.',
      ],
      sources: [{ id: 'azimuth-jevons-paradox' }, { id: 'northeastern-jevons-paradox' }],
      // The scenario drawn; the sliders the article places in the exhibit start from it (JevonsControls.astro).
      params: { elasticity: p.elasticity, reduction: p.reduction },
    };
  },
};

export const exhibits: ExhibitDefinition[] = [tokenPrices, tokenPrices2025, priceDeclineRates, llmVsSearchCost, jevonsInteractive];
