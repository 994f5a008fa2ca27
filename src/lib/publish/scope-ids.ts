/**
 * Pure: makes an article's HTML safe to place beside other articles on one page (the combined report).
 * Every id gets the article's prefix, and every in-page or cross-article link is rewritten to the
 * prefixed target, so footnotes, citations ("#ref-…"), headings and exhibit references keep working
 * inside the single document and in its PDF.
 */

export interface ScopeOptions {
  /** The article's slug; ids become "<slug>--<id>". */
  slug: string;
  /** The site base path, e.g. "/" or "/research/". */
  base: string;
  /** Slugs of every article on the page: links to them become in-page links. */
  slugs: readonly string[];
}

/** Attributes whose value is a space-separated list of ids. */
const ID_LIST_ATTRS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'for', 'headers', 'list'];

export function scopedId(slug: string, id: string): string {
  return `${slug}--${id}`;
}

/** Anchor of an article's section in the combined report. */
export function articleAnchor(slug: string): string {
  return `article-${slug}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function scopeIds(html: string, { slug, base, slugs }: ScopeOptions): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  // Article pages live at <base>articles/<slug>/, so prose may link a sibling as "../<slug>/" too.
  const articleLink = new RegExp(`^(?:${escapeRegExp(root)}articles/|\\.\\./)([^/#?"]+)/?(?:#([^"]*))?$`);
  const known = new Set(slugs);
  return html.replace(/(\s)(id|href|[a-z-]+)="([^"]*)"/g, (match, space: string, name: string, value: string) => {
    if (name === 'id') return `${space}id="${scopedId(slug, value)}"`;
    if (name === 'href') {
      if (value.startsWith('#') && value.length > 1) return `${space}href="#${scopedId(slug, value.slice(1))}"`;
      const m = articleLink.exec(value);
      if (m && known.has(m[1]!)) {
        const target = m[2] ? scopedId(m[1]!, m[2]) : articleAnchor(m[1]!);
        return `${space}href="#${target}"`;
      }
      // Any other link relative to an article page must keep pointing where it did there.
      if (value.startsWith('../')) return `${space}href="${root}articles/${value.slice(3)}"`;
      return match;
    }
    if (ID_LIST_ATTRS.includes(name)) {
      const ids = value.split(/\s+/).filter(Boolean).map((id) => scopedId(slug, id));
      return `${space}${name}="${ids.join(' ')}"`;
    }
    return match;
  });
}
