/** sitemap.xml from absolute page URLs (sorted, deduplicated), with lastmod where a page has a date. */
import { escapeXml } from './escape.ts';

export interface SitemapPage {
  url: string;
  /** ISO date, YYYY-MM-DD. */
  lastmod?: string;
}

export function sitemapXml(pages: SitemapPage[]): string {
  const byUrl = new Map<string, SitemapPage>();
  for (const p of pages) byUrl.set(p.url, p);
  const sorted = [...byUrl.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sorted.map((p) => `  <url><loc>${escapeXml(p.url)}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * Whether a page (path relative to the site root, "" for home, "data/" …) belongs in the sitemap: every
 * indexable page, so not 404 or the print page (noindex, removed after the PDF is printed). The search page
 * is indexable and listed.
 */
export function isListedPath(path: string): boolean {
  return !/^404\/?$/.test(path) && !/(^|\/)print\/?$/.test(path);
}
