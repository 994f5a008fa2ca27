import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleFrontmatter } from './lib/content/frontmatter.ts';

// Articles live at the top level (content/articles) so analysts find them beside the data they cite.
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: ArticleFrontmatter,
});

export const collections = { articles };
