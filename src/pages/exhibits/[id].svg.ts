/** /exhibits/<id>.svg: each chart exhibit drawn at build time, the image shown before (or without) JavaScript and in print. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exhibitIds, getExhibit } from '../../lib/exhibits/index.ts';
import { renderExhibitSvg } from '../../lib/render/static-chart.ts';

export const getStaticPaths = (() =>
  exhibitIds()
    .filter((id) => getExhibit(id).chart !== 'table')
    .map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(renderExhibitSvg(getExhibit(params.id as string)), { headers: { 'Content-Type': 'image/svg+xml' } });
