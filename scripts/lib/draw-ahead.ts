/**
 * Draws the build's static images into the output cache while Astro bundles the site: every chart exhibit's
 * SVG in both themes and every article's social card, through the same functions (so the same cache keys) as
 * their routes, which then find them drawn. scripts/build.mjs runs it as a second process when the machine has
 * a spare core; Astro's bundling and route rendering use one. It works in reverse route order, so once Astro's
 * routes reach the images it has not drawn yet, each image left is drawn once, by whichever gets there first.
 * A problem (a bad exhibit) ends it: Astro reports the same problem with its position, and scripts/build.mjs
 * shows this process's error only when Astro found none. SIGTERM stops it between two images, so no cache
 * entry is left half-written. Prints one JSON line: images drawn (or found cached), of how many, in how long.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { loadSiteConfig } from '../../src/lib/config/load-site.ts';
import { ARTICLE_FILE, articlesDir, articleSlugs } from '../../src/lib/content/article-index.ts';
import { exhibitIds, getExhibit } from '../../src/lib/exhibits/index.ts';
import { articleCard, cardPng } from '../../src/lib/meta/article-card.ts';
import { publishedExhibitSvg } from '../../src/lib/publish/exhibit-svg.ts';

let stopping = false;
// Ctrl-C reaches this process too: it ends between two images, like a stop from the build.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    stopping = true;
  });
}

const site = loadSiteConfig();
// Astro renders /exhibits/<id>.dark.svg, /exhibits/<id>.svg, then /og/<slug>.png, each sorted: this is that order reversed.
const jobs: (() => void)[] = [
  ...exhibitIds()
    .filter((id) => getExhibit(id).chart !== 'table')
    .flatMap((id) => [() => void publishedExhibitSvg(getExhibit(id), 'dark'), () => void publishedExhibitSvg(getExhibit(id), 'light')]),
  ...articleSlugs().map((slug) => () => {
    const { frontmatter, content } = parseFrontmatter(fs.readFileSync(path.join(articlesDir(), slug, ARTICLE_FILE), 'utf8'));
    void cardPng(articleCard(site, String(frontmatter.title), content));
  }),
].reverse();

const t0 = performance.now();
let done = 0;
for (const job of jobs) {
  if (stopping) break;
  job();
  done += 1;
  // Lets a SIGTERM that arrived during the drawing be seen before the next one.
  await new Promise((resolve) => setImmediate(resolve));
}
console.log(JSON.stringify({ done, of: jobs.length, ms: Math.round(performance.now() - t0) }));
