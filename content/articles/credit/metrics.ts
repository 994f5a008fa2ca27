/**
 * Computed figures for "Financing the build-out: a credit view". Every figure is one formula over dataset
 * rows, through the derivation kernel, so its kind, sources and confidence follow from what it reads.
 *
 * Free cash flow is operating cash flow less capex *as each company defines it for its own free cash
 * flow* (the definitions differ: see FCF_COMPANIES), so each figure can be checked against the company's
 * reported free cash flow. The depreciation sensitivity spreads a year's capex over the shortest and the
 * longest server life in the peer group's own policies (Amazon's 5 years, Alphabet's and Microsoft's 6).
 */
import { computed, gap, metric, qualifierOf, ratio, type Reader, type Result, share, sum, termFrom, type Term, change } from '#engine/derive/index.ts';
import type { MetricDefinition } from '#engine/metrics/context.ts';

export type FcfCompany = 'alphabet' | 'meta' | 'amazon' | 'microsoft';

interface FcfCompanySpec {
  /** Period segment of the row ids: `2025`, or `fy2025` for Microsoft's fiscal year to June. */
  period: (year: number) => string;
  /** Row id of the capex the company deducts in its own free cash flow. */
  capex: (year: number) => string;
  /** Row id of the widest capex measure the company reports: the assets added that will be depreciated. */
  grossCapex: (year: number) => string;
  /** What the free-cash-flow capex is, in the company's words. */
  definition: string;
}

export const FCF_COMPANIES: Record<FcfCompany, FcfCompanySpec> = {
  alphabet: {
    period: (y) => `${y}`,
    capex: (y) => `capex.alphabet.${y}`,
    grossCapex: (y) => `capex.alphabet.${y}`,
    definition: 'Purchases of property and equipment',
  },
  meta: {
    period: (y) => `${y}`,
    capex: (y) => `capex.meta.${y}`,
    grossCapex: (y) => `capex.meta.${y}`,
    definition: 'Purchases of property and equipment plus principal payments on finance leases',
  },
  amazon: {
    period: (y) => `${y}`,
    capex: (y) => `capex-net.amazon.${y}`,
    grossCapex: (y) => `capex.amazon.${y}`,
    definition: 'Purchases of property and equipment net of proceeds from sales and incentives',
  },
  microsoft: {
    period: (y) => `fy${y}`,
    capex: (y) => `capex.microsoft.fy${y}`,
    grossCapex: (y) => `capex-incl-finance-leases.microsoft.fy${y}`,
    definition: 'Cash additions to property and equipment (fiscal year to June)',
  },
};

export const FCF_ORDER: FcfCompany[] = ['alphabet', 'microsoft', 'meta', 'amazon'];
export const ocfKey = (c: FcfCompany, year: number) => `ocf.${c}.${FCF_COMPANIES[c].period(year)}`;
export const fcfKey = (c: FcfCompany, year: number) => `metric.credit.fcf.${c}.${FCF_COMPANIES[c].period(year)}`;
export const capexCoverKey = (c: FcfCompany, year: number) => `metric.credit.capex-to-ocf.${c}.${FCF_COMPANIES[c].period(year)}`;
export const fcfChangeKey = (c: FcfCompany, year: number) => `metric.credit.fcf-change.${c}.${FCF_COMPANIES[c].period(year)}`;
export const depreciationKey = (c: FcfCompany, year: number, life: 'short' | 'long' | 'gap' | 'gap-to-fcf') =>
  `metric.credit.depreciation.${c}.${FCF_COMPANIES[c].period(year)}.${life}`;

/** The shortest and longest server lives among the four companies' policies. */
export const LIFE_SHORT = 'useful-life.amazon.2025';
export const LIFE_LONG = 'useful-life.alphabet.2025';

