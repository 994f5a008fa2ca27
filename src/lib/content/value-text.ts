/**
 * The text a `<Value>` prints for a quantity and its props, shared by the component (Value.astro) and the
 * article edition review (src/lib/editions/article-review.ts), so "what the reader sees" is one function.
 */
import type { Quantity } from '../data/quantity.ts';
import type { Scale } from '../data/units.ts';
import { formatQuantity } from '../format/quantity.ts';

export interface ValueOptions {
  /** Decimal places; defaults to the precision the value is stored with. */
  digits?: number | undefined;
  /** Re-express in another scale, e.g. scale="million" for 5,576 thousand. */
  scale?: Scale | undefined;
  style?: 'prose' | 'short' | undefined;
  /** Print only the low or high end of a range, its central value, or the plain number without its unit. */
  part?: 'value' | 'low' | 'high' | 'number' | undefined;
}

/** The quantity as shown (a range narrowed to the part asked for), and its text. */
export function valueShown(q: Quantity, opts: ValueOptions = {}): { shown: Quantity; text: string } {
  const { digits, scale, style, part } = opts;
  // `part` picks one number out of a range: its low or high end, or its central value alone.
  const shown =
    part === 'low' || part === 'high'
      ? { ...q, value: q[part] ?? q.value, low: null, high: null }
      : part === 'value'
        ? { ...q, low: null, high: null }
        : q;
  const text =
    part === 'number'
      ? formatQuantity({ ...shown, unit: 'count', qualifier: '' }, { digits, scale: 'one' })
      : formatQuantity(shown, { digits, scale, style });
  return { shown, text };
}
