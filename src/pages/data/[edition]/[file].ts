/**
 * /data/<edition>/<file>: every file of every released edition byte for byte as stored (CSV tables and
 * datapackage.json), plus /data/<edition>/<package>-<edition>.zip holding them all (deterministic).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEdition, publishedEditions, readEditionFiles, defaultRoot } from '../../../lib/data/load.ts';
import { editionZip, zipName } from '../../../lib/editions/downloads.ts';

export const getStaticPaths = (() =>
  // Released editions only (plus the pinned draft of a preview build): drafts are never published.
  publishedEditions().flatMap((edition) => {
    const files = ['datapackage.json', ...loadEdition(edition).pkg.resources.map((r) => r.path), zipName(edition)];
    return files.map((file) => ({ params: { edition, file } }));
  })) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { json: 'application/json', csv: 'text/csv; charset=utf-8', zip: 'application/zip' };

export const GET: APIRoute = ({ params }) => {
  const edition = String(params.edition);
  const file = String(params.file);
  // Loading validates the edition (and the lock for released ones) before anything is served.
  loadEdition(edition);
  const bytes = file === zipName(edition) ? editionZip(edition) : readEditionFiles(defaultRoot(), edition).get(file);
  if (!bytes) return new Response(null, { status: 404 });
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream' } });
};
