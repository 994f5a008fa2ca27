/** /exhibits/<id>.dark.svg: the static chart in the dark palette, shown instead of <id>.svg when the page is dark. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exhibitIds, getExhibit } from '../../lib/exhibits/index.ts';
import { renderExhibitSvg } from '../../lib/render/static-chart.ts';

export const getStaticPaths = (() =>
  exhibitIds()
    .filter((id) => getExhibit(id).chart !== 'table')
    .map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(renderExhibitSvg(getExhibit(params.id as string), 'dark'), { headers: { 'Content-Type': 'image/svg+xml' } });
