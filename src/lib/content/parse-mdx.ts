/** Parses an article's MDX body the way the site does (GFM, math, MDX JSX), without rendering it. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkGfm);

export function parseMdx(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}
