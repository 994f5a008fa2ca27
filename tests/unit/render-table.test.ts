import { describe, expect, it } from 'vitest';
import { toTableModel } from '../../src/lib/render/table.ts';
import { capexBar, cycleTimeline, distillScatter, marketTable, tokenPriceLine } from '../fixtures/specs/index.ts';

describe('toTableModel', () => {
  it('pivots category charts to one row per category and one column per series', () => {
    const t = toTableModel(capexBar);
    expect(t.caption).toBe('Hyperscaler capex, 2023–2025. Values in USD billions.');
    expect(t.columns).toEqual([
      { label: 'Company', numeric: false },
      { label: '2023', numeric: true },
      { label: '2024', numeric: true },
      { label: '2025 guidance', numeric: true },
    ]);
    expect(t.rows.map((r) => r.header)).toEqual(['Amazon', 'Alphabet', 'Meta']);
    // A point's label replaces the formatted number (it keeps the published "~").
    // One format per column (src/lib/format/column-digits.ts): three significant figures on the largest,
    // so 2024's 82.999 prints $83.0bn beside $39.2bn, never "$83.00bn".
    expect(t.rows[0]!.cells.map((c) => c.text)).toEqual(['$52.7bn', '$83.0bn', '~$100bn']);
  });

  it('marks guidance, derived and unconfirmed cells, shows ranges, and explains the marks used', () => {
    const meta = toTableModel(capexBar).rows[2]!;
    expect(meta.cells[0]).toEqual({ text: '$28.1bn', marks: ['d'], numeric: true });
    expect(meta.cells[1]!.marks).toEqual([]);
    expect(meta.cells[2]).toEqual({ text: '$62.5bn (range $60bn–$65bn)', marks: ['g', 'u'], numeric: true });
    expect(toTableModel(capexBar).footnotes).toEqual([
      'g: Company guidance.',
      'd: Derived (computed from reported figures).',
      'u: Unconfirmed: the figure is widely cited but has not been confirmed against a primary source.',
    ]);
    // No marks, no footnotes.
    expect(toTableModel(cycleTimeline).footnotes).toEqual([]);
  });

  it('shows a dash for a missing value and keeps negative numbers with a real minus sign', () => {
    // A column spanning orders of magnitude keeps each value's own precision.
    expect(toTableModel(tokenPriceLine).rows.map((r) => r.cells[0]!.text)).toEqual(['$20 per million tokens', '—', '$0.07 per million tokens']);
    // The column's smallest value (0.65%) keeps two significant figures, so the whole column has two decimals.
    expect(toTableModel(marketTable).rows[0]!.cells[0]!.text).toBe('−16.90%');
  });

  it('lists scatter exhibits one row per point, reference values included, with units in the headers', () => {
    const t = toTableModel(distillScatter);
    expect(t.columns.map((c) => c.label)).toEqual(['Name', 'Series', 'Parameters (billions)', 'AIME 2024 pass@1 (%)']);
    expect(t.rows.map((r) => [r.header, ...r.cells.map((c) => c.text + c.marks.join(''))])).toEqual([
      ['Qwen-1.5B', 'R1 distilled', '1.5bn parameters', '28.9%'],
      ['Qwen-7B', 'R1 distilled', '7bn parameters', '55.5%'],
      ['Qwen-32B', 'R1 distilled', '32bn parameters', '72.6%e'],
      ['o1-mini', 'Reference models', '—', '63.6%'],
    ]);
  });

  it('lists timeline spans in category order with start and end', () => {
    const t = toTableModel(cycleTimeline);
    expect(t.columns.map((c) => c.label)).toEqual(['Period', 'Series', 'Start', 'End']);
    expect(t.rows.map((r) => [r.header, ...r.cells.map((c) => c.text)])).toEqual([
      ['First spring', 'Spring', '1956', '1974'],
      ['First winter', 'Winter', '1974', '1980'],
      ['Deep Blue', 'Milestone', '1997', '—'],
      ['Deep learning', 'Spring', '2012', '2025'],
    ]);
  });
});

describe('toTableModel of a table spec', () => {
  it('renders its own rows and columns: value columns right-aligned in their unit and scale, text columns as words, gaps as dashes', () => {
    const model = toTableModel(marketTable);
    expect(model.caption).toBe('Market moves on 27 January 2025.');
    expect(model.columns).toEqual([
      { label: 'Index or stock', numeric: false },
      { label: 'Change, "close to close"', numeric: true },
      { label: 'Market value lost', numeric: true },
      { label: 'Comment', numeric: false },
    ]);
    expect(model.rows.map((r) => [r.header, ...r.cells.map((c) => c.text)])).toEqual([
      ['Nvidia', '−16.90%', '~$589bn', 'Largest one-day loss'],
      ['=SUM(A1)', '−3.07%', '—', '—'],
      ['@Dow, Jones', '0.65%', '—', '+rose, "oddly"'],
    ]);
    expect(model.rows[0]!.cells[1]!.marks).toEqual(['e']);
    expect(model.rows[2]!.cells[0]!.marks).toEqual(['u']);
    expect(model.footnotes).toEqual(['e: Estimate.', 'u: Unconfirmed: the figure is widely cited but has not been confirmed against a primary source.']);
  });
});
