import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/data/load.ts';
import { getObservation } from '../../src/lib/data/lookup.ts';
import { buildExhibit } from '../../src/lib/exhibits/index.ts';
import { columnDecimals, digitsFor } from '../../src/lib/format/column-digits.ts';
import { toTableModel } from '../../src/lib/render/table.ts';

const e26 = loadEdition('2026-02');
const row = (id: string) => {
  const r = getObservation(e26, id);
  return { y: r.value, digits: r.digits };
};
/** The decimals each value of a column prints with. */
const printed = (values: { y: number; digits?: number | undefined }[]) => {
  const d = columnDecimals(values)!;
  return values.map((v) => digitsFor(d, v));
};

describe('columnDecimals: one number format per column, from all its values', () => {
  it('gives a column of like-sized capex figures three significant figures on the largest (2022: $63.645bn … $32.04bn)', () => {
    const col = ['capex.amazon.2022', 'capex.microsoft.fy2022', 'capex.alphabet.2022', 'capex.meta.2022'].map(row);
    expect(col.map((v) => v.y)).toEqual([63.645, 23.886, 31.485, 32.04]);
    expect(columnDecimals(col)).toBe(1);
  });

  it('prints $131.8bn beside $64.551bn at one format, not each at its own precision (2025 column)', () => {
    const col = ['capex.amazon.2025', 'capex.microsoft.fy2025', 'capex.alphabet.2025', 'capex.meta.2025'].map(row);
    expect(columnDecimals(col)).toBe(0);
  });

  it('keeps two significant figures on the smallest value, within its written precision (V3 stage costs: $5.328M … $0.01M)', () => {
    const col = ['deepseek-v3.cost.pretraining', 'deepseek-v3.cost.context-extension', 'deepseek-v3.cost.post-training', 'deepseek-v3.cost.total'].map(row);
    // 0.01 was written with two decimals: $0.01M, never $0.010M; the column follows: $5.33M, $5.58M.
    expect(columnDecimals(col)).toBe(2);
  });

  it('never prints a column more precisely than its most precise value was written', () => {
    expect(columnDecimals([{ y: 120, digits: 0 }, { y: 60, digits: 0 }])).toBe(0);
    expect(columnDecimals([{ y: 9.3, digits: 1 }, { y: 93.9, digits: 1 }])).toBe(1);
  });

  it('prints whole-written whole numbers whole in a column with decimals: no "$83.00bn" or "7.0bn"', () => {
    // Token list prices per million tokens: $60, $0.15, $2.50 … (spanning orders of magnitude).
    expect(printed([{ y: 60, digits: 0 }, { y: 0.15, digits: 2 }, { y: 2.5, digits: 2 }])).toEqual([0, 2, 2]);
    // Distilled model sizes, in billions: 1.5, 7, 14, 32, 70.
    expect(printed([{ y: 1.5 }, { y: 7 }, { y: 14 }, { y: 32 }, { y: 70 }])).toEqual([1, 0, 0, 0, 0]);
    // A value written "80.0" keeps its written zero: it is a measurement, not a whole number.
    expect(printed([{ y: 80, digits: 1 }, { y: 83.3, digits: 1 }])).toEqual([1, 1]);
  });

  it('leaves a lone value to its own precision and prints an all-zero column whole', () => {
    expect(columnDecimals([{ y: 5.576 }])).toBeUndefined();
    expect(columnDecimals([{ y: 0 }, { y: 0 }])).toBe(0);
  });
});

describe('the table view prints every column at one format', () => {
  it('hyperscaler capex 2022 and 2025 columns (edition 2026-02)', () => {
    const t = toTableModel(buildExhibit('hyperscaler-capex', e26));
    const col = (label: string) => {
      const i = t.columns.findIndex((c) => c.label === label) - 1;
      return t.rows.map((r) => r.cells[i]!.text);
    };
    expect(col('2022')).toEqual(['$63.6bn', '$23.9bn', '$31.5bn', '$32.0bn']);
    expect(col('2025')).toEqual(['$132bn', '$65bn', '$91bn', '$72bn']);
  });
});
