/**
 * Row values and number text for exhibit code that reads rows directly (outside a derivation). Metrics
 * read rows through the kernel's reader instead (#engine/derive), which records them as inputs.
 */
import { getObservation } from '#engine/data/lookup.ts';
import type { Edition } from '#engine/data/schema.ts';
import { toBase } from '#engine/derive/base.ts';
import { formatNumber } from '#engine/format/number.ts';

/** A dataset row as a plain number in base units (GPU-hours, USD, tokens, parameters, FLOP). */
export function base(edition: Edition, key: string): number {
  const row = getObservation(edition, key);
  return toBase(row.value, row.scale);
}

/** Prints a base-unit number compactly for labels: 30840000 -> "30.84M". */
export function compact(n: number): string {
  const steps: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  for (const [f, s] of steps) if (Math.abs(n) >= f) return `${formatNumber(Number((n / f).toPrecision(4)))}${s}`;
  return formatNumber(n);
}

/** A large number in scientific notation for labels: 3.2856e24 -> "3.29e24". */
export function sci(n: number, digits = 2): string {
  return n.toExponential(digits).replace('e+', 'e');
}
