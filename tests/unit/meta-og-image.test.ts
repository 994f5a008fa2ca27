import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, renderOgImage, wrapText } from '../../src/lib/meta/og-image.ts';

const card = {
  firm: 'Meridian Ridge Asset Management',
  report: 'DeepSeek and the AI Race',
  title: 'The capex question: hyperscaler spending after DeepSeek',
  figure: { value: '~$100 billion', label: 'Amazon capex, 2025 (guidance)', source: 'Source: CNBC (2025).' },
  brand: '#123c69',
  accent: '#b8562b',
};

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('renderOgImage', () => {
  it('draws a 1200×630 PNG', () => {
    expect(pngSize(renderOgImage(card))).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect([OG_WIDTH, OG_HEIGHT]).toEqual([1200, 630]);
  });

  it('gives the same bytes for the same card, and different bytes when the title or figure changes', () => {
    const a = renderOgImage(card);
    expect(renderOgImage(card).equals(a)).toBe(true);
    expect(renderOgImage({ ...card, title: 'Another title' }).equals(a)).toBe(false);
    expect(renderOgImage({ ...card, figure: { ...card.figure, value: '$83.0 billion' } }).equals(a)).toBe(false);
    const { figure: _, ...noFigure } = card;
    expect(pngSize(renderOgImage(noFigure))).toEqual({ width: 1200, height: 630 });
  });
});

describe('wrapText', () => {
  const measure = (s: string) => s.length * 10;

  it('wraps greedily at the width', () => {
    expect(wrapText(measure, 'aaa bbb ccc ddd', 75, 5)).toEqual(['aaa bbb', 'ccc ddd']);
  });

  it('ends the last allowed line with an ellipsis when the text does not fit', () => {
    expect(wrapText(measure, 'aaa bbb ccc ddd eee', 75, 2)).toEqual(['aaa bbb', 'ccc…']);
  });

  it('keeps a word longer than the width on its own line rather than looping', () => {
    expect(wrapText(measure, 'abcdefghijkl x', 50, 3)).toEqual(['abcdefghijkl', 'x']);
  });
});
