/**
 * Exhibits for "The capex question": the four hyperscalers' capex by year (the source report's Exhibit 1),
 * year-over-year growth, and a combined view that keeps calendar and fiscal years apart.
 *
 * Every exhibit discovers the years an edition holds for each company (ids `capex.<company>.<year>` or
 * `capex.<company>.fy<year>`), so the 2026-02 edition, where 2025 guidance becomes reported actuals and
 * 2026 guidance appears, is drawn without code changes.
 */
import { combinedKind, percentChange, rangedPercentChange, rangedSum, type RangedResult } from '../compute/growth.ts';
import { findObservations, type StoredObservation } from '../data/lookup.ts';
import type { Edition } from '../data/schema.ts';
import { formatPlain } from '../format/quantity.ts';
import type { ExhibitDefinition } from './context.ts';
import { derivedPoint, keysOf, notesOf, pointFrom, type PointInput, sourcesOf } from './helpers.ts';

export const CAPEX_COMPANIES = ['amazon', 'microsoft', 'alphabet', 'meta'] as const;
export type CapexCompany = (typeof CAPEX_COMPANIES)[number];
/** Companies reporting on calendar years, whose figures can be added up year by year. */
export const CALENDAR_COMPANIES: CapexCompany[] = ['amazon', 'alphabet', 'meta'];

/**
 * Microsoft's Jan 2025 "~$80 billion" was planned spending on AI-enabled datacenters, a broader measure
 * than the additions to property and equipment it reports (see the row's note). Growth computed from it
 * would compare two different things, so it is left out while the row is guidance; once the edition
 * carries the reported FY2025 figure under the same id, growth is computed as for any other year.
 */
const NOT_LIKE_FOR_LIKE_GUIDANCE = new Set(['capex.microsoft.fy2025']);

export interface AnnualCapex {
  row: StoredObservation;
  /** Calendar year, or the calendar year a fiscal year ends in (FY2025 ending June 2025 -> 2025). */
  year: number;
}

/** A company's annual capex rows (calendar or fiscal years; quarters and guidance histories excluded), by year. */
export function annualCapex(edition: Edition, company: CapexCompany): AnnualCapex[] {
  const idPattern = new RegExp(`^capex\\.${company}\\.(?:fy)?(\\d{4})$`);
  return findObservations(edition, (r) => idPattern.test(r.id) && (r.period_type === 'calendar-year' || r.period_type === 'fiscal-year'))
    .map((row) => ({ row, year: Number(idPattern.exec(row.id)?.[1]) }))
    .sort((a, b) => a.year - b.year);
}

