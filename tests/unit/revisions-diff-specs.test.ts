import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/data/load.ts';
import { cellFrom, pointFrom } from '../../src/lib/exhibits/helpers.ts';
import { ChartSpec, ExhibitSpec } from '../../src/lib/exhibits/spec.ts';
import type { Edition } from '../../src/lib/data/schema.ts';
import { diffSpecs, exhibitRevisions } from '../../src/lib/editions/revisions.ts';
import { revisedNote } from '../../src/lib/editions/revised-note.ts';

const v1 = loadEdition('2025-02');
const v2 = loadEdition('2026-02');

/** A bar exhibit of the given rows, read from `edition` as an exhibit function would. */
function capexSpec(edition: Edition, keys: [string, string][], extra: { second?: boolean } = {}) {
  const points = keys.filter(([k]) => edition.observations.has(k)).map(([k, x]) => pointFrom(edition, k, x));
  return ChartSpec.parse({
    id: 'test-capex',
    title: 'Capex',
    takeaway: 'Test.',
    chart: 'bar',
    x: { label: 'Company', type: 'category' },
    y: { label: 'Capex', type: 'linear', unit: 'USD', scale: 'billion' },
    series: [{ id: 'capex', label: 'Capex', points }, ...(extra.second ? [{ id: 'other', label: 'Other', points: points.slice(0, 1) }] : [])],
    sources: [{ id: 'x' }],
    edition: edition.version,
    asOf: edition.asOf,
  });
}

describe('diffSpecs', () => {
  it('names both measures of a superseded value (the kind changed) and gives no percentage change', () => {
    const keys: [string, string][] = [
      ['capex.amazon.2025', 'Amazon'],
      ['capex.meta.2025', 'Meta'],
      ['capex.microsoft.fy2025', 'Microsoft'],
      ['capex.amazon.2024', 'Amazon 2024'],
    ];
    const changes = diffSpecs({ spec: capexSpec(v1, keys), edition: v1 }, { spec: capexSpec(v2, keys), edition: v2 });
    expect(changes.map((c) => c.line)).toEqual([
      'Amazon 2025: company guidance of ~$100 billion was superseded by reported $131.8 billion',
      'Meta 2025: company guidance of $60–65 billion was superseded by reported $72.22 billion',
      'Microsoft FY2025: company guidance of ~$80 billion was superseded by reported $64.551 billion',
    ]);
    expect(changes.every((c) => !c.line.includes('%'))).toBe(true);
    expect(changes[1]).toMatchObject({
      type: 'superseded',
      superseded: { reason: 'kind', from: 'guidance', to: 'reported' },
      series: 'capex',
      x: 'Meta',
      keys: ['capex.meta.2025'],
      fields: [
        { field: 'y', old: 62.5, new: 72.22 },
        { field: 'low', old: 60, new: null },
        { field: 'high', old: 65, new: null },
        { field: 'kind', old: 'guidance', new: 'reported' },
      ],
    });
  });

  it('gives the percentage change when only the value moved, and names added and removed points', () => {
    const a = capexSpec(v2, [['capex.amazon.2024', 'A']]);
    const moved = ExhibitSpec.parse({ ...a, series: [{ ...a.series[0]!, points: [{ ...a.series[0]!.points[0]!, y: 90 }] }] });
    expect(diffSpecs({ spec: a, edition: v2 }, { spec: moved, edition: v2 }).map((c) => c.line)).toEqual(['Amazon 2024: $82.999 billion → $90 billion (+8.4%)']);

    const before = capexSpec(v1, [['capex.amazon.2024', 'A']]);
    const after = capexSpec(v2, [['capex.amazon.2026', 'A 2026']]);
    expect(diffSpecs({ spec: before, edition: v1 }, { spec: after, edition: v2 }).map((c) => [c.type, c.line])).toEqual([
      ['added', 'Amazon 2026: new, company guidance ~$200 billion'],
      ['removed', 'Amazon 2024: removed (was reported $82.999 billion)'],
    ]);
  });

  it('matches points by series id and x, and names the series when a spec has several', () => {
    const keys: [string, string][] = [['capex.alphabet.2025', 'Alphabet']];
    const changes = diffSpecs({ spec: capexSpec(v1, keys, { second: true }), edition: v1 }, { spec: capexSpec(v2, keys, { second: true }), edition: v2 });
    expect(changes.map((c) => `${c.series}|${c.line}`)).toEqual([
      'capex|Alphabet 2025 (Capex): company guidance of ~$75 billion was superseded by reported $91.4 billion',
      'other|Alphabet 2025 (Other): company guidance of ~$75 billion was superseded by reported $91.4 billion',
    ]);
  });

  it('treats a value whose row says like_for_like false as superseded, naming the changed definition', () => {
    const a = capexSpec(v2, [['capex.amazon.2024', 'A']]);
    const moved = ExhibitSpec.parse({ ...a, series: [{ ...a.series[0]!, points: [{ ...a.series[0]!.points[0]!, y: 90 }] }] });
    const row = v2.observations.get('capex.amazon.2024')!;
    const flagged: Edition = { ...v2, observations: new Map([...v2.observations, [row.id, { ...row, like_for_like: false }]]) };
    expect(diffSpecs({ spec: a, edition: v2 }, { spec: moved, edition: flagged }).map((c) => [c.type, c.line])).toEqual([
      ['superseded', 'Amazon 2024: reported $82.999 billion was superseded by reported $90 billion, a measure defined differently (not like for like)'],
    ]);
  });

  it('finds nothing between an edition and itself', () => {
    const keys: [string, string][] = [['capex.amazon.2025', 'Amazon']];
    expect(diffSpecs({ spec: capexSpec(v2, keys), edition: v2 }, { spec: capexSpec(v2, keys), edition: v2 })).toEqual([]);
  });
});

