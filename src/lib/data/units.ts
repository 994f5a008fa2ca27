/**
 * The vocabulary every dataset value is described with. These lists are the single source of truth:
 * the zod row schema, the Table Schema `enum` constraints in datapackage.json, number formatting and
 * axis labels all read them, so a new unit is added here once.
 */

/** Units a value may be measured in. `prefix`/`suffix` are how a formatted number is written in prose. */
export const UNITS = {
  USD: { label: 'US dollars', prefix: '$', suffix: '', axis: 'USD' },
  'USD/GPU-hour': { label: 'US dollars per GPU-hour', prefix: '$', suffix: ' per GPU-hour', axis: 'USD per GPU-hour' },
  'USD/million-tokens': { label: 'US dollars per million tokens', prefix: '$', suffix: ' per million tokens', axis: 'USD per million tokens' },
  'USD/query': { label: 'US dollars per query', prefix: '$', suffix: ' per query', axis: 'USD per query' },
  'GPU-hours': { label: 'GPU-hours', prefix: '', suffix: ' GPU-hours', axis: 'GPU-hours' },
  GPUs: { label: 'GPUs', prefix: '', suffix: ' GPUs', axis: 'GPUs' },
  tokens: { label: 'tokens', prefix: '', suffix: ' tokens', axis: 'tokens' },
  parameters: { label: 'parameters', prefix: '', suffix: ' parameters', axis: 'parameters' },
  'PF-days': { label: 'petaflop/s-days', prefix: '', suffix: ' PF-days', axis: 'PF-days' },
  FLOP: { label: 'floating-point operations', prefix: '', suffix: ' FLOP', axis: 'FLOP' },
  percent: { label: 'per cent', prefix: '', suffix: '%', axis: '%' },
  'percentage-points': { label: 'percentage points', prefix: '', suffix: ' pp', axis: 'percentage points' },
  multiple: { label: 'times (multiple)', prefix: '', suffix: '×', axis: 'times (×)' },
  'multiple-per-year': { label: 'times per year', prefix: '', suffix: '× per year', axis: '× per year' },
  'percent-per-year': { label: 'per cent per year', prefix: '', suffix: '% per year', axis: '% per year' },
  rating: { label: 'rating (Elo-style)', prefix: '', suffix: '', axis: 'rating' },
  'index-points': { label: 'index points', prefix: '', suffix: ' points', axis: 'index points' },
  'index-level': { label: 'index level', prefix: '', suffix: '', axis: 'index level' },
  days: { label: 'days', prefix: '', suffix: ' days', axis: 'days' },
  hours: { label: 'hours', prefix: '', suffix: ' hours', axis: 'hours' },
  months: { label: 'months', prefix: '', suffix: ' months', axis: 'months' },
  years: { label: 'years', prefix: '', suffix: ' years', axis: 'years' },
  users: { label: 'users', prefix: '', suffix: ' users', axis: 'users' },
  units: { label: 'units shipped', prefix: '', suffix: ' units', axis: 'units' },
  count: { label: 'count', prefix: '', suffix: '', axis: 'count' },
} as const;
export type Unit = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as [Unit, ...Unit[]];

/** Scale a stored number is expressed in: `82.999` with scale `billion` means 82,999,000,000. */
export const SCALES = {
  one: { factor: 1, word: '', short: '', axis: '' },
  thousand: { factor: 1e3, word: 'thousand', short: 'K', axis: 'thousands' },
  million: { factor: 1e6, word: 'million', short: 'M', axis: 'millions' },
  billion: { factor: 1e9, word: 'billion', short: 'bn', axis: 'billions' },
  trillion: { factor: 1e12, word: 'trillion', short: 'tn', axis: 'trillions' },
} as const;
export type Scale = keyof typeof SCALES;
export const SCALE_IDS = Object.keys(SCALES) as [Scale, ...Scale[]];

/** What kind of figure a value is. Guidance and estimates are drawn differently from reported figures. */
export const KINDS = {
  reported: { label: 'Reported', mark: '' },
  guidance: { label: 'Company guidance', mark: 'g' },
  estimate: { label: 'Estimate', mark: 'e' },
  derived: { label: 'Derived (computed from reported figures)', mark: 'd' },
} as const;
export type Kind = keyof typeof KINDS;
export const KIND_IDS = Object.keys(KINDS) as [Kind, ...Kind[]];

/** Confidence codes from the fact base (research/facts.md). `U` must be shown as unconfirmed wherever it is published. */
export const CONFIDENCE = {
  'V-P': 'verbatim in the primary source',
  'V-S': 'verbatim in a secondary source reporting the primary one',
  D: 'derived from confirmed figures',
  U: 'unconfirmed',
} as const;
export type Confidence = keyof typeof CONFIDENCE;
export const CONFIDENCE_IDS = Object.keys(CONFIDENCE) as [Confidence, ...Confidence[]];

/** How the period of a value is counted. Fiscal years need `fiscal_year_end` (MM-DD or last-sun-jan: fiscal-calendar.ts). */
export const PERIOD_TYPES = {
  'calendar-year': 'calendar year',
  'fiscal-year': 'fiscal year',
  quarter: 'quarter',
  month: 'month',
  date: 'single date',
  span: 'span of dates or years',
  'as-of': 'as of the given date',
} as const;
export type PeriodType = keyof typeof PERIOD_TYPES;
export const PERIOD_TYPE_IDS = Object.keys(PERIOD_TYPES) as [PeriodType, ...PeriodType[]];

/** A qualifier printed before a number: "~100", ">416", "<2". Empty means exact as published. */
export const QUALIFIERS = ['', '~', '>', '<'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Phases of the AI-cycle timeline table (events profile). */
export const PHASES = ['spring', 'winter', 'milestone'] as const;
export type Phase = (typeof PHASES)[number];
