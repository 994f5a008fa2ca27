/**
 * Computed figures for "The capex question": growth rates, like-for-like sums and shares, each built from
 * the same rows and helpers as the capex exhibits so prose and charts cannot disagree.
 */
import { DataError } from '#engine/data/errors.ts';
import { type StoredObservation, toQuantity } from '#engine/data/lookup.ts';
import type { Edition } from '#engine/data/schema.ts';
import { change, gap, metric, product, type Reader, share, sum, tagged, term, type Term, termFrom } from '#engine/derive/index.ts';
import type { MetricDefinition } from '#engine/metrics/context.ts';
import { annualCapex, CALENDAR_COMPANIES, calendarSum, CAPEX_COMPANIES, type CapexCompany, capexGrowth, firstGuidance, type FirstGuidance } from './exhibits.ts';

/** A DataError: the edition lacks the rows (an older edition, before the figure existed), not a bug. */
function missing(edition: Edition, what: string, key: string): Error {
  return new DataError(
    [
      `Metric "${key}" cannot be computed from dataset edition ${edition.version}: ${what}.`,
      'The metric reads capex rows such as capex.amazon.2024 and capex.microsoft.fy2024.',
      `Use a year the edition covers (see content/data/${edition.version}/capex.csv), or remove the <Value> that asks for it.`,
    ].join('\n'),
  );
}

function yearRow(r: Reader, company: CapexCompany, year: number, key: string): StoredObservation {
  const hit = annualCapex(r.edition, company).find((a) => a.year === year);
  if (!hit) throw missing(r.edition, `there is no ${company} capex row for ${year}`, key);
  return r.row(hit.row.id);
}

/** The calendar-year companies' rows for `year` as terms, when every one of them has that year. */
function calendarTerms(r: Reader, year: number, key: string): Term[] {
  const s = calendarSum(r.edition, year);
  if (!s) throw missing(r.edition, `not every calendar-year company (${CALENDAR_COMPANIES.join(', ')}) has a ${year} figure`, key);
  return s.keys.map((k) => r.term(k));
}

/** A term compared at its midpoint, as the exhibits draw a guidance range, not at its range. */
function midpoint(t: Term): Term {
  return t.low === undefined ? t : term(t.value, `midpoint of ${t.text}`, t.qualifier);
}

/** A sum compared at its midpoint. */
function sumMidpoint(terms: Term[]): Term {
  return midpoint(termFrom(sum(terms)));
}

function guidanceOrThrow(edition: Edition, loadEdition: (v: string) => Edition, company: CapexCompany, year: number, key: string): FirstGuidance {
  const g = firstGuidance(edition, company, year, loadEdition);
  if (!g) throw missing(edition, `no ${company} guidance for ${year} is recorded in it or in the edition published when the guidance was current`, key);
  return g;
}

/** The first guidance's row, read from the edition it was found in (so that edition's row is the input). */
function guidanceRow(r: Reader, company: CapexCompany, year: number, key: string): { row: StoredObservation; term: Term } {
  const { row, edition } = guidanceOrThrow(r.edition, (v) => r.in(v).edition, company, year, key);
  const from = r.in(edition.version);
  return { row: from.row(row.id), term: from.term(row.id) };
}

/**
 * Capex figures print without a carried "~": the prose words approximation itself ("guided to about"),
 * and growth rates are printed to whole per cent. (The kernel would carry the "~" of "~$100 billion"
 * guidance into every sum and rate built on it.)
 */
const NO_TILDE = { qualifier: '' } as const;

const fy = (company: CapexCompany) => (company === 'microsoft' ? 'fy' : '');

function growthMetric(company: CapexCompany, year: number): MetricDefinition {
  const key = `metric.capex.growth.${company}.${fy(company)}${year}`;
  return metric(key, {
    ...NO_TILDE,
    label: (r) => `${yearRow(r, company, year, key).subject} capex growth, ${yearRow(r, company, year, key).period} on ${yearRow(r, company, year - 1, key).period}`,
    unit: 'percent',
    digits: 0,
    compute: (r) => {
      const [cur, prev] = [yearRow(r, company, year, key), yearRow(r, company, year - 1, key)];
      if (!capexGrowth(cur, prev)) throw missing(r.edition, `${cur.subject}’s ${cur.period} figure is not like for like with ${prev.period}`, key);
      return change(r.term(cur.id), r.term(prev.id));
    },
  });
}

