/**
 * The exhibits converted to YAML (content/articles/<slug>/exhibits/<id>.yaml): discovered with the report's
 * modules, compiled from both released editions, valid ExhibitSpecs, and every number equal to its
 * dataset row or to the computation it stands for.
 */
import { describe, expect, it } from 'vitest';
import { getObservation } from '../../src/lib/data/lookup.ts';
import { loadEdition } from '../../src/lib/data/load.ts';
import type { Edition } from '../../src/lib/data/schema.ts';
import { ExhibitSpec, type ChartSpec, type TableSpec } from '../../src/lib/exhibits/spec.ts';
import { loadReportModules } from '../../src/lib/report/modules.ts';
import { lossReductionPercent } from '../../content/articles/scaling-laws/model.ts';

const report = await loadReportModules();
const EDITIONS = ['2025-02', '2026-02'].map((v) => loadEdition(v));
const CONVERTED = {
  'adoption-speed': 'content/articles/ai-cycle/exhibits/adoption-speed.yaml',
  'market-reaction-2025-01-27': 'content/articles/deepseek/exhibits/market-reaction-2025-01-27.yaml',
  'deepseek-moe-efficiency': 'content/articles/deepseek/exhibits/deepseek-moe-efficiency.yaml',
  'r1-vs-frontier': 'content/articles/distillation/exhibits/r1-vs-frontier.yaml',
  'kaplan-scaling-exponents': 'content/articles/scaling-laws/exhibits/kaplan-scaling-exponents.yaml',
} as const;

function build(id: keyof typeof CONVERTED, edition: Edition): ExhibitSpec {
  const def = report.exhibits.find((e) => e.value.id === id);
  if (!def) throw new Error(`exhibit ${id} not discovered`);
  const body = def.value.build({ edition, loadEdition: (v) => loadEdition(v) });
  return ExhibitSpec.parse({ ...body, edition: edition.version, asOf: edition.asOf });
}
const chart = (id: keyof typeof CONVERTED, e: Edition) => build(id, e) as ChartSpec;
const table = (id: keyof typeof CONVERTED, e: Edition) => build(id, e) as TableSpec;
const value = (e: Edition, key: string) => getObservation(e, key).value;

describe('discovery', () => {
  it('registers each converted exhibit once, from its YAML file, in its article', () => {
    for (const [id, file] of Object.entries(CONVERTED)) {
      const found = report.exhibits.filter((e) => e.value.id === id);
      expect(found.map((e) => e.file)).toEqual([file]);
      expect(found[0]!.article).toBe(file.split('/')[2]);
    }
  });
});

