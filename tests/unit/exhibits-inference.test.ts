import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/data/load.ts';
import { getObservation } from '../../src/lib/data/lookup.ts';
import { jevonsSeries, JEVONS_DEFAULTS } from '../../content/articles/inference/jevons.ts';
import { buildExhibit } from '../../src/lib/exhibits/index.ts';
import { periodLabel, TOKEN_PRICE_MODELS, UNCONFIRMED_PRICE_KEYS } from '../../content/articles/inference/exhibits.ts';
import { computeMetric } from '../../src/lib/metrics/index.ts';
import { asChart, chartCellText } from './spec-helpers.ts';

const edition = loadEdition('2025-02');
const value = (key: string) => getObservation(edition, key).value;
const metric = (id: string) => computeMetric(id, edition, loadEdition)!;

describe('token-prices', () => {
  const spec = buildExhibit('token-prices', edition);

  it('plots every listed model’s input and output price from the dataset, in launch order', () => {
    expect(spec.chart).toBe('line');
    expect(asChart(spec).y).toMatchObject({ type: 'logarithmic', unit: 'USD/million-tokens' });
    expect(asChart(spec).categories).toEqual([
      'GPT-4 (8K), Mar 2023',
      'GPT-4 (32K), Mar 2023',
      'GPT-4o mini, Jul 2024',
      'OpenAI o1, 2024',
      'GPT-4o, 2024–25',
      'DeepSeek-R1, Jan 2025',
      'DeepSeek-V3, Feb 2025',
    ]);
    const [input, output] = asChart(spec).series;
    expect(input!.points.map((p) => p.y)).toEqual([30, 60, 0.15, 15, 2.5, 0.55, 0.27]);
    expect(output!.points.map((p) => p.y)).toEqual([60, 120, 0.6, 60, 10, 2.19, 1.1]);
    for (const [i, m] of TOKEN_PRICE_MODELS.entries()) {
      expect(input!.points[i]!.keys).toEqual([m.input]);
      expect(output!.points[i]!.y).toBe(value(m.output));
    }
  });

  it('leaves out the unconfirmed recalled prices and says so', () => {
    const keys = asChart(spec).series.flatMap((s) => s.points.flatMap((p) => p.keys));
    for (const k of UNCONFIRMED_PRICE_KEYS) {
      expect(getObservation(edition, k).confidence).toBe('U');
      expect(keys).not.toContain(k);
    }
    expect(asChart(spec).series.every((s) => s.points.every((p) => !p.unconfirmed))).toBe(true);
    expect(spec.notes.some((n) => n.startsWith('Not plotted:') && n.includes('unconfirmed'))).toBe(true);
  });

  it('computes its takeaway from the data (200× in 16 months; o1 about 27× R1)', () => {
    expect(spec.takeaway).toBe(
      "GPT-4o mini launched at 200 times less per input token than GPT-4 had charged 16 months earlier, and DeepSeek-R1 listed input tokens at 27 times less than OpenAI's o1.",
    );
    expect(spec.sources.map((s) => s.id)).toEqual(['gpt-4-api-pricing', 'openai-gpt-4o-mini', 'openai-community-o1-pricing', 'deepseek-api-pricing']);
  });

  it('labels periods as written in the data', () => {
    expect(periodLabel({ period: '2023-03', period_type: 'month' })).toBe('Mar 2023');
    expect(periodLabel({ period: '2024/2025', period_type: 'span' })).toBe('2024–25');
    expect(periodLabel({ period: '2024', period_type: 'calendar-year' })).toBe('2024');
  });
});

