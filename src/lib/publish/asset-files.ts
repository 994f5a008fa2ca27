/**
 * The generated files a site publishes beside its pages, one list for the build and the dev server: each
 * chart exhibit's static image in both themes (/exhibits/<id>.svg, <id>.dark.svg), each exhibit's downloads
 * (/downloads/<id>/data.csv and datapackage.json) and each article's social card (/og/<slug>.png).
 *
 * They are not Astro routes in a build: a report of 200 articles has about 3,000 of them, and Astro renders
 * routes one after another on one core, at 2–3 ms each even when the image comes from the cache.
 * scripts/lib/write-assets.ts writes them from this list in a second process while Astro bundles and renders
 * the pages (scripts/build.mjs); `astro dev` serves the same list through one injected route
 * (src/integrations/asset-routes.ts, src/dev/asset-route.ts). The drawings go through the output cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { loadSiteConfig } from '../config/load-site.ts';
import { ARTICLE_FILE, articlesDir, articleSlugs } from '../content/article-index.ts';
import { loadEdition } from '../data/load.ts';
import { exhibitIds, getExhibit } from '../exhibits/index.ts';
import { articleCard, cardPng } from '../meta/article-card.ts';
import { exhibitCsv, exhibitDatapackage } from '../render/download.ts';
import { loadSources } from '../sources/registry.ts';
import { publishedExhibitSvg } from './exhibit-svg.ts';

export type AssetKind = 'static SVGs' | 'downloads' | 'social cards';

export interface AssetFile {
  /** Site-relative path, e.g. "exhibits/capex-by-company.dark.svg". */
  path: string;
  kind: AssetKind;
  contentType: string;
  render: () => Uint8Array;
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** Every asset of the report, in a fixed order (exhibits by id, then articles by slug). Nothing is drawn yet. */
export function assetFiles(): AssetFile[] {
  const exhibits = exhibitIds().flatMap((id): AssetFile[] => {
    const spec = () => getExhibit(id);
    const svgs: AssetFile[] =
      spec().chart === 'table'
        ? []
        : (['light', 'dark'] as const).map((theme) => ({
            path: `exhibits/${id}${theme === 'dark' ? '.dark' : ''}.svg`,
            kind: 'static SVGs',
            contentType: 'image/svg+xml',
            // Cached by content and drawn without the edition stamp: src/lib/publish/exhibit-svg.ts.
            render: () => utf8(publishedExhibitSvg(spec(), theme)),
          }));
    return [
      ...svgs,
      { path: `downloads/${id}/data.csv`, kind: 'downloads', contentType: 'text/csv; charset=utf-8', render: () => utf8(exhibitCsv(spec())) },
      {
        path: `downloads/${id}/datapackage.json`,
        kind: 'downloads',
        contentType: 'application/json',
        // The licence of the edition the exhibit's figures come from.
        render: () => utf8(exhibitDatapackage(spec(), loadSources(), loadEdition(spec().edition).pkg.licenses)),
      },
    ];
  });
  const cards = articleSlugs().map(
    (slug): AssetFile => ({
      path: `og/${slug}.png`,
      kind: 'social cards',
      contentType: 'image/png',
      render: () => {
        const { frontmatter, content } = parseFrontmatter(fs.readFileSync(path.join(articlesDir(), slug, ARTICLE_FILE), 'utf8'));
        return cardPng(articleCard(loadSiteConfig(), String(frontmatter.title), content));
      },
    }),
  );
  return [...exhibits, ...cards];
}
