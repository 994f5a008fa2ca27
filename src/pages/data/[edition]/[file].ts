/** Every file of every edition, byte for byte as stored (CSV tables and datapackage.json), for download. */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { listEditions, loadEdition } from '../../../lib/data/load.ts';

export const getStaticPaths = (() =>
  listEditions().flatMap((edition) => {
    const files = ['datapackage.json', ...loadEdition(edition).pkg.resources.map((r) => r.path)];
    return files.map((file) => ({ params: { edition, file } }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = path.join(process.cwd(), 'content', 'data', String(params.edition), String(params.file));
  const type = file.endsWith('.json') ? 'application/json' : 'text/csv; charset=utf-8';
  return new Response(fs.readFileSync(file), { headers: { 'Content-Type': type } });
};
