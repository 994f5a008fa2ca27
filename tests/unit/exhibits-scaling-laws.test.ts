import { describe, expect, it } from 'vitest';
import { chinchillaLoss, computeOptimal } from '../../content/articles/scaling-laws/model.ts';
import { loadEdition } from '../../src/lib/data/load.ts';
import { buildExhibit } from '../../src/lib/exhibits/index.ts';
import { formatQuantity } from '../../src/lib/format/quantity.ts';
import { computeMetric } from '../../src/lib/metrics/index.ts';
import { chinchillaFit, MODELS, position } from '../../content/articles/scaling-laws/metrics.ts';
import { asChart, cellOf, cellText, pointOf, seriesOf } from './spec-helpers.ts';

const edition = loadEdition('2025-02');
const metric = (id: string) => computeMetric(id, edition, loadEdition)!;
const PF_DAY = 8.64e19;

const point = pointOf;

describe('the fit read from the dataset', () => {
  it('has the published constants', () => {
    expect(chinchillaFit(edition)).toEqual({ E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 });
  });

  it('predicts Chinchilla at 1.937 and Gopher at 1.993 from the dataset rows', () => {
    expect(position(edition, MODELS.find((m) => m.id === 'chinchilla')!).loss.toFixed(3)).toBe('1.937');
    expect(position(edition, MODELS.find((m) => m.id === 'gopher')!).loss.toFixed(3)).toBe('1.993');
    expect(formatQuantity(metric('metric.scaling.chinchilla.loss'))).toBe('1.937');
    expect(formatQuantity(metric('metric.scaling.gopher.loss'))).toBe('1.993');
  });

  it('gives Chinchilla C = 6ND = 5.88e23 FLOP and 20 tokens per parameter, Gopher about 1.07', () => {
    const c = position(edition, MODELS.find((m) => m.id === 'chinchilla')!);
    expect(c.compute / 1e23).toBeCloseTo(5.88, 10);
    expect(c.tokensPerParam).toBeCloseTo(20, 10);
    expect(position(edition, MODELS.find((m) => m.id === 'gopher')!).tokensPerParam).toBeCloseTo(1.0714, 4);
    expect(formatQuantity(metric('metric.scaling.chinchilla.tokens-per-param'))).toBe('20');
    expect(formatQuantity(metric('metric.scaling.gopher.tokens-per-param'))).toBe('1.07');
    // 5.88e23 / 8.64e19 = 6,805.6 PF-days
    expect(metric('metric.scaling.chinchilla.compute').value).toBeCloseTo(6.8056, 4);
  });
});

describe('compute-optimal-frontier', () => {
  const spec = buildExhibit('compute-optimal-frontier', edition);
  const fit = chinchillaFit(edition);

  it('draws the frontier at log-spaced budgets from 1e23 to 1e26 FLOP, as a derived line', () => {
    const line = seriesOf(spec, 'frontier');
    expect(line.style).toBe('line');
    expect(line.points).toHaveLength(13);
    expect(line.points.every((p) => p.kind === 'derived')).toBe(true);
    expect((line.points[0]!.x as number) * 1e3 * PF_DAY).toBeCloseTo(1e23, -10);
    expect((line.points.at(-1)!.x as number) * 1e3 * PF_DAY / 1e26).toBeCloseTo(1, 10);
    // Every frontier point is the closed-form optimum at its budget.
    for (const p of line.points) {
      const c = (p.x as number) * 1e3 * PF_DAY;
      expect(p.y! * 1e9).toBeCloseTo(computeOptimal(fit, c).params, -3);
    }
  });

  it('places each model at (6ND, N) and the Llama 3 team’s own optimum at (3.8e25 FLOP, 402B)', () => {
    expect(point(spec, 'chinchilla', 5.88e23 / PF_DAY / 1e3).y).toBe(70);
    expect(point(spec, 'gopher', 6 * 280e9 * 300e9 / PF_DAY / 1e3).y).toBe(280);
    // Read straight from the size rows (reported), placed at the derived compute 6ND; named on the chart.
    expect(seriesOf(spec, 'deepseek-v3').points[0]).toMatchObject({ y: 37, kind: 'reported', name: 'DeepSeek-V3 (active parameters)', keys: ['deepseek-v3.params.active', 'deepseek-v3.tokens'] });
    expect(seriesOf(spec, 'llama-3-check').points[0]).toMatchObject({ y: 402, kind: 'estimate' });
    expect(seriesOf(spec, 'llama-3-check').points[0]!.x).toBeCloseTo(3.8e25 / PF_DAY / 1e3, 10);
    expect(asChart(spec).x).toMatchObject({ type: 'logarithmic', unit: 'PF-days', scale: 'thousand' });
    expect(asChart(spec).y).toMatchObject({ type: 'logarithmic', unit: 'parameters', scale: 'billion' });
  });

  it('says which models are above the line and that the MoE placement is a stretch', () => {
    expect(spec.takeaway).toBe('By the fitted law, Gopher, Chinchilla and Llama 3.1 405B are larger than optimal for their compute, while DeepSeek-V3 sits below the line.');
    expect(spec.notes.join(' ')).toMatch(/applying the 2022 dense-model fit to it is a stretch/);
    expect(spec.notes.join(' ')).toMatch(/70M to >16bn parameters trained on 5bn to 500bn tokens/);
  });
});