describe('price-decline-rates', () => {
  const spec = buildExhibit('price-decline-rates', edition);
  const points = asChart(spec).series[0]!.points;
  const at = (x: string) => points.find((p) => p.x === x)!;
  const text = (x: string) => chartCellText(spec, x, 'Times cheaper per year');

  it('annualises each decline: (p0/p1)^(12/months)', () => {
    expect(spec).toMatchObject({ chart: 'bar', horizontal: true, y: { type: 'logarithmic', unit: 'multiple-per-year' } });
    // 30 → 0.15 over Mar 2023–Jul 2024: 200^(12/16) = 53.18
    // Computed from two reported list prices: derived; the number stays exact, printed at one decimal.
    expect(at('GPT-4 → 4o mini, input')).toMatchObject({ kind: 'derived', keys: ['price.gpt-4.input', 'price.gpt-4o-mini.input'], digits: 1 });
    expect(at('GPT-4 → 4o mini, input').y).toBeCloseTo(53.183, 3);
    expect(text('GPT-4 → 4o mini, input')).toBe('53.2× per year');
    // 60 → 0.60: 100^(0.75) = 31.62
    expect(at('GPT-4 → 4o mini, output').y).toBeCloseTo(31.623, 3);
    expect(text('GPT-4 → 4o mini, output')).toBe('31.6× per year');
    // a16z: 60 → 0.06 over 36 months = 10 a year
    expect(at('GPT-3 → Llama 3.2 3B').y).toBeCloseTo(10, 10);
    // a16z: 62× over Mar 2023–Nov 2024 (20 months): 62^0.6 = e^(0.6 × 4.1271) = 11.90. Computed from an
    // estimate, so it is an estimate (not "derived", which would claim reported inputs).
    expect(at('GPT-4 level (a16z)')).toMatchObject({ kind: 'estimate', keys: ['llmflation.gpt4-level-drop'] });
    expect(at('GPT-4 level (a16z)').y).toBeCloseTo(11.9, 2);
    expect(text('GPT-4 level (a16z)')).toBe('~11.9× per year');
    expect(at('a16z headline rate')).toMatchObject({ y: value('llmflation.decline-per-year'), kind: 'estimate' });
  });

  it('states the GPT-4 → 4o mini rate against the rule of thumb', () => {
    expect(spec.takeaway).toBe("Annualised, list prices fell 53.2× per year from GPT-4 to GPT-4o mini, against a16z's rule of thumb of 10× per year for a fixed capability.");
  });

  it('draws only the comparisons whose rows the edition has (no 2025 studies in 2025-02)', () => {
    expect(asChart(spec).categories).toEqual(['GPT-4 → 4o mini, input', 'GPT-4 → 4o mini, output', 'GPT-3 → Llama 3.2 3B', 'GPT-4 level (a16z)', 'a16z headline rate']);
    expect(spec.notes.some((n) => n.includes('Epoch') || n.includes('hardware'))).toBe(false);
  });
});

