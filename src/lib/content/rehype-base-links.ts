/**
 * Rehype plugin: root-relative links and images written in articles ("[Capex](/articles/capex/)",
 * `<a href="/data/">`) get the site's base path, so the same prose works when the site is served
 * under a sub-path (BASE_PATH=/research/). Astro does not do this for Markdown/MDX links itself.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { normalizeBase, withBase } from '../publish/base-path.ts';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
}

const URL_PROPS: Record<string, string> = { a: 'href', img: 'src' };

export function rehypeBaseLinks(options: { base?: string } = {}) {
  const base = normalizeBase(options.base);
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, (node) => {
      if (node.type === 'element') {
        const el = node as Element;
        const prop = URL_PROPS[el.tagName];
        const value = prop ? el.properties?.[prop] : undefined;
        if (prop && typeof value === 'string') el.properties[prop] = withBase(value, base);
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const el = node as unknown as JsxElement;
        const prop = el.name ? URL_PROPS[el.name] : undefined;
        for (const attr of el.attributes) {
          if (prop && attr.type === 'mdxJsxAttribute' && attr.name === prop && typeof attr.value === 'string') attr.value = withBase(attr.value, base);
        }
      }
    });
  };
}
