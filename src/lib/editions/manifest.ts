/**
 * /build-manifest.json: what a build was made from, so any published page can be traced back to its
 * inputs: the published edition and its fingerprint, the sha256 of every file under content/ and of
 * package-lock.json, and the source commit when git knows it. No clock, no machine details; keys sorted.
 * `manifestJson` is pure; `collectManifest` reads the files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hashBytes } from '../data/hash.ts';

export interface ManifestInput {
  edition: { version: string; asOf: string; status: string; datapackageSha256: string };
  /** Project-relative path (forward slashes) -> file bytes. */
  files: Map<string, Uint8Array>;
  /** `git rev-parse HEAD`, or null outside a git checkout. */
  commit: string | null;
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sorted(v)]),
    );
  }
  return value;
}

export function manifestJson(input: ManifestInput): string {
  const files = Object.fromEntries([...input.files].map(([p, bytes]) => [p, hashBytes(bytes)]));
  const manifest = {
    manifestVersion: 1,
    edition: { ...input.edition, datapackageSha256: `sha256:${input.edition.datapackageSha256}` },
    commit: input.commit,
    files,
  };
  return `${JSON.stringify(sorted(manifest), null, 2)}\n`;
}

/** Every regular file under `dir`, as project-relative forward-slash paths; dotfiles and temp files skipped. */
export function listFiles(projectRoot: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    if (!existsSync(abs)) return;
    for (const d of readdirSync(abs, { withFileTypes: true })) {
      if (d.name.startsWith('.') || d.name.includes('.tmp-')) continue;
      const full = path.join(abs, d.name);
      if (d.isDirectory()) walk(full);
      else if (d.isFile()) out.push(path.relative(projectRoot, full).split(path.sep).join('/'));
    }
  };
  walk(path.join(projectRoot, dir));
  return out.sort();
}

export function gitCommit(projectRoot: string): string | null {
  const r = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' });
  const sha = r.status === 0 ? r.stdout.trim() : '';
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
}

/**
 * Reads content/ and package-lock.json under `projectRoot` into a ManifestInput's `files`. With
 * `editions`, only those edition folders of content/data/ are included: an unpublished draft was not
 * read by the build and must not show up in it.
 */
export function collectFiles(projectRoot: string, opts: { editions?: string[] } = {}): Map<string, Uint8Array> {
  const keep = (name: string) => {
    const m = /^content\/data\/([^/]+)\//.exec(name);
    return !m || !opts.editions || opts.editions.includes(m[1]!);
  };
  const names = [...listFiles(projectRoot, 'content').filter(keep), ...(existsSync(path.join(projectRoot, 'package-lock.json')) ? ['package-lock.json'] : [])];
  return new Map(names.map((n) => [n, readFileSync(path.join(projectRoot, n))]));
}
