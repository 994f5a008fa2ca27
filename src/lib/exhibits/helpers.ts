/**
 * Small helpers for exhibit functions: turn dataset rows into points and table cells, so each exhibit
 * reads as "which rows, in which order" rather than bookkeeping. Figures computed from rows are not made
 * here: they go through the derivation kernel (`derive` + `derivedPointOf`, src/lib/derive), so their
 * kind is the combined kind of what they read.
 */
import { getObservation, type StoredObservation } from '../data/lookup.ts';
import type { Edition } from '../data/schema.ts';
import { SCALES, type Scale } from '../data/units.ts';
import { fromBase, toBase } from '../derive/base.ts';
import type { Derived } from '../derive/kernel.ts';
import { derivedValue } from '../derive/point.ts';
import type { SourceRef } from '../sources/schema.ts';
import type { z } from 'zod';
import type { Cell, Point } from './spec.ts';

export type PointInput = z.input<typeof Point>;
export type CellInput = z.input<typeof Cell>;
type ValueFields = Omit<PointInput, 'x' | 'y0' | 'name'>;

/**
 * A row's value with its provenance, in `scale` (default the row's own): value, range, qualifier, kind,
 * key, unconfirmed, and the unit and scale it is written in, so every rendering and download prints it
 * in its own measure. Digits keep the precision the row was written with, shifted by the rescale.
 */
export function valueFrom(edition: Edition, key: string, scale?: Scale): ValueFields {
  const row = getObservation(edition, key);
  const to = scale ?? row.scale;
  const conv = (v: number) => (to === row.scale ? v : fromBase(toBase(v, row.scale), to));
  const shift = Math.round(Math.log10(SCALES[to].factor / SCALES[row.scale].factor));
  return {
    y: conv(row.value),
    ...(row.low !== null && row.high !== null ? { low: conv(row.low), high: conv(row.high) } : {}),
    kind: row.kind,
    qualifier: row.qualifier,
    keys: [row.id],
    unconfirmed: row.confidence === 'U',
    // The row's own note travels with the value into the table view and the CSV (spec.ts `note`).
    ...(row.note ? { note: row.note } : {}),
    unit: row.unit,
    scale: to,
    // 1.4 trillion written with one decimal is 1,400 billion with none; 294 thousand is 0.294 million.
    ...(row.digits === undefined ? {} : { digits: Math.min(6, Math.max(0, row.digits + shift)) }),
  };
}

/**
 * A point read straight from one dataset row, in the row's unit and in `extra.scale` if given (else the
 * row's scale); charts convert it to their axis's scale for drawing. `extra` may name the point or add
 * keys the point also depends on (e.g. the size a scatter point is placed at).
 */
export function pointFrom(edition: Edition, key: string, x: string | number, extra: Partial<PointInput> = {}): PointInput {
  const row = getObservation(edition, key);
  if (extra.unit && extra.unit !== row.unit) {
    throw new Error(`Point "${String(x)}" reads ${key}, which is in ${row.unit}, but the exhibit asks for ${extra.unit}.\nA row's unit cannot be relabelled: plot it on an axis in ${row.unit}, or compute the figure with derive().`);
  }
  return { x, ...valueFrom(edition, key, extra.scale), ...extra };
}

/** A table cell read straight from one dataset row, in `scale` if given (one scale per column). */
export function cellFrom(edition: Edition, key: string, scale?: Scale, extra: Partial<CellInput> = {}): CellInput {
  return { ...valueFrom(edition, key, scale), ...extra };
}

/** A table cell holding a derived figure, in `scale` (the column's): value, range, kind and keys from its inputs. */
export function derivedCellOf(d: Derived, scale: Scale = 'one', extra: Partial<CellInput> = {}): CellInput {
  return { ...derivedValue(d, scale), ...extra };
}

/** A table cell of words (a text column). */
export function textCell(text: string): CellInput {
  return { text };
}

/**
 * Source references (id + locator) of the given rows, deduplicated in first-appearance order: for the
 * extra sources of an exhibit (rows its notes quote but no value reads). The registry adds the sources of
 * every value's keys itself.
 */
export function sourcesOf(edition: Edition, keys: string[]): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const key of keys) {
    const row: StoredObservation = getObservation(edition, key);
    const tag = `${row.source}|${row.locator ?? ''}`;
    if (seen.has(tag)) continue;
    seen.add(tag);
    out.push(row.locator ? { id: row.source, locator: row.locator } : { id: row.source });
  }
  return out;
}

/** Every dataset key the points of a spec use, for `notesOf`. */
export function keysOf(series: { points: PointInput[] }[]): string[] {
  return series.flatMap((s) => s.points.flatMap((p) => p.keys ?? []));
}

/**
 * Dataset notes of the given rows, deduplicated, as "Subject: note". Values read with pointFrom/cellFrom
 * already carry their row's note into the table view and CSV (spec.ts `note`); use this only for rows
 * the exhibit's notes quote but no value shows.
 */
export function notesOf(edition: Edition, keys: string[]): string[] {
  const notes: string[] = [];
  for (const key of keys) {
    const row = getObservation(edition, key);
    const note = row.note ? `${row.subject}: ${row.note}` : undefined;
    if (note && !notes.includes(note)) notes.push(note);
  }
  return notes;
}
