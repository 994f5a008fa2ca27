import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleFrontmatter } from './lib/content/frontmatter.ts';
import { defaultRoot } from './lib/data/paths.ts';

// One folder per article (content/articles/<slug>/index.mdx) so an article's own exhibits and metrics sit
// beside it. The folder name is the slug. RESEARCH_CONTENT_ROOT moves articles with the data and sources.
const articles = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: path.join(defaultRoot(), 'articles'),
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: ArticleFrontmatter,
});

export const collections = { articles };
