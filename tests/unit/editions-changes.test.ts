import { describe, expect, it } from 'vitest';
import { diffEditions } from '../../src/lib/data/diff.ts';
import { loadEdition } from '../../src/lib/data/load.ts';
import { editionChanges } from '../../src/lib/editions/changes.ts';
import { changesOf } from '../../src/lib/editions/edition-revisions.ts';

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
    expect(model.counts).toEqual({ changed: count('changed'), added: count('added'), removed: count('removed') });
    expect(model.tables.map((t) => t.table)).toEqual(diff.tables.filter((t) => t.changed.length + t.added.length + t.removed.length).map((t) => t.table));
    expect(model.tables.find((t) => t.table === 'capex')?.title).toBe(v2.tables.get('capex')?.resource.title);
    expect(model).toMatchObject({ edition: '2026-02', previous: '2025-02' });
  });

  it('writes old → new as prose with absolute and percentage change, and the other fields that changed', () => {
    expect(line('capex.amazon.2025')).toMatchObject({
      type: 'changed',
      label: 'Amazon capex, 2025',
      before: '~$100 billion',
      after: '$131.8 billion',
      absolute: '+$31.8 billion',
      percent: '+31.8%',
    });
    expect(line('capex.amazon.2025')?.fields).toEqual([
      'kind: guidance → reported',
      'source: amazon-q4-2024-call-cnbc → amazon-q4-2025-call-cnbc',
      `note now reads: ${v2.observations.get('capex.amazon.2025')?.note}`,
    ]);
    expect(line('capex.microsoft.fy2025')).toMatchObject({ before: '~$80 billion', after: '$64.551 billion', absolute: '−$15.449 billion', percent: '−19.3%', exhibits: [] });
    expect(line('capex.meta.2025')).toMatchObject({ before: '$60–65 billion', after: '$72.22 billion' });
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
});
