/**
 * The downloads of a dataset edition, generated from the edition folder at build time: every file as
 * stored (CSV tables and datapackage.json) and one deterministic ZIP holding them all, each with its
 * size and sha256 so a reader can verify what they fetched. I/O: reads the edition folder.
 */
import { hashBytes } from '../data/hash.ts';
import { defaultRoot, displayPath, editionDir, loadEdition, readEditionFiles } from '../data/load.ts';
import { cachedBytes, sha256 } from '../publish/output-cache.ts';
import { zipFiles, type ZipEntry } from './zip.ts';

export interface DownloadFile {
  /** File name under /data/<edition>/. */
  name: string;
  title: string;
  bytes: number;
  /** 64 lowercase hex digits. */
  sha256: string;
  /** Data rows, for CSV tables. */
  rows?: number;
}

/** `ai-race-research-data-2025-02.zip`: the package name keeps the archive recognisable once saved. */
export function zipName(version: string, root: string = defaultRoot()): string {
  return `${loadEdition(version, { root }).pkg.name}-${version}.zip`;
}

/**
 * The edition as a ZIP: one folder named like the archive holding datapackage.json and the CSV tables
 * it lists, byte for byte, dated with the edition's as-of date.
 */
export function editionZip(version: string, root: string = defaultRoot()): Uint8Array {
  const edition = loadEdition(version, { root });
  const files = readEditionFiles(root, version);
  const folder = zipName(version, root).replace(/\.zip$/, '');
  const wanted = ['datapackage.json', ...edition.pkg.resources.map((r) => r.path)];
  const entries = wanted.map((name) => {
    const bytes = files.get(name);
    if (!bytes) throw new Error(`${displayPath(editionDir(root, version))}/${name} disappeared while the ZIP of edition ${version} was being written; run the build again.`);
    return { name: `${folder}/${name}`, bytes };
  });
  return cachedZip(entries, edition.asOf);
}

/**
 * A ZIP is a pure function of its entries' names and bytes and its date, so it is cached under exactly those
 * (src/lib/publish/output-cache.ts): an edition whose files did not change is not deflated again.
 */
export function cachedZip(entries: ZipEntry[], date: string): Uint8Array {
  const inputs = { date, entries: entries.map((e) => ({ name: e.name, sha256: sha256(e.bytes) })) };
  return cachedBytes('edition-zip', inputs, () => zipFiles(entries, { date }));
}

const hex = (bytes: Uint8Array) => hashBytes(bytes).slice('sha256:'.length);

/** Every download of an edition in page order: the tables, the descriptor, then the ZIP. */
export function editionDownloads(version: string, root: string = defaultRoot()): DownloadFile[] {
  const edition = loadEdition(version, { root });
  const files = readEditionFiles(root, version);
  const out: DownloadFile[] = [];
  for (const [, t] of edition.tables) {
    const bytes = files.get(t.resource.path);
    if (!bytes) continue;
    out.push({ name: t.resource.path, title: t.resource.title, bytes: bytes.length, sha256: hex(bytes), rows: t.rows.length });
  }
  const pkg = files.get('datapackage.json');
  if (pkg) out.push({ name: 'datapackage.json', title: 'Data Package descriptor: tables, columns, licence, sources and hashes', bytes: pkg.length, sha256: hex(pkg) });
  const zip = editionZip(version, root);
  out.push({ name: zipName(version, root), title: 'Everything above in one ZIP archive', bytes: zip.length, sha256: hex(zip) });
  return out;
}