/** Years present for any of the given companies, ascending. */
export function capexYears(edition: Edition, companies: readonly CapexCompany[] = CAPEX_COMPANIES): number[] {
  return [...new Set(companies.flatMap((c) => annualCapex(edition, c).map((a) => a.year)))].sort((a, b) => a - b);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Microsoft (FY to June)" for fiscal-year reporters, else the company name, read from the rows. */
export function companyLabel(edition: Edition, company: CapexCompany): string {
  const rows = annualCapex(edition, company);
  const first = rows[0]?.row;
  if (!first) throw new Error(`No annual capex rows for "${company}" in dataset edition ${edition.version}.\nThe capex exhibits expect ids like capex.${company}.2024.\nCheck content/data/${edition.version}/capex.csv.`);
  const fiscal = rows.find((a) => a.row.fiscal_year_end !== null)?.row.fiscal_year_end;
  if (!fiscal) return first.subject;
  return `${first.subject} (FY to ${MONTHS[Number(fiscal.slice(0, 2)) - 1]})`;
}

/** Growth of `current` over `previous`, or undefined when the two are not like for like. */
export function capexGrowth(current: StoredObservation, previous: StoredObservation): RangedResult | undefined {
  for (const row of [current, previous]) if (row.kind === 'guidance' && NOT_LIKE_FOR_LIKE_GUIDANCE.has(row.id)) return undefined;
  return rangedPercentChange(current, previous);
}

/** The like-for-like guidance exclusions that apply to this edition (for notes and prose). */
export function excludedGuidance(edition: Edition): StoredObservation[] {
  return [...NOT_LIKE_FOR_LIKE_GUIDANCE].flatMap((id) => {
    const row = edition.observations.get(id);
    return row && row.kind === 'guidance' ? [row] : [];
  });
}

/** Sum of the calendar-year companies' capex for `year`, when every one of them has that year. */
export function calendarSum(edition: Edition, year: number): { keys: string[]; rows: StoredObservation[]; sum: RangedResult } | undefined {
  const rows = CALENDAR_COMPANIES.map((c) => annualCapex(edition, c).find((a) => a.year === year)?.row);
  if (rows.some((r) => r === undefined || r.period_type !== 'calendar-year')) return undefined;
  const present = rows as StoredObservation[];
  return { keys: present.map((r) => r.id), rows: present, sum: rangedSum(present) };
}

function usd(value: number, digits = 1): string {
  return formatPlain(value, 'USD', 'billion', digits);
}

function pct(value: number): string {
  const text = formatPlain(value, 'percent', 'one', 0);
  return value > 0 && text !== '0%' ? `+${text}` : text;
}

/** Rounds a computed figure for display, so tables read "$127.17bn" and "57.4%", not float noise. */
export function tidy(r: RangedResult, digits: number): RangedResult {
  const round = (v: number) => Number(v.toFixed(digits));
  return r.low !== undefined && r.high !== undefined ? { value: round(r.value), low: round(r.low), high: round(r.high) } : { value: round(r.value) };
}

function withRange(p: PointInput, r: RangedResult): PointInput {
  return r.low !== undefined && r.high !== undefined ? { ...p, low: r.low, high: r.high } : p;
}

/** "~$100bn" for values published with a qualifier, so the table and tooltip keep the "about". */
function qualified(row: StoredObservation): Partial<PointInput> {
  return row.qualifier ? { label: `${row.qualifier}${usd(row.value, row.digits ?? 0)}` } : {};
}

function yearSeriesLabel(year: number, points: PointInput[]): string {
  const kinds = new Set(points.map((p) => p.kind));
  if (kinds.size === 1 && kinds.has('guidance')) return `${year} guidance`;
  if (kinds.has('guidance')) return `${year} (hatched: guidance)`;
  return String(year);
}

function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Fragments of row notes that only restate a definition the exhibit's own notes already give once. */
const DEFINITION_FRAGMENT =
  /^(?:(?:cash )?(?:purchases|additions) (?:of|to) property and equipment(?: \(cash flow statement\))?|includes principal payments on finance leases|calendar year|10-K data|fiscal year ending 30 June(?: \([^)]*\))?)$/i;

/**
 * Row notes as caveats, each labelled with company and period ("Meta 2023: Derived from ..."), with the
 * definition fragments dropped: on a chart of sixteen bars, repeating "calendar year; 10-K data" under
 * every row would bury the notes that matter.
 */
export function caveatNotes(edition: Edition, keys: string[]): string[] {
  const out: string[] = [];
  for (const key of keys) {
    const row = edition.observations.get(key);
    if (!row?.note) continue;
    // Odd indexes are the separators, kept so the remaining text reads as written.
    const parts = row.note.replace(/\.$/, '').split(/(;\s+|\.\s+|,\s+(?=calendar year))/);
    let text = '';
    for (let i = 0; i < parts.length; i += 2) {
      const fragment = (parts[i] ?? '').trim();
      if (!fragment || DEFINITION_FRAGMENT.test(fragment)) continue;
      text += `${text ? (parts[i - 1] ?? '; ') : ''}${fragment}`;
    }
    if (!text) continue;
    const line = `${row.subject} ${row.period}: ${text[0]?.toUpperCase()}${text.slice(1)}.`;
    if (!out.includes(line)) out.push(line);
  }
  return out;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];

function countWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

