/**
 * A calendar date written as YYYY-MM-DD: the one date rule of everything authors type (article
 * frontmatter, content/site.yaml). A pattern alone lets "2025-02-31" through, which then fails only when a
 * page formats it (or, read by a YAML parser that builds dates, silently becomes 3 March).
 */
import { z } from 'zod';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `text` is YYYY-MM-DD and that day exists (leap years included). */
export function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export const IsoDate = z.string().superRefine((text, ctx) => {
  if (!ISO_DATE.test(text)) ctx.addIssue({ code: 'custom', message: 'write the date as YYYY-MM-DD, in quotes, e.g. "2025-02-14"' });
  else if (!isCalendarDate(text)) ctx.addIssue({ code: 'custom', message: `there is no such day: check the month and the day (YYYY-MM-DD, e.g. "2025-02-14")` });
});
