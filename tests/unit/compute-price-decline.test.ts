import { describe, expect, it } from 'vitest';
import { annualDecline, annualise, declineFactor, monthIndex, monthsBetween, spanMonths, timesCheaperPerYear } from '../../content/articles/inference/price-decline.ts';

describe('months', () => {
  it('counts whole months between YYYY-MM periods', () => {
    expect(monthsBetween('2023-03', '2024-07')).toBe(16);
    expect(monthsBetween('2021-11', '2024-11')).toBe(36);
    expect(monthIndex('2024-01') - monthIndex('2023-12')).toBe(1);
  });

  it('explains bad periods and spans', () => {
    expect(() => monthIndex('2024')).toThrow('"2024" is not a month period. Price declines are dated by month: write the period as YYYY-MM, e.g. 2023-03.');
    expect(() => monthsBetween('2024-07', '2023-03')).toThrow('2023-03 is not after 2024-07.');
    expect(spanMonths('2023-03/2024-11')).toEqual({ from: '2023-03', to: '2024-11' });
    expect(() => spanMonths('2024/2025')).toThrow('"2024" is not a month period');
    expect(() => spanMonths('2023-03')).toThrow('"2023-03" is not a span of months. Write it as YYYY-MM/YYYY-MM');
  });
});

describe('annual rates', () => {
  it('annualises GPT-4 ($30, Mar 2023) to GPT-4o mini ($0.15, Jul 2024): 200× over 16 months ≈ 53× a year', () => {
    expect(declineFactor(30, 0.15)).toBeCloseTo(200, 9);
    // 200^(12/16) = 200^0.75 = e^(0.75 × ln 200) = e^(0.75 × 5.29832) = e^3.97374 = 53.18
    expect(annualDecline(30, '2023-03', 0.15, '2024-07')).toBeCloseTo(53.18, 2);
    // Output: 60 → 0.60 = 100× over 16 months: 100^0.75 = 10^1.5 = 31.62
    expect(annualDecline(60, '2023-03', 0.6, '2024-07')).toBeCloseTo(31.623, 3);
  });

  it('reproduces a16z: 1,000× over three years is 10× a year', () => {
    expect(annualDecline(60, '2021-11', 0.06, '2024-11')).toBeCloseTo(10, 9);
    expect(annualise(4, 24)).toBeCloseTo(2, 12);
  });

  it('annualises the AI Index GPT-3.5-level series: $20 (Nov 2022) to $0.07 (Oct 2024)', () => {
    expect(monthsBetween('2022-11', '2024-10')).toBe(23);
    // 20 / 0.07 = 285.714; ln 285.714 = 5.65499; × 12/23 = 2.95043; e^2.95043 = 19.114
    expect(declineFactor(20, 0.07)).toBeCloseTo(285.714, 3);
    expect(annualDecline(20, '2022-11', 0.07, '2024-10')).toBeCloseTo(19.114, 2);
  });

  it('rejects prices that cannot form a ratio', () => {
    expect(() => declineFactor(0, 1)).toThrow('Prices 0 and 1 cannot be compared as a ratio: both must be positive numbers.');
    expect(() => annualise(10, 0)).toThrow('Cannot annualise a fall of 10× over 0 months: both must be positive.');
  });
});

describe('percent change to times cheaper per year', () => {
  it('turns a 30% yearly fall in cost into 1 / 0.7 ≈ 1.43× cheaper per year', () => {
    expect(timesCheaperPerYear(-30)).toBeCloseTo(1.428571, 6);
    expect(timesCheaperPerYear(-50)).toBe(2);
    expect(timesCheaperPerYear(0)).toBe(1);
    // A price that rises 25% a year is 0.8× as cheap: 1 / 1.25
    expect(timesCheaperPerYear(25)).toBeCloseTo(0.8, 12);
  });

  it('rejects a fall of 100% or more', () => {
    expect(() => timesCheaperPerYear(-100)).toThrow(
      'A change of -100% a year cannot be expressed as times cheaper per year: a price cannot fall by 100% or more. Give the annual change as a number above −100.',
    );
    expect(() => timesCheaperPerYear(Number.NaN)).toThrow('A change of NaN% a year cannot be expressed');
  });
});
