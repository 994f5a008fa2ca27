/** A derived figure as an exhibit point: its value in the axis scale, and its kind and keys from its inputs. */
import type { Scale } from '../data/units.ts';
import type { PointInput } from '../exhibits/helpers.ts';
import { fromBase } from './base.ts';
import type { Derived } from './kernel.ts';

/** The value a derived figure shows, in `scale` (the axis's or column's): range, qualifier, kind and keys travel with it. */
export function derivedValue(d: Derived, scale: Scale = 'one') {
  return {
    y: fromBase(d.value, scale),
    ...(d.low !== undefined && d.high !== undefined ? { low: fromBase(d.low, scale), high: fromBase(d.high, scale) } : {}),
    qualifier: d.qualifier ?? '',
    kind: d.kind,
    keys: d.keys,
    unconfirmed: d.unconfirmed,
  };
}

export function derivedPointOf(d: Derived, x: string | number, scale: Scale = 'one', extra: Partial<PointInput> = {}): PointInput {
  return { x, ...derivedValue(d, scale), ...extra };
}
