/**
 * Fiscal year ends, fixed or moving. `fiscal_year_end` is either
 *   MM-DD               a fixed date: 06-30 is a year ending 30 June;
 *   last-<day>-<month>  a 52/53-week year ending on the last given weekday of a month: last-sun-jan ends on
 *                       the last Sunday of January (26 January 2025);
 *   nearest-<day>-<month>  a 52/53-week year ending on the given weekday nearest the last day of a month:
 *                       nearest-sun-jan ends on the Sunday nearest 31 January (2 February 2025).
 * A fiscal year is labelled FY<N> by the year of its nominal month end, which is the year it ends in: FY2025
 * of nearest-sun-jan ends on 2 February 2025. (Only a nearest-…-dec year can end in early January of N+1;
 * it is still FY<N>, as companies label it.) Pure.
 */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The values `fiscal_year_end` takes (also the Table Schema pattern of the column in new editions). */
export const FISCAL_YEAR_END_PATTERN = `^(?:\\d{2}-\\d{2}|(?:last|nearest)-(?:${WEEKDAYS.join('|')})-(?:${MONTHS.join('|')}))$`;

export type FiscalYearEnd = { kind: 'fixed'; month: number; day: number } | { kind: 'last' | 'nearest'; weekday: number; month: number };

/** The rule a `fiscal_year_end` cell states, or a sentence saying why it states none. */
export function parseFiscalYearEnd(text: string): FiscalYearEnd | { problem: string } {
  const fixed = /^(\d{2})-(\d{2})$/.exec(text);
  if (fixed) {
    const month = Number(fixed[1]);
    const day = Number(fixed[2]);
    // Any year: 02-29 is refused, as a fiscal year cannot end on a day most years lack.
    const days = new Date(Date.UTC(2025, month, 0)).getUTCDate();
    if (month < 1 || month > 12 || day < 1 || day > days) return { problem: `"${text}" is not a day of the year (MM-DD).` };
    return { kind: 'fixed', month, day };
  }
  const moving = /^(last|nearest)-([a-z]{3})-([a-z]{3})$/.exec(text);
  if (moving) {
    const weekday = (WEEKDAYS as readonly string[]).indexOf(moving[2]!);
    const month = (MONTHS as readonly string[]).indexOf(moving[3]!) + 1;
    if (weekday < 0) return { problem: `"${moving[2]}" in "${text}" is not a weekday: write ${WEEKDAYS.join(', ')}.` };
    if (month < 1) return { problem: `"${moving[3]}" in "${text}" is not a month: write ${MONTHS.join(', ')}.` };
    return { kind: moving[1] as 'last' | 'nearest', weekday, month };
  }
  return { problem: `"${text}" is not a fiscal year end: write MM-DD (06-30), last-<weekday>-<month> (last-sun-jan) or nearest-<weekday>-<month> (nearest-sat-sep).` };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The day fiscal year FY<year> ends, ISO (YYYY-MM-DD). */
export function fiscalYearEndDate(rule: FiscalYearEnd, year: number): string {
  if (rule.kind === 'fixed') return iso(new Date(Date.UTC(year, rule.month - 1, rule.day)));
  const monthEnd = new Date(Date.UTC(year, rule.month, 0));
  const back = (monthEnd.getUTCDay() - rule.weekday + 7) % 7;
  if (rule.kind === 'last' || back <= 3) return iso(new Date(monthEnd.getTime() - back * 86_400_000));
  return iso(new Date(monthEnd.getTime() + (7 - back) * 86_400_000));
}

/** The fiscal year (its label's number) that a day falls in: the first FY<N> ending on or after it. */
export function fiscalYearOf(rule: FiscalYearEnd, date: string): number {
  const year = Number(date.slice(0, 4));
  for (let n = year - 1; n <= year + 1; n++) if (fiscalYearEndDate(rule, n) >= date) return n;
  return year + 2;
}

/** Weeks in FY<year>: 52 or 53 for a moving end; undefined for a fixed date. */
export function fiscalYearWeeks(rule: FiscalYearEnd, year: number): number | undefined {
  if (rule.kind === 'fixed') return undefined;
  const days = (Date.parse(fiscalYearEndDate(rule, year)) - Date.parse(fiscalYearEndDate(rule, year - 1))) / 86_400_000;
  return days / 7;
}

/** "FY2025 (53 weeks to 2 February 2025)" or "FY2025 (year to 30 June 2025)": how a fiscal period reads in full. */
export function describeFiscalYear(rule: FiscalYearEnd, year: number): string {
  const end = fiscalYearEndDate(rule, year);
  const [y, m, d] = end.split('-').map(Number) as [number, number, number];
  const weeks = fiscalYearWeeks(rule, year);
  return `FY${year} (${weeks ? `${weeks} weeks` : 'year'} to ${d} ${MONTH_NAMES[m - 1]} ${y})`;
}

/** "the last Sunday of January": the rule in words, for messages and the methodology page. */
export function describeFiscalYearEnd(rule: FiscalYearEnd): string {
  if (rule.kind === 'fixed') return `${rule.day} ${MONTH_NAMES[rule.month - 1]}`;
  return rule.kind === 'last'
    ? `the last ${DAY_NAMES[rule.weekday]} of ${MONTH_NAMES[rule.month - 1]}`
    : `the ${DAY_NAMES[rule.weekday]} nearest the end of ${MONTH_NAMES[rule.month - 1]}`;
}