const fcf = (r: Reader, c: FcfCompany, year: number): Result => gap(r.term(ocfKey(c, year)), r.term(FCF_COMPANIES[c].capex(year)));
const depreciationOver = (r: Reader, c: FcfCompany, year: number, life: string): Result => ratio(r.term(FCF_COMPANIES[c].grossCapex(year)), r.term(life));
const depreciationGap = (r: Reader, c: FcfCompany, year: number): Result =>
  gap(termFrom(depreciationOver(r, c, year, LIFE_SHORT)), termFrom(depreciationOver(r, c, year, LIFE_LONG)));

/** `whole` × `percent` ÷ 100: the part of a total that a percentage share stands for. */
function partOf(whole: Term, percent: Term): Result {
  return computed((whole.value * percent.value) / 100, `${whole.text} × ${percent.text}`, qualifierOf([whole, percent]));
}

const name = (c: FcfCompany) => c.charAt(0).toUpperCase() + c.slice(1);
const periodLabel = (c: FcfCompany, year: number) => (c === 'microsoft' ? `fiscal ${year}` : `${year}`);

/** A year's capex spread straight-line over a server life, in billions: an upper bound (see the note). */
const depreciationMetric = (key: string, label: string, compute: (r: Reader) => Result): MetricDefinition =>
  metric(key, { label, unit: 'USD', scale: 'billion', digits: 1, note: 'Straight-line, as if every dollar of capex were servers: an upper bound', compute });

function companyMetrics(c: FcfCompany, year: number): MetricDefinition[] {
  const out: MetricDefinition[] = [
    metric(fcfKey(c, year), {
      label: `${name(c)} free cash flow, ${periodLabel(c, year)}: operating cash flow less ${FCF_COMPANIES[c].definition.toLowerCase()}`,
      unit: 'USD',
      scale: 'billion',
      digits: 1,
      compute: (r) => fcf(r, c, year),
    }),
    metric(capexCoverKey(c, year), {
      label: `${name(c)} capex as a share of operating cash flow, ${periodLabel(c, year)} (the company’s free-cash-flow definition of capex)`,
      unit: 'percent',
      digits: 0,
      compute: (r) => share(r.term(FCF_COMPANIES[c].capex(year)), r.term(ocfKey(c, year))),
    }),
  ];
  if (year === 2025) {
    out.push(
      metric(fcfChangeKey(c, year), {
        label: `${name(c)} free cash flow, ${periodLabel(c, year)} on ${periodLabel(c, year - 1)}`,
        unit: 'percent',
        digits: 0,
        compute: (r) => change(termFrom(fcf(r, c, year)), termFrom(fcf(r, c, year - 1))),
      }),
      depreciationMetric(depreciationKey(c, year, 'short'), `${name(c)} ${periodLabel(c, year)} capex spread over the shortest server life in the peer group`, (r) => depreciationOver(r, c, year, LIFE_SHORT)),
      depreciationMetric(depreciationKey(c, year, 'long'), `${name(c)} ${periodLabel(c, year)} capex spread over the longest server life in the peer group`, (r) => depreciationOver(r, c, year, LIFE_LONG)),
      depreciationMetric(
        depreciationKey(c, year, 'gap'),
        `Extra annual depreciation on ${name(c)}’s ${periodLabel(c, year)} capex at the shorter server life instead of the longer`,
        (r) => depreciationGap(r, c, year),
      ),
      metric(depreciationKey(c, year, 'gap-to-fcf'), {
        label: `That extra depreciation as a share of ${name(c)}’s ${periodLabel(c, year)} free cash flow`,
        unit: 'percent',
        digits: 0,
        note: 'Depreciation is not a cash cost; the share sizes it against the cash the business generates',
        compute: (r) => share(termFrom(depreciationGap(r, c, year)), termFrom(fcf(r, c, year))),
      }),
    );
  }
  return out;
}

const ALPHABET_LEASES = ['leases-not-commenced.alphabet.2025-short', 'leases-not-commenced.alphabet.2025-long'];
const alphabetLeases = (r: Reader): Term => termFrom(sum(ALPHABET_LEASES.map((k) => r.term(k))));

