/**
 * Exhibits for "The capex question": the four hyperscalers' capex by year (the source report's Exhibit 1),
 * year-over-year growth, a combined view that keeps calendar and fiscal years apart, and the path of
 * 2025 guidance through the year to the reported figure.
 *
 * Every exhibit discovers the years an edition holds for each company (ids `capex.<company>.<year>` or
 * `capex.<company>.fy<year>`), so the 2026-02 edition, where 2025 guidance becomes reported actuals and
 * 2026 guidance appears, is drawn without code changes.
 */
import { percentChange, rangedPercentChange, rangedSum, type RangedResult } from '#engine/derive/growth.ts';
import { change, derive, derivedPointOf, sum } from '#engine/derive/index.ts';
import { DataError } from '#engine/data/errors.ts';
import { findObservations, type StoredObservation } from '#engine/data/lookup.ts';
import type { Edition } from '#engine/data/schema.ts';
import { formatDate, MONTHS, shortMonth } from '#engine/format/date.ts';
import { listWords } from '#engine/format/list.ts';
import { formatPlain } from '#engine/format/quantity.ts';
import type { ExhibitDefinition } from '#engine/exhibits/context.ts';
import { editionsExhibits, GUIDANCE_EDITION } from './guidance-vs-reported.ts';
import { keysOf, pointFrom, type PointInput, sourcesOf } from '#engine/exhibits/helpers.ts';

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