describe('the closed-form optimum beats other splits of the same compute', () => {
  it('holds at each model’s budget', () => {
    const fit = chinchillaFit(edition);
    for (const m of MODELS) {
      const p = position(edition, m);
      expect(p.optimum.loss).toBeLessThanOrEqual(p.loss);
      for (const k of [0.5, 0.9, 1.1, 2]) {
        expect(chinchillaLoss(fit, p.optimum.params * k, p.optimum.tokens / k)).toBeGreaterThan(p.optimum.loss);
      }
    }
  });

  it('puts Chinchilla’s budget at about 32.5B parameters on 3.0T tokens', () => {
    expect(formatQuantity(metric('metric.scaling.chinchilla.optimal-params'))).toBe('~32.5 billion parameters');
    expect(formatQuantity(metric('metric.scaling.chinchilla.optimal-tokens'))).toBe('~3.0 trillion tokens');
    expect(metric('metric.scaling.frontier-g').value).toBeCloseTo(1.3447, 4);
    // β/(α+β) = 0.28/0.62, α/(α+β) = 0.34/0.62
    expect(metric('metric.scaling.params-exponent').value).toBeCloseTo(0.4516, 4);
    expect(metric('metric.scaling.tokens-exponent').value).toBeCloseTo(0.5484, 4);
  });
});

describe('tokens-per-parameter', () => {
  const spec = buildExhibit('tokens-per-parameter', edition);

  it('plots each model’s ratio and the fitted optimum at the same compute', () => {
    expect(point(spec, 'actual', 'Chinchilla').y).toBeCloseTo(20, 10);
    expect(point(spec, 'actual', 'Gopher').y).toBeCloseTo(1.0714, 4);
    // 15.6T / 405B = 38.5; 14.8T / 37B = 400
    expect(point(spec, 'actual', 'Llama 3.1 405B').y).toBeCloseTo(38.519, 3);
    expect(point(spec, 'actual', 'DeepSeek-V3 (active)').y).toBeCloseTo(400, 10);
    expect(point(spec, 'fitted-optimum', 'Chinchilla').y).toBeCloseTo(92.83, 2);
  });

  it('draws the ~20 convention as Chinchilla’s own ratio and says it is not a stated constant', () => {
    const ref = seriesOf(spec, 'convention');
    expect(ref.style).toBe('reference-line');
    expect(ref.points[0]).toMatchObject({ kind: 'derived', name: 'Chinchilla’s ratio', keys: ['chinchilla.tokens', 'chinchilla.params'] });
    expect(ref.points[0]!.y).toBeCloseTo(20, 10);
    expect(spec.notes.join(' ')).toMatch(/the paper does not state it as a constant/);
    expect(asChart(spec).y).toMatchObject({ type: 'logarithmic', unit: 'count' });
  });
});