const hyperscalerCapex: ExhibitDefinition = {
  id: 'hyperscaler-capex',
  build: ({ edition }) => {
    const years = capexYears(edition);
    const categories = CAPEX_COMPANIES.map((c) => companyLabel(edition, c));
    const series = years.map((year) => {
      const points = CAPEX_COMPANIES.flatMap((c, i) => {
        const hit = annualCapex(edition, c).find((a) => a.year === year);
        return hit ? [pointFrom(edition, hit.row.id, categories[i] as string, qualified(hit.row))] : [];
      });
      return { id: `y${year}`, label: yearSeriesLabel(year, points), points };
    });

    // Takeaway: does every company that has a figure for the latest year plan or report more than the year before?
    const latest = years[years.length - 1] as number;
    const pairs = CAPEX_COMPANIES.flatMap((c) => {
      const rows = annualCapex(edition, c);
      const cur = rows.find((a) => a.year === latest)?.row;
      const prev = rows.find((a) => a.year === latest - 1)?.row;
      return cur && prev ? [{ cur, prev }] : [];
    });
    const rising = pairs.filter((p) => p.cur.value > p.prev.value).length;
    const guided = pairs.every((p) => p.cur.kind === 'guidance');
    const who = rising === pairs.length ? (pairs.length === CAPEX_COMPANIES.length ? `All ${countWord(pairs.length)} companies` : `All ${countWord(pairs.length)} companies with a ${latest} figure`) : `${countWord(rising)} of ${countWord(pairs.length)} companies`;
    const takeaway = guided
      ? `${who} guided to higher capex for ${latest} than they spent in ${latest - 1}.`
      : `${who} spent more in ${latest} than in ${latest - 1}.`;

    const ppe = findObservations(edition, (r) => r.metric === 'purchases-of-property-and-equipment' && r.subject === 'Meta').sort((a, b) => a.period.localeCompare(b.period));
    const keys = keysOf(series);
    const derived = series.flatMap((s) => s.points.filter((p) => p.kind === 'derived').map((p) => `${String(p.x)} ${s.label}`));
    const notes = [
      'Amazon, Alphabet and Microsoft: cash purchases (Microsoft: additions) of property and equipment from the cash-flow statement. Meta: capital expenditures including principal payments on finance leases, as Meta reports them.',
      ...(ppe.length
        ? [`Meta’s purchases of property and equipment alone, excluding finance leases: ${ppe.map((r) => `${usd(r.value)} in ${r.period}`).join(', ')}.`]
        : []),
      'Microsoft’s fiscal year ends on 30 June: its bar under a year is the fiscal year ending in June of that year (FY2025 = July 2024 to June 2025), half a year ahead of the other three companies.',
      `Hatched bars are not reported figures: company guidance${derived.length ? `, or totals derived from filings (${listWords(derived)})` : ''}. Where guidance was a range, the bar is the midpoint and the whisker spans the range.`,
      ...caveatNotes(edition, keys),
    ];
    return {
      id: 'hyperscaler-capex',
      title: 'Hyperscaler capital expenditure by year, reported and guided',
      takeaway,
      chart: 'bar',
      x: { label: 'Company', type: 'category' },
      y: { label: 'Capital expenditure', type: 'linear', unit: 'USD', scale: 'billion', min: 0 },
      categories,
      series,
      notes,
      sources: sourcesOf(edition, [...keys, ...ppe.map((r) => r.id)]),
      edition: edition.version,
      asOf: edition.asOf,
    };
  },
};

