/**
 * The derivation kernel on real dataset rows: what a computation reads is what its figure rests on —
 * keys in read order, sources with their locators, confidence, and a kind no firmer than its inputs.
 */
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/data/errors.ts';
import { loadEdition } from '../../src/lib/data/load.ts';
import { change, combinedKind, derive, gap, metric, modelFigure, product, ratio, readerOf, sum, termFrom, toDerivedQuantity } from '../../src/lib/derive/index.ts';

const e25 = loadEdition('2025-02');
const e26 = loadEdition('2026-02');

describe('derive: provenance from the rows read', () => {
  it('records keys in first-read order, each once, and keeps every input with its edition', () => {
    const d = derive(e25, (r) => {
      r.base('deepseek-v3.params.active');
      r.row('deepseek-v3.params.total');
      r.term('deepseek-v3.params.active'); // read again: still one key
      return ratio(r.term('deepseek-v3.tokens'), r.term('deepseek-v3.params.total'));
    });
    expect(d.keys).toEqual(['deepseek-v3.params.active', 'deepseek-v3.params.total', 'deepseek-v3.tokens']);
    expect(d.inputs.map((i) => [i.edition.version, i.row.id])).toEqual([
      ['2025-02', 'deepseek-v3.params.active'],
      ['2025-02', 'deepseek-v3.params.total'],
      ['2025-02', 'deepseek-v3.tokens'],
    ]);
  });

  it('cites each source and locator once, in read order, keeping a locator apart from the same source without one', () => {
    // Stage GPU-hours cite "Table 1" of the V3 report; the rental price cites the report with no locator.
    const d = derive(e25, (r) =>
      product(termFrom(sum(['pretraining', 'context-extension', 'post-training'].map((s) => r.term(`deepseek-v3.gpu-hours.${s}`)))), r.term('deepseek-v3.rental-price')),
    );
    expect(d.sources).toEqual([{ id: 'deepseek-v3-report', locator: 'Table 1' }, { id: 'deepseek-v3-report' }]);
    const across = derive(e26, (r) => ratio(r.term('capex.meta.2025'), r.term('capex.amazon.2025')));
    expect(across.sources).toEqual([{ id: 'meta-q4-2025-results' }, { id: 'amazon-q4-2025-call-cnbc' }]);
  });

  it('is unconfirmed when any input is, and confirmed-derived otherwise', () => {
    // The GPT-4o launch price is confidence U in the dataset; the GPT-4 price is confirmed.
    const shaky = derive(e25, (r) => ratio(r.term('price.gpt-4.input'), r.term('price.gpt-4o.launch.input')));
    expect(e25.observations.get('price.gpt-4o.launch.input')?.confidence).toBe('U');
    expect(shaky).toMatchObject({ unconfirmed: true, confidence: 'U' });
    const firm = derive(e25, (r) => ratio(r.term('price.gpt-4.input'), r.term('price.gpt-4o-mini.input')));
    expect(firm).toMatchObject({ unconfirmed: false, confidence: 'D' });
  });
});

describe('derive: kind is the combined kind of the inputs', () => {
  it('is derived from reported figures only', () => {
    const d = derive(e25, (r) => change(r.term('capex.amazon.2024'), r.term('capex.amazon.2023')));
    expect(d.kind).toBe('derived');
    expect(d.kindReason).toBeUndefined();
  });

  it('is guidance when any input is guidance (Meta’s 2025 range in 2025-02)', () => {
    const d = derive(e25, (r) => change(r.term('capex.meta.2025'), r.term('capex.meta.2024')));
    expect(d.inputs.map((i) => i.row.kind)).toEqual(['guidance', 'reported']);
    expect(d.kind).toBe('guidance');
  });

  it('is an estimate when any input is one, even beside guidance (estimate > guidance > derived)', () => {
    const d = derive(e25, (r) => product(r.term('capex.meta.2025'), r.term('deepseek.experiment-overhead')));
    expect(d.inputs.map((i) => i.row.kind)).toEqual(['guidance', 'estimate']);
    expect(d.kind).toBe('estimate');
    expect(d.kind).toBe(combinedKind(d.inputs.map((i) => i.row.kind)));
  });

  it('takes an override only with a non-empty reason, and keeps the reason', () => {
    const compute = (r: Parameters<Parameters<typeof derive>[1]>[0]) => change(r.term('capex.meta.2025'), r.term('capex.meta.2024'));
    const d = derive(e25, compute, { kind: { kind: 'derived', because: '  A comparison with past guidance.  ' } });
    expect(d).toMatchObject({ kind: 'derived', kindReason: 'A comparison with past guidance.' });
    expect(() => derive(e25, compute, { kind: { kind: 'derived', because: '   ' } })).toThrow(/gives no reason/);
    expect(() => derive(e25, compute, { kind: { kind: 'derived', because: '' } })).toThrow('Pass kind: { kind, because:');
  });
});

