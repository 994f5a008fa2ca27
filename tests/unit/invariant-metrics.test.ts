/**
 * The provenance invariant, for every metric of the report in every released edition: a computed figure
 * is only as firm as its least firm input. Its kind is the combined kind of the rows it rests on (its
 * `keys`), unless it states why not (`kindReason`); it rests on at least one row; it is unconfirmed when
 * any of those rows is; and every source it cites is in the registry.
 */
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/data/errors.ts';
import { getObservation } from '../../src/lib/data/lookup.ts';
import { defaultRoot, loadEdition } from '../../src/lib/data/load.ts';
import { readLock } from '../../src/lib/data/lock.ts';
import type { Quantity } from '../../src/lib/data/quantity.ts';
import { combinedKind } from '../../src/lib/derive/index.ts';
import { METRICS } from '../../src/lib/metrics/index.ts';
import { getSource, loadSources } from '../../src/lib/sources/registry.ts';

const RELEASED = Object.keys(readLock(defaultRoot()).editions).sort();
const registry = loadSources();
const NEWEST = RELEASED.at(-1)!;

/**
 * Figures a model gives at fixed settings (the Jevons exhibit's defaults): they read no dataset row, so
 * they are listed here by name rather than let any metric go without inputs unnoticed.
 */
const MODEL_FIGURES = new Set([
  'metric.jevons.default.elasticity',
  'metric.jevons.default.reduction',
  'metric.jevons.default.usage',
  'metric.jevons.default.spend',
  'metric.jevons.inelastic.elasticity',
  'metric.jevons.inelastic.spend',
]);

/** A metric that needs rows an older edition lacks says so; anything else is a bug. */
function cannotCompute(err: unknown): boolean {
  // By name: report modules may load their own copy of the DataError class.
  // TypeScript metrics say "Unknown observation id"; metrics.yaml figures say 'there is no row "…" in dataset edition'.
  if (err instanceof DataError || (err instanceof Error && err.name === 'DataError')) return /Unknown observation id|cannot be computed from dataset edition|there is no row "[^"]+" in dataset edition/.test(err.message);
  return err instanceof Error && /cannot be computed from dataset edition/.test(err.message);
}

function computeAll(version: string): { computed: Map<string, Quantity>; skipped: string[] } {
  const edition = loadEdition(version);
  const computed = new Map<string, Quantity>();
  const skipped: string[] = [];
  for (const [id, m] of METRICS) {
    try {
      computed.set(id, m.compute(edition, loadEdition));
    } catch (err) {
      if (!cannotCompute(err)) throw err;
      skipped.push(id);
    }
  }
  return { computed, skipped };
}

describe('every metric obeys the provenance rule', () => {
  it('is checked on every released edition', () => {
    expect(RELEASED).toEqual(expect.arrayContaining(['2025-02', '2026-02']));
    expect(METRICS.size).toBeGreaterThan(100);
  });

  const newest = computeAll(NEWEST);
  for (const version of RELEASED) {
    describe(`edition ${version}`, () => {
      const { computed, skipped } = computeAll(version);

      it('computes most metrics (only those needing rows the edition lacks are skipped)', () => {
        expect(computed.size + skipped.length).toBe(METRICS.size);
        // The newest released edition computes every metric. An older one may skip a metric only when one of
        // the rows it reads in the newest edition is missing or different there (a guidance figure later
        // replaced by the reported one, say): with the same inputs, a metric must compute.
        if (version === NEWEST) expect(skipped).toEqual([]);
        else {
          const edition = loadEdition(version);
          const newestEdition = loadEdition(NEWEST);
          const same = (k: string) => {
            const [a, b] = [edition.observations.get(k), newestEdition.observations.get(k)];
            return a !== undefined && b !== undefined && a.value === b.value && a.kind === b.kind && a.period === b.period;
          };
          const computable = skipped.filter((id) => newest.computed.get(id)?.keys.every(same));
          expect(computable, `metrics whose rows are all in ${version} but which did not compute`).toEqual([]);
        }
      });

      it('gives every figure its input keys (model figures, listed by name, excepted)', () => {
        for (const [id, q] of computed) {
          if (MODEL_FIGURES.has(id)) {
            expect(q.keys, id).toEqual([]);
            expect(q.kindReason?.trim(), id).toBeTruthy();
            continue;
          }
          expect(q.keys.length, `${id} has no input keys`).toBeGreaterThan(0);
        }
      });

      it('has kind = combinedKind of its inputs’ kinds, unless it states a reason', () => {
        const wrong: string[] = [];
        for (const [id, q] of computed) {
          if (q.kindReason !== undefined) {
            expect(q.kindReason.trim(), `${id}: an override needs a reason`).not.toBe('');
            continue;
          }
          // Rows are read in the edition the figure states (a guidance row relabelled from an older one).
          const rows = q.keys.map((k) => getObservation(loadEdition(q.edition), k));
          // A row quoted as it stands (no formula) keeps its own kind; a computed one is as firm as its least firm input.
          const expected = q.formula === undefined && rows.length === 1 ? rows[0]!.kind : combinedKind(rows.map((r) => r.kind));
          if (q.kind !== expected) wrong.push(`${id}: ${q.kind}, but its inputs (${q.keys.join(', ')}) make it ${expected}`);
        }
        expect(wrong).toEqual([]);
      });

      it('is unconfirmed exactly when an input is', () => {
        for (const [id, q] of computed) {
          if (q.formula === undefined || q.keys.length === 0) continue;
          const rows = q.keys.map((k) => getObservation(loadEdition(q.edition), k));
          expect(q.confidence === 'U', id).toBe(rows.some((r) => r.confidence === 'U'));
        }
      });

      it('cites only sources in content/sources.json, and at least one', () => {
        for (const [id, q] of computed) {
          expect(q.sources.length, id).toBeGreaterThan(0);
          for (const s of q.sources) expect(() => getSource(registry, s.id), `${id} cites ${s.id}`).not.toThrow();
        }
      });
    });
  }
});
