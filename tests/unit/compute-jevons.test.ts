import { describe, expect, it } from 'vitest';
import {
  describeScenario,
  formatElasticity,
  formatMultiple,
  JEVONS_DEFAULTS,
  jevonsSeries,
  reductionGrid,
  relativeSpend,
  relativeUsage,
  spendCurve,
} from '../../content/articles/inference/jevons.ts';

describe('relativeSpend and relativeUsage', () => {
  it('match values worked out by hand', () => {
    // 90% cut, ε = −1.5: usage 0.1^−1.5 = 10^1.5 = 31.623; spend 0.1^−0.5 = √10 = 3.1623.
    expect(relativeUsage({ elasticity: -1.5, reduction: 0.9 })).toBeCloseTo(31.6228, 4);
    expect(relativeSpend({ elasticity: -1.5, reduction: 0.9 })).toBeCloseTo(3.16228, 5);
    // 50% cut, ε = −2: usage 0.5^−2 = 4, spend 0.5^−1 = 2.
    expect(relativeUsage({ elasticity: -2, reduction: 0.5 })).toBeCloseTo(4, 12);
    expect(relativeSpend({ elasticity: -2, reduction: 0.5 })).toBeCloseTo(2, 12);
    // 75% cut, ε = −0.5: spend 0.25^0.5 = 0.5 although usage doubles.
    expect(relativeUsage({ elasticity: -0.5, reduction: 0.75 })).toBeCloseTo(2, 12);
    expect(relativeSpend({ elasticity: -0.5, reduction: 0.75 })).toBeCloseTo(0.5, 12);
  });

  it('leaves spend unchanged at unit elasticity and with no cut, and equal to price when demand is fixed', () => {
    expect(relativeSpend({ elasticity: -1, reduction: 0.95 })).toBe(1);
    expect(relativeSpend({ elasticity: -2.7, reduction: 0 })).toBe(1);
    expect(relativeSpend({ elasticity: 0, reduction: 0.6 })).toBeCloseTo(0.4, 12);
  });

  it('rejects parameters outside the model with a message saying what to use', () => {
    expect(() => relativeSpend({ elasticity: 0.5, reduction: 0.5 })).toThrow(/Price elasticity 0.5 is outside the model: use a finite number of zero or below/);
    expect(() => relativeSpend({ elasticity: -1, reduction: 1 })).toThrow(/Cost reduction 1 is outside the model: use a share from 0 up to \(not including\) 1/);
    expect(() => relativeSpend({ elasticity: -1, reduction: -0.1 })).toThrow(/Cost reduction -0.1/);
    expect(() => relativeSpend({ elasticity: Number.NaN, reduction: 0.1 })).toThrow(/Price elasticity NaN/);
  });
});

describe('curves and series', () => {
  it('draws on the slider steps, 0% to 95% in 5-point steps', () => {
    const grid = reductionGrid();
    expect(grid).toHaveLength(20);
    expect(grid[0]).toBe(0);
    expect(grid[19]).toBe(0.95);
    expect(spendCurve(-2, [0.5, 0.75]).map((c) => c.spend)).toEqual([2, 4]);
  });

  it('puts the selected cut on its own curve and keeps the comparison curves fixed', () => {
    const s = jevonsSeries({ elasticity: -2, reduction: 0.75 });
    expect(s.map((x) => x.id)).toEqual(['selected-cut', 'selected', 'unit-elastic', 'inelastic']);
    expect(s[0]!.points).toEqual([{ x: 75, y: 4, kind: 'derived', qualifier: '', keys: [], unconfirmed: false }]);
    expect(s[1]!.points.find((p) => p.x === 75)!.y).toBe(4);
    expect(s[2]!.points.every((p) => p.y === 1)).toBe(true);
    // Inelastic (−0.5) at 95%: 0.05^0.5 = 0.2236.
    expect(s[3]!.points.at(-1)).toMatchObject({ x: 95, y: 0.2236 });
    const other = jevonsSeries({ elasticity: -0.3, reduction: 0.2 });
    expect(other[2]).toEqual(s[2]);
    expect(other[3]).toEqual(s[3]);
    expect(other[1]!.points).not.toEqual(s[1]!.points);
  });
});

describe('describeScenario', () => {
  it('states usage and spend for the default scenario', () => {
    expect(JEVONS_DEFAULTS).toEqual({ elasticity: -1.5, reduction: 0.9 });
    expect(describeScenario(JEVONS_DEFAULTS)).toBe(
      'A 90% cost cut passed through to price, with a price elasticity of demand of −1.5: usage becomes 31.6 times its earlier level and total spend rises to 3.16 times its earlier level (up 216%).',
    );
  });

  it('says when spend falls and when nothing changes', () => {
    expect(describeScenario({ elasticity: -0.5, reduction: 0.75 })).toBe(
      'A 75% cost cut passed through to price, with a price elasticity of demand of −0.5: usage becomes 2 times its earlier level and total spend falls to 0.5 times its earlier level (down 50%).',
    );
    expect(describeScenario({ elasticity: -1, reduction: 0.5 })).toMatch(/usage becomes 2 times its earlier level and total spend is unchanged\.$/);
    expect(describeScenario({ elasticity: 0, reduction: 0.5 })).toMatch(/of 0: usage is unchanged and total spend falls to 0.5 times/);
  });

  it('formats elasticities with a real minus sign and multiples to about three figures', () => {
    expect(formatElasticity(-1.5)).toBe('−1.5');
    expect(formatElasticity(-0.04)).toBe('0');
    expect(formatMultiple(1234.5)).toBe('1,235');
    expect(formatMultiple(31.6228)).toBe('31.6');
    expect(formatMultiple(0.31623)).toBe('0.316');
  });
});
