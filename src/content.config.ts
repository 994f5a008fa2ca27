import path from 'node:path';
import { defineCollection } from 'astro:content';
import { articleLoader } from './lib/content/article-loader.ts';
import { ArticleFrontmatter } from './lib/content/frontmatter.ts';
import { defaultRoot } from './lib/data/paths.ts';

// One folder per article (content/articles/<slug>/index.mdx) so an article's own exhibits and metrics sit
// beside it. The folder name is the slug. RESEARCH_CONTENT_ROOT moves articles with the data and sources.
// The loader checks the frontmatter with file:line:column before Astro's schema check (article-loader.ts).
const articles = defineCollection({
  loader: articleLoader(path.join(defaultRoot(), 'articles')),
  schema: ArticleFrontmatter,
});

export const collections = { articles };
