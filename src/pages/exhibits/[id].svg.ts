/** /exhibits/<id>.svg: each chart exhibit drawn at build time, the image shown before (or without) JavaScript and in print. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exhibitIds, getExhibit } from '../../lib/exhibits/index.ts';
import { publishedExhibitSvg } from '../../lib/publish/exhibit-svg.ts';

export const getStaticPaths = (() =>
  exhibitIds()
    .filter((id) => getExhibit(id).chart !== 'table')
    .map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  // Cached by content and drawn without the edition stamp: src/lib/publish/exhibit-svg.ts.
  new Response(publishedExhibitSvg(getExhibit(params.id as string), 'light'), { headers: { 'Content-Type': 'image/svg+xml' } });
