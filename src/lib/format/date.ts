/** ISO date -> "14 February 2025". Parsed by hand (no Date, no time zone) so output never depends on the clock or TZ. */
/** English month names, January first; the one table every date in the site is written with. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** "Jan" … "Dec" for a 1-based month number; undefined when out of range. */
export function shortMonth(month: number): string | undefined {
  return MONTHS[month - 1]?.slice(0, 3);
}

/** APA-style date: "2024, December 27", "2024, July" or "2024". */
export function apaDate(year: number, month?: number, day?: number): string {
  const name = month === undefined ? undefined : (MONTHS[month - 1] ?? String(month));
  if (name === undefined) return String(year);
  return `${year}, ${name}${day === undefined ? '' : ` ${day}`}`;
}

export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) throw new Error(`"${iso}" is not an ISO date (YYYY-MM-DD or YYYY-MM).`);
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}
