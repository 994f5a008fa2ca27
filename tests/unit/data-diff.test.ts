import { describe, expect, it } from 'vitest';
import { diffEditions, formatDiffJson, formatDiffText, hasChanges } from '../../src/lib/data/diff.ts';
import { loadEdition } from '../../src/lib/data/load.ts';
import { FIXTURE_ROOT } from './data-fixture-helpers.ts';

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
        absoluteChange: 9.72,
        percentChange: 15.552,
      },
    ]);
    expect(capex.added.map((r) => r.id)).toEqual(['capex.meta.2026']);
    expect(capex.removed.map((r) => r.id)).toEqual(['capex.microsoft.fy2025']);
    expect(diff.tables.filter((t) => t.table !== 'capex').every((t) => !t.changed.length && !t.added.length && !t.removed.length)).toBe(true);
    expect(hasChanges(diff)).toBe(true);
  });

  it('reports no changes for an edition against itself', () => {
    const diff = diffEditions(a, a);
    expect(hasChanges(diff)).toBe(false);
    expect(formatDiffText(diff)).toBe('Dataset 2025-02 → 2025-02: no changes.');
  });

  it('prints a terminal summary grouped by table', () => {
    expect(formatDiffText(diffEditions(a, b))).toMatchInlineSnapshot(`
      "Dataset 2025-02 → 2026-02

      capex: 1 changed, 1 added, 1 removed
        ~ capex.meta.2025: value 62.5 → 72.22 (+9.72, +15.6%); low 60 → (empty); high 65 → (empty); kind guidance → reported; locator (empty) → p. 70; confidence V-S → V-P
        + capex.meta.2026: 117.5 (115–120) USD billion, guidance
        - capex.microsoft.fy2025: ~80 USD billion, guidance

      training: 0 changed, 0 added, 0 removed

      timeline: 0 changed, 0 added, 0 removed"
    `);
  });

  it('prints stable JSON', () => {
    const json = formatDiffJson(diffEditions(a, b));
    expect(JSON.parse(json)).toMatchObject({ from: '2025-02', to: '2026-02' });
    expect(json).toBe(formatDiffJson(diffEditions(a, b)));
    expect(json.endsWith('\n')).toBe(true);
  });
});
