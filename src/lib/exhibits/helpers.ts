/**
 * Small helpers for exhibit functions: turn dataset rows into points and collect their sources, so each
 * exhibit reads as "which rows, in which order" rather than bookkeeping.
 */
import { getObservation, type StoredObservation } from '../data/lookup.ts';
import type { Edition } from '../data/schema.ts';
import type { z } from 'zod';
import type { Point, SourceRefSchema } from './spec.ts';

type SourceRef = z.infer<typeof SourceRefSchema>;
export type PointInput = z.input<typeof Point>;

/** A point read straight from one dataset row (value, range, kind, confidence and key travel with it). */
export function pointFrom(edition: Edition, key: string, x: string | number, extra: Partial<PointInput> = {}): PointInput {
  const row = getObservation(edition, key);
  return {
    x,
    y: row.value,
    ...(row.low !== null ? { low: row.low } : {}),
    ...(row.high !== null ? { high: row.high } : {}),
    kind: row.kind,
    qualifier: row.qualifier,
    keys: [row.id],
    unconfirmed: row.confidence === 'U',
    ...extra,
  };
}

/** A point computed from several rows: kind `derived`, keys of every input, unconfirmed if any input is. */
export function derivedPoint(edition: Edition, keys: string[], x: string | number, y: number, extra: Partial<PointInput> = {}): PointInput {
  const rows = keys.map((k) => getObservation(edition, k));
  return { x, y, kind: 'derived', keys, unconfirmed: rows.some((r) => r.confidence === 'U'), ...extra };
}

/** Source references (id + locator) of the given rows, deduplicated in first-appearance order. */
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

/** Every dataset key the points of a spec use, for `sourcesOf`. */
export function keysOf(series: { points: PointInput[] }[]): string[] {
  return series.flatMap((s) => s.points.flatMap((p) => p.keys ?? []));
}

/** Dataset notes of the given rows, deduplicated, for the exhibit's notes list. */
export function notesOf(edition: Edition, keys: string[]): string[] {
  const notes: string[] = [];
  for (const key of keys) {
    const row = getObservation(edition, key);
    const note = row.note ? `${row.subject}: ${row.note}` : undefined;
    if (note && !notes.includes(note)) notes.push(note);
  }
  return notes;
}
