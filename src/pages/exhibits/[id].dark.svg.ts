/** /exhibits/<id>.dark.svg: the static chart in the dark palette, shown instead of <id>.svg when the page is dark. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exhibitIds, getExhibit } from '../../lib/exhibits/index.ts';
import { publishedExhibitSvg } from '../../lib/publish/exhibit-svg.ts';

export const getStaticPaths = (() =>
  exhibitIds()
    .filter((id) => getExhibit(id).chart !== 'table')
    .map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  // Cached by content and drawn without the edition stamp: src/lib/publish/exhibit-svg.ts.
  new Response(publishedExhibitSvg(getExhibit(params.id as string), 'dark'), { headers: { 'Content-Type': 'image/svg+xml' } });
