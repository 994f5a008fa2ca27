/**
 * The text a `<Value>` prints for its props: shared by the component (src/components/Value.astro) and the
 * build-time wording checks (value-wording.ts), so the check reads exactly what the reader will see.
 */
import type { Quantity } from '../data/quantity.ts';
import type { Scale } from '../data/units.ts';
import { formatQuantity } from '../format/quantity.ts';

export interface ValueTextProps {
  digits?: number;
  scale?: Scale;
  style?: 'prose' | 'short';
  /** Print only the low or high end of a range, its central value, or the plain number without its unit. */
  part?: 'value' | 'low' | 'high' | 'number';
}

/** The quantity as `part` selects it: one end of a range, or its central value alone. */
export function shownQuantity(q: Quantity, part: ValueTextProps['part']): Quantity {
  if (part === 'low' || part === 'high') return { ...q, value: q[part] ?? q.value, low: null, high: null };
  if (part === 'value') return { ...q, low: null, high: null };
  return q;
}

export function valueText(q: Quantity, props: ValueTextProps = {}): string {
  const shown = shownQuantity(q, props.part);
  const { digits, scale, style } = props;
  if (props.part === 'number') return formatQuantity({ ...shown, unit: 'count', qualifier: '' }, { digits, scale: 'one' });
  return formatQuantity(shown, { digits, scale, style });
}
