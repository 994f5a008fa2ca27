/** /downloads/<id>/datapackage.json: Frictionless description of the exhibit's data.csv (schema, hash, sources). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exhibitIds, getExhibit } from '../../../lib/exhibits/index.ts';
import { exhibitDatapackage } from '../../../lib/render/download.ts';
import { loadSources } from '../../../lib/sources/registry.ts';

export const getStaticPaths = (() => exhibitIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(exhibitDatapackage(getExhibit(params.id as string), loadSources()), { headers: { 'Content-Type': 'application/json' } });