const capexGrowthExhibit: ExhibitDefinition = {
  id: 'capex-growth',
  build: ({ edition }) => {
    const categories = CAPEX_COMPANIES.map((c) => companyLabel(edition, c));
    const years = capexYears(edition).slice(1);
    const series = years
      .map((year) => {
        const points = CAPEX_COMPANIES.flatMap((c, i) => {
          const rows = annualCapex(edition, c);
          const cur = rows.find((a) => a.year === year)?.row;
          const prev = rows.find((a) => a.year === year - 1)?.row;
          if (!cur || !prev) return [];
          const raw = capexGrowth(cur, prev);
          if (!raw) return [];
          const g = tidy(raw, 1);
          const p = derivedPoint(edition, [cur.id, prev.id], categories[i] as string, g.value, { kind: combinedKind([cur.kind, prev.kind]) });
          return [withRange(p, g)];
        });
        return { year, series: { id: `g${year}`, label: yearSeriesLabel(year, points), points } };
      })
      .filter((s) => s.series.points.length > 0);

    // Takeaway: the spread of growth in the latest year computed from firm figures, then what guidance implies.
    const firm = [...series].reverse().find(({ series: s }) => s.points.length === CAPEX_COMPANIES.length && s.points.every((p) => p.kind !== 'guidance'));
    const describe = (p: PointInput) => `${pct(p.y as number)} at ${String(p.x).replace(/ \(.*\)$/, '')}`;
    let takeaway = 'Capex growth by company and year.';
    if (firm) {
      const sorted = [...firm.series.points].sort((a, b) => (a.y as number) - (b.y as number));
      takeaway = `Capex growth in ${firm.year} ranged from ${describe(sorted[0] as PointInput)} to ${describe(sorted[sorted.length - 1] as PointInput)}`;
      const next = series.find((s) => s.year === firm.year + 1 && s.series.points.some((p) => p.kind === 'guidance'));
      takeaway +=
        next && next.series.points.every((p) => (p.y as number) > 0)
          ? `, and ${next.year} guidance implies further growth at every company with a like-for-like figure.`
          : '.';
    }

    const excluded = excludedGuidance(edition);
    const keys = keysOf(series.map((s) => s.series));
    const notes = [
      'Growth is this year’s capex divided by last year’s, minus one, computed from the rows of the capex-by-year exhibit; Microsoft’s is fiscal year on fiscal year (years ending 30 June).',
      'Growth implied by guidance is hatched. For a guidance range the bar uses the midpoint and the whisker spans the growth implied by the low and high ends.',
      'Meta’s figures include principal payments on finance leases in every year, so its growth is like for like; its 2022 and 2023 totals are derived from filings.',
      ...excluded.map(
        (r) => `${r.subject} ${r.period}: no growth is shown because the ${r.qualifier}${usd(r.value, 0)} announced was planned spending on AI-enabled datacenters, a broader measure than the reported additions to property and equipment.`,
      ),
    ];
    return {
      id: 'capex-growth',
      title: 'Year-over-year growth in hyperscaler capex',
      takeaway,
      chart: 'bar',
      x: { label: 'Company', type: 'category' },
      y: { label: 'Growth on the previous year', type: 'linear', unit: 'percent', scale: 'one' },
      categories,
      series: series.map((s) => s.series),
      notes,
      sources: sourcesOf(edition, [...keys, ...excluded.map((r) => r.id)]),
      edition: edition.version,
      asOf: edition.asOf,
    };
  },
};

