import { describe, expect, it } from 'vitest';
import {
  chinchillaLoss,
  computeOptimal,
  frontierConstant,
  kaplanLoss,
  logSpace,
  lossReductionPercent,
  optimalFrontier,
  tokensPerParameter,
  type ChinchillaFit,
} from '../../content/articles/scaling-laws/model.ts';

// The published fit (Hoffmann et al. 2022, App. D.2), typed here only to check hand-worked values.
const fit: ChinchillaFit = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };

describe('chinchillaLoss', () => {
  it('predicts Chinchilla (70B, 1.4T) at 1.937 and Gopher (280B, 300B) at 1.993', () => {
    expect(chinchillaLoss(fit, 70e9, 1.4e12).toFixed(3)).toBe('1.937');
    expect(chinchillaLoss(fit, 280e9, 300e9).toFixed(3)).toBe('1.993');
  });

  it('approaches the irreducible loss E as N and D grow', () => {
    expect(chinchillaLoss(fit, 1e40, 1e40)).toBeCloseTo(fit.E, 6);
    expect(chinchillaLoss(fit, 1e40, 1e40)).toBeGreaterThan(fit.E);
  });

  it('rejects a zero model size', () => {
    expect(() => chinchillaLoss(fit, 0, 1e12)).toThrow('chinchillaLoss got params = 0.');
  });
});

describe('computeOptimal', () => {
  it('has the frontier constant worked by hand', () => {
    // (0.34·406.4 / (0.28·410.7))^(1/0.62) = 1.201572^1.612903 = 1.3447
    expect(frontierConstant(fit)).toBeCloseTo(1.3447, 4);
  });

  it('spends exactly the budget: 6·N_opt·D_opt = C', () => {
    for (const c of [1e21, 5.88e23, 3.8e25]) {
      const o = computeOptimal(fit, c);
      expect((6 * o.params * o.tokens) / c).toBeCloseTo(1, 12);
    }
  });

  it('balances the marginal returns: αA/N^α = βB/D^β at the optimum', () => {
    const o = computeOptimal(fit, 5.88e23);
    const dParams = (fit.alpha * fit.A) / o.params ** fit.alpha;
    const dTokens = (fit.beta * fit.B) / o.tokens ** fit.beta;
    expect(dParams / dTokens).toBeCloseTo(1, 10);
  });

  it('beats every perturbed allocation of the same compute', () => {
    for (const c of [1e22, 5.88e23, 3.8e25]) {
      const o = computeOptimal(fit, c);
      const best = chinchillaLoss(fit, o.params, o.tokens);
      for (const k of [0.5, 0.8, 0.95, 1.05, 1.25, 2]) {
        // Same compute: N scaled by k, D by 1/k.
        expect(chinchillaLoss(fit, o.params * k, o.tokens / k)).toBeGreaterThan(best);
      }
    }
  });

  it('puts Chinchilla’s budget at about 32.5B parameters on 3.0T tokens', () => {
    // C/6 = 9.8e22; N = 1.3447 · 9.8e22^(0.28/0.62) = 1.3447 · 2.4162e10 = 3.249e10.
    const o = computeOptimal(fit, 5.88e23);
    expect(o.params / 1e9).toBeCloseTo(32.49, 2);
    expect(o.tokens / 1e12).toBeCloseTo(3.016, 3);
  });
});

describe('logSpace and optimalFrontier', () => {
  it('spaces budgets evenly in log10, ends included', () => {
    const xs = logSpace(1e22, 1e26, 5);
    expect(xs.map((x) => Math.log10(x))).toEqual([22, 23, 24, 25, 26].map((e) => expect.closeTo(e, 12)));
    expect(() => logSpace(1, 10, 1)).toThrow(/at least two points/);
  });

  it('grows parameters as C^(β/(α+β)) along the frontier', () => {
    const [a, b] = optimalFrontier(fit, 1e22, 1e23, 2);
    expect(Math.log10(b!.params / a!.params)).toBeCloseTo(0.28 / 0.62, 12);
    expect(Math.log10(b!.tokens / a!.tokens)).toBeCloseTo(0.34 / 0.62, 12);
  });
});

describe('tokensPerParameter', () => {
  it('gives Chinchilla 20 and Gopher about 1.07', () => {
    expect(tokensPerParameter(70e9, 1.4e12)).toBeCloseTo(20, 12);
    expect(tokensPerParameter(280e9, 300e9)).toBeCloseTo(1.0714, 4);
  });
});

describe('Kaplan power laws', () => {
  it('is 1 at the constant and falls by 5.13% per doubling of N with α_N = 0.076', () => {
    expect(kaplanLoss(8.8e13, 8.8e13, 0.076)).toBe(1);
    // 1 − 2^−0.076 = 1 − e^(−0.05268) = 0.05132
    expect(lossReductionPercent(0.076, 2)).toBeCloseTo(5.132, 3);
    expect(kaplanLoss(4.4e13, 8.8e13, 0.076) / kaplanLoss(8.8e13, 8.8e13, 0.076)).toBeCloseTo(2 ** 0.076, 12);
  });
});
