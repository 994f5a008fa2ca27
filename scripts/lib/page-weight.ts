/**
 * Deterministic page weights over a built site: HTML bytes, and the gzip bytes of JavaScript a page
 * loads up front (its <script> tags and their static imports) and in total (plus everything reachable
 * through dynamic import(), i.e. what loads once charts scroll into view).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface PageWeight {
  /** URL path, e.g. "/articles/deepseek/". */
  page: string;
  htmlBytes: number;
  htmlGzip: number;
  jsInitialGzip: number;
  jsTotalGzip: number;
  initialFiles: string[];
  lazyFiles: string[];
  /** The page has interactive exhibit charts (their mount points), so the article budget applies. */
  hasCharts: boolean;
}

const gzipSize = (buf: Buffer | string): number => zlib.gzipSync(buf, { level: 9 }).length;

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(full));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

/** Maps a URL found in HTML or JS to a file in the built site (handles the base path). */
function toFile(distDir: string, basePath: string, from: string, ref: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(ref) || ref.startsWith('data:')) return undefined;
  let rel: string;
  if (ref.startsWith('/')) rel = ref.startsWith(basePath) ? ref.slice(basePath.length) : ref.slice(1);
  // Vite's preload map lists chunks relative to the site base ("_astro/x.js").
  else if (!ref.startsWith('.')) rel = ref;
  else rel = path.relative(distDir, path.resolve(path.dirname(from), ref));
  const file = path.join(distDir, rel.split('?')[0]!);
  return fs.existsSync(file) ? file : undefined;
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["']([^"']+\.m?js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+\.m?js)["']\s*\)/g;
/** Rolldown/Vite preload helpers list the chunks a dynamic import needs as plain strings. */
const PRELOAD_DEP = /["']((?:\.{1,2}\/|\/)?[^"'\s]*_astro\/[^"'\s]+\.m?js)["']/g;

function imports(file: string, pattern: RegExp): string[] {
  const code = fs.readFileSync(file, 'utf8');
  return [...code.matchAll(pattern)].map((m) => m[1]!);
}

export function pageWeights(distDir: string, basePath = '/'): PageWeight[] {
  const root = path.resolve(distDir);
  return htmlFiles(root).map((file) => {
    const html = fs.readFileSync(file, 'utf8');
    const page = '/' + path.relative(root, file).split(path.sep).join('/').replace(/index\.html$/, '');
    const initial = new Set<string>();
    const lazy = new Set<string>();
    let inlineGzip = 0;
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1] ?? '';
      const type = /type=["']?([^"'\s>]+)/.exec(attrs)?.[1];
      if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data islands are data, not code
      const src = /src=["']([^"']+)["']/.exec(attrs)?.[1];
      if (src) {
        const f = toFile(root, basePath, file, src);
        if (f) initial.add(f);
      } else if ((m[2] ?? '').trim()) {
        inlineGzip += gzipSize(m[2]!);
        for (const ref of (m[2] ?? '').matchAll(/import\(?\s*["']([^"']+\.m?js)["']/g)) {
          const f = toFile(root, basePath, file, ref[1]!);
          if (f) lazy.add(f);
        }
      }
    }
    // Static imports load up front with their importer.
    const queue = [...initial];
    while (queue.length) {
      const f = queue.pop()!;
      for (const ref of imports(f, STATIC_IMPORT)) {
        const dep = toFile(root, basePath, f, ref);
        if (dep && !initial.has(dep)) (initial.add(dep), queue.push(dep));
      }
      for (const ref of [...imports(f, DYNAMIC_IMPORT), ...imports(f, PRELOAD_DEP)]) {
        const dep = toFile(root, basePath, f, ref);
        if (dep && !initial.has(dep)) lazy.add(dep);
      }
    }
    // Everything reachable from a lazy chunk loads later.
    const lazyQueue = [...lazy];
    while (lazyQueue.length) {
      const f = lazyQueue.pop()!;
      for (const ref of [...imports(f, STATIC_IMPORT), ...imports(f, DYNAMIC_IMPORT), ...imports(f, PRELOAD_DEP)]) {
        const dep = toFile(root, basePath, f, ref);
        if (dep && !initial.has(dep) && !lazy.has(dep)) (lazy.add(dep), lazyQueue.push(dep));
      }
    }
    for (const f of initial) lazy.delete(f);
    const sum = (files: Set<string>) => [...files].reduce((n, f) => n + gzipSize(fs.readFileSync(f)), 0);
    const jsInitialGzip = inlineGzip + sum(initial);
    const rel = (s: Set<string>) => [...s].map((f) => path.relative(root, f)).sort();
    return {
      page,
      htmlBytes: Buffer.byteLength(html),
      htmlGzip: gzipSize(html),
      jsInitialGzip,
      jsTotalGzip: jsInitialGzip + sum(lazy),
      initialFiles: rel(initial),
      lazyFiles: rel(lazy),
      hasCharts: html.includes('data-exhibit-chart'),
    };
  });
}

/** The budgets of the foundation and publishing issues, in gzip bytes. */
export const BUDGETS = {
  /** Pages without exhibits: no JavaScript but the theme toggle, at most 1 KB. */
  pageWithoutExhibits: 1024,
  articleInitial: 5 * 1024,
  articleTotal: 60 * 1024,
  /** One exhibit's static image (gzip): text is drawn as paths, so labels and patterns add up. */
  staticImage: 128 * 1024,
} as const;

/** The gzip size of every static exhibit image (exhibits/*.svg), largest first. */
export function staticImageWeights(siteDir: string): { file: string; gzip: number }[] {
  const dir = path.join(siteDir, 'exhibits');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.svg'))
    .map((f) => ({ file: `exhibits/${f}`, gzip: gzipSize(fs.readFileSync(path.join(dir, f))) }))
    .sort((a, b) => b.gzip - a.gzip || a.file.localeCompare(b.file));
}

export interface Budget {
  kind: 'charts' | 'search' | 'plain';
  initial: number;
  total: number;
}

/**
 * Which budget a page falls under. Pages with charts get the article budget; the search page loads
 * Pagefind's own runtime from /pagefind/ on demand (not counted here), so its page script gets the
 * up-front article allowance; every other page may carry only the theme toggle.
 */
export function budgetFor(w: Pick<PageWeight, 'page' | 'hasCharts'>): Budget {
  if (w.hasCharts) return { kind: 'charts', initial: BUDGETS.articleInitial, total: BUDGETS.articleTotal };
  if (/\/search\/$/.test(w.page)) return { kind: 'search', initial: BUDGETS.articleInitial, total: BUDGETS.articleInitial };
  return { kind: 'plain', initial: BUDGETS.pageWithoutExhibits, total: BUDGETS.pageWithoutExhibits };
}
