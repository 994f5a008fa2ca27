/**
 * The 2025 review published in edition 2026-04: the new figures checked against the edition (loaded by
 * name, so the test holds before and after it is pinned), each price dated to its announcement, the
 * derived fourth quarters reconciled with the reported years, and an update notice on every article
 * that gained material.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/data/load.ts';
import { getObservation } from '../../src/lib/data/lookup.ts';
import { computeMetric } from '../../src/lib/metrics/index.ts';
import { ArticleFrontmatter, CorrectionNotice } from '../../src/lib/content/frontmatter.ts';
import { loadSources } from '../../src/lib/sources/load-sources.ts';

const april = loadEdition('2026-04');
const row = (id: string) => getObservation(april, id);
const metric = (id: string) => computeMetric(id, april, loadEdition)!;
const sources = new Map(loadSources().map((s) => [s.id, s]));

describe('list prices during 2025', () => {
  const newPrices = [...april.observations.values()].filter((r) => r.id.startsWith('price.') && !loadEdition('2026-03').observations.has(r.id));

  it('adds the frontier and DeepSeek price points, input and output for each', () => {
    expect(newPrices.length).toBe(25);
    expect([row('price.o3.launch.output').value, row('price.o3.output').value]).toEqual([40, 8]);
    expect([row('price.gpt-5.input').value, row('price.gpt-5.output').value]).toEqual([1.25, 10]);
    expect([row('price.deepseek-v3.2.input').value, row('price.deepseek-v3.2.output').value]).toEqual([0.28, 0.42]);
  });

  it('cites for each price the announcement that published it: in the month the price took effect, or the month before', () => {
    const months = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7));
    for (const r of newPrices) {
      const [y, m] = sources.get(r.source)!.issued!['date-parts'][0]!;
      const lead = months(r.period.slice(0, 7)) - months(`${y}-${String(m).padStart(2, '0')}`);
      // DeepSeek announced V3.1's list on 21 August for 5 September; every other price took effect when announced.
      expect(lead, r.id).toBe(r.id.startsWith('price.deepseek-v3.1.') ? 1 : 0);
    }
  });

  it('computes the cuts: o3 by four fifths, Claude Opus by two thirds, DeepSeek reasoning output well below R1', () => {
    expect(metric('metric.inference.o3-cut.output').value).toBeCloseTo(-80, 6);
    expect(metric('metric.inference.opus-cut.output').value).toBeCloseTo(-66.67, 1);
    expect(metric('metric.inference.r1-to-v32.output').value).toBeCloseTo(((0.42 - 2.19) / 2.19) * 100, 6);
    expect(metric('metric.inference.gpt5-vs-v32.output').value).toBeCloseTo(10 / 0.42, 6);
  });
});

describe('usage volumes', () => {
  it('Google tokens rise at every update, and the growth metric reads the first and last', () => {
    const ids = ['2024-05', '2025-05', '2025-07', '2025-10'].map((p) => `usage.google.tokens-per-month.${p}`);
    const values = ids.map((id) => row(id).value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(metric('metric.usage.google.tokens-growth').value).toBeCloseTo(1300 / 9.7, 6);
    expect(metric('metric.usage.chatgpt.wau-growth').value).toBe(2);
  });
});

describe('export controls and the latest quarters', () => {
  it('the H20 charge taken is below the one guided', () => {
    expect(row('export.nvidia.h20-charge').value).toBeLessThan(row('export.nvidia.h20-charge-guided').value);
    expect(row('export.nvidia.h20-charge-guided').kind).toBe('guidance');
  });

  it('each derived fourth quarter is the reported year less the three reported quarters', () => {
    expect(row('capex.alphabet.2025-q4').value).toBeCloseTo(row('capex.alphabet.2025').value - (17.2 + 22.4 + 23.95), 1);
    expect(row('capex.meta.2025-q4').value).toBeCloseTo(row('capex.meta.2025').value - (13.69 + 17.01 + 19.37), 1);
    expect(row('capex.amazon.2025-q4').value).toBeCloseTo(139.5 - 11.2 - 89.9, 6);
    for (const c of ['alphabet', 'meta', 'amazon']) expect(row(`capex.${c}.2025-q4`)).toMatchObject({ kind: 'derived', confidence: 'D' });
  });
});

describe('update notices', () => {
  const fm = (slug: string) => ArticleFrontmatter.parse(parseFrontmatter(fs.readFileSync(path.resolve('content/articles', slug, 'index.mdx'), 'utf8')).frontmatter);

  it('every article that gained material is checked against 2026-04, dated to it and carries an update notice', () => {
    for (const slug of ['inference', 'capex', 'deepseek', 'outlook']) {
      const f = fm(slug);
      expect(f.dataset, slug).toBe('2026-04');
      expect(f.updated, slug).toBe(april.asOf);
      expect(f.corrections?.some((c) => c.kind === 'update' && c.date === april.asOf), slug).toBe(true);
    }
  });

  it('a notice is a correction unless it says it is an update', () => {
    expect(CorrectionNotice.parse({ date: '2026-02-28', text: 'The search-cost figures now cite the report itself.' }).kind).toBe('correction');
    expect(CorrectionNotice.parse({ date: '2026-02-28', kind: 'update', text: 'Added list prices announced during the year.' }).kind).toBe('update');
    expect(CorrectionNotice.safeParse({ date: '2026-02-28', kind: 'addendum', text: 'Added list prices announced during the year.' }).success).toBe(false);
  });
});
