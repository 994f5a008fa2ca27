/**
 * The corrections published in edition 2026-03, one test per correction, each checking the corrected
 * figure (or wording) against the new edition, and the earlier edition where the error lived, so the test
 * fails if the correction is lost or the released history is rewritten.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/data/load.ts';
import { getObservation } from '../../src/lib/data/lookup.ts';
import { computeMetric } from '../../src/lib/metrics/index.ts';
import { ArticleFrontmatter, CorrectionNotice } from '../../src/lib/content/frontmatter.ts';

const march = loadEdition('2026-03');
const feb = loadEdition('2026-02');
const row = (id: string) => getObservation(march, id);
const metric = (id: string) => computeMetric(id, march, loadEdition)!;
const articles = path.resolve('content/articles');
const source = (slug: string) => fs.readFileSync(path.join(articles, slug, 'index.mdx'), 'utf8');
/** The article body, without its frontmatter (where corrections notices quote what was wrong). */
const prose = (slug: string) => parseFrontmatter(source(slug)).content;
const siteYaml = fs.readFileSync(path.resolve('content/site.yaml'), 'utf8');

describe('1. DeepSeek-R1 cost by stage (Nature, Supplementary Table 7)', () => {
  const stages = ['r1-zero', 'sft-data', 'r1'] as const;

  it('itemises the three stages, and their GPU-hours and costs sum to the totals (101+5+41 = 147K; 202+10+82 = 294K)', () => {
    expect(stages.map((s) => row(`deepseek-r1.gpu-hours.${s}`).value)).toEqual([101, 5, 41]);
    expect(stages.map((s) => row(`deepseek-r1.cost.${s}`).value)).toEqual([202, 10, 82]);
    expect(stages.reduce((a, s) => a + row(`deepseek-r1.gpu-hours.${s}`).value, 0)).toBe(row('deepseek-r1.gpu-hours.total').value);
    expect(stages.reduce((a, s) => a + row(`deepseek-r1.cost.${s}`).value, 0)).toBe(row('deepseek-r1.incremental-cost').value);
  });

  it('prices every stage at the same $2 per H800 GPU-hour, so the figures reconcile', () => {
    const price = row('deepseek-r1.rental-price').value;
    expect(price).toBe(2);
    for (const s of stages) expect(row(`deepseek-r1.gpu-hours.${s}`).value * price).toBe(row(`deepseek-r1.cost.${s}`).value);
  });

  it('cites the paper, not a press report, and drops the cost-per-GPU-hour artefact', () => {
    for (const id of ['deepseek-r1.incremental-cost', 'deepseek-r1.gpus', 'deepseek-r1.hours', 'deepseek-r1.gpu-hours.total']) {
      expect(row(id).source).toBe('deepseek-r1-nature');
    }
    expect(computeMetric('metric.deepseek.r1-implied-price', march, loadEdition)).toBeUndefined();
    expect(prose('deepseek')).not.toMatch(/do not reconcile|r1-implied-price/);
  });
});

describe('2. SemiAnalysis fleet estimate dated to its publication', () => {
  it('is dated January 2025 (was September 2025) and cites SemiAnalysis', () => {
    expect(getObservation(feb, 'deepseek.gpus.semianalysis').period).toBe('2025-09');
    expect(row('deepseek.gpus.semianalysis')).toMatchObject({ period: '2025-01', source: 'semianalysis-deepseek-debates', value: 50_000, kind: 'estimate' });
    expect(prose('deepseek')).not.toContain('points to the upper end');
  });
});

describe('3. Capex guidance path includes the April 2025 results', () => {
  it('Alphabet reaffirmed ~$75bn in April before raising', () => {
    expect(row('capex-guidance.alphabet.2025.2025-04').value).toBe(row('capex-guidance.alphabet.2025.2025-02').value);
    expect(row('capex-guidance.alphabet.2025.2025-07').value).toBeGreaterThan(row('capex-guidance.alphabet.2025.2025-04').value);
  });

  it('Meta raised to $64–72bn in April, then narrowed to $66–72bn and $70–72bn', () => {
    expect(row('capex-guidance.meta.2025.2025-04')).toMatchObject({ low: 64, high: 72 });
    expect(row('capex-guidance.meta.2025.2025-07')).toMatchObject({ low: 66, high: 72 });
    expect(row('capex-guidance.meta.2025.2025-10')).toMatchObject({ low: 70, high: 72 });
  });

  it('no article says guidance was raised at every update', () => {
    for (const slug of ['capex', 'outlook', 'ai-cycle']) expect(prose(slug)).not.toMatch(/raised (it|their 2025 guidance|its guidance) at every update/);
  });
});

