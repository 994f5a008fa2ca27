/**
 * `astro dev` only: serves every generated asset (src/lib/publish/asset-files.ts) at its path, one rest route
 * for all of them. A build does not render them as routes; the asset-files integration writes them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { assetFiles } from '../lib/publish/asset-files.ts';

export const getStaticPaths = (() => assetFiles().map((asset) => ({ params: { asset: asset.path }, props: { asset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { asset } = props as { asset: ReturnType<typeof assetFiles>[number] };
  return new Response(new Uint8Array(asset.render()), { headers: { 'Content-Type': asset.contentType } });
};
