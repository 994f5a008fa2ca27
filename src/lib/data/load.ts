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
import { contentFrozen, defaultRoot, displayPath, fileSignature } from './paths.ts';
import { hashBytes } from './hash.ts';
import { processShared } from '../process-shared.ts';
import { compareWithLock, LOCK_FILE, lockError, readLock } from './lock.ts';
import type { EditionMetadata } from './edition-metadata.ts';
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

// One per process (processShared): `astro build` loads this module twice, and each copy validated every
// edition again (~0.3 s at 600 exhibits' rows). Editions are plain data that no caller changes; the
// signature check below is the same for both copies.
const editionCache = processShared('editions', () => new Map<string, { sig: string; value: Edition }>());

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
 * The title, description and as-of date of the edition `text` (a datapackage.json) says it revises, or
 * undefined when there is none or it cannot be read (its own validation reports that).
 */
export function previousMetadata(root: string, text: string | undefined): EditionMetadata | undefined {
  const field = (json: unknown, key: string) => (json && typeof json === 'object' ? (json as Record<string, unknown>)[key] : undefined);
  try {
    const previous = field(JSON.parse((text ?? '').replace(/^\uFEFF/, '')), 'previous');
    if (typeof previous !== 'string' || !EDITION_PATTERN.test(previous)) return undefined;
    const json: unknown = JSON.parse(readFileSync(path.join(editionDir(root, previous), 'datapackage.json'), 'utf8').replace(/^\uFEFF/, ''));
    const [title, description, asOf] = ['title', 'description', 'asOf'].map((k) => field(json, k));
    if (typeof title !== 'string' || typeof description !== 'string' || typeof asOf !== 'string') return undefined;
    return { version: previous, title, description, asOf };
  } catch {
    return undefined;
  }
}

/**
 * Validates an edition from files already read (used by the CLI for drafts it is about to rewrite).
 * Released editions are also checked against the lock. `releaseChecks` (the CLI, for drafts) also
 * refuses metadata copied from the previous edition (edition-metadata.ts).
 */
export function validateEditionFiles(
  root: string,
  version: string,
  files: Map<string, Uint8Array>,
  registry: SourceRegistry,
  opts: { releaseChecks?: boolean } = {},
): Edition {
  const dir = editionDir(root, version);
  const pkgBytes = files.get('datapackage.json');
  const datapackageText = pkgBytes === undefined ? undefined : new TextDecoder().decode(pkgBytes);
  const csvs = new Map<string, Uint8Array | undefined>([...files].filter(([name]) => name !== 'datapackage.json'));
  const edition = validateEdition({
    folder: displayPath(dir),
    datapackageText,
    files: csvs,
    registryIds: new Set(registry.map((e) => e.id)),
    ...(opts.releaseChecks ? { releaseChecks: { previous: previousMetadata(root, datapackageText) } } : {}),
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
  const key = `${root}\0${version}`;
  const hit = editionCache.get(key);
  // During a build the files cannot change (contentFrozen): the first reading stands, unchecked.
  if (hit && contentFrozen()) return hit.value;
  if (!EDITION_PATTERN.test(version) || !existsSync(dir)) throw unknownEdition(root, version);
  const names = readdirSync(dir).sort();
  const sig = fileSignature([...names.map((n) => path.join(dir, n)), path.join(root, 'sources.json'), path.join(root, 'data', LOCK_FILE)]);
  if (hit && hit.sig === sig) return hit.value;
  const value = validateEditionFiles(root, version, readEditionFiles(root, version), loadSources(root));
  editionCache.set(key, { sig, value });
  return value;
}

/**
 * What an edition folder says it is, read without validating it: `released` or `draft` from its
 * datapackage.json "status", or `unreadable` when that file is missing or is not JSON with a status.
 */
export function editionStatus(root: string, version: string): 'released' | 'draft' | 'unreadable' {
  let json: unknown;
  try {
    const text = readFileSync(path.join(editionDir(root, version), 'datapackage.json'), 'utf8');
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return 'unreadable';
  }
  const status = json && typeof json === 'object' ? (json as { status?: unknown }).status : undefined;
  return status === 'released' || status === 'draft' ? status : 'unreadable';
}

/**
 * A pinned draft is only ever a preview, allowed when it was pinned explicitly for this one build
 * (RESEARCH_EDITION); a draft pinned in content/site.yaml could go out to clients unnoticed.
 */
export function draftPreviewAllowed(version: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return env.RESEARCH_EDITION === version;
}

/**
 * The editions the site lists and serves under /data/, oldest first: every released edition, plus the
 * pinned edition when it is a draft being previewed. Other drafts are never read, so a half-edited draft
 * can neither leak into the site nor break its build (`npm run data -- validate` is where drafts are
 * checked). A folder whose datapackage.json cannot be read counts as released only when the lock
 * records it, so that a damaged released edition still fails the build loudly instead of vanishing.
 */
export function publishedEditions(opts: { root?: string; pinned?: string; env?: NodeJS.ProcessEnv } = {}): string[] {
  const root = opts.root ?? defaultRoot();
  const pinned = opts.pinned ?? loadSiteConfig().edition;
  const env = opts.env ?? process.env;
  let locked: Set<string> | undefined;
  return listEditions(root).filter((version) => {
    const status = editionStatus(root, version);
    if (status === 'released') return true;
    if (version === pinned && draftPreviewAllowed(version, env)) return true;
    if (status === 'unreadable') return (locked ??= new Set(Object.keys(readLock(root).editions))).has(version);
    return false;
  });
}

let warnedDraft = '';

/**
 * The edition the site publishes (`edition` in `<content root>/site.yaml`, or RESEARCH_EDITION). It must be
 * released; a draft is built only when pinned with RESEARCH_EDITION, as a preview, with a loud warning.
 */
export function loadPinnedEdition(): Edition {
  const site = loadSiteConfig();
  const edition = loadEdition(site.edition);
  if (edition.status === 'released') return edition;
  if (!draftPreviewAllowed(site.edition)) {
    // Listed only here: a previewed draft is looked up for every <Value> and exhibit, and reading every
    // edition's status each time cost seconds per build.
    const released = publishedEditions({ pinned: '' });
    throw new DataError(
      `The site pins dataset edition ${site.edition}, which is a draft. Drafts are never published: a draft may still change, and readers must be able to verify every figure against a frozen edition.\n` +
        `Release it first (\`npm run data -- release ${site.edition}\`), or publish a released edition with \`npm run data -- publish <edition>\` (${released.join(', ') || 'none yet'}), which sets \`edition\` in content/site.yaml.\n` +
        `To preview the draft, build it explicitly with RESEARCH_EDITION=${site.edition} (not for publishing).`,
    );
  }
  if (warnedDraft !== site.edition) {
    warnedDraft = site.edition;
    const bar = '!'.repeat(78);
    console.warn(
      `${bar}\nRESEARCH_EDITION=${site.edition} pins a DRAFT dataset edition: this build is a preview, not for publishing.\nRelease the edition (\`npm run data -- release ${site.edition}\`) before building the client edition.\n${bar}`,
    );
  }
  return edition;
}
