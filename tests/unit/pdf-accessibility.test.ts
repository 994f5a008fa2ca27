import { describe, expect, it } from 'vitest';
import { addAccessibilityMetadata, decodePdfString, pdfTextString } from '../../scripts/lib/pdf-metadata.ts';

/** A small PDF shaped like Chromium's: classic xref, Info with a hex title, a tagged exhibit frame, two links. */
function samplePdf(): Buffer {
  const objs: [number, string][] = [
    [1, `<</Title ${pdfTextString('The capex question · Report')}\n/Producer (Skia/PDF m156)\n/CreationDate (D:20260213000000+00'00')>>`],
    [2, '<</Type /Catalog\n/Pages 3 0 R\n/StructTreeRoot 4 0 R\n/Lang (en)>>'],
    [3, '<</Type /Pages\n/Kids []\n/Count 0>>'],
    [4, '<</Type /StructTreeRoot\n/K [5 0 R]>>'],
    [5, '<</Type /StructElem\n/S /Figure\n/P 4 0 R\n/K [0 6 0 R 7 0 R]>>'],
    [6, '<</Type /StructElem\n/S /Figure\n/Alt (Bar chart: capex by year.)\n/P 5 0 R\n/K 6>>'],
    [7, '<</Type /StructElem\n/S /Figure\n/P 5 0 R\n/K 7>>'],
    [8, '<</Type /Annot\n/Subtype /Link\n/Rect [0 0 1 1]\n/A <</Type /Action\n/S /URI\n/URI (https://r.test/data/)>>>>'],
    [9, '<</Type /Annot\n/Subtype /Link\n/Rect [0 0 1 1]\n/Dest /exhibit-hyperscaler-capex>>'],
  ];
  let out = '%PDF-1.4\n';
  const at: number[] = [];
  for (const [n, body] of objs) {
    at[n] = out.length;
    out += `${n} 0 obj\n${body}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${objs.map(([n]) => `${String(at[n]).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<</Size ${objs.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('addAccessibilityMetadata', () => {
  const original = samplePdf();
  const { pdf, links, retagged } = addAccessibilityMetadata(original, { author: 'Meridian Ridge Asset Management', date: '2026-02-13' });
  const text = pdf.toString('latin1');

  it('appends an incremental update: the original bytes stay (frames retagged in place), offsets in the new xref point at their objects', () => {
    expect(pdf.length).toBeGreaterThan(original.length);
    expect(text.slice(0, original.length).replace('/S /Div   ', '/S /Figure')).toBe(original.toString('latin1'));
    const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    const section = text.slice(xrefAt);
    expect(section).toMatch(/\/Prev \d+>>/);
    for (const m of section.matchAll(/^(\d+) (\d+)\n((?:\d{10} 00000 n \n)+)/gm)) {
      const first = Number(m[1]);
      m[3]!.trim().split('\n').forEach((line, i) => expect(text.slice(Number(line.slice(0, 10)), Number(line.slice(0, 10)) + 12)).toMatch(new RegExp(`^${first + i} 0 obj`)));
    }
  });

  it('writes XMP with title, author, language and pinned dates, referenced from the catalog, and /Author in Info', () => {
    expect(text).toMatch(/2 0 obj\n<<\/Metadata 10 0 R\n\/Type \/Catalog/);
    expect(text).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">The capex question · Report</rdf:li></rdf:Alt></dc:title>'.replace('·', Buffer.from('·', 'utf8').toString('latin1')));
    expect(text).toContain('<rdf:li>Meridian Ridge Asset Management</rdf:li>');
    expect(text).toContain('<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>');
    expect(text).toContain('<xmp:CreateDate>2026-02-13T00:00:00Z</xmp:CreateDate>');
    expect(text).toContain(`/Author ${pdfTextString('Meridian Ridge Asset Management')}`);
    const xmpLen = Number(/\/Subtype \/XML\n\/Length (\d+)>> stream\n/.exec(text)![1]);
    const start = text.indexOf('>> stream\n') + 10;
    expect(text.slice(start + xmpLen, start + xmpLen + 10)).toBe('\nendstream');
  });

  it('describes every link and retags only the exhibit frame (a Figure grouping other elements, without /Alt)', () => {
    expect(links).toBe(2);
    expect(text).toContain(`/Contents ${pdfTextString('Link to https://r.test/data/')}`);
    expect(text).toContain(`/Contents ${pdfTextString('Link to exhibit hyperscaler capex in this document')}`);
    expect(retagged).toBe(1);
    expect(text).toMatch(/5 0 obj\n<<\/Type \/StructElem\n\/S \/Div   \n/);
    expect(text).toMatch(/7 0 obj\n<<\/Type \/StructElem\n\/S \/Figure\n/);
  });

  it('is deterministic', () => {
    expect(addAccessibilityMetadata(samplePdf(), { author: 'Meridian Ridge Asset Management', date: '2026-02-13' }).pdf.equals(pdf)).toBe(true);
  });

  it('decodes PDF strings both ways', () => {
    expect(decodePdfString(pdfTextString('Ä · é'))).toBe('Ä · é');
    expect(decodePdfString('(a \\(b\\) c)')).toBe('a (b) c');
  });
});
