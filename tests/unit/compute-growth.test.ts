import { describe, expect, it } from 'vitest';
import { combinedKind, multipleOf, percentChange, percentShare, rangedPercentChange, rangedSum } from '../../src/lib/derive/growth.ts';

describe('percentChange', () => {
  it('computes growth in percent (hand-worked: 150 after 100 is +50%, 75 after 100 is −25%)', () => {
    expect(percentChange(150, 100)).toBeCloseTo(50, 10);
    expect(percentChange(75, 100)).toBeCloseTo(-25, 10);
    expect(percentChange(100, 100)).toBe(0);
  });

  it('refuses a base that is zero or negative, saying why and what to check', () => {
    expect(() => percentChange(10, 0)).toThrowErrorMatchingInlineSnapshot(`
      [RangeError: Cannot compute a growth rate from a base of 0.
      A percent change needs a positive earlier value.
      Check the rows passed to percentChange (an earlier year may be missing or zero).]
    `);
    expect(() => percentChange(10, -5)).toThrow(/base of -5/);
  });
});

describe('rangedPercentChange', () => {
  it('returns only a value when neither figure is a range', () => {
    expect(rangedPercentChange({ value: 120 }, { value: 100 })).toEqual({ value: expect.closeTo(20, 10) });
  });

  it('spreads a range in the current figure over a point base (60–65 on 40: +50% to +62.5%)', () => {
    const g = rangedPercentChange({ value: 62.5, low: 60, high: 65 }, { value: 40 });
    expect(g.value).toBeCloseTo(56.25, 10);
    expect(g.low).toBeCloseTo(50, 10);
    expect(g.high).toBeCloseTo(62.5, 10);
  });

  it('takes the widest spread when both are ranges (90–110 on 40–50: 90/50−1 = +80% to 110/40−1 = +175%)', () => {
    const g = rangedPercentChange({ value: 100, low: 90, high: 110 }, { value: 45, low: 40, high: 50 });
    expect(g.low).toBeCloseTo(80, 10);
    expect(g.high).toBeCloseTo(175, 10);
  });

  it('treats null low/high (as dataset rows carry them) as no range', () => {
    expect(rangedPercentChange({ value: 110, low: null, high: null }, { value: 100, low: null, high: null })).toEqual({ value: expect.closeTo(10, 10) });
  });
});

describe('rangedSum', () => {
  it('adds values and carries a range when any input has one (100 + 75 + 60–65 = 235–240, mid 237.5)', () => {
    expect(rangedSum([{ value: 100 }, { value: 75 }, { value: 62.5, low: 60, high: 65 }])).toEqual({ value: 237.5, low: 235, high: 240 });
  });

  it('has no range when no input has one', () => {
    expect(rangedSum([{ value: 1 }, { value: 2 }])).toEqual({ value: 3 });
  });

  it('refuses an empty list', () => {
    expect(() => rangedSum([])).toThrow(/empty list/);
  });
});

describe('percentShare', () => {
  it('gives the part as a percentage of the whole (25 of 200 = 12.5%)', () => {
    expect(percentShare(25, 200)).toBe(12.5);
  });
  it('refuses a zero total', () => {
    expect(() => percentShare(1, 0)).toThrow(/share of 0/);
  });
});

describe('combinedKind', () => {
  it('is derived when every input is reported or derived', () => {
    expect(combinedKind(['reported', 'reported'])).toBe('derived');
    expect(combinedKind(['reported', 'derived'])).toBe('derived');
  });
  it('is guidance when any input is guidance, and estimate when any is an estimate', () => {
    expect(combinedKind(['reported', 'guidance'])).toBe('guidance');
    expect(combinedKind(['guidance', 'estimate', 'reported'])).toBe('estimate');
  });
});

describe('multipleOf', () => {
  it('divides (30 months against 2 months is 15 times)', () => {
    expect(multipleOf(30, 2)).toBe(15);
  });
  it('refuses a zero base', () => {
    expect(() => multipleOf(3, 0)).toThrow(/multiple of 0/);
  });
});
