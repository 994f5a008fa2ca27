/**
 * Walks one article's MDX tree and lists, in reading order, the exhibits it places, the sources it
 * cites, and the values and cross-references it uses. The remark plugin (numbering at render time) and
 * the article index (cross-article references) both call this, so their numbers cannot disagree.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export const COMPONENTS = ['Exhibit', 'Value', 'Cite', 'ExhibitRef'] as const;
export type ComponentName = (typeof COMPONENTS)[number];

/** Props each MDX component accepts; anything else is a typo and fails the build. */
export const ALLOWED_PROPS: Record<ComponentName, { required: string[]; optional: string[] }> = {
  Exhibit: { required: ['id'], optional: [] },
  Value: { required: ['of'], optional: ['digits', 'scale', 'style', 'part'] },
  Cite: { required: ['id'], optional: ['loc'] },
  ExhibitRef: { required: ['id'], optional: [] },
};

export interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: string | { type: string; value: string } | null;
}
export interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: (JsxAttribute | { type: 'mdxJsxExpressionAttribute'; value: string })[];
  position?: { start: { line: number; column: number } };
}

export interface RefUse {
  name: ComponentName;
  node: JsxNode;
  /** String props; a bare prop (`<X flag />`) reads as "true". */
  props: Record<string, string>;
  /** Prop names that are not plain strings (expressions) or are spread attributes. */
  problems: string[];
}

export interface ArticleRefs {
  uses: RefUse[];
  /** Exhibit ids in the order they appear: Exhibit N is exhibits[N - 1]. */
  exhibits: string[];
  /** Source ids in order of first citation: reference [n] is citations[n - 1]. */
  citations: string[];
}

function readProps(node: JsxNode): { props: Record<string, string>; problems: string[] } {
  const props: Record<string, string> = {};
  const problems: string[] = [];
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') {
      problems.push('a spread {...props} attribute');
      continue;
    }
    if (typeof attr.value === 'string') props[attr.name] = attr.value;
    else if (attr.value && typeof attr.value === 'object') problems.push(`${attr.name}={${attr.value.value}} (write ${attr.name}="…")`);
    else props[attr.name] = 'true';
  }
  return { props, problems };
}

export function collectArticleRefs(tree: Root): ArticleRefs {
  const uses: RefUse[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const jsx = node as unknown as JsxNode;
    if (!jsx.name || !(COMPONENTS as readonly string[]).includes(jsx.name)) return;
    uses.push({ name: jsx.name as ComponentName, node: jsx, ...readProps(jsx) });
  });
  const exhibits = uses.filter((u) => u.name === 'Exhibit').map((u) => u.props.id ?? '');
  const citations: string[] = [];
  for (const u of uses) {
    const id = u.props.id;
    if (u.name === 'Cite' && id && !citations.includes(id)) citations.push(id);
  }
  return { uses, exhibits, citations };
}
