/**
 * Invariants over every exhibit of the report, built from every released edition (an exhibit whose rows
 * an older edition does not have yet is skipped for that edition only):
 * - a value computed from rows has the combined kind of those rows (read in the value's own edition); a
 *   value read straight from a row has that row's kind;
 * - every CSV download row with a value carries a unit and a scale;
 * - no note says how figures are drawn (the caption key does);
 * - every source id resolves in content/sources.json.
 *
 * Written against the spec only through fields every spec version had (series/points, rows/cells, keys,
 * kind, unit/scale), so it also runs against older code.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { DataError } from '../../src/lib/data/errors.ts';
import { listEditions, loadEdition } from '../../src/lib/data/load.ts';
import { readLock } from '../../src/lib/data/lock.ts';
import { defaultRoot } from '../../src/lib/data/paths.ts';
import type { Edition } from '../../src/lib/data/schema.ts';
import { SCALES, type Kind, type Scale } from '../../src/lib/data/units.ts';
import { combinedKind } from '../../src/lib/derive/growth.ts';
import { buildExhibit, EXHIBITS } from '../../src/lib/exhibits/index.ts';
import type { ExhibitSpec } from '../../src/lib/exhibits/spec.ts';
import { exhibitCsv } from '../../src/lib/render/download.ts';
import { getSource, loadSources } from '../../src/lib/sources/registry.ts';

// Every released edition, plus a draft newer than all of them: the newest edition (the one the next
// release will publish) must build every exhibit; older ones may lack the rows of exhibits added since.
const lockedEditions = Object.keys(readLock(defaultRoot()).editions).sort();
const released = [...lockedEditions, ...listEditions().filter((v) => v > lockedEditions.at(-1)!)].sort();
const PATTERN_WORDS = /\b(?:cross-hatched|hatched|striped|hollow|dashed|solid|drawn as)\b/i;

interface AnyValue {
  y: number | null;
  low?: number;
  high?: number;
  kind: Kind;
  keys: string[];
  edition?: string;
  unit?: string;
  scale?: Scale;
}
type Measured = { unit?: string | undefined; scale?: Scale | undefined };

/** Every value of a spec with the unit and scale it is written in (own, else series/column, else axis). */
function valuesOf(spec: ExhibitSpec): { where: string; v: AnyValue; unit: string | undefined; scale: Scale }[] {
  const s = spec as unknown as {
    rows?: { name: string; cells: Record<string, AnyValue & { text?: string }> }[];
    columns?: ({ id: string } & Measured)[];
    series?: ({ id: string; points: (AnyValue & { x: string | number })[] } & Measured)[];
    y?: Measured;
  };
  if (s.rows && s.columns) {
    return s.rows.flatMap((r) =>
      s.columns!.flatMap((c) => {
        const cell = r.cells[c.id];
        if (!cell || cell.text !== undefined) return [];
        return [{ where: `${r.name} / ${c.id}`, v: cell, unit: cell.unit ?? c.unit, scale: cell.scale ?? c.scale ?? 'one' }];
      }),
    );
  }
  return (s.series ?? []).flatMap((se) =>
    se.points.map((p) => ({ where: `${se.id} / ${String(p.x)}`, v: p, unit: p.unit ?? se.unit ?? s.y?.unit, scale: p.scale ?? se.scale ?? s.y?.scale ?? 'one' })),
  );
}

const toBase = (v: number, scale: Scale) => v * SCALES[scale].factor;
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Each exhibit built from each released edition; undefined where the edition predates the exhibit's rows. */
function built(): { id: string; edition: Edition; spec: ExhibitSpec }[] {
  const out: { id: string; edition: Edition; spec: ExhibitSpec }[] = [];
  for (const version of released) {
    const edition = loadEdition(version);
    for (const id of [...EXHIBITS.keys()].sort()) {
      try {
        out.push({ id, edition, spec: buildExhibit(id, edition) });
      } catch (err) {
        // Only an unknown row id means "this exhibit needs a newer edition"; anything else is a failure.
        // TypeScript exhibits say "Unknown observation id", declarative ones "Unknown row or metric id" / "Unknown key".
        if (err instanceof DataError && /Unknown (?:observation id|row or metric id|key)/.test(err.message) && version !== released[released.length - 1]) continue;
        throw err;
      }
    }
  }
  return out;
}

