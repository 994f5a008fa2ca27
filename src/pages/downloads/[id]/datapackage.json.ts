/** /downloads/<id>/datapackage.json: Frictionless description of the exhibit's data.csv (schema, hash, sources). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exhibitIds, getExhibit } from '../../../lib/exhibits/index.ts';
import { exhibitDatapackage } from '../../../lib/render/download.ts';
import { loadSources } from '../../../lib/sources/registry.ts';
import { loadEdition } from '../../../lib/data/load.ts';

export const getStaticPaths = (() => exhibitIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const spec = getExhibit(params.id as string);
  // The licence of the edition the exhibit's figures come from.
  return new Response(exhibitDatapackage(spec, loadSources(), loadEdition(spec.edition).pkg.licenses), { headers: { 'Content-Type': 'application/json' } });
};
