import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/lib/data/quantity.ts';
import { axisLabel, formatNumber, formatPlain, formatQuantity, isUnconfirmed, rescale } from '../../src/lib/format/quantity.ts';

function q(over: Partial<Quantity>): Quantity {
  return {
    key: 'k',
    label: 'label',
    value: 0,
    low: null,
    high: null,
    qualifier: '',
    unit: 'USD',
    scale: 'one',
    kind: 'reported',
    confidence: 'V-P',
    sources: [{ id: 's' }],
    edition: '2025-02',
    asOf: '2025-02-10',
    note: null,
    keys: ['k'],
    ...over,
  };
}

describe('formatQuantity', () => {
  it.each<[Partial<Quantity>, Parameters<typeof formatQuantity>[1], string]>([
    [{ value: 5.576, scale: 'million' }, {}, '$5.576 million'],
    [{ value: 5.576, scale: 'million' }, { digits: 1 }, '$5.6 million'],
    [{ value: 83, digits: 1, scale: 'billion' }, {}, '$83.0 billion'],
    [{ value: 83, digits: 1, scale: 'billion' }, { style: 'short' }, '$83.0bn'],
    [{ value: 82.999, scale: 'billion' }, { digits: 1 }, '$83.0 billion'],
    [{ value: 2788, unit: 'GPU-hours', scale: 'thousand' }, { scale: 'million' }, '2.788 million GPU-hours'],
    [{ value: 2.788, unit: 'GPU-hours', scale: 'million' }, {}, '2.788 million GPU-hours'],
    [{ value: 2.788, unit: 'GPU-hours', scale: 'million' }, { style: 'short' }, '2.788M GPU-hours'],
    [{ value: 93.3, unit: 'percent' }, {}, '93.3%'],
    [{ value: 11.1, unit: 'multiple' }, {}, '11.1×'],
    [{ value: 14.8, unit: 'tokens', scale: 'trillion' }, {}, '14.8 trillion tokens'],
    [{ value: 100, qualifier: '~', scale: 'billion' }, {}, '~$100 billion'],
    [{ value: 62.5, low: 60, high: 65, scale: 'billion' }, {}, '$60–65 billion'],
    [{ value: 62.5, low: 60, high: 65, scale: 'billion' }, { style: 'short' }, '$60–65bn'],
    [{ value: -4, low: -5, high: -3, unit: 'percent' }, {}, '−5 to −3%'],
    [{ value: 416, qualifier: '>', scale: 'billion' }, {}, '>$416 billion'],
    [{ value: -17, unit: 'percent' }, {}, '−17%'],
    [{ value: -5.2, scale: 'billion' }, {}, '−$5.2 billion'],
    [{ value: 2048, unit: 'GPUs' }, {}, '2,048 GPUs'],
    [{ value: 2, unit: 'USD/GPU-hour' }, {}, '$2 per GPU-hour'],
    [{ value: 5.576, scale: 'million' }, { scale: 'billion' }, '$0.006 billion'],
    [{ value: 1500, scale: 'million' }, { scale: 'billion' }, '$1.500 billion'],
    [{ value: 1500, scale: 'million' }, { scale: 'billion', digits: 1 }, '$1.5 billion'],
    [{ value: 1.2, unit: 'count', scale: 'million' }, {}, '1.2 million'],
  ])('%o %o -> %s', (over, opts, expected) => {
    expect(formatQuantity(q(over), opts)).toBe(expected);
  });

  it('groups thousands with commas and uses a decimal point (fixed en-US)', () => {
    const before = formatQuantity(q({ value: 1234567.5, scale: 'one' }));
    expect(before).toBe('$1,234,567.5');
  });
});

describe('rescale', () => {
  it('converts between scales without float noise that shows when printed', () => {
    expect(rescale(2788, 'thousand', 'million')).toBe(2.788);
    expect(rescale(1.5, 'billion', 'million')).toBe(1500);
    expect(rescale(7, 'one', 'one')).toBe(7);
  });
});

describe('axisLabel, formatPlain, formatNumber with a unit', () => {
  it.each<[Parameters<typeof axisLabel>[0], Parameters<typeof axisLabel>[1], string]>([
    ['USD', 'billion', 'USD billions'],
    ['GPU-hours', 'million', 'GPU-hours (millions)'],
    ['percent', 'one', '%'],
    ['USD/million-tokens', 'one', 'USD per million tokens'],
    ['tokens', 'trillion', 'tokens (trillions)'],
  ])('axisLabel(%s, %s) -> %s', (unit, scale, expected) => {
    expect(axisLabel(unit, scale)).toBe(expected);
  });

  it('formats table cells compactly', () => {
    expect(formatPlain(83, 'USD', 'billion', 1)).toBe('$83.0bn');
    expect(formatPlain(-2.5, 'percent', 'one')).toBe('−2.5%');
    expect(formatPlain(2.788, 'GPU-hours', 'million')).toBe('2.788M GPU-hours');
  });

  it('formats an axis value with its unit and scale', () => {
    expect(formatNumber(83, { unit: 'USD', scale: 'billion' })).toBe('$83 billion');
    expect(formatNumber(83, { unit: 'USD', scale: 'billion', digits: 1, style: 'short' })).toBe('$83.0bn');
    expect(formatNumber(1234.5)).toBe('1,234.5');
  });
});

describe('isUnconfirmed', () => {
  it('is true only for confidence U', () => {
    expect(isUnconfirmed(q({ confidence: 'U' }))).toBe(true);
    expect(['V-P', 'V-S', 'D'].map((c) => isUnconfirmed({ confidence: c as Quantity['confidence'] }))).toEqual([false, false, false]);
  });
});
