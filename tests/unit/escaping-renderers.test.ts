/**
 * The pure renderers and meta builders keep markup in dataset text inert: the CSV download guards
 * spreadsheet formulas and quotes, the static SVG draws text as paths (no text node, no script), the
 * chart config survives the JSON embedding, and feeds, sitemaps, JSON-LD and BibTeX escape their formats.
 */
import { describe, expect, it } from 'vitest';
import { csvCell, exhibitCsv } from '../../src/lib/render/download.ts';
import { renderExhibitSvg } from '../../src/lib/render/static-chart.ts';
import { toTableModel } from '../../src/lib/render/table.ts';
import { bibEscape, articleCitation } from '../../src/lib/meta/citation.ts';
import { escapeXml, jsonForScript } from '../../src/lib/meta/escape.ts';
import { atomFeed } from '../../src/lib/meta/feed.ts';
import { sitemapXml } from '../../src/lib/meta/sitemap.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { ALL_PAYLOADS, PAYLOADS } from '../fixtures/injection/payloads.ts';
import { injectionSpec } from '../fixtures/injection/spec.ts';

describe('CSV download', () => {
  it('guards formula-like text and quotes markup, and the file parses back to the same text', () => {
    expect(csvCell(PAYLOADS.formula)).toBe(`"'=HYPERLINK(""http://x.invalid"",""click"")"`);
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${lead}cmd`).replace(/^"/, '')).toMatch(/^'/);
    const csv = exhibitCsv(injectionSpec);
    const rows = parseCsv(csv);
    const header = rows[0]!.cells.map((c) => c.value);
    const col = (name: string) => header.indexOf(name);
    const series = rows.slice(1).map((r) => r.cells[col('series')]!.value);
    expect(series).toContain(`'${PAYLOADS.formula}`);
    expect(series.some((s) => s.endsWith(PAYLOADS.scriptBreakout))).toBe(true);
    expect(rows.slice(1).map((r) => r.cells[col('x')]!.value)).toContain(`Amazon ${PAYLOADS.script}`);
  });
});

describe('static SVG', () => {
  it('has no text nodes, scripts or handlers: labels are drawn as paths', () => {
    const svg = renderExhibitSvg(injectionSpec);
    expect(svg).not.toMatch(/<script|<text|<title|<foreignObject|\son[a-z]+=|alert\(/i);
    const dark = renderExhibitSvg(injectionSpec, 'dark');
    expect(dark).not.toMatch(/<script|<text|\son[a-z]+=|alert\(/i);
  });
});

describe('table model', () => {
  it('keeps text as plain strings for the component to escape (no pre-rendered HTML)', () => {
    const model = toTableModel(injectionSpec);
    expect(model.caption).toContain(PAYLOADS.script);
    expect(model.rows.map((r) => r.header)).toContain(`Amazon ${PAYLOADS.script}`);
  });
});

describe('meta formats', () => {
  it('jsonForScript leaves no "<", ">" or "&" and parses back to the same value', () => {
    const out = jsonForScript(injectionSpec);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(injectionSpec);
    expect(JSON.parse(jsonForScript({ s: 'a\u2028b' })).s).toBe('a\u2028b');
  });

  it('escapeXml escapes the five markup characters', () => {
    expect(escapeXml(PAYLOADS.attribute)).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeXml(`a & b's`)).toBe('a &amp; b&#39;s');
  });

  it('the Atom feed double-escapes HTML content and escapes every text and attribute', () => {
    const xml = atomFeed({
      title: ALL_PAYLOADS,
      subtitle: 's',
      siteUrl: 'https://x.test/',
      feedUrl: 'https://x.test/feed.xml',
      author: 'A',
      entries: [
        {
          url: 'https://x.test/articles/a/',
          title: PAYLOADS.script,
          summary: PAYLOADS.attribute,
          date: '2025-02-14',
          authors: ['A'],
          topics: [PAYLOADS.attribute],
          takeaways: [PAYLOADS.scriptBreakout],
          exhibits: [{ number: '1.1', title: PAYLOADS.script, takeaway: 't', image: 'https://x.test/e.svg?a=1&b=2', alt: PAYLOADS.attribute, url: 'https://x.test/a/#e' }],
        },
      ],
    });
    expect(xml).not.toMatch(/<script|<img|"><|onerror=alert\(1\)"/);
    // The <content type="html"> holds HTML escaped once more: the reader unescapes it to "&lt;script&gt;".
    expect(xml).toContain('&lt;p&gt;&amp;quot;&amp;gt;&amp;lt;img src=x onerror=alert(1)&amp;gt;&lt;/p&gt;');
    expect(xml).toContain('<category term="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" />');
    expect(xml).toContain('src=&quot;https://x.test/e.svg?a=1&amp;amp;b=2&quot;');
  });

  it('the sitemap escapes URLs', () => {
    expect(sitemapXml([{ url: 'https://x.test/?a=1&b=<2>' }])).toContain('<loc>https://x.test/?a=1&amp;b=&lt;2&gt;</loc>');
  });

  it('BibTeX escapes braces and TeX specials, so a title cannot close the entry', () => {
    expect(bibEscape('} @misc{evil, title={x} & 100% $5 #1 a_b ^ ~ \\')).toBe('\\} @misc\\{evil, title=\\{x\\} \\& 100\\% \\$5 \\#1 a\\_b \\textasciicircum{} \\textasciitilde{} \\textbackslash{}');
    const { bibtex } = articleCitation({ title: 'A}, note={pwned', authors: ['Research team'], date: '2025-02-14', publisher: 'Firm', container: 'Report', url: 'https://x.test/a b}/', slug: 'a' });
    // Balanced braces: the entry closes exactly at its last line.
    let depth = 0;
    for (const ch of bibtex.replace(/\\[{}]/g, '')) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
    expect(depth).toBe(0);
    expect(bibtex).toContain('title        = {{A\\}, note=\\{pwned}}');
    expect(bibtex).toContain('url          = {https://x.test/a%20b%7D/}');
  });
});