describe('derive: reading another edition', () => {
  it('records rows read through r.in(version) with the edition they came from', () => {
    // Microsoft's FY2025 row is guidance (~$80bn) in 2025-02 and the reported $64.551bn in 2026-02.
    const d = derive(e26, (r) => change(r.term('capex.microsoft.fy2025'), r.in('2025-02').term('capex.microsoft.fy2025')), { loadEdition });
    expect(d.inputs.map((i) => [i.edition.version, i.row.kind])).toEqual([
      ['2026-02', 'reported'],
      ['2025-02', 'guidance'],
    ]);
    expect(d.keys).toEqual(['capex.microsoft.fy2025']);
    expect(d.kind).toBe('guidance');
    expect(d.value).toBeCloseTo((64.551 / 80 - 1) * 100, 10);
    expect(d.sources).toEqual([{ id: 'microsoft-cash-flow-stockanalysis' }, { id: 'microsoft-golden-opportunity-blog' }]);
  });

  it('reads the same edition without loading, and refuses another edition without loadEdition', () => {
    expect(derive(e26, (r) => ratio(r.in('2026-02').term('capex.meta.2025'), r.term('capex.meta.2024'))).keys).toEqual(['capex.meta.2025', 'capex.meta.2024']);
    expect(() => derive(e26, (r) => ratio(r.in('2025-02').term('capex.meta.2025'), r.term('capex.meta.2024')))).toThrow(
      'A computation asked for dataset edition 2025-02, but no loadEdition was passed to derive().',
    );
  });
});

describe('derive: refusals', () => {
  it('refuses a computation that reads no row, naming its formula', () => {
    expect(() => derive(e25, () => ({ value: 4, formula: '2 + 2' }))).toThrow('A derived figure (2 + 2) read no dataset row, so it has no source.');
  });

  it('fails on an unknown row with the closest ids', () => {
    let err: unknown;
    try {
      derive(e25, (r) => ratio(r.term('deepseek-v3.token'), r.term('deepseek-v3.params.total')));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataError);
    expect((err as Error).message).toContain('Unknown observation id "deepseek-v3.token" in dataset edition 2025-02.');
    expect((err as Error).message).toContain('deepseek-v3.tokens');
  });
});

describe('readerOf', () => {
  it('is the reader itself inside a derivation, so shared model code records its reads', () => {
    const d = derive(e25, (r) => {
      const inner = readerOf(r);
      expect(inner).toBe(r);
      return gap(inner.term('capex.meta.2024'), inner.term('capex.meta-ppe.2024'));
    });
    expect(d.keys).toEqual(['capex.meta.2024', 'capex.meta-ppe.2024']);
  });

  it('reads an edition directly for callers outside a derivation', () => {
    expect(readerOf(e25).base('deepseek-v3.gpu-hours.pretraining')).toBe(2_664_000);
  });
});

describe('toDerivedQuantity and metric()', () => {
  it('prints in the requested scale and carries keys, kind and the formula', () => {
    const d = derive(e25, (r) => product(r.term('deepseek-v3.cost.total'), r.term('deepseek.experiment-overhead')));
    const q = toDerivedQuantity(e25, 'test.cost', d, { label: 'Cost', unit: 'USD', scale: 'million', digits: 0 });
    expect(q).toMatchObject({
      key: 'test.cost',
      value: 16.728,
      low: 11.152,
      high: 22.304,
      scale: 'million',
      kind: 'estimate',
      keys: ['deepseek-v3.cost.total', 'deepseek.experiment-overhead'],
      formula: '$5.576M × 2–4×',
      edition: '2025-02',
      asOf: e25.asOf,
      digits: 0,
    });
    expect(q.kindReason).toBeUndefined();
  });

  it('writes labels, notes and digits from the rows and the result', () => {
    const m = metric('test.growth', {
      label: (r) => `${r.row('capex.meta.2024').subject} growth`,
      note: (r) => r.row('capex.meta.2023').note,
      unit: 'percent',
      digits: (res) => (res.value > 10 ? 0 : 1),
      compute: (r) => change(r.term('capex.meta.2024'), r.term('capex.meta.2023')),
    });
    const q = m.compute(e25, loadEdition);
    expect(q).toMatchObject({ label: 'Meta growth', digits: 0, keys: ['capex.meta.2024', 'capex.meta.2023'], kind: 'derived' });
    expect(q.note).toBe(e25.observations.get('capex.meta.2023')!.note);
    expect(q.value).toBeCloseTo((39.23 / 28.1 - 1) * 100, 10);
  });

  it('states an override’s reason on the Quantity', () => {
    const m = metric('test.override', {
      label: 'Meta 2025 against 2024',
      unit: 'percent',
      kind: { kind: 'derived', because: 'Test reason.' },
      compute: (r) => change(r.term('capex.meta.2025'), r.term('capex.meta.2024')),
    });
    expect(m.compute(e25, loadEdition)).toMatchObject({ kind: 'derived', kindReason: 'Test reason.' });
  });

  it('keeps a model figure apart: no keys, a named source and a stated reason', () => {
    const m = modelFigure('test.model', { label: 'Model', unit: 'multiple', value: 2, formula: 'x', source: 'azimuth-jevons-paradox', because: 'Model output.', note: 'n' });
    expect(m.compute(e25, loadEdition)).toMatchObject({ keys: [], kindReason: 'Model output.', sources: [{ id: 'azimuth-jevons-paradox' }], kind: 'derived' });
    expect(() => modelFigure('test.model', { label: 'Model', unit: 'multiple', value: 2, formula: 'x', source: 's', because: ' ', note: 'n' })).toThrow(/gives no reason/);
  });
});
