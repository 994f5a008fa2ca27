/** Where content lives, how paths are shown in messages, and the mtime signature caches are keyed by. */
import { statSync } from 'node:fs';
import path from 'node:path';

/** `<cwd>/content`, or `RESEARCH_CONTENT_ROOT` when set (fixture sites in tests). */
export function defaultRoot(): string {
  return process.env.RESEARCH_CONTENT_ROOT || path.join(process.cwd(), 'content');
}

/** A path as shown in messages: relative to the project root when inside it, with forward slashes. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file).split(path.sep).join('/');
}

/** mtime + size of each path (or "missing"): a cache key that changes whenever a file is edited. */
export function fileSignature(files: string[]): string {
  return files
    .map((f) => {
      try {
        const s = statSync(f);
        return `${f}:${s.mtimeMs}:${s.size}`;
      } catch {
        return `${f}:missing`;
      }
    })
    .join('|');
}
