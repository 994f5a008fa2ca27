/**
 * The articles collection's loader: Astro's glob loader over content/articles/<slug>/index.mdx (the
 * folder name is the slug), with the frontmatter checked by frontmatter-check.ts first. A bad field then
 * fails the build while the content is loaded (before any page renders), with the MDX file's
 * line:column; Astro's schema check still runs on the same, already valid, data.
 */
import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { displayPath } from '../data/paths.ts';
import { parseArticleFrontmatter } from './frontmatter-check.ts';

export function articleLoader(base: string): Loader {
  const inner = glob({ pattern: '*/index.mdx', base, generateId: ({ entry }) => entry.split('/')[0] ?? entry });
  return {
    name: 'article-loader',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const file = props.filePath;
          if (!file) return context.parseData(props);
          const data = parseArticleFrontmatter(displayPath(file), readFileSync(file, 'utf8'));
          return context.parseData({ ...props, data: data as unknown as typeof props.data });
        },
      }),
  };
}
