// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkArticle } from './src/lib/content/remark-article.ts';
import { rehypeBaseLinks } from './src/lib/content/rehype-base-links.ts';
import { assetFilesIntegration } from './src/integrations/asset-files.ts';
import { dataReload } from './src/integrations/data-reload.ts';
import { buildWithoutPrebundling } from './src/integrations/build-without-prebundling.ts';
import { loadSiteConfig, siteFile } from './src/lib/config/load-site.ts';
import { displayPath } from './src/lib/data/paths.ts';
import { publicSiteUrl } from './src/lib/publish/public-url.ts';

// Environment overrides exist for the build scripts and tests: SITE_OUT_DIR lets scripts/build.mjs build
// into a temporary folder and swap it in only on success; BASE_PATH serves the site under a sub-path;
// SITE_URL replaces the `url` of content/site.yaml (the report's public address). A client build refuses a
// placeholder address (example.com, localhost); a preview (SKIP_PDF=1 or PREVIEW=1) builds without one and
// prints no absolute URLs (src/lib/publish/public-url.ts).
export default defineConfig({
  site: publicSiteUrl(loadSiteConfig().url, process.env, displayPath(siteFile())),
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.SITE_OUT_DIR ?? 'dist',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    // Astro 7 only runs remark/rehype plugins under the unified processor; MDX inherits this pipeline.
    processor: unified({
      remarkPlugins: [remarkMath, remarkArticle],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml' }], [rehypeBaseLinks, { base: process.env.BASE_PATH }]],
    }),
  },
  // dataReload: `astro dev` reloads the page when a dataset CSV/datapackage.json or sources.json changes.
  // assetFilesIntegration: static chart SVGs, downloads and social cards, written beside the pages by a second
  // process instead of as thousands of Astro routes (src/integrations/asset-files.ts).
  // buildWithoutPrebundling: no dev-only dependency pre-bundling during `astro build`.
  integrations: [mdx(), dataReload(), assetFilesIntegration(), buildWithoutPrebundling()],
  vite: {
    build: {
      // Never inline scripts into the HTML or fonts into CSS as data: URIs: the Content-Security-Policy
      // (src/lib/meta/csp.ts) allows scripts and fonts from the site's own files only. Other assets keep
      // Vite's default size rule.
      assetsInlineLimit: (file) => (/\.([cm]?js|woff2?|ttf)$/.test(file) ? false : undefined),
      rolldownOptions: {
        // chart.js keeps its time and radial scales alive through property reads in static class fields;
        // treating such reads as pure lets them be dropped (about 5.5 KB gzip off the chart chunk).
        treeshake: { propertyReadSideEffects: false },
        onwarn(warning, warn) {
          // Every .mdx module carries a directive Rolldown warns about; hiding it keeps real warnings visible.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
