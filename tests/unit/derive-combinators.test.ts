/**
 * The combinators on real dataset rows: values in base units, ranges to the widest the inputs allow,
 * qualifiers by direction, and the formula text readers see in tooltips.
 */
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/data/load.ts';
import type { Edition } from '../../src/lib/data/schema.ts';
import {
  change,
  computed,
  derive,
  gap,
  product,
  qualifierOf,
  ratio,
  type Reader,
  type Result,
  share,
  sum,
  tagged,
  term,
  termFrom,
  termIn,
} from '../../src/lib/derive/index.ts';

const e25 = loadEdition('2025-02');
const e26 = loadEdition('2026-02');

/** A combinator's result on the edition's rows (through the kernel, as metrics use them). */
function on(edition: Edition, compute: (r: Reader) => Result): Result {
  const { value, low, high, qualifier, formula } = derive(edition, compute);
  return { value, formula, ...(low === undefined ? {} : { low }), ...(high === undefined ? {} : { high }), ...(qualifier ? { qualifier } : {}) };
}

describe('terms: row text in the house short format', () => {
  it('writes each row as printed, scales and ranges included', () => {
    derive(e25, (r) => {
      expect(r.term('deepseek-v3.gpu-hours.pretraining')).toEqual({ value: 2_664_000, qualifier: '', text: '2,664K GPU-hours' });
      expect(r.term('capex.meta.2025')).toEqual({ value: 62.5e9, low: 60e9, high: 65e9, qualifier: '', text: '$60–65bn' });
      expect(r.term('capex.amazon.2025')).toMatchObject({ value: 100e9, qualifier: '~', text: '~$100bn' });
      expect(r.term('deepseek-v3.pretraining-duration').text).toBe('<2 months');
      return ratio(r.term('deepseek-v3.tokens'), r.term('deepseek-v3.params.total'));
    });
  });

  it('writes very large numbers in scale one in scientific notation, not 26 digits', () => {
    derive(e25, (r) => {
      expect(r.term('llama-3.1-405b.compute')).toMatchObject({ value: 3.8e25, text: '3.8e25 FLOP' });
      return ratio(r.term('llama-3.1-405b.compute'), r.term('deepseek-v3.tokens'));
    });
  });

  it('writes intermediate results like rows (termIn), tags context and nests results (termFrom)', () => {
    expect(termIn(5_576_000, 'USD').text).toBe('$5.576M');
    expect(termIn(3.2856e24, 'FLOP').text).toBe('3.29e24 FLOP');
    expect(termIn(30_840_000, 'GPU-hours').text).toBe('30.84M GPU-hours');
    expect(termIn(40_960, 'GPU-hours', { scale: 'one' }).text).toBe('40,960 GPU-hours');
    expect(tagged(term(2048, '2,048 GPUs'), 'H800').text).toBe('2,048 GPUs (H800)');
    const s = sum([term(1, '1', '~'), { value: 2, low: 1, high: 3, qualifier: '', text: '1–3' }]);
    expect(termFrom(s)).toEqual({ value: 3, low: 2, high: 4, qualifier: '~', text: '(1 + 1–3)' });
    expect(termFrom(s, 'both').text).toBe('both');
  });
});

describe('ratio', () => {
  it('divides base units and writes "a ÷ b"', () => {
    const r = on(e25, (r) => ratio(r.term('llama-3.1-405b.gpu-hours'), r.term('deepseek-v3.gpu-hours.total')));
    expect(r).toEqual({ value: 30_840_000 / 2_788_000, formula: '30.84M GPU-hours ÷ 2,788K GPU-hours' });
  });

  it('widens a range: lowest over highest, highest over lowest', () => {
    const r = on(e25, (r) => ratio(r.term('capex.meta.2025'), r.term('capex.meta.2024')));
    expect(r).toMatchObject({ formula: '$60–65bn ÷ $39.23bn' });
    expect(r.value).toBeCloseTo(62.5 / 39.23, 12);
    expect(r.low).toBeCloseTo(60 / 39.23, 12);
    expect(r.high).toBeCloseTo(65 / 39.23, 12);
  });

  it('carries "~" and turns a lower bound in the denominator into an upper bound', () => {
    expect(on(e25, (r) => ratio(r.term('capex.amazon.2025'), r.term('capex.amazon.2024'))).qualifier).toBe('~');
    const flipped = on(e26, (r) => ratio(r.term('capex.big-four.2024'), r.term('capex.big-four.2025')));
    expect(flipped).toMatchObject({ qualifier: '<', formula: '$251bn ÷ >$416bn' });
  });

  it('refuses a denominator that is not positive', () => {
    expect(() => on(e25, (r) => ratio(r.term('capex.meta.2024'), term(0, '0')))).toThrow('Cannot divide $39.23bn by 0.');
  });
});

describe('share', () => {
  it('is a percentage of the whole, written "part ÷ whole"', () => {
    const r = on(e25, (r) => share(r.term('capex.aws.2024'), r.term('capex.amazon.2024')));
    expect(r.value).toBeCloseTo((53.27 / 82.999) * 100, 10);
    expect(r.formula).toBe('$53.27bn ÷ $82.999bn');
    expect(r.low).toBeUndefined();
  });

  it('widens a range and carries qualifiers by direction', () => {
    const r = on(e25, (r) => share(r.term('capex.meta.2025'), termFrom(sum([r.term('capex.meta.2025'), r.term('capex.alphabet.2025')]))));
    expect(r.value).toBeCloseTo((62.5 / 137.5) * 100, 10);
    expect(r.low).toBeCloseTo((60 / 140) * 100, 10);
    expect(r.high).toBeCloseTo((65 / 135) * 100, 10);
    expect(r.qualifier).toBe('~');
    expect(r.formula).toBe('$60–65bn ÷ ($60–65bn + ~$75bn)');
  });
});