const all = built();

describe('every exhibit from every released edition', () => {
  it('covers every exhibit from the latest edition and at least one from each released edition', () => {
    expect(released.length).toBeGreaterThanOrEqual(2);
    expect(listEditions()).toEqual(expect.arrayContaining(released));
    const latest = released[released.length - 1];
    expect(all.filter((b) => b.edition.version === latest).map((b) => b.id).sort()).toEqual([...EXHIBITS.keys()].sort());
    for (const v of released) expect(all.some((b) => b.edition.version === v)).toBe(true);
  });

  it('gives a computed value the combined kind of the rows it reads, and a value read from a row that row’s kind', () => {
    const problems: string[] = [];
    for (const { id, edition, spec } of all) {
      for (const { where, v, scale, unit } of valuesOf(spec)) {
        if (v.y === null || !v.keys?.length) continue;
        const from = v.edition ? loadEdition(v.edition) : edition;
        const rows = v.keys.map((k) => from.observations.get(k));
        // Timeline events have no kind; their points are reported spans.
        if (rows.some((r) => r === undefined)) {
          expect(v.keys.every((k) => from.events.has(k)), `${id} (${edition.version}) ${where}: unknown keys ${v.keys.join(', ')}`).toBe(true);
          continue;
        }
        const obs = rows as NonNullable<(typeof rows)[number]>[];
        const y = toBase(v.y, scale);
        const straight = obs.find((r) => r.unit === unit && [r.value, r.low, r.high].some((x) => x !== null && same(toBase(x, r.scale), y)));
        const want = straight ? straight.kind : combinedKind(obs.map((r) => r.kind));
        if (v.kind !== want) problems.push(`${id} (${edition.version}) ${where}: drawn as ${v.kind}, but ${straight ? `read from ${straight.id}` : `computed from ${v.keys.join(', ')}`}, so ${want}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes a unit and a scale on every CSV row that has a value', () => {
    const problems: string[] = [];
    for (const { id, edition, spec } of all) {
      const [head, ...rows] = parseCsv(exhibitCsv(spec)).map((r) => r.cells.map((c) => c.value));
      const col = (name: string) => head!.indexOf(name);
      for (const r of rows) {
        if (r[col('value')] === '') continue;
        if (!r[col('unit')] || !r[col('scale')]) problems.push(`${id} (${edition.version}): ${r.join(',')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('never says in a note how figures are drawn', () => {
    const notes = all.flatMap(({ id, edition, spec }) => spec.notes.filter((n) => PATTERN_WORDS.test(n)).map((n) => `${id} (${edition.version}): ${n}`));
    expect(notes).toEqual([]);
  });

  it('cites only sources in content/sources.json', () => {
    const registry = loadSources();
    for (const { spec } of all) {
      expect(spec.sources.length).toBeGreaterThan(0);
      for (const s of spec.sources) expect(() => getSource(registry, s.id)).not.toThrow();
    }
  });
});

describe('chinchilla-predicted-loss download', () => {
  it('writes Gopher’s 300 billion and Chinchilla’s 1.4 trillion tokens in one unit and scale: 300 and 1,400 billion', () => {
    for (const version of released) {
      const spec = buildExhibit('chinchilla-predicted-loss', loadEdition(version));
      const [head, ...rows] = parseCsv(exhibitCsv(spec)).map((r) => r.cells.map((c) => c.value));
      const col = (name: string) => head!.indexOf(name);
      const tokens = (model: string) => rows.find((r) => r[col('x')] === model && /tokens/i.test(r[col('series')]!) && r[col('source_keys')]?.endsWith('.tokens'));
      const gopher = tokens('Gopher');
      const chinchilla = tokens('Chinchilla');
      expect(gopher && chinchilla).toBeTruthy();
      expect([gopher![col('value')], gopher![col('unit')], gopher![col('scale')]]).toEqual(['300', 'tokens', 'billion']);
      expect([chinchilla![col('value')], chinchilla![col('unit')], chinchilla![col('scale')]]).toEqual(['1400', 'tokens', 'billion']);
    }
  });
});
