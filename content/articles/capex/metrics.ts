/**
 * Computed figures for "The capex question": growth rates, like-for-like sums and shares, each built from
 * the same rows and helpers as the capex exhibits so prose and charts cannot disagree.
 */
import { combinedKind, percentChange, percentShare, rangedSum, type RangedResult } from '#engine/derive/growth.ts';
import { DataError } from '#engine/data/errors.ts';
import { getObservation, type StoredObservation, toQuantity } from '#engine/data/lookup.ts';
import type { Quantity } from '#engine/data/quantity.ts';
import type { Edition } from '#engine/data/schema.ts';
import type { Kind, Scale, Unit } from '#engine/data/units.ts';
import { annualCapex, CALENDAR_COMPANIES, calendarSum, CAPEX_COMPANIES, type CapexCompany, capexGrowth, firstGuidance, type FirstGuidance } from './exhibits.ts';
import type { MetricDefinition } from '#engine/metrics/context.ts';

export interface DerivedInput {
  key: string;
  label: string;
  unit: Unit;
  scale: Scale;
  result: RangedResult;
  rows: StoredObservation[];
  formula: string;
  digits: number;
  kind?: Kind;
  /** For a figure computed from a lower bound (">$416 billion"), the qualifier the result inherits. */
  qualifier?: Quantity['qualifier'];
}

/** A computed Quantity: derived (or as firm as its least firm input), sources and confidence from its rows. */
export function derivedQuantity(edition: Edition, d: DerivedInput): Quantity {
  const seen = new Set<string>();
  const sources = d.rows.flatMap((r) => {
    const tag = `${r.source}|${r.locator ?? ''}`;
    if (seen.has(tag)) return [];
    seen.add(tag);
    return [r.locator ? { id: r.source, locator: r.locator } : { id: r.source }];
  });
  return {
    key: d.key,
    label: d.label,
    value: d.result.value,
    low: d.result.low ?? null,
    high: d.result.high ?? null,
    qualifier: d.qualifier ?? '',
    unit: d.unit,
    scale: d.scale,
    kind: d.kind ?? combinedKind(d.rows.map((r) => r.kind)),
    confidence: d.rows.some((r) => r.confidence === 'U') ? 'U' : 'D',
    sources,
    edition: edition.version,
    asOf: edition.asOf,
    note: null,
    digits: d.digits,
    formula: d.formula,
  };
}

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

function yearRow(edition: Edition, company: CapexCompany, year: number, key: string): StoredObservation {
  const hit = annualCapex(edition, company).find((a) => a.year === year);
  if (!hit) throw missing(edition, `there is no ${company} capex row for ${year}`, key);
  return hit.row;
}

function growthMetric(company: CapexCompany, year: number): MetricDefinition {
  const key = `metric.capex.growth.${company}.${company === 'microsoft' ? 'fy' : ''}${year}`;
  return {
    id: key,
    compute: (edition) => {
      const cur = yearRow(edition, company, year, key);
      const prev = yearRow(edition, company, year - 1, key);
      const g = capexGrowth(cur, prev);
      if (!g) throw missing(edition, `${cur.subject}’s ${cur.period} figure is not like for like with ${prev.period}`, key);
      return derivedQuantity(edition, {
        key,
        label: `${cur.subject} capex growth, ${cur.period} on ${prev.period}`,
        unit: 'percent',
        scale: 'one',
        result: g,
        rows: [cur, prev],
        formula: `${cur.value} ÷ ${prev.value} − 1`,
        digits: 0,
      });
    },
  };
}

function threeCalendarSum(edition: Edition, year: number, key: string): NonNullable<ReturnType<typeof calendarSum>> {
  const s = calendarSum(edition, year);
  if (!s) throw missing(edition, `not every calendar-year company (${CALENDAR_COMPANIES.join(', ')}) has a ${year} figure`, key);
  return s;
}

