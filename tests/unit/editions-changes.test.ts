import { describe, expect, it } from 'vitest';
import { diffEditions } from '../../src/lib/data/diff.ts';
import { loadEdition } from '../../src/lib/data/load.ts';
import type { Edition } from '../../src/lib/data/schema.ts';
import { editionChanges } from '../../src/lib/editions/changes.ts';
import { changeHistory, changesOf } from '../../src/lib/editions/edition-revisions.ts';

const v1 = loadEdition('2025-02');
const v2 = loadEdition('2026-02');
const diff = diffEditions(v1, v2);
const affected = new Map([
  ['capex.amazon.2025', ['capex-guidance-vs-reported', 'unplaced-exhibit']],
  ['capex.microsoft.fy2025', []],
]);
const locate = (id: string) => (id === 'capex-guidance-vs-reported' ? { article: 'capex', articleTitle: 'The capex question', number: 4 } : undefined);
const model = editionChanges(v1, v2, diff, affected, locate);
const line = (key: string) => model.tables.flatMap((t) => t.lines).find((l) => l.key === key);

describe('editionChanges', () => {
  it('counts and groups every diffed row by table, leaving out tables without changes', () => {
    const count = (k: 'changed' | 'added' | 'removed') => diff.tables.reduce((n, t) => n + t[k].length, 0);
    const superseded = diff.tables.reduce((n, t) => n + t.changed.filter((c) => c.superseded).length, 0);
    expect(superseded).toBeGreaterThan(0);
    expect(model.counts).toEqual({ changed: count('changed') - superseded, superseded, added: count('added'), removed: count('removed') });
    expect(model.tables.map((t) => t.table)).toEqual(diff.tables.filter((t) => t.changed.length + t.added.length + t.removed.length).map((t) => t.table));
    expect(model.tables.find((t) => t.table === 'capex')?.title).toBe(v2.tables.get('capex')?.resource.title);
    expect(model).toMatchObject({ edition: '2026-02', previous: '2025-02' });
  });

  it('names both measures of a superseded figure and gives no change between them', () => {
    expect(line('capex.amazon.2025')).toMatchObject({
      type: 'superseded',
      label: 'Amazon capex, 2025',
      before: 'company guidance ~$100 billion',
      after: 'reported $131.8 billion',
      absolute: null,
      percent: null,
      superseded: 'company guidance of ~$100 billion was superseded by reported $131.8 billion; not a revision, so no change is computed between the two',
    });
    expect(line('capex.amazon.2025')?.fields).toEqual([
      'source: amazon-q4-2024-call-cnbc → amazon-q4-2025-call-cnbc',
      `note now reads: ${v2.observations.get('capex.amazon.2025')?.note}`,
    ]);
    // Microsoft's ~$80 billion plan and its reported $64.551 billion are different measures: no "−19.3%".
    expect(line('capex.microsoft.fy2025')).toMatchObject({ type: 'superseded', before: 'company guidance ~$80 billion', after: 'reported $64.551 billion', absolute: null, percent: null, exhibits: [] });
    expect(line('capex.meta.2025')).toMatchObject({ type: 'superseded', before: 'company guidance $60–65 billion', after: 'reported $72.22 billion' });
  });

  it('writes a like-for-like revision as old → new with absolute and percentage change', () => {
    // A later edition restating Amazon's 2024 capex: same kind, same definition.
    const row = v2.observations.get('capex.amazon.2024')!;
    const patch = (r: { id: string }) => (r.id === row.id ? { ...r, value: 90 } : r);
    const later: Edition = {
      ...v2,
      version: '2099-01',
      tables: new Map([...v2.tables].map(([n, t]) => [n, { ...t, rows: t.rows.map(patch) as typeof t.rows }])),
      observations: new Map([...v2.observations].map(([k, r]) => [k, patch(r) as typeof r])),
    };
    const m = editionChanges(v2, later, diffEditions(v2, later), new Map(), locate);
    expect(m.counts).toEqual({ changed: 1, superseded: 0, added: 0, removed: 0 });
    expect(m.tables[0]!.lines[0]).toMatchObject({ key: row.id, type: 'changed', before: '$82.999 billion', after: '$90.000 billion', absolute: '+$7.001 billion', percent: '+8.4%', superseded: null });
  });

  it('lists added rows with their new value only', () => {
    expect(line('capex.alphabet.2026')).toMatchObject({ type: 'added', before: null, after: '$175–185 billion', absolute: null, percent: null });
  });

  it('links affected exhibits to their place in an article in reading order, then names unplaced ones', () => {
    const placed: Record<string, number> = { 'capex-guidance-vs-reported': 4, 'hyperscaler-capex': 1 };
    const at = (id: string) => (placed[id] ? { article: 'capex', articleTitle: 'The capex question', number: placed[id] } : undefined);
    const ids = new Map([['capex.amazon.2025', ['a-unplaced', 'capex-guidance-vs-reported', 'hyperscaler-capex']]]);
    const m = editionChanges(v1, v2, diff, ids, at);
    expect(m.tables.flatMap((t) => t.lines).find((l) => l.key === 'capex.amazon.2025')?.exhibits).toEqual([
      { id: 'hyperscaler-capex', href: 'articles/capex/#exhibit-hyperscaler-capex', text: 'Exhibit 1 in The capex question' },
      { id: 'capex-guidance-vs-reported', href: 'articles/capex/#exhibit-capex-guidance-vs-reported', text: 'Exhibit 4 in The capex question' },
      { id: 'a-unplaced', href: null, text: 'a-unplaced' },
    ]);
    expect(line('capex.amazon.2025')?.exhibits[1]).toEqual({ id: 'unplaced-exhibit', href: null, text: 'unplaced-exhibit' });
  });

  it('has no model for a first edition', () => {
    expect(changesOf(v1, (v) => loadEdition(v), locate)).toBeUndefined();
    expect(changesOf(v2, (v) => loadEdition(v), locate)?.counts).toEqual(model.counts);
  });

  it('keeps every edition step, newest first', () => {
    expect(changeHistory(v1, (v) => loadEdition(v), locate)).toEqual([]);
    const history = changeHistory(v2, (v) => loadEdition(v), locate);
    expect(history.map((c) => [c.previous, c.edition])).toEqual([['2025-02', '2026-02']]);
    expect(history[0]?.counts).toEqual(model.counts);
  });
});
