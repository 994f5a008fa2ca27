import { describe, expect, it } from 'vitest';
import { diffEditions, formatDiffJson, formatDiffText, hasChanges } from '../../src/lib/data/diff.ts';
import { loadEdition } from '../../src/lib/data/load.ts';
import type { Edition, ObservationRow } from '../../src/lib/data/schema.ts';
import { FIXTURE_ROOT } from './data-fixture-helpers.ts';

/** `edition` with one observation row changed, as a later edition would have it. */
function withRow(edition: Edition, id: string, patch: Partial<ObservationRow>): Edition {
  const tables: Edition['tables'] = new Map([...edition.tables].map(([name, t]) => [name, { ...t, rows: t.rows.map((r) => (r.id === id ? { ...r, ...patch } : r)) }]));
  const observations: Edition['observations'] = new Map([...edition.observations].map(([k, r]) => [k, k === id ? { ...r, ...patch } : r]));
  return { ...edition, version: `${edition.version}-x`, tables, observations };
}

const a = loadEdition('2025-02', { root: FIXTURE_ROOT });
const b = loadEdition('2026-02', { root: FIXTURE_ROOT });

describe('diffEditions', () => {
  it('finds changed, added and removed rows per table', () => {
    const diff = diffEditions(a, b);
    const capex = diff.tables.find((t) => t.table === 'capex')!;
    expect(capex.changed).toEqual([
      {
        id: 'capex.meta.2025',
        changes: [
          { field: 'value', old: 62.5, new: 72.22 },
          { field: 'low', old: 60, new: null },
          { field: 'high', old: 65, new: null },
          { field: 'kind', old: 'guidance', new: 'reported' },
          { field: 'locator', old: null, new: 'p. 70' },
          { field: 'confidence', old: 'V-S', new: 'V-P' },
        ],
        // Guidance replaced by the reported figure: a different measure, so no change is computed.
        absoluteChange: null,
        percentChange: null,
        superseded: { reason: 'kind', from: 'guidance', to: 'reported' },
      },
    ]);
    expect(capex.added.map((r) => r.id)).toEqual(['capex.meta.2026']);
    expect(capex.removed.map((r) => r.id)).toEqual(['capex.microsoft.fy2025']);
    expect(diff.tables.filter((t) => t.table !== 'capex').every((t) => !t.changed.length && !t.added.length && !t.removed.length)).toBe(true);
    expect(hasChanges(diff)).toBe(true);
  });

  it('computes the change of a like-for-like revision, and none for a value whose definition changed', () => {
    const revised = withRow(a, 'capex.meta.2024', { value: 40.5 });
    expect(diffEditions(a, revised).tables[0]!.changed).toEqual([
      { id: 'capex.meta.2024', changes: [{ field: 'value', old: 39.23, new: 40.5 }], absoluteChange: 1.27, percentChange: 3.23731837879, superseded: null },
    ]);
    const redefined = withRow(a, 'capex.meta.2024', { value: 40.5, like_for_like: false });
    const [change] = diffEditions(a, redefined).tables[0]!.changed;
    expect(change).toMatchObject({ absoluteChange: null, percentChange: null, superseded: { reason: 'definition', from: 'reported', to: 'reported' } });
    expect(formatDiffText(diffEditions(a, redefined), { from: a, to: redefined })).toContain(
      '  > capex.meta.2024: reported 39.23 USD billion was superseded by reported 40.5 USD billion, a measure defined differently (not like for like) (not a revision: no change computed)',
    );
  });

  it('reports no changes for an edition against itself', () => {
    const diff = diffEditions(a, a);
    expect(hasChanges(diff)).toBe(false);
    expect(formatDiffText(diff)).toBe('Dataset 2025-02 → 2025-02: no changes.');
  });

  it('prints a terminal summary grouped by table, naming both measures of a superseded figure', () => {
    expect(formatDiffText(diffEditions(a, b), { from: a, to: b })).toMatchInlineSnapshot(`
      "Dataset 2025-02 → 2026-02

      capex: 0 changed, 1 superseded, 1 added, 1 removed
        > capex.meta.2025: guidance of 62.5 (60–65) USD billion was superseded by reported 72.22 USD billion (not a revision: no change computed); locator (empty) → p. 70; confidence V-S → V-P
        + capex.meta.2026: 117.5 (115–120) USD billion, guidance
        - capex.microsoft.fy2025: ~80 USD billion, guidance

      training: 0 changed, 0 added, 0 removed

      timeline: 0 changed, 0 added, 0 removed

      ~ revised (same measure), > superseded (a different measure: another kind, or like_for_like false), + added, - removed."
    `);
  });

  it('prints stable JSON', () => {
    const json = formatDiffJson(diffEditions(a, b));
    expect(JSON.parse(json)).toMatchObject({ from: '2025-02', to: '2026-02' });
    expect(json).toBe(formatDiffJson(diffEditions(a, b)));
    expect(json.endsWith('\n')).toBe(true);
  });
});
