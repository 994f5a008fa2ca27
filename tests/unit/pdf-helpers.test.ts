import { describe, expect, it } from 'vitest';
import { pdfDateDigits, pinPdfDates } from '../../scripts/lib/pdf-metadata.ts';
import { footerTemplate, headerTemplate } from '../../scripts/lib/pdf-templates.ts';

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

describe('PDF header and footer templates', () => {
  const frame = { reportTitle: 'AI & <Markets>', documentTitle: 'The "capex" question', footerNote: 'Firm · as of 14 February 2025' };

  it('escape the texts they show', () => {
    expect(headerTemplate(frame)).toContain('AI &amp; &lt;Markets&gt;');
    expect(headerTemplate(frame)).toContain('The &quot;capex&quot; question');
  });

  it('carry Chromium’s page-number slots and an explicit font size (Chromium’s default is 0)', () => {
    const footer = footerTemplate(frame);
    expect(footer).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(footer).toContain('Firm · as of 14 February 2025');
    expect(footer).toMatch(/font-size:\s*[\d.]+pt/);
  });
});
