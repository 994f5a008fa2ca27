import { describe, expect, it } from 'vitest';
import { toCents } from '../../content/lib/training.ts';
import { loadEdition } from '../../src/lib/data/load.ts';
import { getObservation } from '../../src/lib/data/lookup.ts';
import { buildExhibit } from '../../src/lib/exhibits/index.ts';
import { computeMetric } from '../../src/lib/metrics/index.ts';
import { formatQuantity } from '../../src/lib/format/quantity.ts';
import { asChart, asTable, cellOf, cellText, chartCellText, pointOf, seriesOf } from './spec-helpers.ts';

const edition = loadEdition('2025-02');
const next = loadEdition('2026-02');
const march = loadEdition('2026-03');
const value = (id: string) => getObservation(edition, id).value;
const metric = (id: string) => computeMetric(id, edition, loadEdition)!;

const point = pointOf;

describe('deepseek-v3-vs-llama-compute', () => {
  const spec = buildExhibit('deepseek-v3-vs-llama-compute', edition);

  it('plots Llama 3.1 405B over DeepSeek-V3 for each training input', () => {
    // 30.84M / 2.788M = 11.06; 16,000 / 2,048 = 7.8125; 15.6T / 14.8T = 1.054; 3.8e25 / (6 · 37e9 · 14.8e12) = 11.566
    expect(point(spec, 'llama-over-v3', 'Training GPU-hours').y).toBeCloseTo(11.0617, 4);
    expect(point(spec, 'llama-over-v3', 'Training cluster (GPUs)').y).toBe(7.8125);
    expect(point(spec, 'llama-over-v3', 'Pre-training tokens').y).toBeCloseTo(1.0541, 4);
    expect(point(spec, 'llama-over-v3', 'Pre-training compute').y).toBeCloseTo(11.5656, 4);
    expect((30.84e6 / (value('deepseek-v3.gpu-hours.total') * 1e3))).toBeCloseTo(point(spec, 'llama-over-v3', 'Training GPU-hours').y!, 12);
  });

  it('marks every ratio as derived and lists its inputs', () => {
    for (const p of asChart(spec).series[0]!.points) expect(p.kind).toBe('derived');
    expect(point(spec, 'llama-over-v3', 'Training GPU-hours').keys).toEqual(['llama-3.1-405b.gpu-hours', 'deepseek-v3.gpu-hours.total']);
    expect(point(spec, 'llama-over-v3', 'Pre-training compute').keys).toEqual(['deepseek-v3.params.active', 'deepseek-v3.tokens', 'llama-3.1-405b.compute']);
    // The number is a number, one format for the column (two decimals, which 1.05× needs); the inputs
    // behind it are in a note, as the kernel wrote the formula.
    expect(chartCellText(spec, 'Training GPU-hours', 'Llama 3.1 405B ÷ DeepSeek-V3')).toBe('11.06×');
    expect(chartCellText(spec, 'Training cluster (GPUs)', 'Llama 3.1 405B ÷ DeepSeek-V3')).toBe('~7.81×');
    // Per-point metadata sits with its value (table view, CSV), not in the notes under the chart.
    expect(point(spec, 'llama-over-v3', 'Training GPU-hours').note).toContain('DeepSeek-V3: H800 GPU-hours; official final training run only');
    expect(spec.notes.join(' ')).not.toContain('H800 GPU-hours; official final training run only');
    expect(chartCellText(spec, 'Pre-training tokens', 'Llama 3.1 405B ÷ DeepSeek-V3')).toBe('1.05×');
    expect(spec.notes.join(' ')).toContain('Inputs (Llama 3.1 405B vs DeepSeek-V3): GPU-hours 30.84M H100 vs 2.788M H800; compute 3.8e25 vs 3.29e24 FLOP; cluster ~16,000 vs 2,048 GPUs; tokens 15.6T vs 14.8T.');
  });

  it('carries the caveats: different GPUs, final run only', () => {
    expect(spec.notes.join(' ')).toMatch(/H100s and DeepSeek-V3 on H800s/);
    expect(spec.notes.join(' ')).toMatch(/final training run only/);
    expect(spec.takeaway).toBe('Meta’s model took 11.1× the GPU-hours and 11.6× the compute of DeepSeek-V3’s final run on a cluster ~7.8× larger, yet trained on only 1.05× as many tokens.');
    expect(spec.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['hf-llama-31-blog', 'deepseek-v3-report', 'llama-3-herd']));
  });
});