const capexCombined: ExhibitDefinition = {
  id: 'capex-combined',
  build: ({ edition }) => {
    const msftRows = annualCapex(edition, 'microsoft');
    const jpm = findObservations(edition, (r) => r.metric === 'ai-hyperscaler-capex').sort((a, b) => a.period.localeCompare(b.period));
    const bigFour = findObservations(edition, (r) => r.metric === 'capex-combined').sort((a, b) => a.period.localeCompare(b.period));
    const allYears = [
      ...capexYears(edition),
      ...jpm.map((r) => Number(r.period)),
      ...bigFour.map((r) => Number(r.period)),
    ];
    const years: number[] = [];
    for (let y = Math.min(...allYears); y <= Math.max(...allYears); y++) years.push(y);
    const categories = years.map(String);

    const three = years.flatMap((year) => {
      const s = calendarSum(edition, year);
      if (!s) return [];
      const sum = tidy(s.sum, 3);
      const p = derivedPoint(edition, s.keys, String(year), sum.value, { kind: combinedKind(s.rows.map((r) => r.kind)) });
      return [{ year, sum, point: withRange(p, sum) }];
    });
    const series = [
      { id: 'three-calendar', label: 'Amazon + Alphabet + Meta (calendar year)', points: three.map((t) => t.point) },
      { id: 'microsoft', label: 'Microsoft (fiscal year to June)', points: msftRows.map((a) => pointFrom(edition, a.row.id, String(a.year), qualified(a.row))) },
      { id: 'jpm', label: 'J.P. Morgan AM: five hyperscalers incl. Oracle', style: 'line' as const, points: jpm.map((r) => pointFrom(edition, r.id, r.period)) },
      ...(bigFour.length
        ? [{ id: 'big-four', label: 'Platformonomics: big four incl. finance leases', style: 'point' as const, points: bigFour.map((r) => pointFrom(edition, r.id, r.period, qualified(r))) }]
        : []),
    ];

    // Takeaway: the latest three-company total against the J.P. Morgan figure for the same year.
    const last = three[three.length - 1];
    const prev = three.find((t) => last && t.year === last.year - 1);
    const jpmSame = last ? jpm.find((r) => Number(r.period) === last.year) : undefined;
    let takeaway = 'Combined capex of the calendar-year reporters, with Microsoft’s fiscal years alongside.';
    if (last) {
      const verb = last.point.kind === 'guidance' ? 'guided to' : 'spent';
      takeaway = `Amazon, Alphabet and Meta alone ${verb} about ${usd(last.sum.value, 0)} for ${last.year}`;
      if (prev) takeaway += `, ${pct(percentChange(last.sum.value, prev.sum.value))} on ${prev.year}`;
      if (jpmSame) {
        const cmp = last.sum.value > jpmSame.value ? 'more than' : 'less than';
        takeaway += `: ${cmp} the ${usd(jpmSame.value, 0)} J.P. Morgan projected in 2024 for five hyperscalers including Microsoft and Oracle`;
      }
      takeaway += '.';
    }

    const keys = keysOf(series);
    const first = jpm[0];
    const firstFour = first ? calendarSum(edition, Number(first.period)) : undefined;
    const msftFirst = first ? msftRows.find((a) => a.year === Number(first.period))?.row : undefined;
    const notes = [
      'The three calendar-year reporters are added up only for years in which all three have a figure. The sum is derived (hatched); for a guided year it adds each company’s guidance, using the midpoint of a range, and the whisker spans the ends of the ranges.',
      'Microsoft is shown on its own because its fiscal year ends on 30 June; adding it to calendar-year totals would mix periods half a year apart.',
      'Meta’s figures include principal payments on finance leases; the other companies’ are cash purchases of property and equipment, so even the three-company sum mixes two definitions slightly.',
      `J.P. Morgan Asset Management’s series measures AI hyperscaler capital spending for five companies (Amazon, Microsoft, Alphabet, Meta and Oracle); its ${jpm
        .filter((r) => r.kind === 'estimate')
        .map((r) => r.period)
        .join(', ')} values are projections made in 2024, drawn hollow.`,
      ...(first && firstFour && msftFirst
        ? [
            `The J.P. Morgan series is not a sum of the company figures: its ${first.period} value (${usd(first.value, 0)}) is ${first.value < firstFour.sum.value + msftFirst.value ? 'below' : 'not the same as'} what the four companies alone reported for that year (${usd(firstFour.sum.value + msftFirst.value, 0)}, mixing Microsoft’s fiscal year with calendar years).`,
          ]
        : []),
      ...notesOf(edition, bigFour.map((r) => r.id)),
    ];
    return {
      id: 'capex-combined',
      title: 'Combined hyperscaler capex, keeping calendar and fiscal years apart',
      takeaway,
      chart: 'bar',
      x: { label: 'Year', type: 'category' },
      y: { label: 'Capital expenditure', type: 'linear', unit: 'USD', scale: 'billion', min: 0 },
      categories,
      series,
      notes,
      sources: sourcesOf(edition, keys),
      edition: edition.version,
      asOf: edition.asOf,
    };
  },
};

export const capexExhibits: ExhibitDefinition[] = [hyperscalerCapex, capexGrowthExhibit, capexCombined];
