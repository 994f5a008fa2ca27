import { describe, expect, it } from 'vitest';
import { diffEditions } from '../../src/lib/data/diff.ts';
import { loadEdition } from '../../src/lib/data/load.ts';
import { affectedExhibits, diffKeys, exhibitsTouched, keysByExhibit } from '../../src/lib/editions/affected.ts';
import { specsOfBoth } from '../../src/lib/editions/edition-revisions.ts';
import { buildExhibit, exhibitIds } from '../../src/lib/exhibits/index.ts';
import { ExhibitSpec } from '../../src/lib/exhibits/spec.ts';
import { marketTable } from '../fixtures/specs/index.ts';
import { specKeys } from '../../src/lib/exhibits/values.ts';

const v1 = loadEdition('2025-02');
const v2 = loadEdition('2026-02');
const diff = diffEditions(v1, v2);

const spec = (id: string, keys: string[][]) =>
  ExhibitSpec.parse({
    id,
    title: 't',
    takeaway: 't',
    chart: 'bar',
    x: { label: 'x', type: 'category' },
    y: { label: 'y', type: 'linear' },
    series: [{ id: 's', label: 's', points: keys.map((k, i) => ({ x: String(i), y: i, kind: 'reported', keys: k })) }],
    sources: [{ id: 'x' }],
    edition: 'e',
    asOf: '2025-01-01',
  });

describe('affectedExhibits', () => {
  it('maps every diffed key to the exhibits reading it in either edition', () => {
    const changed = diff.tables.flatMap((t) => t.changed.map((c) => c.id));
    const added = diff.tables.flatMap((t) => t.added.map((r) => r.id));
    expect(changed).toContain('capex.amazon.2025');
    expect(added).toContain('capex.amazon.2026');
    const specs = [spec('old-reader', [['capex.amazon.2025']]), spec('new-reader', [['capex.amazon.2026', 'capex.amazon.2025']]), spec('bystander', [['capex.amazon.2024']])];
    const map = affectedExhibits(diff, specs);
    expect([...map.keys()]).toEqual(diffKeys(diff));
    expect(map.get('capex.amazon.2025')).toEqual(['new-reader', 'old-reader']);
    expect(map.get('capex.amazon.2026')).toEqual(['new-reader']);
    expect(map.get('deepseek-r1.gpus')).toEqual([]);
    expect(exhibitsTouched(map)).toEqual(['new-reader', 'old-reader']);
  });

  it('merges the keys of one exhibit built from two editions', () => {
    const merged = keysByExhibit([spec('a', [['k1']]), spec('a', [['k2'], ['k1']])]);
    expect([...merged.get('a')!].sort()).toEqual(['k1', 'k2']);
  });

  it('on the real registry, finds the cross-edition exhibit among the readers of every revised 2025 capex key', () => {
    const map = affectedExhibits(diff, specsOfBoth(v2, v1));
    for (const key of ['capex.amazon.2025', 'capex.microsoft.fy2025', 'capex.alphabet.2025', 'capex.meta.2025']) {
      expect(map.get(key)).toContain('capex-guidance-vs-reported');
    }
    // Cross-check against the specs themselves: an exhibit is listed for a key exactly when a point reads it.
    // Exhibits rebuilt on rows added after v2 (the R1 stage table of 2026-03) cannot be built from v2.
    const buildable = exhibitIds().filter((id) => {
      try {
        buildExhibit(id, v2);
        return true;
      } catch {
        return false;
      }
    });
    expect(buildable).not.toContain('deepseek-training-disclosures');
    for (const id of buildable) {
      const keys = new Set(specKeys(buildExhibit(id, v2)).map((k) => k.key));
      for (const [key, ids] of map) if (keys.has(key)) expect(ids).toContain(id);
    }
  });
});

describe('keysByExhibit on a table spec', () => {
  it('reads the keys of every cell', () => {
    expect([...keysByExhibit([marketTable]).get('fixture-market-table')!].sort()).toEqual(['market.dow.2025-01-27', 'market.nasdaq.2025-01-27', 'market.nvda.2025-01-27', 'market.nvda.value-loss']);
  });
});
