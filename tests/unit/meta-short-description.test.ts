import { describe, expect, it } from 'vitest';
import { shortDescription } from '../../src/lib/meta/short-description.ts';

describe('shortDescription', () => {
  it('keeps a short text whole, whitespace collapsed', () => {
    expect(shortDescription('  Short   text. ')).toBe('Short text.');
  });
  it('takes the first sentence when it fits', () => {
    const s = `Loss falls predictably as models grow, which is the finding. ${'More words follow here. '.repeat(10)}`;
    expect(shortDescription(s)).toBe('Loss falls predictably as models grow, which is the finding.');
  });
  it('cuts a long first sentence at a word boundary with an ellipsis, never over the limit', () => {
    const s = `${'word '.repeat(60)}end.`;
    const d = shortDescription(s);
    expect(d.length).toBeLessThanOrEqual(160);
    expect(d).toMatch(/word…$/);
  });
});
