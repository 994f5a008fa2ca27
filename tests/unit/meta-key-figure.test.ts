import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/data/load.ts';
import { toQuantity } from '../../src/lib/data/lookup.ts';
import { firstValueProps, formatValue, keyFigure } from '../../src/lib/meta/key-figure.ts';

const edition = loadEdition('2025-02');

describe('firstValueProps', () => {
  it('finds the first <Value> of an MDX body, with its options', () => {
    const body = ['Intro with no figure.', '', 'Amazon guided <Value of="capex.amazon.2025" style="short" /> and Meta <Value of="capex.meta.2025" />.'].join('\n');
    expect(firstValueProps(body)).toEqual({ of: 'capex.amazon.2025', style: 'short' });
    expect(firstValueProps('No values here. <Cite id="x" />')).toBeUndefined();
  });
});

describe('formatValue', () => {
  it('prints a dataset value the way <Value> does, with scale, part and number options', () => {
    const meta = toQuantity(edition, 'capex.meta.2025');
    expect(formatValue(meta, {})).toBe('$60–65 billion');
    expect(formatValue(meta, { part: 'high' })).toBe('$65 billion');
    expect(formatValue(meta, { part: 'low', style: 'short' })).toBe('$60bn');
    const amazon = toQuantity(edition, 'capex.amazon.2025');
    expect(formatValue(amazon, {})).toBe('~$100 billion');
    expect(formatValue(amazon, { scale: 'million', digits: '0' })).toBe('~$100,000 million');
    // part="number" re-expresses in units of one, as <Value> does.
    expect(formatValue(amazon, { part: 'number' })).toBe('100,000,000,000');
  });
});

describe('keyFigure', () => {
  it('labels the figure, marks unconfirmed figures and carries the source line', () => {
    const u = toQuantity(edition, 'price.gpt-4o.launch.input');
    expect(u.confidence).toBe('U');
    const fig = keyFigure(u, {}, 'Source: OpenAI (2024).');
    expect(fig.label).toBe(`${u.label} (unconfirmed)`);
    expect(fig.source).toBe('Source: OpenAI (2024).');
    const v = toQuantity(edition, 'capex.amazon.2025');
    expect(keyFigure(v, {}, 's').label).toBe(v.label);
  });
});
