/**
 * Index of every article: its title and, in reading order, the exhibits it places and the sources it
 * cites. Cross-article references ("Exhibit 2 in The capex question") are resolved against it at build
 * time. Cached by file modification times so `astro dev` picks up edits without a restart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { collectArticleRefs } from './article-refs.ts';
import { parseMdx } from './parse-mdx.ts';
import { defaultRoot } from '../data/paths.ts';

export interface ArticleEntry {
  slug: string;
  title: string;
  /** Path relative to the project root, for messages. */
  file: string;
  exhibits: string[];
  citations: string[];
}

export function articlesDir(): string {
  return path.join(defaultRoot(), 'articles');
}

/** The file name of an article inside its folder: `content/articles/<slug>/index.mdx`. */
export const ARTICLE_FILE = 'index.mdx';

/** `content/articles/deepseek/index.mdx` -> `deepseek`; undefined for files that are not an article. */
export function articleSlug(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const rel = path.relative(articlesDir(), path.resolve(file)).split(path.sep);
  if (rel.length !== 2 || rel[0] === '..' || rel[1] !== ARTICLE_FILE) return undefined;
  return rel[0];
}

/** Slugs of the article folders that hold an index.mdx, sorted. */
export function articleSlugs(dir = articlesDir()): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, ARTICLE_FILE)))
    .map((d) => d.name)
    .sort();
}

let cache: { key: string; index: Map<string, ArticleEntry> } | undefined;

export function getArticleIndex(dir = articlesDir()): Map<string, ArticleEntry> {
  const files = articleSlugs(dir).map((slug) => path.join(slug, ARTICLE_FILE));
  const key = dir + '|' + files.map((f) => `${f}:${fs.statSync(path.join(dir, f)).mtimeMs}`).join('|');
  if (cache?.key === key) return cache.index;
  const index = new Map<string, ArticleEntry>();
  for (const f of files) {
    const full = path.join(dir, f);
    const { frontmatter, content } = parseFrontmatter(fs.readFileSync(full, 'utf8'));
    const refs = collectArticleRefs(parseMdx(content));
    const slug = path.dirname(f);
    index.set(slug, {
      slug,
      title: String(frontmatter.title ?? slug),
      file: path.relative(process.cwd(), full),
      exhibits: refs.exhibits,
      citations: refs.citations,
    });
  }
  cache = { key, index };
  return index;
}

export interface ExhibitLocation {
  article: string;
  articleTitle: string;
  /** "Exhibit N": numbered per article in reading order. */
  number: number;
}

/** Where an exhibit is placed, or undefined when no article places it. */
export function locateExhibit(id: string, index = getArticleIndex()): ExhibitLocation | undefined {
  for (const entry of index.values()) {
    const i = entry.exhibits.indexOf(id);
    if (i >= 0) return { article: entry.slug, articleTitle: entry.title, number: i + 1 };
  }
  return undefined;
}

/** Exhibits placed by more than one article (an exhibit has one home; others cross-reference it). */
export function duplicatePlacements(index = getArticleIndex()): { id: string; articles: string[] }[] {
  const seen = new Map<string, string[]>();
  for (const entry of index.values()) for (const id of entry.exhibits) seen.set(id, [...(seen.get(id) ?? []), entry.slug]);
  return [...seen].filter(([, a]) => a.length > 1).map(([id, articles]) => ({ id, articles }));
}
