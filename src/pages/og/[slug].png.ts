/** /og/<article>.png: each article's social card (title + its first <Value>), drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { articleCard, cardPng } from '../../lib/meta/article-card.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = (async () => (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: { id: string; body?: string; data: { title: string } } };
  const png = cardPng(articleCard(site, entry.data.title, entry.body ?? ''));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
