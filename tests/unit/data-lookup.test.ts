import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/data/errors.ts';
import { findObservations, getObservation, toQuantity } from '../../src/lib/data/lookup.ts';
import { listEditions, loadEdition } from '../../src/lib/data/load.ts';
import { closest, editDistance } from '../../src/lib/data/suggest.ts';
import { validateEdition } from '../../src/lib/data/validate.ts';
import { caseInput } from './data-fixture-helpers.ts';

const edition = validateEdition(caseInput('valid'));

describe('getObservation', () => {
  it('returns the row with its table', () => {
    expect(getObservation(edition, 'training.deepseek-v3.gpus')).toMatchObject({ value: 2048, unit: 'GPUs', table: 'training' });
  });

  it('names the unknown id, the edition, the closest ids and what to do', () => {
    let err: unknown;
    try {
      getObservation(edition, 'capex.meta.2204');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataError);
    expect((err as Error).message).toMatchInlineSnapshot(`
      "Unknown observation id "capex.meta.2204" in dataset edition 2025-02.
      Closest ids: capex.meta.2024, capex.meta.2025, capex.microsoft.fy2025.
      Check the spelling against content/data/2025-02/*.csv, or add the row to a draft edition (\`npm run data -- new <version>\`)."
    `);
  });

  it('says when the id is a timeline event', () => {
    expect(() => getObservation(edition, 'event.dartmouth')).toThrow(/"event\.dartmouth" is a timeline event, not an observation/);
  });
});

describe('toQuantity', () => {
  it('builds a printable quantity from the row', () => {
    expect(toQuantity(edition, 'training.deepseek-v3.cost')).toEqual({
      key: 'training.deepseek-v3.cost',
      label: 'DeepSeek-V3 training cost, 2024-12-27',
      value: 5.576,
      low: null,
      high: null,
      qualifier: '',
      unit: 'USD',
      scale: 'million',
      kind: 'estimate',
      confidence: 'V-P',
      sources: [{ id: 'deepseek-v3-report', locator: 'Table 1' }],
      edition: '2025-02',
      asOf: '2025-02-10',
      note: 'At $2 per GPU-hour',
      digits: 3,
      keys: ['training.deepseek-v3.cost'],
    });
  });

  it('omits an empty locator and keeps the written precision', () => {
    const q = toQuantity(edition, 'capex.microsoft.fy2025');
    expect(q.sources).toEqual([{ id: 'msft-blog' }]);
    expect(q.digits).toBe(1);
    expect(q.label).toBe('Microsoft capex, FY2025');
  });
});

describe('findObservations', () => {
  it('filters rows in file order', () => {
    expect(findObservations(edition, (r) => r.unit === 'USD' && r.scale === 'million').map((r) => r.id)).toEqual([
      'training.deepseek-v3.cost',
      'training.gpt-4.cost',
    ]);
  });
});

describe('closest', () => {
  it('ranks by edit distance and shared prefix, stable on ties', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    const ids = ['capex.amazon.2024', 'capex.amazon.2025', 'capex.meta.2024', 'training.gpt-4.cost'];
    expect(closest('capex.amazon.2204', ids)).toEqual(['capex.amazon.2024', 'capex.amazon.2025', 'capex.meta.2024']);
    expect(closest('zzz', ids)).toEqual([]);
  });

  it('stops measuring at a bound: exact up to it, bound + 1 past it', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 0)).toBe(1);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('same', 'same', 0)).toBe(0);
  });

  it('measures the textbook distance, whatever the bound, on the real ids and typos of them', () => {
    const textbook = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      return d[a.length]![b.length]!;
    };
    const ids = [...loadEdition(listEditions().at(-1)!).observations.keys()].filter((_, i) => i % 11 === 0);
    const words = ['capex.amazon.2204', 'zzz', '', 'café.2024', 'cafe.2024', 'capex.amazon.2024.extra.long.suffix', ...ids];
    for (const a of words.slice(0, 24)) {
      for (const b of words) {
        const d = textbook(a, b);
        expect(editDistance(a, b), `${a} / ${b}`).toBe(d);
        for (const max of [0, 1, 2, 5, 9]) expect(editDistance(a, b, max), `${a} / ${b} within ${max}`).toBe(Math.min(d, max + 1));
      }
    }
  });

  it('ranks as if every candidate were scored in full, on the real ids and typos of them', () => {
    // The rule closest() implements, without its shortcut: score every candidate, sort, keep the first.
    const ranked = (target: string, ids: string[]) =>
      ids
        .map((id) => {
          let prefix = 0;
          while (prefix < target.length && prefix < id.length && target[prefix] === id[prefix]) prefix++;
          const within = Math.max(2, Math.ceil(Math.max(target.length, id.length) * 0.4));
          return { id, prefix, dist: editDistance(target, id), within };
        })
        .filter((c) => c.dist <= c.within || c.prefix >= 4)
        .map((c) => ({ id: c.id, score: c.dist - c.prefix * 0.5 }))
        .sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((c) => c.id);
    const ids = [...loadEdition(listEditions().at(-1)!).observations.keys()];
    expect(ids.length).toBeGreaterThan(300);
    const typos = ids.filter((_, i) => i % 29 === 0).flatMap((id) => [id.slice(0, -1), `${id}x`, id.replace(/\.(\d{4})/, '.$1-01'), id.slice(0, 6), id.split('').reverse().join('')]);
    let nonEmpty = 0;
    for (const target of typos) {
      const all = ranked(target, ids);
      for (const limit of [1, 3, 5]) {
        const got = closest(target, ids, limit);
        expect(got, `${target} (limit ${limit})`).toEqual(all.slice(0, limit));
        if (got.length) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(typos.length);
  });

  it('finds near ids without a shared prefix, and ids sharing a long prefix however far', () => {
    const ids = ['xcapex.amazon.2024', 'capex.amazon.2024.extra.long.suffix', 'unrelated.thing'];
    expect(closest('capex.amazon.2024', ids)).toEqual(['xcapex.amazon.2024', 'capex.amazon.2024.extra.long.suffix']);
  });
});
