/**
 * Price-decline arithmetic for token prices: how many times cheaper, over how long, and the same fall
 * expressed per year. Annualising puts declines measured over different spans on one scale:
 * factor per year = (p0 / p1)^(12 / months).
 */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Months since year 0 for a "YYYY-MM" period. */
export function monthIndex(period: string): number {
  const m = MONTH.exec(period);
  if (!m) {
    throw new RangeError(`"${period}" is not a month period. Price declines are dated by month: write the period as YYYY-MM, e.g. 2023-03.`);
  }
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** Whole months from one "YYYY-MM" period to a later one. */
export function monthsBetween(from: string, to: string): number {
  const months = monthIndex(to) - monthIndex(from);
  if (months <= 0) {
    throw new RangeError(`${to} is not after ${from}. An annual rate needs a start month before the end month; check the order of the two periods.`);
  }
  return months;
}

/** The start and end months of a "YYYY-MM/YYYY-MM" span. */
export function spanMonths(span: string): { from: string; to: string } {
  const [from, to, extra] = span.split('/');
  if (!from || !to || extra !== undefined) {
    throw new RangeError(`"${span}" is not a span of months. Write it as YYYY-MM/YYYY-MM, e.g. 2023-03/2024-11.`);
  }
  monthIndex(from);
  monthIndex(to);
  return { from, to };
}

/** How many times cheaper the later price is: p0 / p1. */
export function declineFactor(p0: number, p1: number): number {
  if (!(p0 > 0) || !(p1 > 0)) {
    throw new RangeError(`Prices ${p0} and ${p1} cannot be compared as a ratio: both must be positive numbers.`);
  }
  return p0 / p1;
}

/** A total fall of `factor` times over `months`, as times per year: factor^(12 / months). */
export function annualise(factor: number, months: number): number {
  if (!(factor > 0) || !(months > 0)) {
    throw new RangeError(`Cannot annualise a fall of ${factor}× over ${months} months: both must be positive.`);
  }
  return factor ** (12 / months);
}

/** Times cheaper per year for a price p0 in month `from` falling to p1 in month `to`. */
export function annualDecline(p0: number, from: string, p1: number, to: string): number {
  return annualise(declineFactor(p0, p1), monthsBetween(from, to));
}

/**
 * A price change quoted as per cent per year (−30 for "30% cheaper each year") as times cheaper per year,
 * 1 / (1 + pct / 100), so hardware trends sit on the same scale as token-price declines.
 */
export function timesCheaperPerYear(percentChange: number): number {
  if (!Number.isFinite(percentChange) || percentChange <= -100) {
    throw new RangeError(
      `A change of ${percentChange}% a year cannot be expressed as times cheaper per year: a price cannot fall by 100% or more. Give the annual change as a number above −100.`,
    );
  }
  return 1 / (1 + percentChange / 100);
}
