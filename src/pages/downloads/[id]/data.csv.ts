/** /downloads/<id>/data.csv: exactly the data an exhibit shows, in long format. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exhibitIds, getExhibit } from '../../../lib/exhibits/index.ts';
import { exhibitCsv } from '../../../lib/render/download.ts';

export const getStaticPaths = (() => exhibitIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(exhibitCsv(getExhibit(params.id as string)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
