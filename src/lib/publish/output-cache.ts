/**
 * Content-addressed cache for build outputs that are pure functions of their inputs (static exhibit SVGs,
 * social cards, per-page PDFs). An output is stored under a hash of (engine version, kind, inputs), so a
 * changed input can only miss, never hit a stale entry: there is no invalidation to get wrong. The engine
 * version hashes package-lock.json and the engine's source, so upgrading a renderer or a dependency misses
 * too. The folder (.cache/outputs/) is safe to delete at any time; OUTPUT_CACHE=off builds without it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Folders (from the project root) whose files make up the engine's version. */
const ENGINE_SOURCES = ['src/lib', 'src/pages/og', 'scripts/lib', 'scripts/post-build'];

export function cacheDir(): string {
  return path.resolve(process.env.OUTPUT_CACHE_DIR ?? '.cache/outputs');
}

export function cacheEnabled(): boolean {
  return process.env.OUTPUT_CACHE !== 'off';
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

let engine: string | undefined;
/** Hash of package-lock.json and every engine source file: the same for every output of one checkout. */
export function engineVersion(root = process.cwd()): string {
  if (engine) return engine;
  const h = createHash('sha256');
  for (const file of [path.join(root, 'package-lock.json'), ...ENGINE_SOURCES.flatMap((d) => listFiles(path.join(root, d)))]) {
    if (!fs.existsSync(file)) continue;
    h.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return (engine = h.digest('hex'));
}

/** JSON with object keys sorted, so two equal inputs hash alike whatever order their keys were built in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function cacheKey(kind: string, inputs: unknown): string {
  return createHash('sha256').update(engineVersion()).update('\0').update(kind).update('\0').update(stableJson(inputs)).digest('hex');
}

export function entryPath(kind: string, key: string): string {
  return path.join(cacheDir(), kind, key.slice(0, 2), key);
}

/**
 * Writes through a temporary name and renames, so a concurrent build never reads half an entry. The folder
 * is made only when the write finds it missing: a cold build writes thousands of entries into a few hundred
 * folders, and a mkdir before each cost about a second at 200 articles.
 */
export function writeEntry(file: string, bytes: Uint8Array | string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, bytes);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, bytes);
  }
  fs.renameSync(tmp, file);
}

/** The cached output for these inputs, or render() stored for next time. */
export function cachedBytes(kind: string, inputs: unknown, render: () => Uint8Array): Uint8Array {
  if (!cacheEnabled()) return render();
  const file = entryPath(kind, cacheKey(kind, inputs));
  if (fs.existsSync(file)) return new Uint8Array(fs.readFileSync(file));
  const out = render();
  writeEntry(file, out);
  return out;
}

export function cachedText(kind: string, inputs: unknown, render: () => string): string {
  return Buffer.from(cachedBytes(kind, inputs, () => Buffer.from(render(), 'utf8'))).toString('utf8');
}

/**
 * Entries whose inputs are only known after rendering (a printed page: its HTML and every stylesheet, font
 * and image it loaded). The record lists each dependency with the hash of its bytes; it is reused only if
 * every dependency still hashes the same, so a changed image or stylesheet re-renders the page.
 */
export interface DependencyRecord {
  /** Dependency name (e.g. a URL path) → sha256 of its bytes when the output was made. */
  deps: Record<string, string>;
  /** sha256 of the output, which is stored under that name in the "blobs" folder. */
  output: string;
}

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** The stored output if every recorded dependency's current bytes (from read) hash as recorded. */
export async function reuseByDependencies(kind: string, inputs: unknown, read: (dep: string) => Promise<Uint8Array | undefined>): Promise<Uint8Array | undefined> {
  if (!cacheEnabled()) return undefined;
  const file = entryPath(kind, cacheKey(kind, inputs));
  if (!fs.existsSync(file)) return undefined;
  const record = JSON.parse(fs.readFileSync(file, 'utf8')) as DependencyRecord;
  for (const [dep, hash] of Object.entries(record.deps)) {
    const now = await read(dep);
    if (!now || sha256(now) !== hash) return undefined;
  }
  const blob = entryPath('blobs', record.output);
  return fs.existsSync(blob) ? new Uint8Array(fs.readFileSync(blob)) : undefined;
}

export function storeWithDependencies(kind: string, inputs: unknown, deps: Record<string, string>, output: Uint8Array): void {
  if (!cacheEnabled()) return;
  const hash = sha256(output);
  writeEntry(entryPath('blobs', hash), output);
  const sorted = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeEntry(entryPath(kind, cacheKey(kind, inputs)), JSON.stringify({ deps: sorted, output: hash } satisfies DependencyRecord));
}