describe('price-decline-rates, edition 2026-02', () => {
  const next = loadEdition('2026-02');
  const row = (key: string) => getObservation(next, key);
  const spec = buildExhibit('price-decline-rates', next);
  const points = asChart(spec).series[0]!.points;
  const at = (x: string) => points.find((p) => p.x === x)!;
  const text = (x: string) => chartCellText(spec, x, 'Times cheaper per year');

  it('keeps the 2025 comparisons and adds the AI Index and Epoch AI rates after them', () => {
    expect(asChart(spec).categories).toEqual([
      'GPT-4 → 4o mini, input',
      'GPT-4 → 4o mini, output',
      'GPT-3 → Llama 3.2 3B',
      'GPT-4 level (a16z)',
      'a16z headline rate',
      'GPT-3.5 level (AI Index)',
      'GPT-4, science (Epoch)',
      'Epoch range, slowest',
      'Epoch range, fastest',
      'ML hardware (AI Index)',
    ]);
    expect(at('GPT-4 → 4o mini, input').y).toBeCloseTo(53.183, 3);
  });

  it('annualises the GPT-3.5-level series from its months: $20 (Nov 2022) → $0.07 (Oct 2024)', () => {
    expect([row('price.gpt-3.5-level.2022').value, row('price.gpt-3.5-level.2024').value]).toEqual([20, 0.07]);
    // 285.714× over 23 months: e^(12/23 × ln 285.714) = e^(0.521739 × 5.65499) = e^2.95043 = 19.11
    // The AI Index prices are estimates, so the rate computed from them is an estimate.
    expect(at('GPT-3.5 level (AI Index)')).toMatchObject({ kind: 'estimate', keys: ['price.gpt-3.5-level.2022', 'price.gpt-3.5-level.2024'] });
    expect(at('GPT-3.5 level (AI Index)').y).toBeCloseTo(19.11, 2);
    expect(text('GPT-3.5 level (AI Index)')).toBe('19.1× per year');
  });

  it("draws Epoch's published range as its two ends, never the stored midpoint", () => {
    const range = row('epoch.price-decline-range');
    expect([range.low, range.high]).toEqual([9, 900]);
    expect(at('Epoch range, slowest')).toMatchObject({ y: 9, kind: 'estimate', keys: ['epoch.price-decline-range'] });
    expect(at('Epoch range, fastest')).toMatchObject({ y: 900, kind: 'estimate' });
    expect(points.filter((p) => p.keys.includes('epoch.price-decline-range')).map((p) => p.y)).not.toContain(range.value);
    expect(points.every((p) => p.low === undefined && p.high === undefined)).toBe(true);
    expect(at('GPT-4, science (Epoch)')).toMatchObject({ y: row('epoch.gpt4-level-science-decline').value, kind: 'estimate' });
    expect(spec.notes.some((n) => n.includes('geometric midpoint, not an Epoch figure'))).toBe(true);
  });

  it('puts ML hardware on the same scale: a 30% yearly fall in cost is 1 / 0.7 ≈ 1.4× cheaper a year', () => {
    expect(row('hardware.price-performance.change').value).toBe(-30);
    expect(at('ML hardware (AI Index)')).toMatchObject({ kind: 'estimate', keys: ['hardware.price-performance.change'] });
    expect(at('ML hardware (AI Index)').y).toBeCloseTo(1 / 0.7, 10);
    expect(text('ML hardware (AI Index)')).toBe('1.4× per year');
  });

  it('states the 2025 studies against hardware, and cites them', () => {
    expect(spec.takeaway).toBe(
      "Prices at a fixed capability fell 9–900× per year depending on the benchmark threshold in Epoch AI's data, and 19.1× per year at GPT-3.5 level in the AI Index, far faster than ML hardware got cheaper (1.4× per year).",
    );
    expect(spec.sources.map((s) => s.id)).toEqual(['gpt-4-api-pricing', 'openai-gpt-4o-mini', 'a16z-llmflation', 'ai-index-2025', 'epoch-inference-price-trends']);
  });
});

describe('llm-vs-search-cost', () => {
  const spec = buildExhibit('llm-vs-search-cost', edition);

  it('shows each estimate and the LLM cost implied by Hennessy’s multiple', () => {
    const pts = asChart(spec).series[0]!.points;
    expect(pts.map((p) => [p.x, p.y, p.kind])).toEqual([
      ['Search: Morgan Stanley', 0.002, 'estimate'],
      ['Search: MS note (repost)', 0.003, 'estimate'],
      // Hennessy's multiple and Morgan Stanley's cost are both estimates, so their product is an estimate.
      ['LLM at Hennessy multiple', value('query-cost.llm-vs-search') * value('query-cost.google-search.ms'), 'estimate'],
      ['ChatGPT: Altman', 0.02, 'estimate'],
      ['ChatGPT: note (repost)', 0.02, 'estimate'],
    ]);
    expect(spec.takeaway).toBe('Early-2023 estimates put an LLM answer at roughly 10 times the cost of a keyword search, about $0.02 against $0.002.');
    expect(spec.notes.some((n) => n.includes('low-quality'))).toBe(true);
    expect(spec.sources.map((s) => s.id)).toEqual(['reuters-google-ai-costs', 'techupp-chatgpt-google', 'ars-technica-search-cost']);
  });
});

describe('jevons-interactive', () => {
  const spec = buildExhibit('jevons-interactive', edition);

  it('is built from jevons.ts at the default parameters and names its browser module', () => {
    // The scenario drawn, for the sliders the article places in the exhibit.
    expect(spec.params).toEqual({ elasticity: -1.5, reduction: 0.9 });
    expect(asChart(spec).series).toEqual(jevonsSeries(JEVONS_DEFAULTS).map((s) => ({ ...s })));
    // The selected cut at 90% with ε = −1.5: √10 = 3.162
    expect(asChart(spec).series[0]!.points).toMatchObject([{ x: 90, y: 3.162 }]);
    expect(asChart(spec).y).toMatchObject({ type: 'logarithmic', unit: 'multiple' });
    expect(spec.takeaway).toBe(
      'With an elasticity of −1.5, a 90% cost cut lifts usage 31.6-fold and total spend to 3.16 times its earlier level; with inelastic demand (−0.5) the same cut leaves spend at 0.316 times.',
    );
  });
});

