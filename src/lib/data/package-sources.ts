/**
 * An edition's datapackage.json lists its sources; that list must be exactly the sources its rows cite,
 * so the descriptor (and the citation of a downloaded edition) never misses or invents one. The CLI
 * checks it on `validate` and `release`, and fills it from the registry (content/sources.json) on
 * `validate --fix-hashes` and `release` of a draft. Released editions are checked, never rewritten. Pure.
 */
import type { Problem } from './errors.ts';
import type { PackageJson } from './package-file.ts';
import type { Edition } from './schema.ts';

/** A registry entry as far as the descriptor needs it (CSL-JSON `id`, `title`, `URL`). */
export interface RegistrySource {
  id: string;
  title: string;
  URL?: string | undefined;
}

/** Source ids the edition's rows cite, sorted. */
export function citedSources(edition: Edition): string[] {
  const ids = new Set<string>();
  for (const [, t] of edition.tables) for (const r of t.rows) ids.add(r.source);
  return [...ids].sort();
}

/** Problems with the `sources` list of `edition`'s datapackage.json against the sources its rows cite. */
export function sourceListProblems(edition: Edition, pkgFile: string): Problem[] {
  const listed = new Set(edition.pkg.sources.map((s) => s.id));
  const cited = citedSources(edition);
  const missing = cited.filter((id) => !listed.has(id));
  const unused = [...listed].filter((id) => !cited.includes(id)).sort();
  const fix =
    edition.status === 'released'
      ? `edition ${edition.version} is released and frozen, so it cannot be corrected: make a new edition (\`npm run data -- new <version>\`), whose \`validate --fix-hashes\` writes the list.`
      : `run \`npm run data -- validate ${edition.version} --fix-hashes\`, which writes the list from the rows and content/sources.json.`;
  const problems: Problem[] = [];
  if (missing.length) {
    problems.push({ file: pkgFile, message: `"sources" does not list ${missing.map((id) => `"${id}"`).join(', ')}, which ${missing.length === 1 ? 'a row cites' : 'rows cite'}.`, hint: fix });
  }
  if (unused.length) {
    problems.push({ file: pkgFile, message: `"sources" lists ${unused.map((id) => `"${id}"`).join(', ')}, which no row cites.`, hint: fix });
  }
  return problems;
}

/**
 * The descriptor with `sources` set to exactly `cited`, sorted by id: entries already listed are kept as
 * they are, missing ones are written from the registry (title, and URL as `path`).
 */
export function withSourceList(pkg: PackageJson, cited: readonly string[], registry: readonly RegistrySource[]): { pkg: PackageJson; added: string[]; removed: string[] } {
  const current = Array.isArray(pkg.sources) ? (pkg.sources as { id?: unknown }[]) : [];
  const byId = new Map(current.filter((s) => s && typeof s.id === 'string').map((s) => [s.id as string, s]));
  const entries = new Map(registry.map((e) => [e.id, e]));
  const added: string[] = [];
  const next = [...cited].sort().map((id) => {
    const kept = byId.get(id);
    if (kept) return kept;
    added.push(id);
    const e = entries.get(id);
    return { id, title: e?.title ?? id, ...(e?.URL ? { path: e.URL } : {}) };
  });
  const removed = [...byId.keys()].filter((id) => !cited.includes(id)).sort();
  const same = !added.length && !removed.length && current.every((s, i) => s === next[i]);
  return { pkg: same ? pkg : { ...pkg, sources: next }, added, removed };
}
