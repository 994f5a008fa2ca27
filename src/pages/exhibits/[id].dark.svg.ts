/** /exhibits/<id>.dark.svg: the static chart in the dark palette, shown instead of <id>.svg when the page is dark. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exhibitIds, getExhibit } from '../../lib/exhibits/index.ts';
import { cachedText } from '../../lib/publish/output-cache.ts';
import { renderExhibitSvg } from '../../lib/render/static-chart.ts';

export const getStaticPaths = (() =>
  exhibitIds()
    .filter((id) => getExhibit(id).chart !== 'table')
    .map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  // A pure function of the spec: cached by its content (src/lib/publish/output-cache.ts).
  const spec = getExhibit(params.id as string);
  return new Response(cachedText('exhibit-svg', { spec, theme: 'dark' }, () => renderExhibitSvg(spec, 'dark')), { headers: { 'Content-Type': 'image/svg+xml' } });
};