function threeCalendarMetric(year: number): MetricDefinition {
  const key = `metric.capex.three-calendar.${year}`;
  return metric(key, {
    ...NO_TILDE,
    label: `Amazon, Alphabet and Meta capex combined, ${year}`,
    unit: 'USD',
    scale: 'billion',
    digits: 1,
    compute: (r) => sum(calendarTerms(r, year, key)),
  });
}

function threeCalendarGrowthMetric(year: number): MetricDefinition {
  const key = `metric.capex.three-calendar.growth.${year}`;
  return metric(key, {
    ...NO_TILDE,
    label: `Growth in Amazon, Alphabet and Meta combined capex, ${year} on ${year - 1}`,
    unit: 'percent',
    digits: 0,
    compute: (r) => change(sumMidpoint(calendarTerms(r, year, key)), sumMidpoint(calendarTerms(r, year - 1, key))),
  });
}

/** Four companies added up across mismatched periods: published only with the mix spelled out in its label. */
function fourMixedMetric(year: number): MetricDefinition {
  const key = `metric.capex.four-mixed.${year}`;
  return metric(key, {
    ...NO_TILDE,
    label: `Amazon, Alphabet and Meta capex for calendar ${year} plus Microsoft’s for the fiscal year to June ${year} (mixed periods)`,
    unit: 'USD',
    scale: 'billion',
    digits: 0,
    compute: (r) => sum(CAPEX_COMPANIES.map((c) => yearRow(r, c, year, key)).map((row) => tagged(r.term(row.id), `${row.subject} ${row.period}`))),
  });
}

/**
 * The guidance a company first gave for the year, as a figure for prose once the annual row holds the
 * reported number ("Amazon guided to about $100 billion"). It is the stored row itself, relabelled, not a
 * computation: it keeps its kind, confidence, source and the edition it was read from.
 */
function firstGuidanceMetric(company: CapexCompany, year: number): MetricDefinition {
  const key = `metric.capex.first-guidance.${company}.${fy(company)}${year}`;
  return {
    id: key,
    compute: (edition, loadEdition) => {
      const { row, edition: from } = guidanceOrThrow(edition, loadEdition, company, year, key);
      return {
        ...toQuantity(from, row.id),
        key,
        label: `${row.subject}’s first guidance for ${company === 'microsoft' ? `FY${year}` : year} capex${company === 'microsoft' ? ' (planned spending on AI-enabled datacenters)' : ''}`,
      };
    },
  };
}

/** Growth over the previous year that the first guidance implied, as it read when the guidance was given. */
function guidedGrowthMetric(company: CapexCompany, year: number): MetricDefinition {
  const key = `metric.capex.guided-growth.${company}.${year}`;
  return metric(key, {
    ...NO_TILDE,
    label: (r) => `${guidanceRow(r, company, year, key).row.subject} capex growth implied by its first ${year} guidance, on ${yearRow(r, company, year - 1, key).period}`,
    unit: 'percent',
    digits: 0,
    compute: (r) => {
      const guided = guidanceRow(r, company, year, key);
      const prev = yearRow(r, company, year - 1, key);
      if (!capexGrowth(guided.row, prev)) throw missing(r.edition, `${guided.row.subject}’s ${year} guidance is not like for like with ${prev.period}`, key);
      return change(guided.term, r.term(prev.id));
    },
  });
}

/** How far the reported figure landed from the first guidance: reported ÷ first guidance − 1. */
function versusFirstGuidanceMetric(company: CapexCompany, year: number): MetricDefinition {
  const key = `metric.capex.vs-first-guidance.${company}.${year}`;
  return metric(key, {
    ...NO_TILDE,
    label: (r) => `${yearRow(r, company, year, key).subject} reported ${year} capex against its first ${year} guidance`,
    unit: 'percent',
    digits: 0,
    kind: {
      kind: 'derived',
      because: 'It measures a reported outcome against the guidance it replaced: a fact about what happened, not a guidance-implied figure.',
    },
    compute: (r) => {
      const reported = yearRow(r, company, year, key);
      if (reported.kind === 'guidance') throw missing(r.edition, `${reported.subject}’s ${year} figure is still guidance, not a reported figure`, key);
      return change(r.term(reported.id), midpoint(guidanceRow(r, company, year, key).term));
    },
  });
}