describe('deepseek-v3-cost-by-stage', () => {
  const spec = buildExhibit('deepseek-v3-cost-by-stage', edition);
  const stages = [
    ['Pre-training', 'deepseek-v3.gpu-hours.pretraining', 'deepseek-v3.cost.pretraining'],
    ['Context extension', 'deepseek-v3.gpu-hours.context-extension', 'deepseek-v3.cost.context-extension'],
    ['Post-training', 'deepseek-v3.gpu-hours.post-training', 'deepseek-v3.cost.post-training'],
    ['Total, final run', 'deepseek-v3.gpu-hours.total', 'deepseek-v3.cost.total'],
  ] as const;

  it('is a table, not two identical bars: GPU-hours, the cost recomputed from them, the reported cost, the share', () => {
    expect(spec.chart).toBe('table');
    expect(asTable(spec).columns.map((c) => c.id)).toEqual(['hours', 'computed', 'reported', 'share']);
    expect(asTable(spec).rows.map((r) => r.name)).toEqual(stages.map(([x]) => x));
  });

  it('computes GPU-hours × price per stage and matches the reported costs to the cent', () => {
    const price = value('deepseek-v3.rental-price');
    for (const [x, hoursKey, costKey] of stages) {
      const computed = cellOf(spec, x, 'computed').y! * 1e6;
      const reported = value(costKey) * 1e6;
      expect(toCents(computed)).toBe(toCents(reported));
      expect(toCents(computed)).toBe(toCents(value(hoursKey) * 1e3 * price));
      expect(cellOf(spec, x, 'reported').y! * 1e6).toBeCloseTo(reported, 6);
    }
    // Hand-worked: 2,664K × $2 = $5.328M; 2,788K × $2 = $5.576M; 5.328 / 5.576 = 95.55%.
    expect(cellOf(spec, 'Pre-training', 'computed').y).toBeCloseTo(5.328, 12);
    expect(cellOf(spec, 'Total, final run', 'computed').y).toBeCloseTo(5.576, 12);
    expect(cellOf(spec, 'Pre-training', 'share').y).toBeCloseTo(95.552, 3);
    expect(cellOf(spec, 'Total, final run', 'share').y).toBeCloseTo(100, 12);
    // One format per column: the computed and reported columns print alike.
    expect(cellText(spec, 'Pre-training', 'computed')).toBe(cellText(spec, 'Pre-training', 'reported'));
  });

  it('marks computed costs derived and reported costs reported', () => {
    for (const [x] of stages) {
      expect(cellOf(spec, x, 'computed').kind).toBe('derived');
      expect(cellOf(spec, x, 'reported').kind).toBe('reported');
    }
    expect(cellOf(spec, 'Total, final run', 'computed').keys.toSorted()).toEqual([
      'deepseek-v3.gpu-hours.context-extension',
      'deepseek-v3.gpu-hours.post-training',
      'deepseek-v3.gpu-hours.pretraining',
      'deepseek-v3.rental-price',
    ]);
  });

  it('says what the cost leaves out and states the match in its takeaway; row caveats sit with their cells', () => {
    expect(spec.takeaway).toBe('Pre-training is 95.6% of the final-run cost, and GPU-hours × $2 reproduces every reported stage cost to the cent.');
    expect(spec.notes).toHaveLength(1);
    expect(spec.notes[0]).toMatch(/excludes prior research, ablations, data and the hardware/);
    expect(cellOf(spec, 'Total, final run', 'reported').note).toMatch(/Final training run only; excludes prior research, ablations, data and capex/);
  });
});

