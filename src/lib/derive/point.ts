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

/**
 * The dataset notes of a derived figure's inputs, grouped by subject ("DeepSeek-V3: H800 GPU-hours; final
 * run only"), for an exhibit to pass as a derived value's `note` (spec.ts: table view and CSV, not the
 * chart's notes) where its inputs' definitions differ and matter (a ratio of two models' GPU-hours). Not
 * added by default: a sum or a share would repeat every input's note in every row.
 */
export function inputNotes(d: Pick<Derived, 'inputs'>): string | undefined {
  const bySubject = new Map<string, string[]>();
  for (const { row } of d.inputs) {
    if (!row.note) continue;
    const note = row.note.replace(/\.$/, '');
    const list = bySubject.get(row.subject) ?? [];
    if (!list.includes(note)) list.push(note);
    bySubject.set(row.subject, list);
  }
  // Two years of one company usually share a definition and one adds a caveat: keep the fuller note only.
  const fullest = (notes: string[]) => notes.filter((n, i) => !notes.some((m, j) => j !== i && m.length > n.length && m.startsWith(n)));
  const parts = [...bySubject].map(([subject, notes]) => `${subject}: ${fullest(notes).join('; ')}`);
  return parts.length ? parts.join('. ') : undefined;
}

export function derivedPointOf(d: Derived, x: string | number, scale: Scale = 'one', extra: Partial<PointInput> = {}): PointInput {
  return { x, ...derivedValue(d, scale), ...extra };
}
