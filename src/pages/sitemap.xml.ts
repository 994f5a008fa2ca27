/**
 * /sitemap.xml: every content page by its canonical URL (404, search and print pages left out). The
 * e2e test checks it against the pages actually built, so a new page cannot be forgotten here.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { isListedPath, sitemapXml, type SitemapPage } from '../lib/meta/sitemap.ts';
import { absoluteUrl } from '../lib/meta/urls.ts';

/** Pages without a route parameter (every .astro file under src/pages), as paths relative to the site root. */
const STATIC_PAGES = fs
  .readdirSync(path.join(process.cwd(), 'src', 'pages'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.astro'))
  .map((f) => f.split(path.sep).join('/').replace(/\.astro$/, ''))
  .filter((f) => !f.includes('['))
  .map((f) => (f === 'index' ? '' : `${f.replace(/\/?index$/, '')}/`))
  .filter(isListedPath);

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const url = (p: string) => absoluteUrl(site, base, p);
  const articles = await getCollection('articles');
  const pages: SitemapPage[] = [
    ...STATIC_PAGES.map((p) => ({ url: url(p) })),
    ...articles.map((a) => ({ url: url(`articles/${a.id}/`), lastmod: a.data.updated ?? a.data.date })),
  ];
  return new Response(sitemapXml(pages), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