function threeCalendarMetric(year: number): MetricDefinition {
  const key = `metric.capex.three-calendar.${year}`;
  return {
    id: key,
    compute: (edition) => {
      const s = threeCalendarSum(edition, year, key);
      return derivedQuantity(edition, {
        key,
        label: `Amazon, Alphabet and Meta capex combined, ${year}`,
        unit: 'USD',
        scale: 'billion',
        result: s.sum,
        rows: s.rows,
        formula: s.rows.map((r) => String(r.value)).join(' + '),
        digits: 1,
      });
    },
  };
}

function threeCalendarGrowthMetric(year: number): MetricDefinition {
  const key = `metric.capex.three-calendar.growth.${year}`;
  return {
    id: key,
    compute: (edition) => {
      const cur = threeCalendarSum(edition, year, key);
      const prev = threeCalendarSum(edition, year - 1, key);
      return derivedQuantity(edition, {
        key,
        label: `Growth in Amazon, Alphabet and Meta combined capex, ${year} on ${year - 1}`,
        unit: 'percent',
        scale: 'one',
        result: { value: percentChange(cur.sum.value, prev.sum.value) },
        rows: [...cur.rows, ...prev.rows],
        formula: `(${cur.rows.map((r) => r.value).join(' + ')}) ÷ (${prev.rows.map((r) => r.value).join(' + ')}) − 1`,
        digits: 0,
      });
    },
  };
}

/** Four companies added up across mismatched periods: published only with the mix spelled out in its label. */
function fourMixedMetric(year: number): MetricDefinition {
  const key = `metric.capex.four-mixed.${year}`;
  return {
    id: key,
    compute: (edition) => {
      const rows = CAPEX_COMPANIES.map((c) => yearRow(edition, c, year, key));
      return derivedQuantity(edition, {
        key,
        label: `Amazon, Alphabet and Meta capex for calendar ${year} plus Microsoft’s for the fiscal year to June ${year} (mixed periods)`,
        unit: 'USD',
        scale: 'billion',
        result: rangedSum(rows),
        rows,
        formula: rows.map((r) => `${r.value} (${r.subject} ${r.period})`).join(' + '),
        digits: 0,
      });
    },
  };
}

const awsShare: MetricDefinition = {
  id: 'metric.capex.aws-share.2024',
  compute: (edition) => {
    const aws = getObservation(edition, 'capex.aws.2024');
    const amazon = getObservation(edition, 'capex.amazon.2024');
    return derivedQuantity(edition, {
      key: 'metric.capex.aws-share.2024',
      label: 'AWS share of Amazon capex, 2024',
      unit: 'percent',
      scale: 'one',
      result: { value: percentShare(aws.value, amazon.value) },
      rows: [aws, amazon],
      formula: `${aws.value} ÷ ${amazon.value}`,
      digits: 0,
    });
  },
};

const metaFinanceLeases: MetricDefinition = {
  id: 'metric.capex.meta-finance-leases.2024',
  compute: (edition) => {
    const total = getObservation(edition, 'capex.meta.2024');
    const ppe = getObservation(edition, 'capex.meta-ppe.2024');
    return derivedQuantity(edition, {
      key: 'metric.capex.meta-finance-leases.2024',
      label: 'Meta capex less purchases of property and equipment (finance-lease principal), 2024',
      unit: 'USD',
      scale: 'billion',
      result: { value: Number((total.value - ppe.value).toFixed(3)) },
      rows: [total, ppe],
      formula: `${total.value} − ${ppe.value}`,
      digits: 1,
    });
  },
};

const amazonRunRate: MetricDefinition = {
  id: 'metric.capex.amazon.q4-2024-annualised',
  compute: (edition) => {
    const q4 = getObservation(edition, 'capex.amazon.2024-q4');
    return derivedQuantity(edition, {
      key: 'metric.capex.amazon.q4-2024-annualised',
      label: 'Amazon fourth-quarter 2024 capex at an annual rate',
      unit: 'USD',
      scale: 'billion',
      result: { value: Number((q4.value * 4).toFixed(3)) },
      rows: [q4],
      formula: `${q4.value} × 4`,
      digits: 1,
    });
  },
};

