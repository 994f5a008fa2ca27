/**
 * Index of every article: its title and, in reading order, the exhibits it places and the sources it
 * cites. Exhibits are numbered report-wide ("Exhibit 2.4": part 2, its fourth exhibit), so a cross-reference is the number alone; it is resolved against it at build
 * time. Cached by file modification times so `astro dev` picks up edits without a restart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleAnchors } from './anchors.ts';
import { collectArticleRefs } from './article-refs.ts';
import { parseMdx } from './parse-mdx.ts';
import { ARTICLE_FILE, articleFolders, contentFrozen, defaultRoot, displayPath } from '../data/paths.ts';
import { loadSiteConfig } from '../config/load-site.ts';
import { processShared } from '../process-shared.ts';

export interface ArticleEntry {
  slug: string;
  title: string;
  /** Path relative to the project root, for messages. */
  file: string;
  exhibits: string[];
  citations: string[];
  /** The #anchors its body gives the page (headings, exhibits, references, footnotes). */
  anchors: string[];
  /** Its frontmatter `dataset` ('' when missing). */
  dataset: string;
  /** The string props of each `<Value of>` it places, in reading order. */
  values: Record<string, string>[];
}

export function articlesDir(): string {
  return path.join(defaultRoot(), 'articles');
}

export { ARTICLE_FILE };

/** `content/articles/deepseek/index.mdx` -> `deepseek`; undefined for files that are not an article. */
export function articleSlug(file: string | undefined, dir = articlesDir()): string | undefined {
  if (!file) return undefined;
  const rel = path.relative(dir, path.resolve(file)).split(path.sep);
  if (rel.length !== 2 || rel[0] === '..' || rel[1] !== ARTICLE_FILE) return undefined;
  return rel[0];
}

/** Slugs of the article folders that hold an index.mdx, sorted. */
export function articleSlugs(dir = articlesDir()): string[] {
  return articleFolders(dir);
}

/** An article the index could not parse; it is left out of the index and named wherever that matters. */
export interface BrokenArticle {
  slug: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** 1-based position in the file (frontmatter lines included), when the parser gave one. */
  line?: number;
  column?: number;
  reason: string;
}

/** "content/articles/capex/index.mdx:35:318: Expected a closing tag for `<Value>` …" */
export function describeBroken(b: BrokenArticle): string {
  return `${b.file}${b.line ? `:${b.line}:${b.column ?? 1}` : ''}: ${b.reason}`;
}

interface IndexState {
  dir: string;
  key: string;
  index: Map<string, ArticleEntry>;
  broken: BrokenArticle[];
}

// One per process (processShared): `astro build` loads this module twice, once for the remark plugin and once
// for the pages, and the pages should not parse every article again (about 5 ms an article).
const shared = processShared('article-index', (): { state?: IndexState } => ({}));

function parseError(slug: string, full: string, err: unknown): BrokenArticle {
  const e = err as { reason?: string; message?: string; line?: number; column?: number; mark?: { line: number; column: number } };
  // vfile-message (MDX) carries line/column; js-yaml (frontmatter) a 0-based mark.
  const reason = String(e.reason ?? e.message ?? err);
  // An unclosed tag is reported at the end of its paragraph, with the tag's own span in the text
  // ("Expected a closing tag for `<Value>` (8:18-8:49)"): the tag is where the author must look.
  const tag = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  const line = tag ? Number(tag[1]) : (e.line ?? (e.mark ? e.mark.line + 1 : undefined));
  const column = tag ? Number(tag[2]) : (e.column ?? (e.mark ? e.mark.column + 1 : undefined));
  return { slug, file: displayPath(full), line: line ?? undefined, column: column ?? undefined, reason };
}

