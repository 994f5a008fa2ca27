/**
 * Which exhibits a dataset revision touches: every key the row-level diff reports (changed, added or
 * removed) mapped to the exhibits whose points read it, in either edition. Pure.
 */
import type { EditionDiff } from '../data/diff.ts';
import type { ExhibitSpec } from '../exhibits/spec.ts';
import { specKeys } from '../exhibits/values.ts';

/** Every row id the diff reports, in diff order. */
export function diffKeys(diff: EditionDiff): string[] {
  return diff.tables.flatMap((t) => [...t.changed.map((c) => c.id), ...t.added.map((r) => r.id), ...t.removed.map((r) => r.id)]);
}

/** Exhibit id -> the dataset keys its points and cells read. */
export function keysByExhibit(specs: Iterable<ExhibitSpec>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const spec of specs) {
    const keys = out.get(spec.id) ?? new Set<string>();
    for (const { key } of specKeys(spec)) keys.add(key);
    out.set(spec.id, keys);
  }
  return out;
}

/**
 * Dataset key -> ids (sorted) of the exhibits that read it. `specs` should hold each exhibit built from
 * both editions, so a removed key finds the exhibits that used to read it and an added key the ones
 * that read it now. Keys no exhibit reads map to an empty list.
 */
export function affectedExhibits(diff: EditionDiff, specs: Iterable<ExhibitSpec>): Map<string, string[]> {
  // Inverted once (key -> exhibits), so the cost grows with keys + exhibits, not keys × exhibits.
  const byKey = new Map<string, Set<string>>();
  for (const [id, keys] of keysByExhibit(specs)) for (const key of keys) byKey.set(key, (byKey.get(key) ?? new Set()).add(id));
  const out = new Map<string, string[]>();
  for (const key of diffKeys(diff)) out.set(key, [...(byKey.get(key) ?? [])].sort());
  return out;
}

/** The exhibits touched by any key of the diff, sorted. */
export function exhibitsTouched(affected: Map<string, string[]>): string[] {
  return [...new Set([...affected.values()].flat())].sort();
}