const fiveHyperscalerGrowth: MetricDefinition = {
  id: 'metric.capex.five-hyperscalers.growth.2024',
  compute: (edition) => {
    const cur = getObservation(edition, 'capex.five-hyperscalers.2024');
    const prev = getObservation(edition, 'capex.five-hyperscalers.2023');
    return derivedQuantity(edition, {
      key: 'metric.capex.five-hyperscalers.growth.2024',
      label: 'Growth in J.P. Morgan’s five-hyperscaler capex series, 2024 (projection) on 2023',
      unit: 'percent',
      scale: 'one',
      result: { value: percentChange(cur.value, prev.value) },
      rows: [cur, prev],
      formula: `${cur.value} ÷ ${prev.value} − 1`,
      digits: 0,
    });
  },
};

function guidanceOrThrow(edition: Edition, company: CapexCompany, year: number, key: string, loadEdition: (v: string) => Edition): FirstGuidance {
  const g = firstGuidance(edition, company, year, loadEdition);
  if (!g) throw missing(edition, `no ${company} guidance for ${year} is recorded in it or in the edition published when the guidance was current`, key);
  return g;
}

/**
 * The guidance a company first gave for the year, as a figure for prose once the annual row holds the
 * reported number ("Amazon guided to about $100 billion"). It is the stored row itself, relabelled, so it
 * keeps its kind, confidence, source and the edition it was read from.
 */