describe('frontier-training-cost-history', () => {
  const spec = buildExhibit('frontier-training-cost-history', edition);

  it('plots the AI Index / Epoch estimates in USD, oldest first, as estimates', () => {
    const est = seriesOf(spec, 'estimates');
    expect(est.points.map((p) => p.x)).toEqual([
      'Transformer (2017)',
      'BERT-Large (2018)',
      'RoBERTa Large (2019)',
      'GPT-3 175B (2020)',
      'Megatron-Turing NLG 530B (2021)',
      'PaLM 540B (2022)',
      'Llama 2 70B (2023)',
      'GPT-4 (2023)',
      'Gemini Ultra (2023)',
    ]);
    expect(point(spec, 'estimates', 'Transformer (2017)').y).toBe(930);
    expect(point(spec, 'estimates', 'Gemini Ultra (2023)').y).toBe(191_400_000);
    expect(est.points.every((p) => p.kind === 'estimate')).toBe(true);
  });

  it('puts DeepSeek-V3’s final run on its own series, in base dollars, on a log axis', () => {
    expect(point(spec, 'deepseek-v3', 'DeepSeek-V3 (2024)').y).toBe(5_576_000);
    expect(seriesOf(spec, 'deepseek-v3').label).toBe('DeepSeek-V3 final run at an assumed $2 per GPU-hour (not like-for-like)');
    expect(asChart(spec).y.type).toBe('logarithmic');
    expect(asChart(spec).categories?.at(-1)).toBe('DeepSeek-V3 (2024)');
    // Bracketed by GPT-3 ($4.32M) and Megatron-Turing NLG ($6.41M); Gemini Ultra / V3 = 191.4 / 5.576 = 34.3.
    expect(spec.takeaway).toBe(
      'DeepSeek-V3’s final-run figure sits between the GPT-3 175B (2020) and Megatron-Turing NLG 530B (2021) estimates, about 1/34 of Gemini Ultra’s, but it counts less than the estimates do.',
    );
    expect(spec.title).toBe('Estimated training cost of notable models, 2017–2023, with DeepSeek-V3’s final run');
  });
});

describe('market-reaction-2025-01-27', () => {
  const spec = buildExhibit('market-reaction-2025-01-27', edition);

  it('sorts the moves from worst to best with the dataset values', () => {
    const pts = asChart(spec).series[0]!.points;
    expect(pts.map((p) => [p.x, p.y])).toEqual([
      ['Nvidia shares', -17],
      ['Chip index (SOX)', -9.2],
      ['Nasdaq Composite', -3.07],
      ['S&P 500', -1.46],
      ['Dow Jones', 0.65],
    ]);
    expect(asChart(spec).horizontal).toBe(true);
    expect(asChart(spec).y.unit).toBe('percent');
  });

  it('notes the 589 vs 593 vendor difference and the previous record', () => {
    const notes = spec.notes.join(' ');
    expect(notes).toMatch(/about \$589 billion, Reuters \(LSEG data\) about \$593 billion/);
    expect(notes).toContain('~$279bn');
    expect(spec.takeaway).toBe('Nvidia fell ~17% and the chip index 9.2%, while the Dow rose 0.65%: the sell-off was aimed at AI hardware rather than at equities as a whole.');
  });
});

describe('deepseek-moe-efficiency', () => {
  const spec = buildExhibit('deepseek-moe-efficiency', edition);

  it('computes the active share of parameters for V2 and V3', () => {
    // 21 / 236 = 8.9%; 37 / 671 = 5.5%
    expect(cellOf(spec, 'DeepSeek-V2 (May 2024)', 'share').y).toBeCloseTo(8.898, 3);
    expect(cellOf(spec, 'DeepSeek-V3 (Dec 2024)', 'share')).toMatchObject({ kind: 'derived', keys: ['deepseek-v3.params.active', 'deepseek-v3.params.total'] });
    expect(cellOf(spec, 'DeepSeek-V3 (Dec 2024)', 'share').y).toBeCloseTo(5.514, 3);
    expect(cellText(spec, 'DeepSeek-V3 (Dec 2024)', 'share')).toBe('5.5%');
  });

  it('shows V2’s reported gains against DeepSeek 67B and leaves V3’s cells empty', () => {
    expect(cellOf(spec, 'DeepSeek-V2 (May 2024)', 'kv')).toMatchObject({ y: 93.3, kind: 'reported' });
    expect(cellText(spec, 'DeepSeek-V2 (May 2024)', 'kv')).toBe('93.3%');
    expect(cellText(spec, 'DeepSeek-V2 (May 2024)', 'throughput')).toBe('5.76×');
    expect(cellText(spec, 'DeepSeek-V3 (Dec 2024)', 'kv')).toBe('—');
    expect(cellText(spec, 'DeepSeek-V3 (Dec 2024)', 'fp8')).toBe('<0.25%');
    expect(cellText(spec, 'DeepSeek-V2 (May 2024)', 'tokens')).toBe('8.1tn tokens');
  });
});

