import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/data/load.ts';
import { derive, inputNotes, ratio } from '../../src/lib/derive/index.ts';
import { buildExhibit } from '../../src/lib/exhibits/index.ts';
import { ExhibitSpec } from '../../src/lib/exhibits/spec.ts';
import { exhibitCsv } from '../../src/lib/render/download.ts';
import { NOTES_LABEL, toTableModel } from '../../src/lib/render/table.ts';
import { capexBar, marketTable } from '../fixtures/specs/index.ts';
import { asChart, asTable } from './spec-helpers.ts';

const e = loadEdition('2025-02');

describe('per-point metadata lives in the table view and the CSV, not under the chart', () => {
  const table = asTable(marketTable);
  const noted = ExhibitSpec.parse({
    ...table,
    rows: table.rows.map((r, i) => (i === 0 ? { ...r, cells: { ...r.cells, change: { ...r.cells.change!, note: 'Close to close, Nasdaq listing.' } } } : r)),
  });

  it('adds a Notes column with each row’s notes, only when some value has one', () => {
    const t = toTableModel(noted);
    expect(t.columns.at(-1)).toEqual({ label: NOTES_LABEL, numeric: false, notes: true });
    expect(t.rows.map((r) => r.cells.at(-1)!.text)).toEqual(['Close to close, Nasdaq listing.', '', '']);
    expect(toTableModel(marketTable).columns.map((c) => c.label)).not.toContain(NOTES_LABEL);
  });

  it('writes the note of each value in the CSV’s note field', () => {
    const lines = exhibitCsv(noted).split('\r\n');
    expect(lines[0]!.split(',').at(-1)).toBe('note');
    expect(lines[1]!.endsWith(',market.nvda.2025-01-27,"Close to close, Nasdaq listing."')).toBe(true);
    expect(lines[2]!.endsWith(',')).toBe(true);
  });

  it('prints a note every value of a column shares once, as that column’s definition', () => {
    const shared = ExhibitSpec.parse({
      ...capexBar,
      series: asChart(capexBar).series.map((s) => (s.id === 'y2024' ? { ...s, points: s.points.map((p) => ({ ...p, note: 'Cash flow statement.' })) } : s)),
    });
    const t = toTableModel(shared);
    expect(t.footnotes[0]).toBe('2024: Cash flow statement.');
    expect(t.columns.map((c) => c.label)).not.toContain(NOTES_LABEL);
  });

  it('carries a dataset row’s note into its point (DeepSeek-V3 training-cost history)', () => {
    const spec = buildExhibit('frontier-training-cost-history', e);
    const v3 = spec.chart === 'table' ? undefined : spec.series.find((s) => s.id === 'deepseek-v3')!.points[0]!;
    expect(v3?.note).toBe(e.observations.get('deepseek-v3.cost.total')!.note);
    expect(spec.notes.join(' ')).not.toContain(e.observations.get('deepseek-v3.cost.total')!.note!);
  });

  it('groups a derived figure’s input notes by subject when an exhibit asks for them', () => {
    const d = derive(e, (r) => ratio(r.term('llama-3.1-405b.gpu-hours'), r.term('deepseek-v3.gpu-hours.total')));
    expect(inputNotes(d)).toContain('DeepSeek-V3: H800 GPU-hours; official final training run only');
    expect(inputNotes(d)!.startsWith('Llama 3.1 405B: ')).toBe(true);
  });
});

describe('a column definition shared by most of its values', () => {
  it('is printed once, and only the notes that differ stay in the rows (distilled-benchmarks)', () => {
    const t = toTableModel(buildExhibit('distilled-benchmarks', e));
    expect(t.footnotes).toContain('AIME 2024 pass@1: Distilled-model evaluation table; pass@1.');
    const notes = t.rows.map((r) => r.cells.at(-1)!.text);
    // GPT-4o's row keeps only its LiveCodeBench caveat: its other cells carry their columns' definitions.
    expect(notes[0]).toBe('Distilled-model evaluation table; pass@1-CoT. Differs from the main table because the evaluation setting differs.');
    expect(notes.find((n) => n.includes('the paper copy gives 50.0'))).toBeDefined();
  });
});