/** "Microsoft (FY to June)" for fiscal-year reporters, else the company name, read from the rows. */
export function companyLabel(edition: Edition, company: CapexCompany): string {
  const rows = annualCapex(edition, company);
  const first = rows[0]?.row;
  if (!first) throw new DataError(`No annual capex rows for "${company}" in dataset edition ${edition.version}.\nThe capex exhibits expect ids like capex.${company}.2024.\nCheck content/data/${edition.version}/capex.csv.`);
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

/**
 * Guidance for a company's `year` capex as it stood after each results release in which it was given or
 * revised (ids `capex-guidance.<company>.<year>.<yyyy-mm>`), oldest first. Empty in editions that predate
 * the revisions (2025-02 holds only the first guidance, under the annual id).
 */
export function guidancePath(edition: Edition, company: CapexCompany, year: number): StoredObservation[] {
  const idPattern = new RegExp(`^capex-guidance\\.${company}\\.${year}\\.\\d{4}-\\d{2}$`);
  return findObservations(edition, (r) => idPattern.test(r.id) && r.kind === 'guidance').sort((a, b) => a.period.localeCompare(b.period));
}

/** The first guidance for a company's `year` capex, and the edition it was read from. */
export interface FirstGuidance {
  row: StoredObservation;
  edition: Edition;
}

/**
 * The guidance a company first gave for `year`: the oldest row of its guidance path; else the annual row
 * while it still holds guidance; else that annual row as it stood in the edition published when the
 * guidance was current (Microsoft's FY2025 plan is recorded nowhere else once FY2025 is reported).
 */
export function firstGuidance(
  edition: Edition,
  company: CapexCompany,
  year: number,
  loadEdition: (version: string) => Edition,
): FirstGuidance | undefined {
  const path = guidancePath(edition, company, year);
  if (path[0]) return { row: path[0], edition };
  const annual = annualCapex(edition, company).find((a) => a.year === year)?.row;
  if (annual?.kind === 'guidance') return { row: annual, edition };
  if (edition.version === GUIDANCE_EDITION) return undefined;
  const older = loadEdition(GUIDANCE_EDITION);
  const then = annualCapex(older, company).find((a) => a.year === year)?.row;
  return then?.kind === 'guidance' ? { row: then, edition: older } : undefined;
}

function usd(value: number, digits = 1): string {
  return formatPlain(value, 'USD', 'billion', digits);
}

function pct(value: number): string {
  const text = formatPlain(value, 'percent', 'one', 0);
  return value > 0 && text !== '0%' ? `+${text}` : text;
}

function yearSeriesLabel(year: number, points: PointInput[]): string {
  const kinds = new Set(points.map((p) => p.kind));
  if (kinds.size === 1 && kinds.has('guidance')) return `${year} guidance`;
  if (kinds.has('guidance')) return `${year} (reported and guidance)`;
  return String(year);
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
        return hit ? [pointFrom(edition, hit.row.id, categories[i] as string, { scale: 'billion' })] : [];
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

    // A company with no figure for the latest year gets no bar; say so rather than leave a silent gap.
    const absent = CAPEX_COMPANIES.filter((c) => !annualCapex(edition, c).some((a) => a.year === latest)).map((c) => categories[CAPEX_COMPANIES.indexOf(c)] as string);
    const ppe = findObservations(edition, (r) => r.metric === 'purchases-of-property-and-equipment' && r.subject === 'Meta').sort((a, b) => a.period.localeCompare(b.period));
    const keys = keysOf(series);
    const derived = series.flatMap((s) => s.points.filter((p) => p.kind === 'derived').map((p) => `${String(p.x)} ${s.label}`));
    const notes = [
      'Amazon, Alphabet and Microsoft: cash purchases (Microsoft: additions) of property and equipment from the cash-flow statement. Meta: capital expenditures including principal payments on finance leases, as Meta reports them.',
      ...(ppe.length
        ? [`Meta’s purchases of property and equipment alone, excluding finance leases: ${ppe.map((r) => `${usd(r.value)} in ${r.period}`).join(', ')}.`]
        : []),
      'Microsoft’s fiscal year ends on 30 June: its bar under a year is the fiscal year ending in June of that year (FY2025 = July 2024 to June 2025), half a year ahead of the other three companies.',
      `${derived.length ? `Totals derived from filings: ${listWords(derived)}. ` : ''}Where guidance was a range, the bar is the midpoint and the whisker spans the range.`,
      ...absent.map((name) => `${name}: no ${latest} bar, because no annual figure for that year had been reported or guided as of ${formatDate(edition.asOf)}.`),
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
      // Meta's purchases of property and equipment are quoted in a note, not plotted.
      sources: sourcesOf(edition, ppe.map((r) => r.id)),
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
          return [derivedPointOf(derive(edition, (r) => change(r.term(cur.id), r.term(prev.id))), categories[i] as string, 'one')];
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
    const notes = [
      'Growth is this year’s capex divided by last year’s, minus one, computed from the rows of the capex-by-year exhibit; Microsoft’s is fiscal year on fiscal year (years ending 30 June).',
      'Growth computed from reported figures is a derived figure; growth computed from guidance counts as guidance. For a guidance range the bar uses the midpoint and the whisker spans the growth implied by the low and high ends.',
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
      y: { label: 'Growth on the previous year', type: 'linear', unit: 'percent', scale: 'one', digits: 1 },
      categories,
      series: series.map((s) => s.series),
      notes,
      // The excluded guidance is quoted in a note, not plotted.
      sources: sourcesOf(edition, excluded.map((r) => r.id)),
    };
  },
};

/**
 * The Platformonomics rows repeat one definition and differ only in a closing remark ("Up 66% on 2024"):
 * the definition is noted once and each remark under its year.
 */
function bigFourNotes(rows: StoredObservation[]): string[] {
  const first = rows[0];
  if (!first?.note) return [];
  const base = first.note.replace(/\.$/, '');
  const extras = rows.flatMap((r) => {
    const rest = r.note && r.note.startsWith(base) ? r.note.slice(base.length).replace(/^[.;,]?\s*/, '').replace(/\.$/, '') : (r.note ?? '');
    return rest ? [`${r.period}: ${rest}`] : [];
  });
  return [`${first.subject} (Platformonomics): ${base}${extras.length ? `. ${extras.join('; ')}` : ''}.`];
}

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
      const d = derive(edition, (r) => sum(s.keys.map((k) => r.term(k))));
      const point = derivedPointOf(d, String(year), 'billion');
      return [{ year, sum: { value: point.y as number }, point }];
    });
    // Every name and count in the text is read from the rows drawn: the summed companies, then the
    // fiscal-year reporters drawn apart, so the subtitle can never name fewer companies than the chart shows.
    const summed = CALENDAR_COMPANIES.map((c) => annualCapex(edition, c)[0]?.row.subject ?? c);
    const apart = CAPEX_COMPANIES.filter((c) => !CALENDAR_COMPANIES.includes(c) && annualCapex(edition, c).length);
    const summedCount = countWord(summed.length);
    const series = [
      { id: 'three-calendar', label: `${summed.join(' + ')} (calendar year)`, points: three.map((t) => t.point) },
      { id: 'microsoft', label: companyLabel(edition, 'microsoft'), points: msftRows.map((a) => pointFrom(edition, a.row.id, String(a.year), { scale: 'billion' })) },
      { id: 'jpm', label: 'J.P. Morgan AM: five hyperscalers incl. Oracle', style: 'line' as const, points: jpm.map((r) => pointFrom(edition, r.id, r.period, { scale: 'billion' })) },
      ...(bigFour.length
        ? [{ id: 'big-four', label: 'Platformonomics: big four incl. finance leases', style: 'point' as const, points: bigFour.map((r) => pointFrom(edition, r.id, r.period, { scale: 'billion' })) }]
        : []),
    ];

    // Takeaway: the latest three-company total against the J.P. Morgan figure for the same year.
    const last = three[three.length - 1];
    const prev = three.find((t) => last && t.year === last.year - 1);
    const jpmSame = last ? jpm.find((r) => Number(r.period) === last.year) : undefined;
    let takeaway = 'Combined capex of the calendar-year reporters, with Microsoft’s fiscal years alongside.';
    if (last) {
      const verb = last.point.kind === 'guidance' ? 'guided to' : 'spent';
      takeaway = `${listWords(summed)} alone ${verb} about ${usd(last.sum.value, 0)} for ${last.year}`;
      if (prev) takeaway += `, ${pct(percentChange(last.sum.value, prev.sum.value))} on ${prev.year}`;
      if (jpmSame) {
        const cmp = last.sum.value > jpmSame.value ? 'more than' : 'less than';
        takeaway += `: ${cmp} the ${usd(jpmSame.value, 0)} J.P. Morgan projected in 2024 for five hyperscalers including Microsoft and Oracle`;
      }
      const apartNames = apart.map((c) => `${annualCapex(edition, c)[0]!.row.subject}’s`);
      if (apartNames.length) takeaway += `; ${listWords(apartNames)} fiscal years are drawn apart`;
      takeaway += '.';
    }

    const first = jpm[0];
    const firstFour = first ? calendarSum(edition, Number(first.period)) : undefined;
    const msftFirst = first ? msftRows.find((a) => a.year === Number(first.period))?.row : undefined;
    const notes = [
      `The ${summedCount} calendar-year reporters are added up only for years in which all ${summedCount} have a figure. The sum is a derived figure; for a guided year it adds each company’s guidance and counts as guidance, using the midpoint of a range, and the whisker spans the ends of the ranges.`,
      'Microsoft is shown on its own because its fiscal year ends on 30 June; adding it to calendar-year totals would mix periods half a year apart.',
      `Meta’s figures include principal payments on finance leases; the other companies’ are cash purchases of property and equipment, so even the ${summedCount}-company sum mixes two definitions slightly.`,
      `J.P. Morgan Asset Management’s series measures AI hyperscaler capital spending for five companies (Amazon, Microsoft, Alphabet, Meta and Oracle); its ${jpm
        .filter((r) => r.kind === 'estimate')
        .map((r) => r.period)
        .join(', ')} values are projections made in 2024 (estimates).`,
      ...(first && firstFour && msftFirst
        ? [
            `The J.P. Morgan series is not a sum of the company figures: its ${first.period} value (${usd(first.value, 0)}) is ${first.value < firstFour.sum.value + msftFirst.value ? 'below' : 'not the same as'} what the four companies alone reported for that year (${usd(firstFour.sum.value + msftFirst.value, 0)}, mixing Microsoft’s fiscal year with calendar years).`,
          ]
        : []),
      ...bigFourNotes(bigFour),
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
    };
  },
};


