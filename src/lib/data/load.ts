/**
 * I/O for dataset editions: reads `<root>/data/<version>/` and `<root>/sources.json`, hashes files,
 * checks released editions against the lock and hands the text to the pure validator. Results are cached
 * per (root, version) and re-read whenever a file's mtime or size changes, so `astro dev` never serves a
 * stale edition.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSiteConfig } from '../config/load-site.ts';
import { clearSourcesCache, loadSources } from '../sources/load-sources.ts';
import type { SourceRegistry } from '../sources/schema.ts';
import { DataError } from './errors.ts';
import { defaultRoot, displayPath, fileSignature } from './paths.ts';
import { hashBytes } from './hash.ts';
import { compareWithLock, LOCK_FILE, lockError, readLock } from './lock.ts';
import { EDITION_PATTERN, type Edition } from './schema.ts';
import { validateEdition } from './validate.ts';

export { loadSources };
export { getSource, formatReference, shortCitation, sourceLine } from '../sources/registry.ts';

export { defaultRoot, displayPath, fileSignature } from './paths.ts';

export function editionDir(root: string, version: string): string {
  return path.join(root, 'data', version);
}

/** Edition folder names under `<root>/data`, oldest first. */
export function listEditions(root: string = defaultRoot()): string[] {
  const dir = path.join(root, 'data');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && EDITION_PATTERN.test(d.name))
    .map((d) => d.name)
    .sort();
}

const editionCache = new Map<string, { sig: string; value: Edition }>();

export function clearEditionCache(): void {
  clearSourcesCache();
  editionCache.clear();
}

/** Every regular file of an edition folder (name -> bytes), dotfiles and temp files excluded. */
export function readEditionFiles(root: string, version: string): Map<string, Uint8Array> {
  const dir = editionDir(root, version);
  const files = new Map<string, Uint8Array>();
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!d.isFile() || d.name.startsWith('.') || d.name.includes('.tmp-')) continue;
    files.set(d.name, readFileSync(path.join(dir, d.name)));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function unknownEdition(root: string, version: string): DataError {
  const available = listEditions(root);
  const why = EDITION_PATTERN.test(version)
    ? `There is no folder ${displayPath(editionDir(root, version))}.`
    : `Edition names are their vintage, YYYY-MM (e.g. 2025-02).`;
  return new DataError(
    `Dataset edition "${version}" does not exist. ${why}\nAvailable editions: ${available.join(', ') || '(none)'}.\nSet \`edition\` in ${displayPath(path.join(root, 'site.yaml'))} (\`npm run data -- publish <version>\`, or RESEARCH_EDITION for one build) to one of them, or create one with \`npm run data -- new <version>\`.`,
  );
}

/**
 * Validates an edition from files already read (used by the CLI for drafts it is about to rewrite).
 * Released editions are also checked against the lock.
 */
export function validateEditionFiles(root: string, version: string, files: Map<string, Uint8Array>, registry: SourceRegistry): Edition {
  const dir = editionDir(root, version);
  const pkgBytes = files.get('datapackage.json');
  const csvs = new Map<string, Uint8Array | undefined>([...files].filter(([name]) => name !== 'datapackage.json'));
  const edition = validateEdition({
    folder: displayPath(dir),
    datapackageText: pkgBytes === undefined ? undefined : new TextDecoder().decode(pkgBytes),
    files: csvs,
    registryIds: new Set(registry.map((e) => e.id)),
  });
  if (edition.status === 'released') {
    const actual = Object.fromEntries([...files].map(([name, bytes]) => [name, hashBytes(bytes)]));
    const lockFile = displayPath(path.join(root, 'data', LOCK_FILE));
    const problems = compareWithLock(version, displayPath(dir), actual, readLock(root), lockFile);
    if (problems.length) throw lockError(version, problems, lockFile);
  }
  return edition;
}

/** Loads, validates and caches `<root>/data/<version>/`. Throws a DataError naming every problem. */
export function loadEdition(version: string, opts: { root?: string } = {}): Edition {
  const root = opts.root ?? defaultRoot();
  const dir = editionDir(root, version);
  if (!EDITION_PATTERN.test(version) || !existsSync(dir)) throw unknownEdition(root, version);
  const names = readdirSync(dir).sort();
  const sig = fileSignature([...names.map((n) => path.join(dir, n)), path.join(root, 'sources.json'), path.join(root, 'data', LOCK_FILE)]);
  const key = `${root}\0${version}`;
  const hit = editionCache.get(key);
  if (hit && hit.sig === sig) return hit.value;
  const value = validateEditionFiles(root, version, readEditionFiles(root, version), loadSources(root));
  editionCache.set(key, { sig, value });
  return value;
}

/** The edition the site publishes (`edition` in `<content root>/site.yaml`, or RESEARCH_EDITION). */
export function loadPinnedEdition(): Edition {
  return loadEdition(loadSiteConfig().edition);
}