function firstGuidanceMetric(company: CapexCompany, year: number): MetricDefinition {
  const key = `metric.capex.first-guidance.${company}.${company === 'microsoft' ? 'fy' : ''}${year}`;
  return {
    id: key,
    compute: (edition, loadEdition) => {
      const { row, edition: from } = guidanceOrThrow(edition, company, year, key, loadEdition);
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
  return {
    id: key,
    compute: (edition, loadEdition) => {
      const { row } = guidanceOrThrow(edition, company, year, key, loadEdition);
      const prev = yearRow(edition, company, year - 1, key);
      const g = capexGrowth(row, prev);
      if (!g) throw missing(edition, `${row.subject}’s ${year} guidance is not like for like with ${prev.period}`, key);
      return derivedQuantity(edition, {
        key,
        label: `${row.subject} capex growth implied by its first ${year} guidance, on ${prev.period}`,
        unit: 'percent',
        scale: 'one',
        result: g,
        rows: [row, prev],
        formula: `${row.low !== null && row.high !== null ? `(${row.low} to ${row.high})` : row.value} ÷ ${prev.value} − 1`,
        digits: 0,
        kind: 'guidance',
      });
    },
  };
}

/** How far the reported figure landed from the first guidance: reported ÷ first guidance − 1. */
function versusFirstGuidanceMetric(company: CapexCompany, year: number): MetricDefinition {
  const key = `metric.capex.vs-first-guidance.${company}.${year}`;
  return {
    id: key,
    compute: (edition, loadEdition) => {
      const { row: guided } = guidanceOrThrow(edition, company, year, key, loadEdition);
      const reported = yearRow(edition, company, year, key);
      if (reported.kind === 'guidance') throw missing(edition, `${reported.subject}’s ${year} figure is still guidance, not a reported figure`, key);
      // Against a guidance range the comparison is with its midpoint, as the exhibits draw it.
      return derivedQuantity(edition, {
        key,
        label: `${reported.subject} reported ${year} capex against its first ${year} guidance`,
        unit: 'percent',
        scale: 'one',
        result: { value: percentChange(reported.value, guided.value) },
        rows: [reported, guided],
        formula: `${reported.value} ÷ ${guided.value} − 1`,
        digits: 0,
        kind: 'derived',
      });
    },
  };
}

/** The three calendar-year companies' first guidance for the year, added up (midpoints; ranges carried). */
function firstGuidanceSum(edition: Edition, year: number, key: string, loadEdition: (v: string) => Edition): StoredObservation[] {
  return CALENDAR_COMPANIES.map((c) => guidanceOrThrow(edition, c, year, key, loadEdition).row);
}

function threeCalendarFirstGuidanceMetric(year: number): MetricDefinition {
  const key = `metric.capex.three-calendar.first-guidance.${year}`;
  return {
    id: key,
    compute: (edition, loadEdition) => {
      const rows = firstGuidanceSum(edition, year, key, loadEdition);
      return derivedQuantity(edition, {
        key,
        label: `Amazon, Alphabet and Meta first guidance for ${year} capex, combined`,
        unit: 'USD',
        scale: 'billion',
        result: rangedSum(rows),
        rows,
        formula: rows.map((r) => (r.low !== null && r.high !== null ? `(${r.low} to ${r.high})` : String(r.value))).join(' + '),
        digits: 1,
        kind: 'guidance',
      });
    },
  };
}

function threeCalendarFirstGuidanceGrowthMetric(year: number): MetricDefinition {
  const key = `metric.capex.three-calendar.first-guidance.growth.${year}`;
  return {
    id: key,
    compute: (edition, loadEdition) => {
      const rows = firstGuidanceSum(edition, year, key, loadEdition);
      const prev = threeCalendarSum(edition, year - 1, key);
      const sum = rangedSum(rows);
      return derivedQuantity(edition, {
        key,
        label: `Growth in Amazon, Alphabet and Meta combined capex implied by their first ${year} guidance, on ${year - 1}`,
        unit: 'percent',
        scale: 'one',
        result: { value: percentChange(sum.value, prev.sum.value) },
        rows: [...rows, ...prev.rows],
        formula: `(${rows.map((r) => r.value).join(' + ')}) ÷ (${prev.rows.map((r) => r.value).join(' + ')}) − 1`,
        digits: 0,
        kind: 'guidance',
      });
    },
  };
}

/** Growth in Platformonomics' big-four total; a lower-bound total (">$416 billion") gives a lower-bound rate. */
const bigFourGrowth: MetricDefinition = {
  id: 'metric.capex.big-four.growth.2025',
  compute: (edition) => {
    const cur = getObservation(edition, 'capex.big-four.2025');
    const prev = getObservation(edition, 'capex.big-four.2024');
    return derivedQuantity(edition, {
      key: 'metric.capex.big-four.growth.2025',
      label: 'Growth in big-four hyperscaler capex including finance leases (Platformonomics), 2025 on 2024',
      unit: 'percent',
      scale: 'one',
      result: { value: percentChange(cur.value, prev.value) },
      rows: [cur, prev],
      formula: `${cur.qualifier}${cur.value} ÷ ${prev.value} − 1`,
      digits: 0,
      qualifier: cur.qualifier === '>' || cur.qualifier === '<' ? cur.qualifier : '',
    });
  },
};

const YEARS = [2023, 2024, 2025, 2026];

export const metrics: MetricDefinition[] = [
  ...CAPEX_COMPANIES.flatMap((c) => YEARS.map((y) => growthMetric(c, y))),
  ...[2022, ...YEARS].map(threeCalendarMetric),
  ...YEARS.map(threeCalendarGrowthMetric),
  ...[2022, 2023, 2024, 2025].map(fourMixedMetric),
  awsShare,
  metaFinanceLeases,
  amazonRunRate,
  fiveHyperscalerGrowth,
  ...CAPEX_COMPANIES.map((c) => firstGuidanceMetric(c, 2025)),
  ...CALENDAR_COMPANIES.flatMap((c) => [guidedGrowthMetric(c, 2025), versusFirstGuidanceMetric(c, 2025)]),
  threeCalendarFirstGuidanceMetric(2025),
  threeCalendarFirstGuidanceGrowthMetric(2025),
  bigFourGrowth,
];
