/**
 * Recomputes `hash` and `bytes` of every resource in an edition's datapackage.json after a CSV edit,
 * so the loader's integrity check passes. Only those two keys change; everything else keeps its order.
 *
 *   npx node scripts/rehash-edition.ts content/data/2025-02
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const folder = process.argv[2];
if (!folder || process.argv.length > 3) {
  console.error('rehash-edition needs exactly one edition folder.\nRun: npx node scripts/rehash-edition.ts content/data/<edition>');
  process.exit(2);
}
const dir = resolve(process.cwd(), folder);
const pkgPath = join(dir, 'datapackage.json');

let pkg: { resources?: { path?: unknown; hash?: string; bytes?: number }[] };
try {
  pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
} catch (err) {
  console.error(`Could not read ${pkgPath}: ${(err as Error).message}\nPass the folder that holds the edition's datapackage.json.`);
  process.exit(1);
}
if (!Array.isArray(pkg.resources)) {
  console.error(`${pkgPath} has no "resources" array, so there is nothing to hash.\nAdd one resource per CSV file first.`);
  process.exit(1);
}

let changed = 0;
pkg.resources.forEach((res, i) => {
  if (typeof res.path !== 'string') {
    console.error(`${pkgPath}: resources[${i}] has no "path".\nGive the CSV file name, e.g. "capex.csv".`);
    process.exit(1);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, res.path));
  } catch {
    console.error(`${pkgPath}: resources[${i}] points to ${res.path}, which does not exist in ${dir}.\nFix the path or add the file.`);
    process.exit(1);
  }
  const hash = 'sha256:' + createHash('sha256').update(bytes).digest('hex');
  if (res.hash !== hash || res.bytes !== bytes.length) changed++;
  res.hash = hash;
  res.bytes = bytes.length;
});

writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
console.log(`${folder}: ${pkg.resources.length} resources, ${changed} updated.`);
