/**
 * Child process of the asset-files integration (src/integrations/asset-files.ts): writes every generated
 * asset of the report (src/lib/publish/asset-files.ts: static chart SVGs, downloads, social cards) into the
 * folder given as its argument while Astro builds the pages, and prints one JSON line: files written and the
 * time spent on each kind. A bad exhibit ends it with the error on stderr (Astro reports the same problem
 * with its position in the article, and the integration shows this one only if Astro found none).
 *
 * It stops between two files when Astro goes away (the IPC channel closes: a build stopped or failed) or on
 * SIGTERM/SIGINT, so nothing is left half-written; the integration removes the folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { assetFiles, type AssetKind } from '../lib/publish/asset-files.ts';

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => (stopping = true));
process.on('disconnect', () => (stopping = true));

const out = process.argv[2];
if (!out) throw new Error('Usage: asset-writer.ts <folder to write the assets into>');

const ms: Record<AssetKind, number> = { 'static SVGs': 0, downloads: 0, 'social cards': 0 };
let files = 0;
const folders = new Set<string>();
for (const asset of assetFiles()) {
  if (stopping) process.exit(1);
  const t0 = performance.now();
  const file = path.join(out, asset.path);
  const folder = path.dirname(file);
  if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
  folders.add(folder);
  try {
    fs.writeFileSync(file, asset.render());
  } catch (err) {
    // The engine's errors are written for the analyst (what, why, what to do): the message, not a stack.
    console.error(`/${asset.path}: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  ms[asset.kind] += performance.now() - t0;
  files += 1;
  // Lets a signal that arrived during the drawing be seen before the next file.
  if (files % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
}
console.log(JSON.stringify({ files, ms: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Math.round(v)])) }));
process.disconnect?.();