export const metrics: MetricDefinition[] = [
  ...FCF_ORDER.flatMap((c) => [2024, 2025].flatMap((y) => companyMetrics(c, y))),

  metric('metric.credit.capex-to-ocf.microsoft.fy2025-incl-leases', {
    label: 'Microsoft capex including finance leases as a share of operating cash flow, fiscal 2025',
    unit: 'percent',
    digits: 0,
    compute: (r) => share(r.term('capex-incl-finance-leases.microsoft.fy2025'), r.term('ocf.microsoft.fy2025')),
  }),
  metric('metric.credit.fcf.amazon.2025-gross', {
    label: 'Amazon operating cash flow less gross purchases of property and equipment, 2025',
    unit: 'USD',
    scale: 'billion',
    digits: 1,
    compute: (r) => gap(r.term('ocf.amazon.2025'), r.term('capex.amazon.2025')),
  }),

  // Commitments signed but not yet on the balance sheet, against the cash flow that will service them.
  metric('metric.credit.leases.alphabet.2025', {
    label: 'Alphabet leases signed but not yet commenced, 31 December 2025 (short- and long-term payments)',
    unit: 'USD',
    scale: 'billion',
    digits: 1,
    compute: (r) => sum(ALPHABET_LEASES.map((k) => r.term(k))),
  }),
  metric('metric.credit.leases-to-fcf.meta.2025', {
    label: 'Meta leases not yet commenced as a multiple of its 2025 free cash flow',
    unit: 'multiple',
    digits: 1,
    compute: (r) => ratio(r.term('leases-not-commenced.meta.2025'), termFrom(fcf(r, 'meta', 2025))),
  }),
  metric('metric.credit.leases-to-fcf.alphabet.2025', {
    label: 'Alphabet leases not yet commenced as a multiple of its 2025 free cash flow',
    unit: 'multiple',
    digits: 1,
    compute: (r) => ratio(alphabetLeases(r), termFrom(fcf(r, 'alphabet', 2025))),
  }),
  metric('metric.credit.leases-to-fcf.microsoft.fy2024', {
    label: 'Microsoft finance leases not yet commenced at 30 June 2024 as a multiple of its fiscal 2024 free cash flow',
    unit: 'multiple',
    digits: 1,
    compute: (r) => ratio(r.term('leases-not-commenced.microsoft.fy2024'), termFrom(fcf(r, 'microsoft', 2024))),
  }),
  metric('metric.credit.leases-to-capex.meta.2025', {
    label: 'Meta leases not yet commenced as a multiple of its 2025 capex',
    unit: 'multiple',
    digits: 1,
    compute: (r) => ratio(r.term('leases-not-commenced.meta.2025'), r.term('capex.meta.2025')),
  }),
  metric('metric.credit.leases-to-backlog.coreweave.2025-q3', {
    label: 'CoreWeave leases not yet commenced as a share of its revenue backlog, 30 September 2025',
    unit: 'percent',
    digits: 0,
    compute: (r) => share(r.term('leases-not-commenced.coreweave.2025-q3'), r.term('backlog.coreweave.2025-q3')),
  }),
  metric('metric.credit.bond-to-fcf.meta.2025', {
    label: 'Meta’s October 2025 bond as a multiple of its 2025 free cash flow',
    unit: 'multiple',
    digits: 1,
    compute: (r) => ratio(r.term('bond.meta.2025-10'), termFrom(fcf(r, 'meta', 2025))),
  }),
  metric('metric.credit.bond-to-fcf.amazon.2025', {
    label: 'Amazon’s November 2025 bond as a multiple of its 2025 free cash flow',
    unit: 'multiple',
    digits: 1,
    compute: (r) => ratio(r.term('bond.amazon.2025-11'), termFrom(fcf(r, 'amazon', 2025))),
  }),
  metric('metric.credit.hyperion.lease-to-fcf', {
    label: 'Meta’s initial Hyperion lease commitment as a multiple of its 2025 free cash flow',
    unit: 'multiple',
    digits: 1,
    compute: (r) => ratio(r.term('hyperion.lease-commitment'), termFrom(fcf(r, 'meta', 2025))),
  }),
  metric('metric.credit.hyperion.rvg-to-fcf', {
    label: 'The Hyperion residual value guarantee threshold as a multiple of Meta’s 2025 free cash flow',
    unit: 'multiple',
    digits: 1,
    compute: (r) => ratio(r.term('hyperion.rvg-threshold'), termFrom(fcf(r, 'meta', 2025))),
  }),
  metric('metric.credit.hyperion.partner-share-of-cash', {
    label: 'Blue Owl’s share of the cash and assets contributed to the Hyperion venture at closing',
    unit: 'percent',
    digits: 0,
    compute: (r) => share(r.term('hyperion.investor-cash'), termFrom(sum([r.term('hyperion.investor-cash'), r.term('hyperion.meta-contribution')]))),
  }),

  // Useful lives: Meta's own server depreciation restated at the peer group's shortest life.
  metric('metric.credit.meta-server-depreciation-at-short-life', {
    label: 'Meta’s 2025 server and network depreciation restated from its 5.5-year life to the peer group’s shortest',
    unit: 'USD',
    scale: 'billion',
    digits: 1,
    note: 'Depreciation scales inversely with the life for the same assets: 13.36 × 5.5 ÷ 5',
    compute: (r) => {
      const dep = r.term('depreciation.meta.servers.2025');
      const [meta, short] = [r.term('useful-life.meta.2025'), r.term(LIFE_SHORT)];
      return computed((dep.value * meta.value) / short.value, `${dep.text} × ${meta.text} ÷ ${short.text}`);
    },
  }),
  metric('metric.credit.meta-server-depreciation-gap', {
    label: 'Extra 2025 depreciation at Meta had it kept servers at the peer group’s shortest life rather than 5.5 years',
    unit: 'USD',
    scale: 'billion',
    digits: 1,
    compute: (r) => {
      const dep = r.term('depreciation.meta.servers.2025');
      const [meta, short] = [r.term('useful-life.meta.2025'), r.term(LIFE_SHORT)];
      return computed((dep.value * meta.value) / short.value - dep.value, `${dep.text} × ${meta.text} ÷ ${short.text} − ${dep.text}`);
    },
  }),

  // Backlog concentration.
  metric('metric.credit.rpo-openai.microsoft', {
    label: 'OpenAI’s part of Microsoft’s commercial remaining performance obligation, 31 December 2025',
    unit: 'USD',
    scale: 'billion',
    digits: 0,
    compute: (r) => partOf(r.term('rpo.microsoft.fy2026-q2'), r.term('rpo-openai-share.microsoft.fy2026-q2')),
  }),
  metric('metric.credit.rpo-rest.microsoft', {
    label: 'Microsoft’s commercial remaining performance obligation from customers other than OpenAI, 31 December 2025',
    unit: 'USD',
    scale: 'billion',
    digits: 0,
    compute: (r) => {
      const [rpo, pct] = [r.term('rpo.microsoft.fy2026-q2'), r.term('rpo-openai-share.microsoft.fy2026-q2')];
      return gap(rpo, termFrom(partOf(rpo, pct)));
    },
  }),
  metric('metric.credit.openai-share.oracle', {
    label: 'The reported OpenAI contract as a share of Oracle’s remaining performance obligations at 31 August 2025',
    unit: 'percent',
    digits: 0,
    note: 'The contract value is a press report that neither company has confirmed; Oracle names no customers',
    compute: (r) => share(r.term('contract.openai-oracle.2025-09'), r.term('rpo.oracle.fy2026-q1')),
  }),
  metric('metric.credit.largest-customer.coreweave', {
    label: 'Most that CoreWeave’s largest customer accounted for in its backlog, 30 September 2025',
    unit: 'USD',
    scale: 'billion',
    digits: 1,
    compute: (r) => partOf(r.term('backlog.coreweave.2025-q3'), r.term('backlog-largest-customer.coreweave.2025-q3')),
  }),
];