describe('DeepSeek metrics', () => {
  it('computes the ratios and compute figures worked by hand', () => {
    expect(metric('metric.deepseek.gpu-hour-ratio').value).toBeCloseTo(11.0617, 4);
    expect(formatQuantity(metric('metric.deepseek.gpu-hour-ratio'))).toBe('11.1×');
    expect(formatQuantity(metric('metric.deepseek.cluster-ratio'))).toBe('~7.8×');
    // 6 × 37e9 × 14.8e12 = 3.2856e24 FLOP = 38,027.8 PF-days
    expect(metric('metric.deepseek.v3-compute-pf-days').value).toBeCloseTo(38.0278, 4);
    expect(metric('metric.deepseek.v3-compute-pf-days').formula).toContain('3.29e24 FLOP');
    expect(metric('metric.deepseek.compute-ratio').value).toBeCloseTo(11.5656, 4);
    expect(metric('metric.deepseek.pretraining-days').value).toBeCloseTo(54.199, 3);
    expect(metric('metric.deepseek.active-share').value).toBeCloseTo(5.514, 3);
    // (2 × 128 × 128) / (512 + 64) = 56.9
    expect(metric('metric.deepseek.mla-kv-compression').value).toBeCloseTo(56.889, 3);
    // 60 / 2.19 = 27.4
    expect(metric('metric.deepseek.o1-r1-output-price-ratio').value).toBeCloseTo(27.397, 3);
    // 589 / 279 = 2.11
    expect(formatQuantity(metric('metric.deepseek.nvidia-loss-vs-record'))).toBe('~2.1×');
    expect(formatQuantity(metric('metric.deepseek.nvidia-share-fall'))).toBe('~17%');
  });

  it('rebuilds the total cost and scales it by the outside experiment-overhead estimate', () => {
    const total = metric('metric.deepseek.cost-computed-total');
    expect(total).toMatchObject({ value: 5.576, unit: 'USD', scale: 'million', kind: 'derived', confidence: 'D' });
    const range = metric('metric.deepseek.experiment-cost-range');
    // $5.576M × 2–4
    expect(range).toMatchObject({ kind: 'estimate', low: 11.152, high: 22.304 });
    expect(formatQuantity(range)).toBe('$11–22 million');
    expect(range.sources.map((s) => s.id)).toEqual(['deepseek-v3-report', 'interconnects-deepseek-v3-cost']);
  });
});

describe('robust to the next edition', () => {
  it('builds every DeepSeek exhibit from 2026-02 except the R1 table, which needs the 2026-03 stage rows', () => {
    for (const id of ['deepseek-v3-vs-llama-compute', 'deepseek-v3-cost-by-stage', 'frontier-training-cost-history', 'market-reaction-2025-01-27', 'deepseek-moe-efficiency']) {
      expect(buildExhibit(id, next).edition).toBe('2026-02');
    }
    expect(buildExhibit('deepseek-training-disclosures', march).edition).toBe('2026-03');
  });

  it('gives the same V3 figures in 2026-02, whose V3 rows did not change', () => {
    for (const id of ['deepseek-v3-vs-llama-compute', 'frontier-training-cost-history']) {
      const [a, b] = [buildExhibit(id, edition), buildExhibit(id, next)];
      expect(asChart(b).series).toEqual(asChart(a).series);
      expect(b.takeaway).toBe(a.takeaway);
    }
    const [a, b] = [buildExhibit('deepseek-v3-cost-by-stage', edition), buildExhibit('deepseek-v3-cost-by-stage', next)];
    expect(asTable(b).rows).toEqual(asTable(a).rows);
    expect(b.takeaway).toBe(a.takeaway);
  });
});


