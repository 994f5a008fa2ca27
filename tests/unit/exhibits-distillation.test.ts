import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/data/load.ts';
import { getObservation } from '../../src/lib/data/lookup.ts';
import { buildExhibit } from '../../src/lib/exhibits/index.ts';
import { DISTILL_BENCHMARKS, DISTILLED_MODELS, FRONTIER_BENCHMARKS, REFERENCE_MODELS } from '../../content/articles/distillation/exhibits.ts';
import { computeMetric } from '../../src/lib/metrics/index.ts';
import { toTableModel } from '../../src/lib/render/table.ts';
import { asChart, cellOf } from './spec-helpers.ts';

const edition = loadEdition('2025-02');
const value = (key: string) => getObservation(edition, key).value;
const metric = (id: string) => computeMetric(id, edition, loadEdition)!;

describe('distilled-models-aime', () => {
  const spec = buildExhibit('distilled-models-aime', edition);

  it('plots each distilled model at its size (log x) against its AIME 2024 pass@1, by base family', () => {
    expect(spec.chart).toBe('scatter');
    expect(asChart(spec).x).toMatchObject({ type: 'logarithmic', unit: 'parameters', scale: 'billion' });
    const [qwen, llama] = asChart(spec).series;
    expect(qwen!.points.map((p) => [p.name, p.x, p.y])).toEqual([
      ['R1-Distill-Qwen-1.5B', 1.5, 28.9],
      ['R1-Distill-Qwen-7B', 7, 55.5],
      ['R1-Distill-Qwen-14B', 14, 69.7],
      ['R1-Distill-Qwen-32B', 32, 72.6],
    ]);
    expect(llama!.points.map((p) => [p.name, p.x, p.y])).toEqual([
      ['R1-Distill-Llama-8B', 8, 50.4],
      ['R1-Distill-Llama-70B', 70, 70],
    ]);
    expect(qwen!.points[0]!.keys).toEqual(['bench.distill.r1-distill-qwen-1.5b.aime-2024', 'model.r1-distill-qwen-1.5b.params']);
  });

  it('draws the reference models and the teacher as horizontal reference lines', () => {
    const refs = asChart(spec).series.filter((s) => s.style === 'reference-line');
    expect(refs.flatMap((s) => s.points.map((p) => [p.name, p.y]))).toEqual([
      ['GPT-4o-0513', 9.3],
      ['Claude-3.5-Sonnet-1022', 16],
      ['QwQ-32B-Preview', 44],
      ['o1-mini', 63.6],
      ['DeepSeek-R1 (teacher)', value('bench.main.deepseek-r1.aime-2024')],
    ]);
    expect(spec.takeaway).toBe("Even the 1.5-billion-parameter distilled model scores 28.9% against GPT-4o's 9.3%, and the best, R1-Distill-Qwen-32B, beats o1-mini.");
    // The README-versus-paper caveat is one point's metadata: it sits with that point, not under the chart.
    expect(asChart(spec).series.flatMap((x) => x.points).some((p) => p.note?.includes('the paper copy gives 50.0'))).toBe(true);
    expect(spec.notes.some((n) => n.includes('the paper copy gives 50.0'))).toBe(false);
    expect(spec.sources).toEqual([
      { id: 'deepseek-r1-report', locator: 'Table 5; README “Distilled Model Evaluation”' },
      { id: 'deepseek-r1-report' },
      { id: 'deepseek-r1-report', locator: 'README §4' },
    ]);
  });
});

describe('distilled-benchmarks', () => {
  const spec = buildExhibit('distilled-benchmarks', edition);

  it('tabulates every benchmark of Table 5 for every model, with sizes where known', () => {
    expect(spec.chart).toBe('table');
    const table = toTableModel(spec);
    // Value columns, then the per-row Notes column (the per-point metadata no column shares).
    expect(table.columns.map((c) => c.label)).toEqual(['Model', 'Parameters', ...DISTILL_BENCHMARKS.map((b) => b.label), 'Notes']);
    expect(table.columns.slice(1, -1).every((c) => c.numeric)).toBe(true);
    // A note every value of a column shares is that column's definition, printed once as a footnote.
    expect(table.footnotes).toContain('AIME 2024 cons@64: Distilled-model evaluation table; cons@64 (majority vote over 64 samples).');
    expect(table.rows.map((r) => r.header)).toEqual([...REFERENCE_MODELS, ...DISTILLED_MODELS].map((m) => m.name));
    const row = (name: string) => table.rows.find((r) => r.header === name)!.cells.map((c) => c.text);
    // Each column in its own unit: parameters in billions, scores in per cent, the Codeforces rating bare.
    // Written precision kept: the paper prints 80.0, not 80.
    expect(row('o1-mini').slice(0, -1)).toEqual(['—', '63.6%', '80.0%', '90.0%', '60.0%', '53.8%', '1,820']);
    expect(row('R1-Distill-Qwen-32B').slice(0, -1)).toEqual(['32bn parameters', '72.6%', '83.3%', '94.3%', '62.1%', '57.2%', '1,691']);
    expect(row('QwQ-32B-Preview')[0]).toBe('32bn parameters');
    expect(row('QwQ-32B-Preview').at(-1)).toContain('the paper copy gives 50.0');
    // Every cell of a distilled model comes from its own row of the dataset.
    for (const m of DISTILLED_MODELS) {
      for (const b of DISTILL_BENCHMARKS) {
        expect(cellOf(spec, m.name, b.metric)).toMatchObject({ y: value(`bench.distill.${m.slug}.${b.metric}`), kind: 'reported', keys: [`bench.distill.${m.slug}.${b.metric}`] });
      }
    }
  });

  it('derives its takeaway from the scores', () => {
    expect(spec.takeaway).toBe(
      'From R1-Distill-Qwen-14B upward, the distilled models beat o1-mini on AIME 2024, and every one of them beats GPT-4o and Claude 3.5 Sonnet on AIME 2024 and MATH-500.',
    );
  });
});

