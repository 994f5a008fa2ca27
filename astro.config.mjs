// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkArticle } from './src/lib/content/remark-article.ts';

// Environment overrides exist for the build scripts and tests: SITE_OUT_DIR lets scripts/build.mjs build
// into a temporary folder and swap it in only on success; BASE_PATH serves the site under a sub-path.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://research.example.com',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.SITE_OUT_DIR ?? 'dist',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    // Astro 7 only runs remark/rehype plugins under the unified processor; MDX inherits this pipeline.
    processor: unified({
      remarkPlugins: [remarkMath, remarkArticle],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml' }]],
    }),
  },
  integrations: [mdx()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every .mdx module carries a directive Rolldown warns about; hiding it keeps real warnings visible.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