/** The three calendar-year companies' first guidance for the year (midpoints; ranges carried). */
function firstGuidanceTerms(r: Reader, year: number, key: string): Term[] {
  return CALENDAR_COMPANIES.map((c) => guidanceRow(r, c, year, key).term);
}

function threeCalendarFirstGuidanceMetric(year: number): MetricDefinition {
  const key = `metric.capex.three-calendar.first-guidance.${year}`;
  return metric(key, {
    ...NO_TILDE,
    label: `Amazon, Alphabet and Meta first guidance for ${year} capex, combined`,
    unit: 'USD',
    scale: 'billion',
    digits: 1,
    compute: (r) => sum(firstGuidanceTerms(r, year, key)),
  });
}

function threeCalendarFirstGuidanceGrowthMetric(year: number): MetricDefinition {
  const key = `metric.capex.three-calendar.first-guidance.growth.${year}`;
  return metric(key, {
    ...NO_TILDE,
    label: `Growth in Amazon, Alphabet and Meta combined capex implied by their first ${year} guidance, on ${year - 1}`,
    unit: 'percent',
    digits: 0,
    compute: (r) => change(sumMidpoint(firstGuidanceTerms(r, year, key)), sumMidpoint(calendarTerms(r, year - 1, key))),
  });
}

const YEARS = [2023, 2024, 2025, 2026];

export const metrics: MetricDefinition[] = [
  // Microsoft gives no annual capex guidance, so no edition can hold its FY2026 figure.
  ...CAPEX_COMPANIES.flatMap((c) => YEARS.filter((y) => !(c === 'microsoft' && y === 2026)).map((y) => growthMetric(c, y))),
  ...[2022, ...YEARS].map(threeCalendarMetric),
  ...YEARS.map(threeCalendarGrowthMetric),
  ...[2022, 2023, 2024, 2025].map(fourMixedMetric),
  metric('metric.capex.aws-share.2024', {
    ...NO_TILDE,
    label: 'AWS share of Amazon capex, 2024',
    unit: 'percent',
    digits: 0,
    compute: (r) => share(r.term('capex.aws.2024'), r.term('capex.amazon.2024')),
  }),
  metric('metric.capex.meta-finance-leases.2024', {
    ...NO_TILDE,
    label: 'Meta capex less purchases of property and equipment (finance-lease principal), 2024',
    unit: 'USD',
    scale: 'billion',
    digits: 1,
    compute: (r) => gap(r.term('capex.meta.2024'), r.term('capex.meta-ppe.2024')),
  }),
  metric('metric.capex.amazon.q4-2024-annualised', {
    ...NO_TILDE,
    label: 'Amazon fourth-quarter 2024 capex at an annual rate',
    unit: 'USD',
    scale: 'billion',
    digits: 1,
    compute: (r) => product(r.term('capex.amazon.2024-q4'), term(4, '4')),
  }),
  metric('metric.capex.five-hyperscalers.growth.2024', {
    ...NO_TILDE,
    label: 'Growth in J.P. Morgan’s five-hyperscaler capex series, 2024 (projection) on 2023',
    unit: 'percent',
    digits: 0,
    compute: (r) => change(r.term('capex.five-hyperscalers.2024'), r.term('capex.five-hyperscalers.2023')),
  }),
  ...CAPEX_COMPANIES.map((c) => firstGuidanceMetric(c, 2025)),
  ...CALENDAR_COMPANIES.flatMap((c) => [guidedGrowthMetric(c, 2025), versusFirstGuidanceMetric(c, 2025)]),
  threeCalendarFirstGuidanceMetric(2025),
  threeCalendarFirstGuidanceGrowthMetric(2025),
  // Growth in Platformonomics' big-four total; a lower-bound total (">$416 billion") gives a lower-bound rate.
  metric('metric.capex.big-four.growth.2025', {
    label: 'Growth in big-four hyperscaler capex including finance leases (Platformonomics), 2025 on 2024',
    unit: 'percent',
    digits: 0,
    compute: (r) => change(r.term('capex.big-four.2025'), r.term('capex.big-four.2024')),
  }),
];
