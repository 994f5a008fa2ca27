import { describe, expect, it } from 'vitest';
import { atomFeed, type FeedEntry } from '../../src/lib/meta/feed.ts';
import { isListedPath, sitemapXml } from '../../src/lib/meta/sitemap.ts';

const entry = (over: Partial<FeedEntry>): FeedEntry => ({
  url: 'https://r.test/articles/a/',
  title: 'A',
  summary: 'Summary A.',
  date: '2025-02-14',
  authors: ['Research team'],
  topics: ['capex'],
  takeaways: ['One.'],
  exhibits: [],
  ...over,
});

describe('atomFeed', () => {
  const xml = atomFeed({
    title: 'Report',
    subtitle: 'Sub',
    siteUrl: 'https://r.test/',
    feedUrl: 'https://r.test/feed.xml',
    author: 'Firm',
    entries: [
      entry({ url: 'https://r.test/articles/old/', title: 'Old', date: '2025-01-02' }),
      entry({
        url: 'https://r.test/articles/new/',
        title: 'New',
        date: '2025-02-20',
        exhibits: [
          { number: '1.1', title: 'Capex', takeaway: 'Up.', image: 'https://r.test/exhibits/capex.svg', alt: 'Bar chart: Capex.', url: 'https://r.test/articles/new/#exhibit-capex' },
          { number: '1.2', title: 'Table', takeaway: 'Flat.', alt: 'Table: T.', url: 'https://r.test/articles/new/#exhibit-t' },
        ],
      }),
    ],
  });

  it('is an Atom feed dated by its newest article, never by the clock', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">')).toBe(true);
    expect(xml).toContain('  <updated>2025-02-20T00:00:00Z</updated>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://r.test/feed.xml" />');
  });

  it('lists entries newest first with summary, takeaways and exhibit images by absolute URL', () => {
    expect(xml.indexOf('<title>New</title>')).toBeLessThan(xml.indexOf('<title>Old</title>'));
    expect(xml).toContain('<summary>Summary A.</summary>');
    expect(xml).toContain('&lt;li&gt;One.&lt;/li&gt;');
    expect(xml).toContain('&lt;img src=&quot;https://r.test/exhibits/capex.svg&quot; alt=&quot;Bar chart: Capex.&quot; /&gt;');
    expect(xml).toContain('Exhibit 1.1: Capex');
    expect(xml).toContain('&lt;br /&gt;Up.');
    // A table exhibit has no image but still its title and takeaway.
    expect(xml).toMatch(/&lt;figure&gt;&lt;figcaption&gt;&lt;a href=&quot;https:\/\/r\.test\/articles\/new\/#exhibit-t&quot;&gt;&lt;strong&gt;Exhibit 1.2: Table/);
  });

  it('dates a revised article by its revision, and the feed by the newest change', () => {
    const revised = atomFeed({ title: 'R', subtitle: 'S', siteUrl: 'https://r.test/', feedUrl: 'https://r.test/f', author: 'F', entries: [entry({ date: '2025-02-14', updated: '2026-02-20' }), entry({ title: 'B', date: '2025-03-01' })] });
    expect(revised).toContain('  <updated>2026-02-20T00:00:00Z</updated>\n  <author>');
    expect(revised).toContain('<published>2025-02-14T00:00:00Z</published>\n    <updated>2026-02-20T00:00:00Z</updated>');
  });

  it('same input, same bytes, whatever the input order', () => {
    const a = atomFeed({ title: 'R', subtitle: 'S', siteUrl: 'https://r.test/', feedUrl: 'https://r.test/f', author: 'F', entries: [entry({ title: 'B' }), entry({ title: 'A' })] });
    const b = atomFeed({ title: 'R', subtitle: 'S', siteUrl: 'https://r.test/', feedUrl: 'https://r.test/f', author: 'F', entries: [entry({ title: 'A' }), entry({ title: 'B' })] });
    expect(a).toBe(b);
  });
});

describe('sitemapXml', () => {
  it('lists URLs sorted and deduplicated, with lastmod where given', () => {
    expect(sitemapXml([{ url: 'https://r.test/b/' }, { url: 'https://r.test/a/', lastmod: '2025-02-14' }, { url: 'https://r.test/b/' }])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://r.test/a/</loc><lastmod>2025-02-14</lastmod></url>',
        '  <url><loc>https://r.test/b/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('leaves out 404 and print pages, and lists the (indexable) search page', () => {
    expect(['', 'data/', 'methodology/', 'data/changes/', 'articles/capex/', 'search/'].every(isListedPath)).toBe(true);
    expect(['404/', 'report/print/', 'print/'].some(isListedPath)).toBe(false);
  });
});
