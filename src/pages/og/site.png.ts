/** /og/site.png: the social card for pages other than articles (report title and subtitle). */
import type { APIRoute } from 'astro';
import { cardPng } from '../../lib/meta/article-card.ts';
import { site } from '../../site.config.ts';

export const GET: APIRoute = () => {
  const card = { firm: site.firm, report: site.reportSubtitle, title: site.reportTitle, brand: site.colors.brand, accent: site.colors.accent };
  return new Response(new Uint8Array(cardPng(card)), { headers: { 'Content-Type': 'image/png' } });
};
