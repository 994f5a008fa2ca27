/** Where content lives, how paths are shown in messages, and the mtime signature caches are keyed by. */
import { existsSync, readdirSync, statSync } from 'node:fs';
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

/**
 * True while `npm run build` runs (scripts/build.mjs sets RESEARCH_CONTENT_FROZEN): content does not change
 * during a build, so the freshness checks that let `astro dev` see edits without a restart (listing every
 * article folder, stat-ing every article on each lookup) run once, not on each of the thousands of lookups a
 * large report's routes make (at 200 articles they cost more than rendering the pages).
 */
export function contentFrozen(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.RESEARCH_CONTENT_FROZEN === '1';
}

/** The file name of an article inside its folder: `content/articles/<slug>/index.mdx`. */
export const ARTICLE_FILE = 'index.mdx';

const folderLists = new Map<string, string[]>();

/** Folders of `dir` (an articles folder) that hold an index.mdx, sorted. */
export function articleFolders(dir: string): string[] {
  const frozen = contentFrozen() ? folderLists.get(dir) : undefined;
  if (frozen) return frozen;
  const list = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, ARTICLE_FILE)))
        .map((d) => d.name)
        .sort()
    : [];
  folderLists.set(dir, list);
  return list;
}
