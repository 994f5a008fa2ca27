/**
 * Link checker over a built site, from the files alone (no server): every internal href/src/srcset/action
 * (pages, assets, downloads, PDFs) must name a file, and every #fragment an id in the target page. Links
 * to the site's own public URL (canonical, og:image) count as internal. External links are collected,
 * not fetched, and every external <a> must carry rel="noopener noreferrer".
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Ref {
  /** Page or stylesheet the reference is in, site-relative ("articles/capex/index.html"). */
  from: string;
  tag: string;
  attr: string;
  url: string;
  rel?: string;
}

export interface Broken extends Ref {
  reason: string;
}

export interface LinkReport {
  files: number;
  /** Internal references checked (including fragments). */
  checked: Ref[];
  broken: Broken[];
  external: Ref[];
  /** External <a> elements whose rel lacks noopener or noreferrer. */
  unsafeRel: Ref[];
}

export interface LinkCheckOptions {
  /** Base path the site was built for ("/" or "/research/"). */
  basePath?: string;
  /** Public URL of the site root (e.g. "https://research.example.com/research/"); links under it are internal. */
  siteUrl?: string;
}

interface Tag {
  name: string;
  attrs: Record<string, string>;
}

const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Start tags of an HTML document, ignoring comments and the contents of script/style elements. */
export function startTags(html: string): Tag[] {
  const cleaned = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
  const tags: Tag[] = [];
  for (const m of cleaned.matchAll(TAG)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs[a[1]!.toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
    tags.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return tags;
}

const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
};

/** Every URL an HTML page references, with the element and attribute it came from. */
export function htmlRefs(html: string, from: string, siteUrl?: string): Ref[] {
  const refs: Ref[] = [];
  for (const tag of startTags(html)) {
    for (const attr of URL_ATTRS[tag.name] ?? []) {
      const value = tag.attrs[attr];
      if (value === undefined) continue;
      const urls = attr === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean) : [value.trim()];
      for (const url of urls) refs.push({ from, tag: tag.name, attr, url, ...(tag.attrs.rel !== undefined ? { rel: tag.attrs.rel } : {}) });
    }
    // Social-card images and the like are absolute URLs to the site itself: check them as files.
    const content = tag.attrs.content;
    if (tag.name === 'meta' && siteUrl && content?.startsWith(siteUrl)) refs.push({ from, tag: 'meta', attr: 'content', url: content });
  }
  return refs;
}

export function cssRefs(css: string, from: string): Ref[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)].map((m) => ({ from, tag: 'css', attr: 'url', url: (m[1] ?? m[2] ?? m[3] ?? '').trim() }));
}

function walk(dir: string, root: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, root, out);
    else out.push(path.relative(root, full).split(path.sep).join('/'));
  }
  return out.sort();
}

export interface Resolver {
  /** Why an internal URL referenced from `fromFile` does not resolve, or undefined when it does. */
  problem: (url: string, fromFile?: string) => string | undefined;
  files: string[];
}

/** Resolves internal URLs against the built files, as the browser would request them under the base path. */
export function siteResolver(siteDir: string, basePath = '/'): Resolver {
  const root = path.resolve(siteDir);
  const files = walk(root, root);
  const fileSet = new Set(files);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set();
      for (const tag of startTags(fs.readFileSync(path.join(root, file), 'utf8'))) {
        if (tag.attrs.id) ids.add(tag.attrs.id);
        if (tag.name === 'a' && tag.attrs.name) ids.add(tag.attrs.name);
      }
      idCache.set(file, ids);
    }
    return ids;
  };
  const pageUrl = (file: string) => `http://site.invalid${basePath}${file.replace(/(^|\/)index\.html$/, '$1')}`;
  const problem = (url: string, fromFile = 'index.html'): string | undefined => {
    const target = new URL(url, pageUrl(fromFile));
    let pathname: string;
    try {
      pathname = decodeURIComponent(target.pathname);
    } catch {
      return 'malformed percent-encoding';
    }
    if (!pathname.startsWith(basePath)) return `outside the base path ${basePath}`;
    const rel = pathname.slice(basePath.length);
    let file: string | undefined;
    if (rel === '' || rel.endsWith('/')) file = fileSet.has(`${rel}index.html`) ? `${rel}index.html` : undefined;
    else if (fileSet.has(rel)) file = rel;
    else if (fileSet.has(`${rel}/index.html`)) file = `${rel}/index.html`;
    if (!file) return `no file for ${pathname}`;
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) return `no id "${fragment}" in ${file}`;
    return undefined;
  };
  return { problem, files };
}

export function checkSiteLinks(siteDir: string, opts: LinkCheckOptions = {}): LinkReport {
  const root = path.resolve(siteDir);
  const basePath = opts.basePath ?? '/';
  const siteUrl = opts.siteUrl;
  const resolver = siteResolver(root, basePath);
  const report: LinkReport = { files: resolver.files.length, checked: [], broken: [], external: [], unsafeRel: [] };
  const refs: Ref[] = [];
  for (const file of resolver.files) {
    if (file.endsWith('.html')) refs.push(...htmlRefs(fs.readFileSync(path.join(root, file), 'utf8'), file, siteUrl));
    else if (file.endsWith('.css')) refs.push(...cssRefs(fs.readFileSync(path.join(root, file), 'utf8'), file));
  }
  for (const ref of refs) {
    const fail = (reason: string) => report.broken.push({ ...ref, reason });
    let url = ref.url;
    if (url === '') {
      if (ref.tag !== 'form') fail('empty URL');
      continue;
    }
    if (/^javascript:/i.test(url)) {
      fail('javascript: URL');
      continue;
    }
    if (/^(mailto|tel|data|blob):/i.test(url)) continue;
    if (siteUrl && url.startsWith(siteUrl)) {
      url = `${basePath}${url.slice(siteUrl.length)}`;
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
      report.external.push(ref);
      if (ref.tag === 'a') {
        const rel = (ref.rel ?? '').toLowerCase().split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) report.unsafeRel.push(ref);
      }
      continue;
    }
    report.checked.push(ref);
    const why = resolver.problem(url, ref.from);
    if (why) fail(why);
  }
  return report;
}

/** The external-link report: one line per distinct URL, with the pages that link it. */
export function formatExternal(report: LinkReport): string {
  const byUrl = new Map<string, Set<string>>();
  for (const r of report.external) {
    if (!byUrl.has(r.url)) byUrl.set(r.url, new Set());
    byUrl.get(r.url)!.add(r.from);
  }
  return [...byUrl.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([url, from]) => `${url}\n    linked from: ${[...from].sort().join(', ')}`)
    .join('\n');
}
