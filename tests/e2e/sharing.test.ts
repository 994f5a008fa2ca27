/**
 * Sharing and metadata over the built site: the sitemap lists exactly the content pages by their
 * canonical URLs; every page has OpenGraph/Twitter tags whose card exists as a 1200×630 PNG; articles
 * carry Report JSON-LD and a "Cite this" block; the data page describes every edition as a Dataset
 * whose downloads exist; the Atom feed parses and carries every article with its exhibits.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { articlePages, builtPages } from './support/site.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const html = (page: string) => fs.readFileSync(path.join(siteDir, page, 'index.html'), 'utf8');
const meta = (doc: string, key: string) => new RegExp(`<meta (?:property|name)="${key.replace(':', '\\:')}" content="([^"]*)"`).exec(doc)?.[1];
const unescape = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

/** The built file an absolute site URL points to ("https://…/og/x.png" -> dist/og/x.png). */
function fileFor(url: string): string {
  const canonicalRoot = /<link rel="canonical" href="([^"]+)"/.exec(html('/'))![1]!;
  expect(url.startsWith(canonicalRoot), `${url} is under ${canonicalRoot}`).toBe(true);
  const rel = decodeURIComponent(url.slice(canonicalRoot.length).split('#')[0]!);
  const file = path.join(siteDir, rel);
  return fs.existsSync(file) && fs.statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
}

// Every indexable page: not 404 or the print page. /search/ is indexable, so it is listed.
const contentPages = builtPages(siteDir).filter((p) => !/^\/404\/$/.test(p) && !/\/print\/$/.test(p));

describe('sitemap and robots', () => {
  it('lists every indexable page (not 404 or print; /search/ included) by its canonical URL', () => {
    const xml = fs.readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => unescape(m[1]!));
    const canonicals = contentPages.map((p) => /<link rel="canonical" href="([^"]+)"/.exec(html(p))?.[1]);
    expect(locs).toEqual([...canonicals].sort());
    for (const a of articlePages(siteDir)) expect(xml).toMatch(new RegExp(`${a}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>`));
  });

  it('every meta description fits a search snippet (at most 160 characters)', () => {
    for (const p of builtPages(siteDir)) {
      const d = /<meta name="description" content="([^"]*)"/.exec(html(p))?.[1];
      expect(d, p).toBeDefined();
      expect(unescape(d!).length, `${p}: ${d}`).toBeLessThanOrEqual(160);
    }
  });

  it('no page is blocked from indexing (each is a page readers may land on)', () => {
    for (const p of builtPages(siteDir)) expect(html(p), p).not.toMatch(/<meta name="robots"[^>]*noindex/);
  });

  it('robots.txt allows crawling and points at the sitemap', () => {
    const robots = fs.readFileSync(path.join(siteDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(fileFor(/Sitemap: (\S+)/.exec(robots)![1]!)).toBe(path.join(siteDir, 'sitemap.xml'));
  });
});

describe('social cards', () => {
  it.each(builtPages(siteDir))('%s has OpenGraph and Twitter tags and an existing 1200×630 card', (page) => {
    const doc = html(page);
    for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'og:type', 'twitter:card', 'twitter:image']) expect(meta(doc, key), key).toBeTruthy();
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    const png = fs.readFileSync(fileFor(unescape(meta(doc, 'og:image')!)));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    if (page.startsWith('/articles/')) {
      expect(meta(doc, 'og:type')).toBe('article');
      expect(meta(doc, 'og:image')).toMatch(new RegExp(`/og/${page.split('/')[2]}\\.png$`));
    }
  });
});

describe('structured data and citations', () => {
  it.each(articlePages(siteDir))('%s: Report JSON-LD based on the published edition, and a Cite this block', (page) => {
    const doc = html(page);
    const ld = [...doc.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    expect(ld).toHaveLength(1);
    const edition = meta(doc, 'dataset-edition');
    expect(ld[0]).toMatchObject({ '@type': 'Report', headline: unescape(meta(doc, 'og:title')!), isBasedOn: { '@type': 'Dataset', version: edition } });
    expect(ld[0].url).toBe(/<link rel="canonical" href="([^"]+)"/.exec(doc)![1]);
    expect(doc).toMatch(/<h2 id="cite-this"[^>]*>Cite this article<\/h2>/);
    expect(doc).toMatch(/<pre class="cite-bibtex"[^>]*><code[^>]*>@misc\{/);
  });

  it('the data page describes every edition as a Dataset whose downloads all exist', () => {
    const doc = html('/data/');
    const ld = [...doc.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    const editions = fs.readdirSync(path.join(siteDir, 'data')).filter((d) => /^\d{4}-\d{2}$/.test(d));
    expect(ld.map((d) => d.version).sort()).toEqual(editions.sort());
    for (const d of ld) {
      expect(d['@type']).toBe('Dataset');
      expect(d.license).toMatch(/^https:\/\//);
      const files = (d.distribution as { contentUrl: string; encodingFormat: string }[]).map((x) => x.contentUrl);
      expect(files.some((f) => f.endsWith('.zip'))).toBe(true);
      expect(files.filter((f) => f.endsWith('.csv')).length).toBeGreaterThan(3);
      for (const f of files) expect(fs.existsSync(fileFor(f)), f).toBe(true);
      expect(doc).toContain(`id="cite-edition-${d.version}"`);
    }
  });
});

describe('Atom feed', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('parses, and carries every article with its summary, takeaways and exhibit images', async () => {
    const xml = fs.readFileSync(path.join(siteDir, 'feed.xml'), 'utf8');
    const page = await browser.newPage();
    try {
      await page.goto(new URL('feed.xml', siteUrl).href);
      const feed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.querySelector('parsererror')) return null;
        return [...doc.querySelectorAll('entry')].map((e) => {
          const content = new DOMParser().parseFromString(e.querySelector('content')?.textContent ?? '', 'text/html');
          return {
            link: e.querySelector('link')?.getAttribute('href') ?? '',
            summary: e.querySelector('summary')?.textContent ?? '',
            takeaways: content.querySelectorAll('li').length,
            images: [...content.querySelectorAll('img')].map((i) => i.getAttribute('src') ?? ''),
            figures: content.querySelectorAll('figure').length,
          };
        });
      }, xml);
      expect(feed).not.toBeNull();
      const articles = articlePages(siteDir);
      expect(feed!.map((e) => e.link).sort()).toEqual(articles.map((a) => /<link rel="canonical" href="([^"]+)"/.exec(html(a))![1]).sort());
      for (const e of feed!) {
        expect(e.summary.length).toBeGreaterThan(20);
        expect(e.takeaways).toBeGreaterThan(0);
        const article = articles.find((a) => e.link.endsWith(a))!;
        expect(e.figures).toBe((html(article).match(/<figure id="exhibit-/g) ?? []).length);
        for (const src of e.images) {
          expect(src).toMatch(/^https?:\/\/.+\/exhibits\/[a-z0-9-]+\.svg$/);
          expect(fs.existsSync(fileFor(src)), src).toBe(true);
        }
      }
    } finally {
      await page.close();
    }
  });
});