describe('exhibitRevisions on the cross-edition exhibit', () => {
  it('reports the reported bars of 2026-02 as new points against 2025-02', () => {
    const rev = exhibitRevisions('capex-guidance-vs-reported', v2, v1);
    expect(rev).toMatchObject({ id: 'capex-guidance-vs-reported', edition: '2026-02', previous: '2025-02', status: 'revised' });
    expect(rev.changes.map((c) => [c.type, c.series, c.x])).toEqual([
      ['added', 'reported', 'Amazon'],
      ['added', 'reported', 'Microsoft (FY2025)'],
      ['added', 'reported', 'Alphabet'],
      ['added', 'reported', 'Meta'],
    ]);
    expect(rev.changes[0]?.line).toBe('Amazon 2025 (Reported for 2025): new, reported $131.8 billion');
    expect(exhibitRevisions('capex-guidance-vs-reported', v2, v2).status).toBe('unchanged');
  });
});

describe('revisedNote', () => {
  const base = { id: 'x', edition: '2026-02', previous: '2025-02' };
  const change = (i: number, type: 'changed' | 'superseded' | 'added' | 'removed' = 'changed') => ({ type, series: 's', x: i, keys: [], fields: [], line: `line ${i}` });

  it('says nothing for an unchanged exhibit or without a previous edition', () => {
    expect(revisedNote(undefined)).toBeUndefined();
    expect(revisedNote([])).toBeUndefined();
    expect(revisedNote({ ...base, status: 'unchanged', changes: [] })).toBeUndefined();
  });

  it('lists at most five lines and counts the rest', () => {
    expect(revisedNote({ ...base, status: 'revised', changes: [change(1)] })).toEqual({ edition: '2026-02', previous: '2025-02', summary: 'Revised since edition 2025-02 (1 revised)', lines: ['line 1'], more: 0, earlier: [] });
    const many = revisedNote({ ...base, status: 'revised', changes: [1, 2, 3, 4, 5, 6, 7].map((i) => change(i)) });
    expect(many).toMatchObject({ summary: 'Revised since edition 2025-02 (7 revised)', lines: ['line 1', 'line 2', 'line 3', 'line 4', 'line 5'], more: 2 });
  });

  it('counts superseded and new figures apart from revisions', () => {
    expect(revisedNote({ ...base, status: 'revised', changes: [change(1, 'superseded'), change(2, 'superseded'), change(3, 'added')] })?.summary).toBe('Updated since edition 2025-02 (2 superseded, 1 new)');
    expect(revisedNote({ ...base, status: 'revised', changes: [change(1), change(2, 'superseded'), change(3, 'removed')] })?.summary).toBe('Revised since edition 2025-02 (1 revised, 1 superseded, 1 removed)');
  });

  it('has no note for an exhibit new in the edition', () => {
    expect(revisedNote({ ...base, status: 'new', changes: [] })).toBeUndefined();
  });

  it('keeps earlier revisions, newest first, and names the edition of a revision older than the published one', () => {
    const older = { id: 'x', edition: '2025-06', previous: '2025-02', status: 'revised' as const, changes: [change(9)] };
    const newer = { ...base, status: 'revised' as const, changes: [change(1, 'superseded')] };
    expect(revisedNote([newer, older], 5, '2026-02')).toEqual({
      edition: '2026-02',
      previous: '2025-02',
      summary: 'Updated since edition 2025-02 (1 superseded)',
      lines: ['line 1'],
      more: 0,
      earlier: [{ edition: '2025-06', previous: '2025-02', summary: 'Revised in edition 2025-06, since edition 2025-02 (1 revised)', lines: ['line 9'], more: 0 }],
    });
    expect(revisedNote([older], 5, '2026-02')?.summary).toBe('Revised in edition 2025-06, since edition 2025-02 (1 revised)');
  });
});

describe('diffSpecs on tables', () => {
  /** A one-column table of the given rows, read from `edition`; cells match by column id and row name. */
  function capexTable(edition: Edition, keys: [string, string][]) {
    return ExhibitSpec.parse({
      id: 'test-capex-table',
      title: 'Capex',
      takeaway: 'Test.',
      chart: 'table',
      rowHeader: 'Company',
      columns: [{ id: 'capex', label: 'Capex', unit: 'USD', scale: 'billion' }],
      rows: keys.filter(([k]) => edition.observations.has(k)).map(([k, name]) => ({ name, cells: { capex: cellFrom(edition, k, 'billion') } })),
      sources: [{ id: 'x' }],
      edition: edition.version,
      asOf: edition.asOf,
    });
  }

  it('compares cells by column and row, in each cell’s own measure', () => {
    const before = capexTable(v1, [['capex.amazon.2025', 'Amazon']]);
    const after = capexTable(v2, [['capex.amazon.2025', 'Amazon']]);
    const changes = diffSpecs({ spec: before, edition: v1 }, { spec: after, edition: v2 });
    expect(changes).toHaveLength(1);
    // Guidance replaced by the reported figure is superseded, not revised: both measures named, no change computed.
    expect(changes[0]).toMatchObject({ type: 'superseded', series: 'capex', x: 'Amazon', keys: ['capex.amazon.2025'] });
    expect(changes[0]!.fields.map((f) => f.field)).toEqual(expect.arrayContaining(['y', 'kind']));
    expect(changes[0]!.line).toBe('Amazon 2025: company guidance of ~$100 billion was superseded by reported $131.8 billion');
  });
});
