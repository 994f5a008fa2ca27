/** /og/site.png: the social card for pages other than articles (report title and subtitle). */
import type { APIRoute } from 'astro';
import { renderOgImage } from '../../lib/meta/og-image.ts';
import { cachedBytes } from '../../lib/publish/output-cache.ts';
import { site } from '../../site.config.ts';

export const GET: APIRoute = () => {
  const card = { firm: site.firm, report: site.reportSubtitle, title: site.reportTitle, brand: site.colors.brand, accent: site.colors.accent };
  const png = cachedBytes('og-png', card, () => renderOgImage(card));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
