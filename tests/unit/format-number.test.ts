import { describe, expect, it } from 'vitest';
import { decimalsOf, formatNumber, MINUS } from '../../src/lib/format/number.ts';

describe('formatNumber', () => {
  it.each([
    [1234.5, {}, '1,234.5'],
    [2048, {}, '2,048'],
    [2048, { grouping: false }, '2048'],
    [5.576, { digits: 1 }, '5.6'],
    [83, { digits: 1 }, '83.0'],
    [0.1 + 0.2, {}, '0.300'],
    [1_234_567.891, { digits: 2 }, '1,234,567.89'],
    [-17, {}, `${MINUS}17`],
    [-1234.5, { digits: 0 }, `${MINUS}1,235`],
    [-0.0001, { digits: 2 }, '0.00'],
    [1e-7, {}, '0.000'],
  ])('%s %o -> %s', (value, opts, expected) => {
    expect(formatNumber(value, opts)).toBe(expected);
  });

  it('uses a real minus sign, U+2212', () => {
    expect(formatNumber(-1).codePointAt(0)).toBe(0x2212);
  });

  it('refuses non-finite numbers', () => {
    expect(() => formatNumber(Number.NaN)).toThrow('Cannot format NaN: only finite numbers can be printed.');
  });
});

describe('decimalsOf', () => {
  it('counts decimals, capped at 3', () => {
    expect([decimalsOf(83), decimalsOf(93.3), decimalsOf(5.576), decimalsOf(0.12345), decimalsOf(-2.5)]).toEqual([0, 1, 3, 3, 1]);
  });
});
