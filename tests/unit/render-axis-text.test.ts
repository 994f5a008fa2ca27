import { describe, expect, it } from 'vitest';
import { axisHeading, tickDecimals, tickText } from '../../src/lib/render/value-text.ts';

describe('axis text by house rules', () => {
  it('names what is measured and in what, once, never a unit inside a unit', () => {
    expect(axisHeading({ label: 'Parameters', unit: 'parameters', scale: 'billion', type: 'linear' })).toBe('Parameters (billions)');
    expect(axisHeading({ label: 'Training compute', unit: 'PF-days', scale: 'thousand', type: 'linear' })).toBe('Training compute (thousand PF-days)');
    expect(axisHeading({ label: 'Speed-up', unit: 'multiple', scale: 'one', type: 'linear' })).toBe('Speed-up');
    expect(axisHeading({ label: 'Times cheaper per year', unit: 'multiple-per-year', scale: 'one', type: 'logarithmic' })).toBe('Times cheaper per year');
    // Ticks say "$100bn" and "300m": the heading does not repeat them.
    expect(axisHeading({ label: 'Capital expenditure', unit: 'USD', scale: 'billion', type: 'linear' })).toBe('Capital expenditure');
    expect(axisHeading({ label: 'Parameters', unit: 'parameters', scale: 'billion', type: 'logarithmic' })).toBe('Parameters');
    expect(axisHeading({ label: 'Tokens per parameter', unit: 'count', scale: 'one', type: 'logarithmic' })).toBe('Tokens per parameter');
    // Every dollar unit puts its "$" on the ticks ("$0.15"); the heading keeps what follows.
    expect(axisHeading({ label: 'Price', unit: 'USD/million-tokens', scale: 'one', type: 'linear' })).toBe('Price (per million tokens)');
    expect(tickText(0.005, { unit: 'USD/query', scale: 'one', type: 'linear' }, 3)).toBe('$0.005');
    // One format per axis: the ticks of 0 to 0.025 in steps of 0.005 all take three decimals.
    const steps = [0, 0.005, 0.01, 0.015000000000000001, 0.02].map((value) => ({ value }));
    expect(steps.map((t) => tickText(t.value, { unit: 'USD/query', scale: 'one', type: 'linear' }, tickDecimals(steps)))).toEqual(['$0', '$0.005', '$0.010', '$0.015', '$0.020']);
    for (const h of ['Parameters (billions)', 'Training compute (thousand PF-days)']) expect(h).not.toMatch(/\([^)]*\(/);
  });

  it('writes ticks in house style: currency, humanised log ticks, true minus', () => {
    const usdBn = { unit: 'USD', scale: 'billion', type: 'linear' } as const;
    expect([100, 2.5, -5, 0].map((v) => tickText(v, usdBn))).toEqual(['$100bn', '$2.5bn', '\u2212$5bn', '$0']);
    const logCount = { unit: 'count', scale: 'one', type: 'logarithmic' } as const;
    expect([300_000_000, 1e9, 1e12, 0.5, 20].map((v) => tickText(v, logCount))).toEqual(['300m', '1bn', '1tn', '0.5', '20']);
    expect(tickText(-2.5, { unit: 'percent', scale: 'one', type: 'linear' })).toBe('\u22122.5%');
    expect(tickText(1200, { unit: 'GPUs', scale: 'one', type: 'linear' })).toBe('1,200');
    expect(tickText(50, { unit: 'multiple-per-year', scale: 'one', type: 'logarithmic' })).toBe('50×');
  });
});