/** "Jul 2025" for one month, "Jan–Feb 2025" when companies gave the same round of guidance in different months. */
export function stageLabel(periods: string[]): string {
  const sorted = [...new Set(periods)].sort();
  const month = (p: string) => shortMonth(Number(p.slice(5, 7))) ?? p;
  const first = sorted[0] as string;
  const last = sorted[sorted.length - 1] as string;
  if (first === last) return `${month(first)} ${first.slice(0, 4)}`;
  if (first.slice(0, 4) === last.slice(0, 4)) return `${month(first)}–${month(last)} ${first.slice(0, 4)}`;
  return `${month(first)} ${first.slice(0, 4)}–${month(last)} ${last.slice(0, 4)}`;
}

/** The year whose guidance path the exhibit follows: the one the source report's guidance was for. */
const PATH_YEAR = 2025;
const REPORTED_STAGE = 'Reported';

const capexGuidancePath: ExhibitDefinition = {
  id: 'capex-guidance-path',
  build: ({ edition, loadEdition }) => {
    const year = PATH_YEAR;
    // Each calendar-year company's guidance as it stood at each round of results; an edition without the
    // revision rows (2025-02) has one round, the guidance under the annual id, dated by the edition.
    const paths = CALENDAR_COMPANIES.map((c) => {
      const path = guidancePath(edition, c, year);
      if (path.length) return { company: c, rounds: path.map((row) => ({ row, period: row.period })) };
      const first = firstGuidance(edition, c, year, loadEdition);
      return { company: c, rounds: first && first.edition === edition ? [{ row: first.row, period: edition.asOf.slice(0, 7) }] : [] };
    }).filter((p) => p.rounds.length > 0);
    if (!paths.length) {
      throw new DataError(
        [
          `Exhibit "capex-guidance-path" found no ${year} capex guidance in dataset edition ${edition.version}.`,
          `It reads rows such as capex-guidance.amazon.${year}.${year}-02, or capex.amazon.${year} while it is guidance.`,
          `Check content/data/${edition.version}/capex.csv, or remove the exhibit from the article.`,
        ].join('\n'),
      );
    }
    const roundCount = Math.max(...paths.map((p) => p.rounds.length));
    // Without revision rows the guidance is dated by the edition, not by the results it was given with.
    const fromPath = paths.some((p) => guidancePath(edition, p.company, year).length > 0);
    const stages: string[] = [];
    for (let i = 0; i < roundCount; i++) {
      const label = stageLabel(paths.flatMap((p) => p.rounds[i]?.period ?? []));
      stages.push(fromPath ? label : `As of ${label}`);
    }

    const reported = paths.map((p) => {
      const row = annualCapex(edition, p.company).find((a) => a.year === year)?.row;
      return row && row.kind !== 'guidance' ? row : undefined;
    });
    const haveReported = reported.some(Boolean);
    const categories = haveReported ? [...stages, REPORTED_STAGE] : stages;

    const series = paths.map((p, i) => {
      const points: PointInput[] = p.rounds.map((r, j) => pointFrom(edition, r.row.id, stages[j] as string, { scale: 'billion' }));
      const rep = reported[i];
      if (rep) points.push(pointFrom(edition, rep.id, REPORTED_STAGE, { scale: 'billion' }));
      return { id: p.company, label: companyLabel(edition, p.company), points };
    });

    // Takeaway: were the revisions all upward, and how far did the reported figure land from the first guidance?
    const raisedEveryTime = paths.every((p) => p.rounds.every((r, j) => j === 0 || r.row.value > (p.rounds[j - 1] as { row: StoredObservation }).row.value));
    const names = listWords(series.map((s) => s.label));
    let takeaway: string;
    if (haveReported && reported.every(Boolean)) {
      const overFirst = paths
        .map((p, i) => ({ name: series[i]?.label as string, change: percentChange((reported[i] as StoredObservation).value, (p.rounds[0] as { row: StoredObservation }).row.value) }))
        .sort((a, b) => a.change - b.change);
      const lo = overFirst[0] as { name: string; change: number };
      const hi = overFirst[overFirst.length - 1] as { name: string; change: number };
      const revised = roundCount > 1 ? (raisedEveryTime ? `raised their ${year} capex guidance at every update, and ` : `revised their ${year} capex guidance during the year, and `) : '';
      takeaway =
        lo.change > 0
          ? `${names} ${revised}reported between ${formatPlain(lo.change, 'percent', 'one', 0)} (${lo.name}) and ${formatPlain(hi.change, 'percent', 'one', 0)} (${hi.name}) more than they first guided.`
          : `${names} ${revised}reported between ${pct(lo.change)} (${lo.name}) and ${pct(hi.change)} (${hi.name}) against their first guidance.`;
      takeaway = takeaway.replace(/^./, (c) => c.toUpperCase());
    } else if (roundCount > 1) {
      takeaway = raisedEveryTime ? `${names} raised their ${year} capex guidance at every update.` : `${names} revised their ${year} capex guidance during the year.`;
    } else {
      takeaway = `As of ${formatDate(edition.asOf)}, ${names} had each given one round of ${year} capex guidance; revisions and reported figures appear with later dataset editions.`;
    }

    // Microsoft is left out, and the note says why with its own figures.
    const msPlan = firstGuidance(edition, 'microsoft', year, loadEdition);
    const msReported = annualCapex(edition, 'microsoft').find((a) => a.year === year && a.row.kind === 'reported')?.row;
    const msQuarters = findObservations(edition, (r) => /^capex\.microsoft\.fy\d{4}-q\d$/.test(r.id)).sort((a, b) => a.period.localeCompare(b.period));
    const msNote = [
      `Microsoft is not shown: it gave no formal capex guidance for fiscal ${year}${msPlan ? `. The ${msPlan.row.qualifier}${usd(msPlan.row.value, 0)} it cited in January ${year} was planned spending on AI-enabled datacenters, a broader measure than the additions to property and equipment it reports` : ''}${msReported ? `, which were ${usd(msReported.value)} for ${msReported.period} (July ${year - 1} to June ${year}); the two are not like-for-like` : ''}.`,
      ...msQuarters.map((q) => `Microsoft ${q.period}: ${q.qualifier}${usd(q.value, 0)}${q.note ? `. ${q.note.replace(/\.$/, '')}` : ''}.`),
    ];

    const notes = [
      `Each guidance point is the company’s guidance for calendar ${year} capex ${fromPath ? 'as it stood after its results in that month' : `as it stood on ${formatDate(edition.asOf)}`}${haveReported ? `; the last point is the figure reported for ${year}` : ''}. Where guidance was a range the point is its midpoint and the whisker spans the range.`,
      'Amazon and Alphabet: purchases of property and equipment. Meta: capital expenditures including principal payments on finance leases, in guidance and reported figures alike.',
      ...msNote,
      ...caveatNotes(edition, reported.filter((r): r is StoredObservation => r !== undefined).map((r) => r.id)),
    ];
    const msKeys = [...(msReported ? [msReported.id] : []), ...msQuarters.map((q) => q.id)];
    // Microsoft is quoted in a note, not plotted; its plan may be read from the edition it was current in.
    const sources = [...sourcesOf(edition, msKeys), ...(msPlan ? sourcesOf(msPlan.edition, [msPlan.row.id]) : [])];
    return {
      id: 'capex-guidance-path',
      title: `${year} capex: guidance at each results date, and the reported figure`,
      takeaway,
      chart: 'line',
      x: { label: haveReported ? 'Guidance as of, then reported' : 'Guidance as of', type: 'category' },
      y: { label: 'Capital expenditure', type: 'linear', unit: 'USD', scale: 'billion', min: 0 },
      categories,
      series,
      notes,
      sources,
    };
  },
};

export const exhibits: ExhibitDefinition[] = [hyperscalerCapex, capexGrowthExhibit, capexCombined, capexGuidancePath, ...editionsExhibits];