describe('change', () => {
  it('is current ÷ previous − 1 in per cent', () => {
    const r = on(e26, (r) => change(r.term('capex.amazon.2024'), r.term('capex.amazon.2023')));
    expect(r.value).toBeCloseTo((82.999 / 52.729 - 1) * 100, 10);
    expect(r.formula).toBe('$82.999bn ÷ $52.729bn − 1');
  });

  it('gives a range for guidance given as one', () => {
    const r = on(e26, (r) => change(r.term('capex.meta.2026'), r.term('capex.meta.2025')));
    expect(r.low).toBeCloseTo((115 / 72.22 - 1) * 100, 10);
    expect(r.high).toBeCloseTo((135 / 72.22 - 1) * 100, 10);
    expect(r.formula).toBe('$115–135bn ÷ $72.22bn − 1');
  });

  it('keeps a lower bound on the current figure as a lower bound', () => {
    const r = on(e26, (r) => change(r.term('capex.big-four.2025'), r.term('capex.big-four.2024')));
    expect(r).toMatchObject({ qualifier: '>', formula: '>$416bn ÷ $251bn − 1' });
    expect(r.value).toBeCloseTo((416 / 251 - 1) * 100, 10);
  });
});

describe('sum', () => {
  it('adds terms, ranges end by end, and writes "a + b + c"', () => {
    // The three calendar-year companies' 2025 guidance as published in February 2025.
    const r = on(e25, (r) => sum(['amazon', 'alphabet', 'meta'].map((c) => r.term(`capex.${c}.2025`))));
    expect(r).toEqual({ value: 237.5e9, low: 235e9, high: 240e9, qualifier: '~', formula: '~$100bn + ~$75bn + $60–65bn' });
  });

  it('adds decimals without float noise', () => {
    const r = on(e25, (r) => sum([r.term('capex.meta.2023'), r.term('capex.meta.2024')]));
    expect(r.value).toBe(67.33e9);
  });

  it('refuses an empty list', () => {
    expect(() => sum([])).toThrow('Cannot sum an empty list of figures.');
  });
});

describe('gap', () => {
  it('is a − b, rounded to the inputs’ decimals (72.6 − 63.6 is 9, not 8.999…)', () => {
    const r = on(e25, (r) => gap(r.term('capex.meta.2024'), r.term('capex.meta-ppe.2024')));
    expect(r).toEqual({ value: 1.974e9, formula: '$39.23bn − $37.256bn' });
    const lead = on(e25, (r) => gap(r.term('bench.distill.r1-distill-qwen-32b.aime-2024'), r.term('bench.distill.o1-mini.aime-2024')));
    expect(lead).toEqual({ value: 9, formula: '72.6% − 63.6%' });
  });

  it('widens a range: low − high, high − low', () => {
    const r = on(e26, (r) => gap(r.term('capex.meta.2026'), r.term('capex.meta.2025')));
    expect(r).toEqual({ value: 52.78e9, low: 42.78e9, high: 62.78e9, formula: '$115–135bn − $72.22bn' });
  });

  it('turns a lower bound subtracted into an upper bound', () => {
    expect(on(e26, (r) => gap(r.term('capex.big-four.2024'), r.term('capex.big-four.2025'))).qualifier).toBe('<');
  });
});

describe('product', () => {
  it('multiplies, ranges end by end, and writes "a × b"', () => {
    const r = on(e25, (r) => product(r.term('deepseek-v3.cost.total'), r.term('deepseek.experiment-overhead')));
    expect(r).toEqual({ value: 16_728_000, low: 11_152_000, high: 22_304_000, formula: '$5.576M × 2–4×' });
  });

  it('carries "~" from either factor, and mixed bounds become "~"', () => {
    expect(on(e25, (r) => product(r.term('query-cost.llm-vs-search'), r.term('query-cost.google-search.ms'))).qualifier).toBe('~');
    // ">400 models" times "<2 months": one bound up, one down, so only approximate.
    expect(on(e25, (r) => product(r.term('chinchilla.models-trained'), r.term('deepseek-v3.pretraining-duration'))).qualifier).toBe('~');
  });
});

describe('qualifierOf and computed', () => {
  it('follows direction: bounds up stay, bounds down flip, "~" wins over any bound', () => {
    const t = (q: '' | '~' | '>' | '<') => term(1, 'x', q);
    expect(qualifierOf([t('')], [t('')])).toBe('');
    expect(qualifierOf([t('>')], [t('')])).toBe('>');
    expect(qualifierOf([t('')], [t('>')])).toBe('<');
    expect(qualifierOf([t('>'), t('>')])).toBe('>');
    expect(qualifierOf([t('>')], [t('<')])).toBe('>');
    expect(qualifierOf([t('>'), t('~')])).toBe('~');
  });

  it('takes a result computed by other means with its formula in words', () => {
    const r = on(e25, (r) => {
      const [h, g] = [r.term('deepseek-v3.gpu-hours.pretraining'), r.term('deepseek-v3.cluster-gpus')];
      return computed(h.value / g.value / 24, `${h.text} ÷ ${g.text} ÷ 24 hours`, '~');
    });
    expect(r).toEqual({ value: 2_664_000 / 2048 / 24, qualifier: '~', formula: '2,664K GPU-hours ÷ 2,048 GPUs ÷ 24 hours' });
  });
});
