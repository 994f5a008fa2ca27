import { describe, expect, it } from 'vitest';
import { pdfDateDigits, pinPdfDates } from '../../scripts/lib/pdf-metadata.ts';
import { pageFrameCss } from '../../scripts/lib/pdf-templates.ts';

describe('pinPdfDates', () => {
  const info = "1 0 obj\n<</Creator (HeadlessChrome)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261129134048+01'00')\n/ModDate (D:20261129134049-05'30')>>\nendobj\n";
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from(info, 'latin1'), Buffer.from([0, 255, 128, 10])]);

  it('replaces both dates, in place, with the pinned UTC date', () => {
    const { pdf: out, replaced } = pinPdfDates(pdf, '2025-02-14');
    expect(replaced).toBe(2);
    expect(out.length).toBe(pdf.length);
    const text = out.toString('latin1');
    expect(text).toContain("/CreationDate (D:20250214000000+00'00')");
    expect(text).toContain("/ModDate (D:20250214000000+00'00')");
  });

  it('leaves every other byte untouched (binary streams survive)', () => {
    const { pdf: out } = pinPdfDates(pdf, '2025-02-14');
    const changed = [...out].filter((b, i) => b !== pdf[i]).length;
    expect(changed).toBeGreaterThan(0);
    expect(out.subarray(0, 16)).toEqual(pdf.subarray(0, 16));
    expect(out.subarray(-4)).toEqual(pdf.subarray(-4));
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => pdfDateDigits('14 February 2025')).toThrow('PDF date "14 February 2025" is not an ISO date (YYYY-MM-DD).');
  });
});

describe('PDF page frame (CSS margin boxes)', () => {
  const frame = { reportTitle: 'AI "Markets" \\ more', documentTitle: 'The capex question', footerNote: 'Firm · as of 14 February 2025' };

  it('escapes the texts it shows as CSS strings', () => {
    expect(pageFrameCss(frame)).toContain('@top-left { content: "AI \\"Markets\\" \\\\ more";');
    expect(pageFrameCss(frame)).toContain('@top-right { content: "The capex question";');
  });

  it('numbers pages in the house sans, and leaves a cover bare only when asked', () => {
    const css = pageFrameCss(frame);
    expect(css).toContain('content: "Page " counter(page) " of " counter(pages);');
    expect(css).toContain('"Firm · as of 14 February 2025"');
    expect(css).toMatch(/font-family: Inter/);
    expect(css).not.toContain('@page :first');
    expect(pageFrameCss(frame, { cover: true })).toMatch(/@page :first \{[^}]*@top-left \{ content: none; \}/);
  });
});
