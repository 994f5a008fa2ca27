/**
 * Computed figures for "The capex question": growth rates, like-for-like sums and shares, each built from
 * the same rows and helpers as the capex exhibits so prose and charts cannot disagree.
 */
import { combinedKind, percentShare, rangedSum, type RangedResult } from '../compute/growth.ts';
import { getObservation, type StoredObservation } from '../data/lookup.ts';
import type { Quantity } from '../data/quantity.ts';
import type { Edition } from '../data/schema.ts';
import type { Kind, Scale, Unit } from '../data/units.ts';
import { annualCapex, CALENDAR_COMPANIES, calendarSum, CAPEX_COMPANIES, type CapexCompany, capexGrowth } from '../exhibits/capex.ts';
import { percentChange } from '../compute/growth.ts';
import type { MetricDefinition } from './context.ts';

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
    qualifier: '',
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

function missing(edition: Edition, what: string, key: string): Error {
  return new Error(
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

const YEARS = [2023, 2024, 2025, 2026];

export const capexMetrics: MetricDefinition[] = [
  ...CAPEX_COMPANIES.flatMap((c) => YEARS.map((y) => growthMetric(c, y))),
  ...[2022, ...YEARS].map(threeCalendarMetric),
  ...YEARS.map(threeCalendarGrowthMetric),
  ...[2022, 2023, 2024, 2025].map(fourMixedMetric),
  awsShare,
  metaFinanceLeases,
  amazonRunRate,
  fiveHyperscalerGrowth,
];