describe('inference metrics', () => {
  it('compute ratios and annual rates from the rows, derived with the inputs’ sources', () => {
    expect(metric('metric.inference.gpt4-to-mini.input-drop')).toMatchObject({ value: 200, unit: 'multiple', kind: 'derived', confidence: 'D' });
    expect(metric('metric.inference.gpt4-to-mini.output-drop').value).toBeCloseTo(100, 9);
    expect(metric('metric.inference.gpt4-to-mini.months').value).toBe(16);
    expect(metric('metric.inference.gpt4-to-mini.input-per-year').value).toBeCloseTo(53.18, 2);
    expect(metric('metric.inference.gpt3-to-llama.per-year').value).toBeCloseTo(10, 9);
    expect(metric('metric.inference.gpt4-level.per-year').value).toBeCloseTo(11.9, 1);
    // o1 vs R1: 15 / 0.55 = 27.27; 60 / 2.19 = 27.40
    expect(metric('metric.inference.o1-vs-r1.input').value).toBeCloseTo(27.27, 2);
    expect(metric('metric.inference.o1-vs-r1.output').value).toBeCloseTo(27.4, 2);
    expect(metric('metric.inference.o1-vs-r1.input').sources.map((s) => s.id)).toEqual(['openai-community-o1-pricing', 'deepseek-api-pricing']);
    // 3.3 trillion searches × $0.002 = $6.6 billion
    expect(metric('metric.inference.google-search-cost-2022')).toMatchObject({ value: 6.6, unit: 'USD', scale: 'billion' });
    expect(metric('metric.inference.ms-note.ratio').value).toBeCloseTo(6.667, 3);
    expect(metric('metric.jevons.default.spend').value).toBeCloseTo(Math.sqrt(10), 12);
    expect(metric('metric.jevons.inelastic.spend').value).toBeCloseTo(Math.sqrt(0.1), 12);
  });

  it('compute the AI Index figures from edition 2026-02', () => {
    const next = loadEdition('2026-02');
    const m = (id: string) => computeMetric(id, next, loadEdition)!;
    // 20 / 0.07 = 285.71 over 23 months (Nov 2022 → Oct 2024) = 19.11 a year
    // The AI Index prices are estimates, so the ratio is one (a figure is only as firm as its least firm input).
    expect(m('metric.inference.gpt35-level.drop')).toMatchObject({ unit: 'multiple', kind: 'estimate', confidence: 'D', keys: ['price.gpt-3.5-level.2022', 'price.gpt-3.5-level.2024'] });
    expect(m('metric.inference.gpt35-level.drop').value).toBeCloseTo(285.71, 2);
    expect(m('metric.inference.gpt35-level.months').value).toBe(23);
    expect(m('metric.inference.gpt35-level.per-year').value).toBeCloseTo(19.11, 2);
    expect(m('metric.inference.gpt35-level.per-year').sources.map((s) => s.id)).toEqual(['ai-index-2025']);
    // −30% a year: 1 / 0.7 = 1.4286
    expect(m('metric.inference.hardware.per-year')).toMatchObject({ unit: 'multiple-per-year', formula: '1 ÷ (1 + -30 ÷ 100)' });
    expect(m('metric.inference.hardware.per-year').value).toBeCloseTo(1.4286, 4);
    // The 2025-02 edition has no such rows, and says which id is missing.
    expect(() => metric('metric.inference.gpt35-level.per-year')).toThrow('Unknown observation id "price.gpt-3.5-level.2022" in dataset edition 2025-02.');
  });

  it('builds every exhibit from the next edition too', () => {
    const next = loadEdition('2026-02');
    for (const id of ['token-prices', 'price-decline-rates', 'llm-vs-search-cost', 'jevons-interactive']) {
      expect(() => buildExhibit(id, next)).not.toThrow();
    }
  });
});