function indexState(dir: string): IndexState {
  const cache = shared.state;
  if (cache?.dir === dir && contentFrozen()) return cache;
  const files = articleSlugs(dir).map((slug) => path.join(slug, ARTICLE_FILE));
  const key = dir + '|' + files.map((f) => `${f}:${fs.statSync(path.join(dir, f)).mtimeMs}`).join('|');
  if (cache?.key === key) return cache;
  const index = new Map<string, ArticleEntry>();
  const broken: BrokenArticle[] = [];
  for (const f of files) {
    const full = path.join(dir, f);
    const slug = path.dirname(f);
    try {
      // Blanking the frontmatter in place keeps line numbers those of the file, so errors point into it.
      const { frontmatter, content } = parseFrontmatter(fs.readFileSync(full, 'utf8'), { frontmatter: 'empty-with-spaces' });
      const tree = parseMdx(content);
      const refs = collectArticleRefs(tree);
      index.set(slug, {
        slug,
        title: String(frontmatter.title ?? slug),
        file: path.relative(process.cwd(), full),
        exhibits: refs.exhibits,
        citations: refs.citations,
        anchors: articleAnchors(tree, refs),
        dataset: String(frontmatter.dataset ?? ''),
        values: refs.uses.filter((u) => u.name === 'Value' && u.props.of).map((u) => u.props),
      });
    } catch (err) {
      // Not thrown here: the remark plugin runs the index for every article, and Astro would report the
      // error at the position of whichever article was being compiled. The broken article fails its own
      // compile with its own position; lookups that miss because of it name it (see brokenArticles).
      broken.push(parseError(slug, full, err));
    }
  }
  const state = { dir, key, index, broken };
  shared.state = state;
  return state;
}

export function getArticleIndex(dir = articlesDir()): Map<string, ArticleEntry> {
  return indexState(dir).index;
}

/** Articles that could not be parsed, so are missing from getArticleIndex(). */
export function brokenArticles(dir = articlesDir()): BrokenArticle[] {
  return indexState(dir).broken;
}

export interface ExhibitLocation {
  article: string;
  articleTitle: string;
  /** Position of the exhibit in its article, in reading order (1-based). */
  number: number;
  /** The article's part of the report: its position in `articles:` of site.yaml (1-based). */
  part: number;
  /** "2.4": report-wide, part.number, as printed ("Exhibit 2.4"). */
  label: string;
}

/**
 * slug -> part number: the article order of `<content root>/site.yaml` (articles it does not list follow,
 * alphabetically). Without a readable site.yaml (a bare articles folder in a test, or a broken file the
 * build reports on its own) the order is alphabetical, so numbering never fails for a reason elsewhere.
 */
export function reportParts(dir = articlesDir()): Map<string, number> {
  let order: string[] = [];
  try {
    order = loadSiteConfig(path.dirname(dir)).articles;
  } catch {
    order = [];
  }
  const rest = articleSlugs(dir).filter((s) => !order.includes(s));
  return new Map([...order, ...rest].map((slug, i) => [slug, i + 1]));
}

/** "2.4" for the fourth exhibit of the second part. */
export function exhibitLabel(part: number, number: number): string {
  return `${part}.${number}`;
}

function location(entry: ArticleEntry, i: number, parts: Map<string, number>): ExhibitLocation {
  const part = parts.get(entry.slug) ?? parts.size + 1;
  return { article: entry.slug, articleTitle: entry.title, number: i + 1, part, label: exhibitLabel(part, i + 1) };
}

/** Where an exhibit is placed, or undefined when no article places it. */
export function locateExhibit(id: string, index = getArticleIndex(), parts = reportParts()): ExhibitLocation | undefined {
  for (const entry of index.values()) {
    const i = entry.exhibits.indexOf(id);
    if (i >= 0) return location(entry, i, parts);
  }
  return undefined;
}

/**
 * Lookups of many exhibits against one reading of the index (the changes page names thousands of rows'
 * exhibits in a large report): outside a build each locateExhibit() call re-checks every article file and
 * site.yaml, which made that page's cost grow with articles × changed figures (53 s of a 200-article build).
 */
export function exhibitLocator(index = getArticleIndex(), parts = reportParts()): (id: string) => ExhibitLocation | undefined {
  const at = new Map<string, ExhibitLocation>();
  // The first placement wins, in index order, as in locateExhibit (duplicatePlacements reports the rest).
  for (const entry of index.values()) entry.exhibits.forEach((id, i) => at.has(id) || at.set(id, location(entry, i, parts)));
  return (id) => at.get(id);
}

/** Exhibits placed by more than one article (an exhibit has one home; others cross-reference it). */
export function duplicatePlacements(index = getArticleIndex()): { id: string; articles: string[] }[] {
  const seen = new Map<string, string[]>();
  for (const entry of index.values()) for (const id of entry.exhibits) seen.set(id, [...(seen.get(id) ?? []), entry.slug]);
  return [...seen].filter(([, a]) => a.length > 1).map(([id, articles]) => ({ id, articles }));
}
