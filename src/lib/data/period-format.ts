/**
 * How a `period` cell is written for each `period_type`, so that "FY2023" cannot sit on a calendar-year
 * row (charts sort and label periods by their text). Pure. The rule, also in README "The dataset":
 *   calendar-year  YYYY                        2024
 *   fiscal-year    FYYYYY (the year it ends)   FY2025, with fiscal_year_end
 *   quarter        YYYY-Qn, or FYYYYY-Qn for a fiscal quarter (with fiscal_year_end)
 *   month          YYYY-MM                     2025-01
 *   date, as-of    YYYY-MM-DD                  2025-01-27
 *   span           start/end, both YYYY, both YYYY-MM or both YYYY-MM-DD, start before end
 */
import type { PeriodType } from './units.ts';

const YEAR = String.raw`\d{4}`;
const MONTH = String.raw`\d{4}-(?:0[1-9]|1[0-2])`;
const DAY = String.raw`\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])`;

const FORMATS: Record<PeriodType, { pattern: RegExp; example: string; written: string }> = {
  'calendar-year': { pattern: new RegExp(`^${YEAR}$`), written: 'YYYY', example: '2024' },
  'fiscal-year': { pattern: new RegExp(`^FY${YEAR}$`), written: 'FY followed by the year the fiscal year ends', example: 'FY2025' },
  quarter: { pattern: new RegExp(`^(?:FY)?${YEAR}-Q[1-4]$`), written: 'YYYY-Qn (FYYYYY-Qn for a fiscal quarter)', example: '2024-Q4' },
  month: { pattern: new RegExp(`^${MONTH}$`), written: 'YYYY-MM', example: '2025-01' },
  date: { pattern: new RegExp(`^${DAY}$`), written: 'YYYY-MM-DD', example: '2025-01-27' },
  'as-of': { pattern: new RegExp(`^${DAY}$`), written: 'YYYY-MM-DD', example: '2025-01-27' },
  span: { pattern: new RegExp(`^(?:${YEAR}/${YEAR}|${MONTH}/${MONTH}|${DAY}/${DAY})$`), written: 'start/end, both written alike (YYYY, YYYY-MM or YYYY-MM-DD)', example: '2022-11/2024-10' },
};

/** A calendar date that exists (no 2025-02-30). */
function realDay(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Why `period` is not written the way `type` requires (a sentence with the expected form and an
 * example), or undefined when it is. `fiscalYearEnd` is the row's fiscal_year_end (null when empty).
 */
export function periodProblem(period: string, type: PeriodType, fiscalYearEnd: string | null): { message: string; hint: string } | undefined {
  const f = FORMATS[type];
  const hint = `a ${type} period is written ${f.written}, e.g. ${f.example}.`;
  if (!f.pattern.test(period)) {
    const fiscal = type !== 'fiscal-year' && /^FY\d{4}$/.test(period);
    return {
      message: `column "period": "${period}" is not a ${type} period.`,
      hint: fiscal ? `${hint} For a fiscal year, set period_type to fiscal-year and fiscal_year_end (MM-DD, or last-sun-jan for a 52/53-week year).` : hint,
    };
  }
  const days = period.split('/').filter((p) => /^\d{4}-\d{2}-\d{2}$/.test(p));
  const unreal = days.find((d) => !realDay(d));
  if (unreal) return { message: `column "period": "${unreal}" is not a real date.`, hint: 'check the day and month (YYYY-MM-DD).' };
  if (type === 'span') {
    const [start, end] = period.split('/') as [string, string];
    if (!(start < end)) return { message: `column "period": span "${period}" does not end after it starts.`, hint: 'write the earlier end first: start/end.' };
  }
  if (type === 'quarter' && period.startsWith('FY') && fiscalYearEnd === null) {
    return { message: `column "fiscal_year_end": fiscal quarter "${period}" needs the month and day its fiscal year ends.`, hint: 'write fiscal_year_end as MM-DD (06-30) or a 52/53-week rule (last-sun-jan).' };
  }
  return undefined;
}
