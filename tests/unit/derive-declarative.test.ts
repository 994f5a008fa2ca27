import { describe, expect, it } from 'vitest';
import { compileMetricsFile } from '../../src/lib/derive/declarative.ts';
import { loadEdition } from '../../src/lib/data/load.ts';
import { DataError } from '../../src/lib/data/errors.ts';
import { formatQuantity } from '../../src/lib/format/quantity.ts';

const FILE = 'content/articles/example/metrics.yaml';
const e2026 = loadEdition('2026-02');
const load = (v: string) => loadEdition(v);

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('metrics.yaml: computed figures without TypeScript', () => {
  it('computes a growth rate through the kernel: value, formula, sources and kind from the rows read', () => {
    const [m] = compileMetricsFile(
      ['- id: metric.example.amazon-growth', '  label: Amazon capex growth, 2024', '  change: [capex.amazon.2024, capex.amazon.2023]', '  digits: 1', ''].join('\n'),
      FILE,
    );
    const q = m!.compute(e2026, load);
    expect(q.value).toBeCloseTo((82.999 / 52.729 - 1) * 100, 9);
    expect(formatQuantity(q)).toBe('57.4%');
    expect(q.unit).toBe('percent');
    expect(q.kind).toBe('derived');
    expect(q.keys).toEqual(['capex.amazon.2024', 'capex.amazon.2023']);
    expect(q.sources).toEqual([{ id: 'amazon-cash-flow-statements' }]);
    expect(q.formula).toBe('$82.999bn ÷ $52.729bn − 1');
  });

  it('keeps the rows’ unit and scale for a sum, and the kind of its least firm input', () => {
    const [m] = compileMetricsFile(
      ['- id: metric.example.sum', '  label: Two estimates added', '  sum: [query-cost.google-search.ms, query-cost.google-search.ms-note]', ''].join('\n'),
      FILE,
    );
    const q = m!.compute(e2026, load);
    expect(q.unit).toBe('USD/query');
    expect(q.value).toBeCloseTo(0.005, 12);
    expect(q.kind).toBe('estimate');
    expect(q.qualifier).toBe('~');
  });

  it('names the line and column of an unknown key, with the closest valid key', () => {
    const msg = messageOf(() => compileMetricsFile(['- id: metric.x', '  label: X', '  ratoi: [a, b]', ''].join('\n'), FILE));
    expect(msg).toContain(`${FILE}:3:3 unknown key "ratoi" in [0].`);
    expect(msg).toContain('did you mean "ratio"?');
  });

  it('refuses a figure with no operation or two of them', () => {
    const none = messageOf(() => compileMetricsFile(['- id: metric.x', '  label: X', ''].join('\n'), FILE));
    expect(none).toContain(`${FILE}:1:3 "[0]" is a group of keys, which is not valid.`);
    expect(none).toContain('Hint: give exactly one of ratio, share, change, gap, sum.');
    expect(messageOf(() => compileMetricsFile(['- id: metric.x', '  label: X', '  ratio: [a, b]', '  sum: [a, b]', ''].join('\n'), FILE))).toContain('give exactly one of');
  });

  it('reports a YAML syntax error with its position', () => {
    expect(messageOf(() => compileMetricsFile('- id: metric.x\n  label: [unclosed\n', FILE))).toMatch(new RegExp(`^${FILE} is not valid YAML \\(1 problem\\)\\.\\n\\n${FILE.replace(/\./g, '\\.')}:\\d+:\\d+ `));
  });

  it('points an unknown row id at its place in the file', () => {
    const [m] = compileMetricsFile(['- id: metric.x', '  label: X', '  ratio:', '    - capex.amazon.2024', '    - capex.amazon.2204', ''].join('\n'), FILE);
    expect(messageOf(() => m!.compute(e2026, load))).toContain(`${FILE}:5:7 "metric.x": there is no row "capex.amazon.2204" in dataset edition 2026-02.`);
  });

  it('refuses arithmetic across units', () => {
    const [m] = compileMetricsFile(['- id: metric.x', '  label: X', '  sum: [capex.amazon.2024, query-cost.google-search.ms]', ''].join('\n'), FILE);
    expect(messageOf(() => m!.compute(e2026, load))).toContain('sum needs rows in one unit, but they are in USD and USD/query');
  });
});
