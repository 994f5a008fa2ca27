/**
 * The PDF cache hashes a page as printed (scripts/lib/pdf-inputs.ts): a changed dataset fingerprint or
 * description (machine-only head metadata, never drawn with JavaScript off) reuses the PDF; any change a
 * reader could see (title, body, a stylesheet link) re-prints it; files other than HTML are hashed as they are.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHtmlPath, printedBytes } from '../../scripts/lib/pdf-inputs.ts';
import { sha256 } from '../../src/lib/publish/output-cache.ts';

const enc = (t: string) => new TextEncoder().encode(t);
const page = (o: { sha?: string; description?: string; title?: string; body?: string; css?: string } = {}) =>
  enc(
    [
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
      `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">`,
      `<title>${o.title ?? 'Capex'}</title><meta name="description" content="${o.description ?? 'Capex rose to $1bn.'}">`,
      `<meta property="og:description" content="${o.description ?? 'Capex rose to $1bn.'}"><meta name="twitter:description" content="${o.description ?? 'Capex rose to $1bn.'}">`,
      `<meta name="dataset-edition" content="2026-09"><meta name="dataset-edition-sha256" content="${o.sha ?? 'aa'}">`,
      `<link rel="stylesheet" href="${o.css ?? '/_astro/Base.a.css'}">`,
      `<script type="application/ld+json">{"description":"${o.description ?? 'Capex rose to $1bn.'}"}</script>`,
      `</head><body><p>${o.body ?? 'Capex rose to <span class="value">$1bn</span>.'}</p></body></html>`,
    ].join(''),
  );
const hash = (dep: string, bytes: Uint8Array) => sha256(printedBytes(dep, bytes));

describe('printedBytes', () => {
  it('ignores the dataset fingerprint, descriptions, social tags and JSON-LD of an HTML page', () => {
    const base = hash('/articles/capex/', page());
    expect(hash('/articles/capex/', page({ sha: 'bb' }))).toBe(base);
    expect(hash('/articles/capex/', page({ description: 'Capex rose to $2bn.' }))).toBe(base);
    const kept = Buffer.from(printedBytes('/articles/capex/', page())).toString('utf8');
    expect(kept).not.toMatch(/dataset-edition|description|application\/ld\+json/);
    // What the browser uses to lay the page out stays.
    expect(kept).toContain('<meta charset="utf-8">');
    expect(kept).toContain('<meta name="viewport"');
    expect(kept).toContain('<meta name="color-scheme"');
  });

  it('changes with anything a reader can see: the body, the title, a stylesheet', () => {
    const base = hash('/articles/capex/', page());
    expect(hash('/articles/capex/', page({ body: 'Capex rose to <span class="value">$2bn</span>.' }))).not.toBe(base);
    expect(hash('/articles/capex/', page({ title: 'Capital spending' }))).not.toBe(base);
    expect(hash('/articles/capex/', page({ css: '/_astro/Base.b.css' }))).not.toBe(base);
    expect(hash('/report/print/', page({ sha: 'bb', body: 'Other' }))).not.toBe(hash('/report/print/', page()));
  });

  it('hashes files other than HTML as they are, and tells HTML documents by their path', () => {
    const svg = enc('<svg><meta name="description" content="x"/></svg>');
    expect(printedBytes('/exhibits/capex.svg', svg)).toBe(svg);
    expect(['/articles/capex/', '/', '/report/print/', '/404.html', '/articles/capex/?v=1'].map(isHtmlPath)).toEqual([true, true, true, true, true]);
    expect(['/exhibits/capex.svg', '/_astro/Base.a.css', '/logo.svg', '/_astro/font.woff2'].map(isHtmlPath)).toEqual([false, false, false, false]);
  });

  it('leaves a built page whole apart from its head metadata', () => {
    // The real article page from the e2e build, when one exists; otherwise the fixture page above.
    let html: Uint8Array;
    try {
      html = new Uint8Array(readFileSync('dist/articles/capex/index.html'));
    } catch {
      html = page();
    }
    const text = Buffer.from(html).toString('utf8');
    const kept = Buffer.from(printedBytes('/articles/capex/', html)).toString('utf8');
    expect(kept.slice(kept.indexOf('<body'))).toBe(text.slice(text.indexOf('<body')));
    expect(kept).not.toContain('dataset-edition-sha256');
  });
});
