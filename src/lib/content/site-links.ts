/**
 * The site map internal-links.ts checks article links against, read from the sources that make the
 * site: the routes in src/pages (file-based routing: `articles/[slug].astro` -> /articles/<slug>/), the
 * files in public/, the generated assets (/exhibits/<id>.svg, /downloads/<id>/…, /og/<slug>.png), the PDFs
 * the build prints, and the article index (slugs and anchors). Param values are known for `slug` (articles), `id` (exhibits) and
 * `edition` (dataset editions); other params take any value.
 *
 * Anchors of an .astro page are its literal `id="…"` attributes and those of the layouts; a page with a
 * computed id (`id={…}`) has anchors that only the built page knows, so links into it are not checked
 * for their anchor here (the end-to-end link check still does).
 */
import fs from 'node:fs';
import path from 'node:path';
import { listEditions } from '../data/load.ts';
import { exhibitIds } from '../exhibits/index.ts';
import type { ArticleEntry } from './article-index.ts';
import type { Route, SiteMap } from './internal-links.ts';

/** Pages made after Astro, by scripts/post-build/pdf.mjs (one per article and the whole report). */
const PDF_ROUTES: Route[] = [
  { segments: ['pdf', '[slug].pdf'], page: false, anchors: null },
  { segments: ['pdf', 'report.pdf'], page: false, anchors: null },
];

/** Files the build writes beside the pages (src/lib/publish/asset-files.ts lists them; they are no routes). */
const ASSET_ROUTES: Route[] = [
  ['exhibits', '[id].svg'],
  ['exhibits', '[id].dark.svg'],
  ['downloads', '[id]', 'data.csv'],
  ['downloads', '[id]', 'datapackage.json'],
  ['og', '[slug].png'],
].map((segments) => ({ segments, page: false, anchors: null }));

function walk(dir: string, rel = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const r = rel ? `${rel}/${d.name}` : d.name;
    return d.isDirectory() ? walk(path.join(dir, d.name), r) : [r];
  });
}

function literalIds(source: string): string[] | null {
  if (/\bid=\{/.test(source)) return null;
  return [...source.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
}

function layoutIds(srcDir: string): string[] {
  return walk(path.join(srcDir, 'layouts'))
    .filter((f) => f.endsWith('.astro'))
    .flatMap((f) => literalIds(fs.readFileSync(path.join(srcDir, 'layouts', f), 'utf8')) ?? []);
}

/** A route for each file in src/pages; pages whose only segment is a param (`[headers].ts`) cannot be checked and are left out. */
export function pageRoutes(srcDir: string): { routes: Route[]; articleTemplateIds: string[] } {
  const pagesDir = path.join(srcDir, 'pages');
  const layout = layoutIds(srcDir);
  const routes: Route[] = [];
  let articleTemplateIds: string[] = [];
  for (const file of walk(pagesDir).sort()) {
    const page = /\.(astro|md|mdx|html)$/.test(file);
    const endpoint = /\.(ts|js|mjs)$/.test(file);
    if (!page && !endpoint) continue;
    let segments = file.replace(/\.(astro|md|mdx|html|ts|js|mjs)$/, '').split('/');
    if (segments.length === 1 && /^\[[^\]]+\]/.test(segments[0]!) && !segments[0]!.includes('.')) continue;
    if (page && segments.at(-1) === 'index') segments = segments.slice(0, -1);
    if (page && segments.length === 1 && segments[0] === '404') segments = ['404.html'];
    const source = page ? fs.readFileSync(path.join(pagesDir, file), 'utf8') : '';
    const ids = page ? literalIds(source) : null;
    const anchors = ids === null ? null : [...ids, ...layout];
    if (file === 'articles/[slug].astro') articleTemplateIds = anchors ?? [];
    // The whole-report print page exists only until the PDF step has printed it (scripts/post-build/pdf.mjs).
    if (segments.join('/') === 'report/print') continue;
    routes.push({ segments, page: page && segments[0] !== '404.html', anchors });
  }
  return { routes, articleTemplateIds };
}

function publicRoutes(publicDir: string): Route[] {
  return walk(publicDir).map((f) => ({ segments: f.split('/'), page: false, anchors: null }));
}

let cache: { key: string; site: Omit<SiteMap, 'articles'>; templateIds: string[] } | undefined;

/**
 * The site map for checking links from articles. `index` is the article index (getArticleIndex());
 * `current` overrides one article's anchors with those of the tree being compiled (edits in `astro dev`).
 */
export function loadSiteMap(
  index: Map<string, ArticleEntry>,
  current?: { slug: string; anchors: string[] },
  /** Articles that exist but could not be parsed: links to them pass, their anchors are not checked. */
  unreadable: string[] = [],
  root = process.cwd(),
): SiteMap {
  const srcDir = path.join(root, 'src');
  const publicDir = path.join(root, 'public');
  const key = [...walk(path.join(srcDir, 'pages')), ...walk(publicDir)].join('|');
  if (cache?.key !== key) {
    const { routes, articleTemplateIds } = pageRoutes(srcDir);
    cache = {
      key,
      site: {
        routes: [...routes, ...publicRoutes(publicDir), ...ASSET_ROUTES, ...PDF_ROUTES],
        params: { slug: [], id: exhibitIds(), edition: listEditions() },
      },
      templateIds: articleTemplateIds,
    };
  }
  const templateIds = cache.templateIds;
  const articles = new Map<string, string[] | null>();
  for (const [slug, entry] of index) articles.set(slug, [...entry.anchors, ...templateIds]);
  for (const slug of unreadable) articles.set(slug, null);
  if (current) articles.set(current.slug, [...current.anchors, ...templateIds]);
  const slugs = [...articles.keys()];
  return { ...cache.site, params: { ...cache.site.params, slug: slugs.sort() }, articles };
}