describe('deepseek-training-disclosures (2026-03: R1 by stage)', () => {
  const spec = buildExhibit('deepseek-training-disclosures', march);
  const v = (id: string) => getObservation(march, id).value;

  it('is a table of V3’s final run, R1’s three stages, their total and the fleet estimates', () => {
    const t = asTable(spec);
    expect(t.rows.map((r) => r.name)).toEqual(['V3 final run', 'R1-Zero stage', 'SFT-data stage', 'R1 stage', 'R1 stages, total', 'Fleet (estimates)']);
    expect(t.columns.map((c) => c.label)).toEqual(['GPUs', 'GPU type', 'A100-equivalents', 'Wall-clock time', 'GPU-hours', 'Cost', 'Price per GPU-hour']);
    expect(cellText(spec, 'V3 final run', 'time')).toBe('<2 months');
    expect(cellText(spec, 'R1-Zero stage', 'time')).toBe('~198 hours');
    expect(cellText(spec, 'R1 stage', 'time')).toBe('80 hours');
    expect(cellText(spec, 'SFT-data stage', 'time')).toBe('—');
    expect(cellOf(spec, 'R1 stages, total', 'cost')).toMatchObject({ y: 0.294, scale: 'million', kind: 'reported', keys: ['deepseek-r1.incremental-cost'] });
    expect(cellOf(spec, 'Fleet (estimates)', 'gpus')).toMatchObject({ y: 50_000, kind: 'estimate' });
  });

  it('reads every stage from the paper’s table: no derived price per GPU-hour', () => {
    for (const row of ['R1-Zero stage', 'SFT-data stage', 'R1 stage', 'R1 stages, total']) {
      expect(cellOf(spec, row, 'price')).toMatchObject({ y: 2, kind: 'reported' });
      expect(cellOf(spec, row, 'hours').kind).toBe('reported');
    }
    expect(spec.sources.map((s) => s.id)).toContain('deepseek-r1-nature');
    expect(spec.sources.map((s) => s.id)).not.toContain('techspot-r1-training-cost');
  });

  it('states the shares on one rental basis in its takeaway (147K ÷ 2.788M = 5.3%; 294K ÷ 5.576M = 5.3%; 50,000 ÷ 2,048 = 24×)', () => {
    expect(v('deepseek-r1.gpu-hours.total') / v('deepseek-v3.gpu-hours.total')).toBeCloseTo(147 / 2788, 10);
    expect(spec.takeaway).toBe(
      'R1’s three stages on top of V3 used 5.3% of V3’s final-run GPU-hours and, at the same rental rate, cost 5.3% as much; outside estimates put DeepSeek’s fleet at about 24× the V3 training cluster.',
    );
  });

  it('dates the fleet estimate to its first publication, January 2025', () => {
    expect(spec.notes.join(' ')).toContain('the January 2025 range is in A100-equivalents, the January 2025 figure in Nvidia Hopper GPUs');
  });

  it('cannot be built from 2026-02, which lacks the stage rows, and says which row is missing', () => {
    expect(() => buildExhibit('deepseek-training-disclosures', next)).toThrow(/Unknown observation id "deepseek-r1\.[a-z0-9.-]+" in dataset edition 2026-02/);
  });
});

describe('DeepSeek metrics from the R1 disclosure', () => {
  const m = (id: string) => computeMetric(id, march, loadEdition)!;

  it('keeps the R1-stage GPU-hours (512 × 80 = 40,960, the paper’s 41K) and drops the cost-per-hour artefact', () => {
    expect(m('metric.deepseek.r1-gpu-hours')).toMatchObject({ value: 40_960, unit: 'GPU-hours', kind: 'derived', confidence: 'D' });
    expect(Math.round(m('metric.deepseek.r1-gpu-hours').value / 1e3)).toBe(v41());
    expect(computeMetric('metric.deepseek.r1-implied-price', march, loadEdition)).toBeUndefined();
    expect(computeMetric('metric.deepseek.r1-run-at-v3-price', march, loadEdition)).toBeUndefined();
  });

  it('sets R1 against V3 and the fleet against the cluster', () => {
    // 294,000 ÷ 5,576,000 = 5.27%
    expect(m('metric.deepseek.r1-cost-vs-v3').value).toBeCloseTo(5.2726, 4);
    expect(formatQuantity(m('metric.deepseek.r1-cost-vs-v3'))).toBe('~5%');
    expect(m('metric.deepseek.fleet-vs-cluster').value).toBeCloseTo(24.414, 3);
    expect(formatQuantity(m('metric.deepseek.fleet-vs-cluster'))).toBe('~24×');
  });
});

function v41(): number {
  return getObservation(march, 'deepseek-r1.gpu-hours.r1').value;
}