describe('4. Microsoft capex including finance leases', () => {
  it('gives FY2025 incl. finance leases (88.2) beside the cash additions (64.551), as separate measures', () => {
    expect(row('capex-incl-finance-leases.microsoft.fy2025')).toMatchObject({ value: 88.2, period: 'FY2025', metric: 'capex-incl-finance-leases', kind: 'reported' });
    expect(row('capex.microsoft.fy2025')).toMatchObject({ value: 64.551, metric: 'capex' });
    expect(row('capex.microsoft.fy2026-q1').value).toBe(34.9);
    expect(row('capex.microsoft.fy2026-q1').qualifier ?? '').toBe('');
    expect(getObservation(feb, 'capex.microsoft.fy2026-q1')).toMatchObject({ value: 35, qualifier: '~' });
    expect(row('capex-incl-finance-leases.microsoft.fy2026-q2').value).toBe(37.5);
  });
});

describe('5. Chinchilla: ≈20 tokens per parameter leads; the replication refit sits beside the published fit', () => {
  it('holds the Besiroglu et al. (2024) refit', () => {
    const refit = ['e', 'a', 'b', 'alpha', 'beta'].map((k) => row(`chinchilla-refit.${k}`).value);
    expect(refit).toEqual([1.8172, 482.01, 2085.43, 0.3478, 0.3658]);
  });

  it('the refit and Approaches 1 and 2 agree on equal scaling and roughly 20 tokens per parameter; the published fit does not', () => {
    expect(metric('metric.scaling.refit.params-exponent').value).toBeCloseTo(0.5126, 4);
    expect(row('chinchilla.approach1.a').value).toBe(0.5);
    expect(row('chinchilla.approach2.a').value).toBe(0.49);
    const refit = metric('metric.scaling.refit.chinchilla.optimal-tokens-per-param').value;
    expect(refit).toBeGreaterThan(15);
    expect(refit).toBeLessThan(25);
    expect(metric('metric.scaling.chinchilla.optimal-tokens-per-param').value).toBeGreaterThan(3 * refit);
  });
});

describe('6. Overreach and self-contradiction in prose', () => {
  it('drops the claims the exhibits contradict', () => {
    expect(prose('scaling-laws')).not.toContain('than any dense model');
    expect(prose('scaling-laws')).not.toContain('used the same compute budget');
    expect(prose('outlook')).not.toContain('stayed below its 2021 level');
    expect(prose('distillation')).not.toContain('not from copying a larger model');
  });

  it('states the house view of the cycle in one wording on the home page, the AI-cycle article and the outlook', () => {
    const view = 'early to middle rather than late';
    expect(siteYaml).toContain(view);
    expect(prose('ai-cycle')).toContain(view);
    expect(prose('outlook')).toContain(view);
    for (const text of [siteYaml, prose('ai-cycle'), prose('outlook')]) expect(text).not.toMatch(/early rather than late|early, not at a peak/);
  });

  it('attributes the two-phase cycle to Mitchell', () => {
    expect(prose('ai-cycle')).toContain('<Cite id="mitchell-ai-guide"');
  });
});

describe('corrections notices', () => {
  it('every corrected article carries a dated notice and is checked against 2026-03 or a later edition', () => {
    for (const slug of ['deepseek', 'capex', 'scaling-laws', 'ai-cycle', 'outlook', 'distillation']) {
      const fm = ArticleFrontmatter.parse(parseFrontmatter(source(slug)).frontmatter);
      expect(fm.dataset >= '2026-03').toBe(true);
      // The 2026-03 corrections are dated by its as-of date; later editions add notices (updates, further
      // re-sourcing) dated by their own, never after the edition the article is checked against.
      const notices = fm.corrections ?? [];
      expect(notices.some((c) => c.kind === 'correction' && c.date <= march.asOf)).toBe(true);
      expect(notices.every((c) => c.date <= loadEdition(fm.dataset).asOf)).toBe(true);
    }
  });

  it('refuses a typed figure in a notice and accepts words', () => {
    const typed = CorrectionNotice.safeParse({ date: '2026-02-27', text: 'The implied price of $7.18 per GPU-hour was wrong.' });
    expect(typed.success).toBe(false);
    expect(typed.error?.issues[0]?.message).toMatch(/typed into a correction notice/);
    expect(CorrectionNotice.safeParse({ date: '2026-02-27', text: 'The derived price per GPU-hour was wrong and has been removed.' }).success).toBe(true);
  });
});
