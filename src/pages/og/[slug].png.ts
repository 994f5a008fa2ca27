/** /og/<article>.png: each article's social card (title + its first <Value>), drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { resolveValue } from '../../lib/content/resolve-value.ts';
import { firstValueProps, keyFigure } from '../../lib/meta/key-figure.ts';
import { renderOgImage } from '../../lib/meta/og-image.ts';
import { cachedBytes } from '../../lib/publish/output-cache.ts';
import { loadSources, sourceLine } from '../../lib/sources/registry.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = (async () => (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: { id: string; body?: string; data: { title: string } } };
  const first = firstValueProps(entry.body ?? '');
  const q = first?.of ? resolveValue(first.of) : undefined;
  const figure = q && first ? keyFigure(q, first, sourceLine(q.sources, loadSources())) : undefined;
  const card = { firm: site.firm, report: site.reportTitle, title: entry.data.title, brand: site.colors.brand, accent: site.colors.accent, ...(figure ? { figure } : {}) };
  // The card is the whole input of the drawing: cached by its content (src/lib/publish/output-cache.ts).
  const png = cachedBytes('og-png', card, () => renderOgImage(card));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