describe('chinchilla-predicted-loss', () => {
  const spec = buildExhibit('chinchilla-predicted-loss', edition);

  it('tabulates N, D, 6ND and the predicted losses for the four models', () => {
    expect(cellText(spec, 'Chinchilla', 'loss')).toBe('1.937');
    expect(cellText(spec, 'Gopher', 'loss')).toBe('1.993');
    expect(cellText(spec, 'Chinchilla', 'compute')).toBe('6.8K PF-days');
    expect(cellText(spec, 'DeepSeek-V3 (active parameters)', 'params')).toBe('37bn parameters');
    // One scale per column: Gopher's 300 billion and Chinchilla's 1.4 trillion tokens both in billions.
    expect(cellText(spec, 'Gopher', 'tokens')).toBe('300bn tokens');
    expect(cellText(spec, 'Chinchilla', 'tokens')).toBe('1,400bn tokens');
    expect(cellOf(spec, 'Chinchilla', 'tokens')).toMatchObject({ y: 1400, unit: 'tokens', scale: 'billion', kind: 'reported', keys: ['chinchilla.tokens'] });
    expect(cellOf(spec, 'Gopher', 'optimal-loss').y).toBeCloseTo(1.9357, 4);
    // Computed from reported rows and the fit: derived, with every row read as a key.
    expect(cellOf(spec, 'Gopher', 'loss')).toMatchObject({ kind: 'derived', keys: ['gopher.params', 'gopher.tokens', 'chinchilla.e', 'chinchilla.a', 'chinchilla.b', 'chinchilla.alpha', 'chinchilla.beta'] });
    expect(spec.takeaway).toBe('Gopher sits furthest from the best use of its compute, 0.058 above the loss of the optimal split; Chinchilla, DeepSeek-V3 and Llama 3.1 405B are within 0.007 of theirs.');
  });
});

describe('kaplan-scaling-exponents', () => {
  const spec = buildExhibit('kaplan-scaling-exponents', edition);

  it('lists the exponents, constants and ranges from the dataset', () => {
    expect(cellOf(spec, 'Model size N', 'exponent')).toMatchObject({ y: 0.076, qualifier: '~' });
    expect(cellText(spec, 'Model size N', 'exponent')).toBe('~0.076');
    expect(cellText(spec, 'Dataset size D', 'constant')).toBe('~54tn tokens');
    expect([cellText(spec, 'Model size N', 'min'), cellText(spec, 'Model size N', 'max')]).toEqual(['768 parameters', '1.5bn parameters']);
    expect(cellText(spec, 'Compute C (compute-efficient frontier)', 'min')).toBe('—');
    expect(cellText(spec, 'Compute C (compute-efficient frontier)', 'change')).toBe('ten times C');
  });

  it('computes the implied fall in loss by hand-worked values', () => {
    // 1 − 2^−0.076 = 5.13%; 1 − 2^−0.095 = 1 − e^−0.06585 = 6.373%; 1 − 10^−0.05 = 10.87%
    expect(cellOf(spec, 'Model size N', 'implied').y).toBeCloseTo(5.132, 3);
    expect(cellOf(spec, 'Dataset size D', 'implied').y).toBeCloseTo(6.3728, 4);
    expect(cellText(spec, 'Compute C (compute-efficient frontier)', 'implied')).toBe('~10.9%');
    expect(cellOf(spec, 'Model size N', 'implied')).toMatchObject({ kind: 'derived', qualifier: '~', keys: ['kaplan.alpha-n'] });
  });
});

describe('robust to the next edition', () => {
  it('builds every scaling-laws exhibit from 2026-02', () => {
    const next = loadEdition('2026-02');
    for (const id of ['compute-optimal-frontier', 'tokens-per-parameter', 'chinchilla-predicted-loss', 'kaplan-scaling-exponents']) {
      expect(buildExhibit(id, next).edition).toBe('2026-02');
    }
  });
});
