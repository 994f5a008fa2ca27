/**
 * What clients read carries no developer traces: no placeholder address (example.com, localhost), no
 * SHA-256 outside /data/ (the edition fingerprint lives in a <meta> tag and build-manifest.json), and no
 * raw dataset row ids in the text of any page (pages name figures; ids belong in the downloads).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPinnedEdition } from '../../src/lib/data/load.ts';
import { builtPages } from './support/site.ts';

const siteDir = inject('siteDir');
const pages = builtPages(siteDir);
const read = (page: string) => fs.readFileSync(path.join(siteDir, page, 'index.html'), 'utf8');

/** What a reader sees: the body without scripts, styles, tags (so attributes) and <head>. */
function visibleText(html: string): string {
  return html
    .replace(/^[\s\S]*?<body[^>]*>/, '')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...textFiles(full));
    else if (/\.(html|xml|json|txt|svg)$/.test(e.name) || e.name === '_headers') out.push(full);
  }
  return out;
}

describe('client surfaces', () => {
  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThan(8);
  });

  it('print no placeholder address anywhere', () => {
    const hits = textFiles(siteDir).filter((f) => /\b(?:[a-z0-9-]+\.)*example\.(?:com|org|net)\b|\/\/localhost\b|\/\/127\.0\.0\.1\b/i.test(fs.readFileSync(f, 'utf8')));
    expect(hits.map((f) => path.relative(siteDir, f))).toEqual([]);
  });

  it('show SHA-256 digests only on /data/ (the fingerprint stays in a <meta> tag on other pages)', () => {
    const hits = pages
      .filter((p) => p !== '/data/')
      .filter((p) => /\b[0-9a-f]{64}\b/.test(read(p).replace(/<meta\b[^>]*>/g, '')));
    expect(hits).toEqual([]);
    // Not vacuous: the digests are on /data/ and in the <meta> tag.
    expect(read('/data/')).toMatch(/\b[0-9a-f]{64}\b/);
    expect(read('/')).toMatch(/<meta name="dataset-edition-sha256" content="[0-9a-f]{64}"/);
  });

  it('/data/ shows short digests, the full one a click away', () => {
    const data = read('/data/');
    expect(data).toMatch(/<summary[^>]*><code[^>]*>[0-9a-f]{12}<\/code>…<\/summary>\s*<code class="hash-full"[^>]*>[0-9a-f]{64}<\/code>/);
  });

  it('never print a raw dataset row id in the text of a page', () => {
    const edition = loadPinnedEdition();
    // Ids with a dot are unmistakably ids ("capex.big-four.2025"); one-word ids could be ordinary words.
    const ids = [...edition.observations.keys(), ...edition.events.keys()].filter((id) => id.includes('.'));
    expect(ids.length).toBeGreaterThan(20);
    const hits: string[] = [];
    for (const p of pages) {
      const text = visibleText(read(p));
      for (const id of ids) if (new RegExp(`(?<![\\w.-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text)) hits.push(`${p}: ${id}`);
    }
    expect(hits).toEqual([]);
  });

  it('fold BibTeX away and print the disclaimer once on screen', () => {
    for (const p of pages.filter((x) => /^\/articles\/[^/]+\/$/.test(x))) {
      const doc = read(p);
      expect(doc, p).toMatch(/<details class="cite-more[^"]*"[^>]*>\s*<summary[^>]*>BibTeX<\/summary>\s*<pre class="cite-bibtex"/);
      expect(doc.match(/class="footer-disclaimer"/g)?.length, p).toBe(1);
    }
    expect(read('/').match(/Important information\./g)?.length).toBe(1);
  });
});
