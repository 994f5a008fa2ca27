/**
 * Internal links in an article, checked at build time against the site's pages and anchors: a link to a
 * missing page, to an article folder that does not exist, or to an #anchor the target page lacks fails
 * the build at the link's file:line:column (the end-to-end link check finds the same only after a build).
 * Pure: the caller supplies the site map (site-links.ts builds it from src/pages, public/ and the
 * article index).
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { closest } from '../data/suggest.ts';
import type { JsxNode } from './article-refs.ts';

export interface Link {
  url: string;
  line: number;
  column: number;
}

/** One kind of page: a path pattern from src/pages ("/articles/[slug]/") with the values its params take. */
export interface Route {
  /** Segments; a segment may hold params: "[id].svg". */
  segments: string[];
  /** A page answers at "/a/b/", "/a/b" and "/a/b/index.html"; an endpoint only at its exact path. */
  page: boolean;
  /**
   * The #anchors the page has: a list, or null when its ids are computed (not checkable from source).
   * Article pages take their anchors from the article instead (SiteMap.articles).
   */
  anchors: string[] | null;
}

export interface SiteMap {
  routes: Route[];
  /** Values a param may take ("slug" -> article slugs); a param not listed takes any value. */
  params: Record<string, string[]>;
  /** Anchors of each article page, by slug: its body's plus the article template's; null when unreadable. */
  articles: Map<string, string[] | null>;
}

/** Every link the article writes: Markdown links and definitions, and JSX `<a href="…">`. */
export function collectLinks(tree: Root): Link[] {
  const links: Link[] = [];
  visit(tree, (node) => {
    let url: string | undefined;
    if (node.type === 'link' || node.type === 'definition') url = node.url;
    else if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node as unknown as JsxNode).name === 'a') {
      const href = (node as unknown as JsxNode).attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href');
      if (href && typeof href.value === 'string') url = href.value;
    }
    const start = node.position?.start;
    if (url !== undefined && start) links.push({ url, line: start.line, column: start.column });
  });
  return links;
}

const PARAM = /\[([^\]]+)\]/g;

function segmentPattern(segment: string): RegExp {
  const parts = segment.split(PARAM);
  // split with a capture group alternates literal text and param names.
  const source = parts.map((p, i) => (i % 2 ? `(?<${p.replace(/\W/g, '_')}>[^/]+)` : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`);
}

interface Match {
  route: Route;
  params: Record<string, string>;
}

function matchRoute(segments: string[], site: SiteMap): { match?: Match; badParam?: { name: string; value: string } } {
  let badParam: { name: string; value: string } | undefined;
  for (const route of site.routes) {
    if (route.segments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < segments.length && ok; i++) {
      const m = segmentPattern(route.segments[i]!).exec(segments[i]!);
      if (!m) ok = false;
      else Object.assign(params, m.groups ?? {});
    }
    if (!ok) continue;
    const wrong = Object.entries(params).find(([name, value]) => site.params[name] && !site.params[name]!.includes(value));
    if (wrong) {
      badParam ??= { name: wrong[0], value: wrong[1] };
      continue;
    }
    return { match: { route, params } };
  }
  return { badParam };
}

const PARAM_WORDS: Record<string, string> = { slug: 'an article', id: 'an exhibit id', edition: 'a dataset edition' };

function suggest(value: string, valid: string[]): string {
  const close = closest(value, valid, 3);
  return close.length ? ` Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : '';
}

/**
 * What is wrong with one link from article `from`, or undefined when it resolves. External links, mail
 * and other schemes are not checked here (the end-to-end check lists them).
 */
export function checkLink(url: string, from: string, site: SiteMap): string | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) return undefined;
  const resolved = new URL(url, `https://site.invalid/articles/${from}/`);
  const fragment = decodeURIComponent(resolved.hash.slice(1));
  let path = decodeURIComponent(resolved.pathname);
  const isDirIndex = path.endsWith('/index.html');
  if (isDirIndex) path = path.slice(0, -'index.html'.length);
  const segments = path.split('/').filter(Boolean);
  const { match, badParam } = matchRoute(segments, site);
  if (!match) {
    if (segments[0] === 'articles' && segments.length === 2) {
      return `links to "${url}", but there is no article "${segments[1]}" (no content/articles/${segments[1]}/index.mdx).${suggest(segments[1]!, [...site.articles.keys()])}`;
    }
    if (badParam) {
      const what = PARAM_WORDS[badParam.name] ?? `value for [${badParam.name}]`;
      return `links to "${url}", but "${badParam.value}" is not ${what}.${suggest(badParam.value, site.params[badParam.name] ?? [])}`;
    }
    return `links to "${url}", which is not a page of the site (nothing in src/pages or public/ makes "${path}").`;
  }
  if (!match.route.page && (isDirIndex || path.endsWith('/'))) {
    return `links to "${url}", but "${path.replace(/\/$/, '')}" is a file, not a page: drop the trailing "/".`;
  }
  if (!fragment) return undefined;
  const article = match.route.segments[0] === 'articles' ? match.params.slug : undefined;
  const anchors = article !== undefined ? (site.articles.get(article) ?? null) : match.route.anchors;
  if (!anchors || anchors.includes(fragment)) return undefined;
  if (article !== undefined) {
    return `links to "${url}", but the article "${article}" has no anchor "#${fragment}".${suggest(fragment, anchors)} A heading's anchor is its text in lower case, punctuation dropped, spaces as hyphens.`;
  }
  return `links to "${url}", but "${path}" has no anchor "#${fragment}".${suggest(fragment, anchors)}`;
}

export interface LinkProblem extends Link {
  message: string;
}

export function checkLinks(tree: Root, from: string, site: SiteMap): LinkProblem[] {
  return collectLinks(tree).flatMap((link) => {
    const message = checkLink(link.url, from, site);
    return message ? [{ ...link, message }] : [];
  });
}
