/**
 * Every internal link of the built site resolves (pages, assets, downloads, PDFs, #anchors for headings,
 * exhibits, references and footnotes, cross-article references); external links are listed, not fetched,
 * into .cache/external-links.txt; every external <a> opens with rel="noopener noreferrer".
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkSiteLinks, formatExternal } from './support/link-check.ts';
import { canonicalRoot } from './support/site.ts';

const siteDir = inject('siteDir');
const report = checkSiteLinks(siteDir, { basePath: '/', siteUrl: canonicalRoot(siteDir) });
const show = (refs: { from: string; url: string; reason?: string }[]) => refs.map((r) => `${r.from}: ${r.url}${r.reason ? ` (${r.reason})` : ''}`);

describe('links in the built site', () => {
  it('checks the kinds of links that matter (so an empty check cannot pass)', () => {
    const urls = report.checked.map((r) => r.url);
    const kinds = {
      pages: urls.some((u) => /\/articles\/[^/#]+\/$/.test(u)),
      exhibitAnchors: urls.some((u) => u.includes('#exhibit-')),
      references: urls.some((u) => u.startsWith('#ref-')),
      pdfs: urls.some((u) => u.endsWith('.pdf')),
      downloads: urls.some((u) => u.includes('/downloads/')),
      stylesheets: report.checked.some((r) => r.tag === 'link' && r.url.endsWith('.css')),
      images: report.checked.some((r) => r.tag === 'img'),
      crossArticle: urls.some((u) => /\/articles\/[^/]+\/#exhibit-/.test(u)),
    };
    expect(kinds).toEqual(Object.fromEntries(Object.keys(kinds).map((k) => [k, true])));
  });

  it('every internal href, src, srcset and form action resolves to a file, and every #anchor to an id', () => {
    expect(show(report.broken)).toEqual([]);
  });

  it('every external <a> has rel="noopener noreferrer"', () => {
    expect(show(report.unsafeRel)).toEqual([]);
  });

  it('lists external links in .cache/external-links.txt (not fetched)', () => {
    const text = formatExternal(report);
    const out = path.resolve('.cache/external-links.txt');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${text}\n`);
    const distinct = new Set(report.external.map((r) => r.url)).size;
    console.log(`link check: ${report.checked.length} internal references resolved in ${report.files} files; ${distinct} distinct external URLs listed in ${path.relative(process.cwd(), out)}`);
    // The references lists cite public sources, so a site without external links means they went missing.
    expect(distinct).toBeGreaterThan(0);
    expect(fs.readFileSync(out, 'utf8')).toContain(report.external[0]!.url);
  });
});
