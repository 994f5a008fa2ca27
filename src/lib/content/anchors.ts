/**
 * The #anchors an article page has, from its MDX tree: heading ids as Astro gives them (github-slugger
 * over each heading's text, in order, the same as @astrojs/markdown-remark's rehype-collect-headings),
 * each placed exhibit (`exhibit-<id>`, Exhibit.astro), each cited source (`ref-<id>` and `references`,
 * References.astro) and GFM footnotes (`user-content-fn-<label>`, remark-rehype's default prefix).
 * Ids the page template adds around the body are the caller's (site-links.ts reads them).
 */
import Slugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ArticleRefs } from './article-refs.ts';

export function articleAnchors(tree: Root, refs: Pick<ArticleRefs, 'exhibits' | 'citations'>): string[] {
  const slugger = new Slugger();
  const ids: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') ids.push(slugger.slug(toString(node, { includeImageAlt: false })));
    else if (node.type === 'footnoteDefinition') {
      const label = node.label ?? node.identifier;
      ids.push(`user-content-fn-${label}`, `user-content-fnref-${label}`);
    }
  });
  if (ids.some((id) => id.startsWith('user-content-fn-'))) ids.push('footnote-label');
  ids.push(...refs.exhibits.map((id) => `exhibit-${id}`));
  if (refs.citations.length) ids.push('references', ...refs.citations.map((id) => `ref-${id}`));
  return ids;
}
