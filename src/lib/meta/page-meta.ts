/**
 * Metadata of an article page and of a dataset edition, assembled from the frontmatter, the site config
 * and the edition: JSON-LD, "Cite this" texts and the social card. Pure: URLs come from `site` + base.
 */
import type { Edition } from '../data/schema.ts';
import type { SiteConfig } from '../config/site-schema.ts';
import { articleCitation, datasetCitation, type Citation } from './citation.ts';
import { articleJsonLd, datasetJsonLd, temporalCoverage } from './json-ld.ts';
import { absoluteUrl } from './urls.ts';
import { shortDescription } from './short-description.ts';

export interface ArticleInfo {
  slug: string;
  title: string;
  summary: string;
  date: string;
  updated?: string | undefined;
  authors: string[];
  topics: string[];
}

export interface PageMeta {
  jsonLd: Record<string, unknown>;
  citation: Citation;
}

const editionAnchor = (version: string) => `data/#edition-${version}`;

/**
 * `a.summary` is the displayed text (templates printed: frontmatter-text.ts). `description` is the meta
 * description (search snippet, social card), at most ~160 characters; JSON-LD keeps the whole summary.
 */
export function articlePageMeta(a: ArticleInfo, edition: Edition, site: SiteConfig, siteUrl: URL | string | undefined, base: string): PageMeta & { image: { path: string; alt: string }; description: string } {
  const url = absoluteUrl(siteUrl, base, `articles/${a.slug}/`);
  const image = { path: `og/${a.slug}.png`, alt: `${a.title}: ${site.firm}, ${site.reportTitle}` };
  const publisher = { name: site.firm, url: absoluteUrl(siteUrl, base, ''), logo: absoluteUrl(siteUrl, base, site.logo) };
  return {
    image,
    description: shortDescription(a.summary),
    jsonLd: articleJsonLd({
      url,
      headline: a.title,
      description: a.summary,
      datePublished: a.date,
      ...(a.updated ? { dateModified: a.updated } : {}),
      authors: a.authors,
      keywords: a.topics,
      image: absoluteUrl(siteUrl, base, image.path),
      publisher,
      dataset: { name: edition.pkg.title, description: edition.pkg.description, version: edition.version, url: absoluteUrl(siteUrl, base, editionAnchor(edition.version)) },
    }),
    citation: articleCitation({ title: a.title, authors: a.authors, date: a.date, publisher: site.firm, container: site.reportTitle, url, slug: a.slug }),
  };
}

/** One downloadable file of an edition (src/lib/editions/downloads.ts lists them). */
export interface EditionFile {
  name: string;
  sha256: string;
}

const MEDIA_TYPES: Record<string, string> = { csv: 'text/csv', json: 'application/json', zip: 'application/zip' };

export function editionMeta(edition: Edition, files: EditionFile[], site: SiteConfig, siteUrl: URL | string | undefined, base: string): PageMeta {
  const url = absoluteUrl(siteUrl, base, editionAnchor(edition.version));
  const file = (name: string) => absoluteUrl(siteUrl, base, `data/${edition.version}/${name}`);
  const periods: string[] = [];
  const years: number[] = [];
  for (const o of edition.observations.values()) periods.push(o.period);
  for (const e of edition.events.values()) years.push(e.start, ...(e.end === null ? [] : [e.end]));
  const license = edition.pkg.licenses[0];
  const creator = { name: site.firm, url: absoluteUrl(siteUrl, base, ''), logo: absoluteUrl(siteUrl, base, site.logo) };
  return {
    jsonLd: datasetJsonLd({
      url,
      name: edition.pkg.title,
      description: edition.pkg.description,
      version: edition.version,
      datePublished: edition.asOf,
      ...(() => {
        const t = temporalCoverage(periods, years);
        return t ? { temporalCoverage: t } : {};
      })(),
      license: license?.path ?? '',
      creator,
      keywords: [...new Set(edition.pkg.resources.map((r) => r.title))],
      distribution: files.map((f) => ({
        name: f.name,
        contentUrl: file(f.name),
        encodingFormat: MEDIA_TYPES[f.name.split('.').pop() ?? ''] ?? 'application/octet-stream',
        hash: f.sha256,
      })),
      ...(edition.previous ? { previousVersion: absoluteUrl(siteUrl, base, editionAnchor(edition.previous)) } : {}),
    }),
    citation: datasetCitation({ title: edition.pkg.title, version: edition.version, asOf: edition.asOf, creator: site.firm, url }),
  };
}
