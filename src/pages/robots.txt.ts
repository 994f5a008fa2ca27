/** /robots.txt: everything may be crawled; points crawlers at the sitemap. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/meta/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, import.meta.env.BASE_URL, 'sitemap.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
