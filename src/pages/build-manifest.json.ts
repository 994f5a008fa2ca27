/** /build-manifest.json: the inputs this build was made from (see src/lib/editions/manifest.ts). */
import path from 'node:path';
import type { APIRoute } from 'astro';
import { loadPinnedEdition, publishedEditions } from '../lib/data/load.ts';
import { editionFingerprint } from '../lib/editions/fingerprint.ts';
import { collectFiles, gitCommit, manifestJson } from '../lib/editions/manifest.ts';

export const GET: APIRoute = () => {
  const edition = loadPinnedEdition();
  const root = process.cwd();
  const body = manifestJson({
    edition: { version: edition.version, asOf: edition.asOf, status: edition.status, datapackageSha256: editionFingerprint(edition.version).sha256 },
    // Unpublished drafts were not read by this build: their files stay out of the manifest.
    files: collectFiles(root, { editions: publishedEditions({ root: path.join(root, 'content') }) }),
    commit: gitCommit(root),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