describe('r1-vs-frontier', () => {
  const spec = buildExhibit('r1-vs-frontier', edition);

  it('groups the main-table benchmarks by model, leaving a gap where a model was not scored', () => {
    expect(spec).toMatchObject({ chart: 'bar', horizontal: true, y: { unit: 'percent', min: 0, max: 100 } });
    expect(asChart(spec).categories).toEqual(FRONTIER_BENCHMARKS.map((b) => b.label));
    const r1 = asChart(spec).series.find((s) => s.id === 'deepseek-r1')!;
    expect(r1.points.map((p) => p.y)).toEqual([79.8, 97.3, 71.5, 65.9, 96.3, 90.8, 49.2]);
    const v3 = asChart(spec).series.find((s) => s.id === 'deepseek-v3')!;
    expect(v3.points.find((p) => p.x === 'LiveCodeBench')!.y).toBeNull();
    // R1 ≥ o1-1217 on AIME, MATH-500, LiveCodeBench and SWE-bench Verified.
    expect(spec.takeaway).toBe("In DeepSeek's own evaluation, R1 scores 79.8% on AIME 2024 and 97.3% on MATH-500, against 79.2% and 96.4% for OpenAI's o1-1217, and leads GPT-4o and Claude 3.5 Sonnet on both.");
  });

  it('shows the same figures under edition 2026-02, which changed none of the benchmark or model rows', () => {
    const next = loadEdition('2026-02');
    const body = (spec: ReturnType<typeof buildExhibit>) => ({ ...spec, edition: undefined, asOf: undefined });
    for (const id of ['distilled-models-aime', 'distilled-benchmarks', 'r1-vs-frontier']) {
      const later = buildExhibit(id, next);
      expect(later.edition).toBe('2026-02');
      expect(body(later)).toEqual(body(buildExhibit(id, edition)));
    }
  });
});

describe('distillation metrics', () => {
  it('give the same values under edition 2026-02', () => {
    const next = loadEdition('2026-02');
    for (const id of ['metric.distill.r1.active-share', 'metric.distill.qwen-32b.aime-lead-over-o1-mini', 'metric.distill.r1.aime-lead-over-v3']) {
      expect(computeMetric(id, next, loadEdition)!.value).toBe(metric(id).value);
    }
  });

  it('compute gaps and ratios by hand-checkable arithmetic', () => {
    // 72.6 − 63.6 = 9.0 points
    expect(metric('metric.distill.qwen-32b.aime-lead-over-o1-mini')).toMatchObject({ value: 9, unit: 'percentage-points', kind: 'derived', confidence: 'D' });
    // 72.6 ÷ 79.8 = 90.98%
    expect(metric('metric.distill.qwen-32b.aime-share-of-teacher').value).toBeCloseTo(90.977, 3);
    // 671 ÷ 32 = 20.97
    expect(metric('metric.distill.r1-vs-qwen-32b.size').value).toBeCloseTo(20.969, 3);
    // 28.9 ÷ 9.3 = 3.108
    expect(metric('metric.distill.qwen-1.5b.aime-vs-gpt-4o').value).toBeCloseTo(3.108, 3);
    // 92.8 − 74.6 = 18.2; 79.8 − 39.2 = 40.6
    expect(metric('metric.distill.qwen-7b.math-lead-over-gpt-4o').value).toBe(18.2);
    expect(metric('metric.distill.r1.aime-lead-over-v3').value).toBe(40.6);
    // 37 ÷ 671 = 5.51%
    expect(metric('metric.distill.r1.active-share').value).toBeCloseTo(5.514, 3);
    expect(metric('metric.distill.r1.active-share').sources).toEqual([{ id: 'deepseek-r1-report' }]);
  });
});
