/** I/O: reads and caches `<root>/sources.json`; re-read whenever its mtime or size changes. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataError } from '../data/errors.ts';
import { contentFrozen, defaultRoot, displayPath, fileSignature } from '../data/paths.ts';
import { parseSourceRegistry } from './parse-sources.ts';
import type { SourceRegistry } from './schema.ts';

const cache = new Map<string, { sig: string; value: SourceRegistry }>();

export function clearSourcesCache(): void {
  cache.clear();
}

/** Reads and validates `<root>/sources.json` (root defaults to `<cwd>/content`). */
export function loadSources(root: string = defaultRoot()): SourceRegistry {
  const file = path.join(root, 'sources.json');
  const hit = cache.get(root);
  // During a build the file cannot change (contentFrozen): no stat on each of the build's many lookups.
  if (hit && contentFrozen()) return hit.value;
  const sig = fileSignature([file]);
  if (hit && hit.sig === sig) return hit.value;
  if (!existsSync(file)) {
    throw new DataError(
      `The source registry ${displayPath(file)} is missing.\nEvery dataset row and citation points into it. Create it as a JSON array of CSL-JSON entries (schema in src/lib/sources/schema.ts).`,
    );
  }
  const value = parseSourceRegistry(readFileSync(file, 'utf8'), displayPath(file));
  cache.set(root, { sig, value });
  return value;
}