describe.each(EDITIONS)('edition $version', (e) => {
  it('adoption-speed: every row of the pattern, fastest first, with the multiples in the takeaway', () => {
    const spec = chart('adoption-speed', e);
    const ids = ['chatgpt', 'tiktok', 'instagram'].map((s) => `adoption.months-to-100m.${s}`);
    expect(spec.categories).toEqual(['ChatGPT', 'TikTok', 'Instagram']);
    expect(spec.series).toHaveLength(1);
    expect(spec.series[0]!.points.map((p) => [p.x, p.y, p.qualifier, p.kind, p.keys])).toEqual(ids.map((k) => [getObservation(e, k).subject, value(e, k), '~', 'estimate', [k]]));
    expect(spec.y).toMatchObject({ unit: 'months', scale: 'one', min: 0, type: 'linear' });
    const [chatgpt, tiktok, instagram] = ids.map((k) => value(e, k)) as [number, number, number];
    expect(instagram / chatgpt).toBe(15);
    expect(tiktok / chatgpt).toBe(4.5);
    expect(spec.takeaway).toBe('ChatGPT reached a mass audience 15× faster than Instagram and 4.5× faster than TikTok.');
    expect(spec.sources).toEqual([{ id: 'ubs-chatgpt-100m-users' }]);
  });

  it('market-reaction-2025-01-27: the five moves, largest fall first, and the loss in the notes', () => {
    const spec = chart('market-reaction-2025-01-27', e);
    const points = spec.series[0]!.points;
    expect(points.map((p) => p.x)).toEqual(['Nvidia shares', 'Chip index (SOX)', 'Nasdaq Composite', 'S&P 500', 'Dow Jones']);
    expect(points.map((p) => p.y)).toEqual(['market.nvidia.share-change', 'market.sox.change', 'market.nasdaq.change', 'market.sp500.change', 'market.dow.change'].map((k) => value(e, k)));
    expect(points.map((p) => p.y)).toEqual([...points.map((p) => p.y as number)].sort((a, b) => a - b));
    expect(spec.takeaway).toBe(
      'Nvidia fell ~17% and the chip index 9.2%, while the Dow rose 0.65%: the sell-off was aimed at AI hardware rather than at equities as a whole.',
    );
    expect(spec.notes[0]).toBe('Nvidia’s loss of market value on the day: ~$589bn, against a previous record of ~$279bn.');
    // A plotted row's note travels with its point (table view, CSV); a row only the note cites is listed by rowNotes.
    expect(points[1]!.note).toBe(getObservation(e, 'market.sox.change').note);
    expect(spec.notes.join(' ')).not.toContain(getObservation(e, 'market.sox.change').note!);
    expect(spec.notes).toContain(`Nvidia: ${getObservation(e, 'market.nvidia.previous-record-loss').note}`);
    expect(spec.sources).toEqual([{ id: 'reuters-nasdaq-deepseek' }, { id: 'nvidia-record-loss-longbridge' }]);
  });

  it('r1-vs-frontier: six models by seven benchmarks, DeepSeek-V3 without LiveCodeBench', () => {
    const spec = chart('r1-vs-frontier', e);
    const benchmarks = ['aime-2024', 'math-500', 'gpqa-diamond', 'livecodebench', 'codeforces-percentile', 'mmlu', 'swe-bench-verified'];
    expect(spec.categories).toEqual(['AIME 2024', 'MATH-500', 'GPQA Diamond', 'LiveCodeBench', 'Codeforces percentile', 'MMLU', 'SWE-bench Verified']);
    expect(spec.series.map((s) => s.id)).toEqual(['deepseek-r1', 'deepseek-v3', 'o1-1217', 'o1-mini', 'gpt-4o-0513', 'claude-3.5-sonnet-1022']);
    // DeepSeek's models in colour, the rivals grey behind them.
    expect(spec.series.map((s) => s.emphasis)).toEqual(['subject', 'subject', 'peer', 'peer', 'peer', 'peer']);
    for (const s of spec.series) {
      expect(s.points.map((p) => p.y)).toEqual(benchmarks.map((b) => (e.observations.has(`bench.main.${s.id}.${b}`) ? value(e, `bench.main.${s.id}.${b}`) : null)));
    }
    expect(spec.series.find((s) => s.id === 'deepseek-v3')!.points[3]).toMatchObject({ x: 'LiveCodeBench', y: null, keys: [] });
    expect(spec.takeaway).toBe(
      "In DeepSeek's own evaluation, R1 scores 79.8% on AIME 2024 and 97.3% on MATH-500, against 79.2% and 96.4% for OpenAI's o1-1217, and leads GPT-4o and Claude 3.5 Sonnet on both.",
    );
    // The claim the takeaway words without a number still holds in the data.
    for (const b of ['aime-2024', 'math-500']) {
      expect(value(e, `bench.main.deepseek-r1.${b}`)).toBeGreaterThan(Math.max(value(e, `bench.main.gpt-4o-0513.${b}`), value(e, `bench.main.claude-3.5-sonnet-1022.${b}`)));
    }
  });

  it('deepseek-moe-efficiency: one row per model, one measure per column, active shares computed, empty cells left out', () => {
    const spec = table('deepseek-moe-efficiency', e);
    expect(spec.rows.map((r) => r.name)).toEqual(['DeepSeek-V2 (May 2024)', 'DeepSeek-V3 (Dec 2024)']);
    expect(spec.columns.map((c) => c.id)).toEqual(['total', 'active', 'share', 'tokens', 'kv', 'throughput', 'cost', 'fp8']);
    const models = { 'deepseek-v2': 'DeepSeek-V2 (May 2024)', 'deepseek-v3': 'DeepSeek-V3 (Dec 2024)' } as const;
    const cell = (v: keyof typeof models, col: string) => spec.rows.find((r) => r.name === models[v])!.cells[col];
    for (const v of ['deepseek-v2', 'deepseek-v3'] as const) {
      // Rescaled into the column's scale: one scale per column.
      expect(cell(v, 'total')).toMatchObject({ unit: 'parameters', scale: 'billion', keys: [`${v}.params.total`] });
      expect(cell(v, 'total')!.y! * 1e9).toBeCloseTo(value(e, `${v}.params.total`) * ({ one: 1, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 } as const)[getObservation(e, `${v}.params.total`).scale], -3);
      expect(cell(v, 'share')!.y).toBeCloseTo((value(e, `${v}.params.active`) / value(e, `${v}.params.total`)) * 100, 10);
      expect(cell(v, 'share')).toMatchObject({ kind: 'derived', unit: 'percent', keys: [`${v}.params.active`, `${v}.params.total`] });
    }
    expect(cell('deepseek-v2', 'kv')!.y).toBe(value(e, 'deepseek-v2.kv-cache-reduction'));
    expect(cell('deepseek-v3', 'kv')).toBeUndefined();
    expect(cell('deepseek-v3', 'fp8')).toMatchObject({ y: value(e, 'deepseek-v3.fp8-loss-error'), qualifier: '<' });
    expect(cell('deepseek-v2', 'fp8')).toBeUndefined();
  });

  it('kaplan-scaling-exponents: exponents, constants and ranges from rows, the implied fall computed', () => {
    const spec = table('kaplan-scaling-exponents', e);
    const rows = [
      ['Model size N', 'kaplan.alpha-n', 'kaplan.n-c', 2],
      ['Dataset size D', 'kaplan.alpha-d', 'kaplan.d-c', 2],
      ['Compute C (compute-efficient frontier)', 'kaplan.alpha-c', 'kaplan.c-c', 10],
    ] as const;
    expect(spec.rows.map((r) => r.name)).toEqual(rows.map((r) => r[0]));
    for (const [i, [, exponent, constant, factor]] of rows.entries()) {
      const cells = spec.rows[i]!.cells;
      expect(cells.exponent).toMatchObject({ y: value(e, exponent), keys: [exponent] });
      expect(cells.constant).toMatchObject({ y: value(e, constant), unit: getObservation(e, constant).unit, scale: getObservation(e, constant).scale, keys: [constant] });
      expect(cells.implied!.y).toBeCloseTo(lossReductionPercent(value(e, exponent), factor), 10);
      expect(cells.implied).toMatchObject({ kind: 'derived', keys: [exponent], unit: 'percent' });
    }
    // The range studied stays numbers, each cell in its own unit.
    expect(spec.rows[0]!.cells.min).toMatchObject({ y: value(e, 'kaplan.params.min'), keys: ['kaplan.params.min'] });
    expect(spec.rows[1]!.cells.max).toMatchObject({ y: value(e, 'kaplan.tokens.max'), unit: 'tokens', keys: ['kaplan.tokens.max'] });
    expect(spec.rows[2]!.cells.min).toBeUndefined();
    expect(spec.rows[0]!.cells.change).toMatchObject({ text: 'doubling N' });
    // The constants' notes ("written 8.8×10^13 … in the paper") sit with their cells, not under the table.
    expect(spec.rows.map((r) => r.cells.constant!.note)).toEqual(['kaplan.n-c', 'kaplan.d-c', 'kaplan.c-c'].map((k) => getObservation(e, k).note));
    expect(spec.notes).toHaveLength(2);
  });
});
