import { describe, expect, it } from 'vitest';
import { stablePdfNodeIds } from '../../scripts/lib/stable-pdf-ids.ts';

const pdf = (a: number, b: number) =>
  `/S /TH /ID (node${String(a).padStart(8, '0')})>>\n/S /TH /ID (node${String(b).padStart(8, '0')})>>\n/Names [(node${String(a).padStart(8, '0')}) 1 0 R (node${String(b).padStart(8, '0')}) 2 0 R]`;

describe('stable PDF node ids', () => {
  it('gives the same bytes whatever the renderer had numbered the nodes, keeping order and length', () => {
    const first = stablePdfNodeIds(Buffer.from(pdf(3228, 3229), 'latin1'));
    const second = stablePdfNodeIds(Buffer.from(pdf(91000, 91004), 'latin1'));
    expect(first.pdf.toString('latin1')).toBe(second.pdf.toString('latin1'));
    expect(first.pdf.toString('latin1')).toBe(pdf(1, 2));
    expect(first.pdf.length).toBe(pdf(3228, 3229).length);
    expect(first.renamed).toBe(2);
  });

  it('leaves a PDF without node ids alone', () => {
    expect(stablePdfNodeIds(Buffer.from('%PDF-1.7 (node) (nodeX)', 'latin1')).pdf.toString('latin1')).toBe('%PDF-1.7 (node) (nodeX)');
  });
});
