/**
 * schema.org JSON-LD for search engines and citation tools: an article is a `Report` based on the
 * dataset edition it was checked against; each dataset edition is a `Dataset` with one distribution per
 * CSV file (and the edition's datapackage.json and zip, when given). Pure: every URL is passed in absolute.
 */

export interface Organization {
  name: string;
  url: string;
  /** Absolute URL of the logo. */
  logo?: string;
}

export interface ArticleMeta {
  url: string;
  headline: string;
  description: string;
  /** ISO date, YYYY-MM-DD. */
  datePublished: string;
  /** Date of the last substantive revision, if any. */
  dateModified?: string;
  authors: string[];
  keywords: string[];
  /** Absolute URL of the social card image. */
  image?: string;
  publisher: Organization;
  /** The dataset edition the article's figures come from (a Dataset needs a description for rich results). */
  dataset: { name: string; url: string; version: string; description: string };
}

export function articleJsonLd(a: ArticleMeta): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': a.url,
    url: a.url,
    mainEntityOfPage: a.url,
    headline: a.headline,
    description: a.description,
    datePublished: a.datePublished,
    ...(a.dateModified ? { dateModified: a.dateModified } : {}),
    inLanguage: 'en',
    author: authors(a.authors, a.publisher),
    publisher: organization(a.publisher),
    keywords: a.keywords.join(', '),
    ...(a.image ? { image: a.image } : {}),
    isBasedOn: { '@type': 'Dataset', '@id': a.dataset.url, name: a.dataset.name, description: a.dataset.description, version: a.dataset.version, url: a.dataset.url },
  };
}

export interface Distribution {
  /** File name, e.g. "capex.csv". */
  name: string;
  contentUrl: string;
  encodingFormat: string;
  /** sha256 of the file: 64 hex digits, with or without a "sha256:" prefix. */
  hash?: string;
}

export interface DatasetMeta {
  /** The edition's anchor on the data page; also its @id. */
  url: string;
  name: string;
  description: string;
  version: string;
  /** ISO date the figures stood as. */
  datePublished: string;
  /** "2012/2025": ISO 8601 interval of the periods the figures cover. */
  temporalCoverage?: string;
  /** Licence URL. */
  license: string;
  creator: Organization;
  keywords: string[];
  distribution: Distribution[];
  /** Absolute URL of the edition this one revises. */
  previousVersion?: string;
}

export function datasetJsonLd(d: DatasetMeta): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': d.url,
    url: d.url,
    name: d.name,
    description: d.description,
    version: d.version,
    datePublished: d.datePublished,
    ...(d.temporalCoverage ? { temporalCoverage: d.temporalCoverage } : {}),
    license: d.license,
    isAccessibleForFree: true,
    creator: organization(d.creator),
    publisher: organization(d.creator),
    keywords: d.keywords.join(', '),
    ...(d.previousVersion ? { isBasedOn: d.previousVersion } : {}),
    distribution: d.distribution.map((f) => ({
      '@type': 'DataDownload',
      name: f.name,
      contentUrl: f.contentUrl,
      encodingFormat: f.encodingFormat,
      ...(f.hash ? { sha256: f.hash.replace(/^sha256:/, '') } : {}),
    })),
  };
}

/** A byline that names a team or desk rather than a person ("Research team", "Macro desk"). */
const TEAM = /\b(team|desk|group|staff|editors?|research|department|unit)\b/i;

/**
 * schema.org authors: a named analyst is a Person; the firm itself, or a team of it ("Research team"),
 * is the firm as an Organization (a Person named "Research team" is not a person). Listed once each.
 */
export function authors(names: string[], firm: Organization): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  let firmListed = false;
  for (const name of names) {
    if (name === firm.name || TEAM.test(name)) {
      if (!firmListed) out.push(organization(firm));
      firmListed = true;
    } else if (!out.some((a) => a.name === name)) {
      out.push({ '@type': 'Person', name });
    }
  }
  return out;
}

function organization(o: Organization): Record<string, unknown> {
  return { '@type': 'Organization', name: o.name, url: o.url, ...(o.logo ? { logo: o.logo } : {}) };
}

/**
 * The span of periods an edition covers, from the years in its observation periods ("2024", "FY2025",
 * "2022-11/2024-10") and event start/end years: "2012/2025". Undefined when no year is found.
 */
export function temporalCoverage(periods: string[], years: number[] = []): string | undefined {
  const all = [...years, ...periods.flatMap((p) => [...p.matchAll(/(?<!\d)(1[89]\d\d|2\d\d\d)(?!\d)/g)].map((m) => Number(m[1])))];
  if (all.length === 0) return undefined;
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  return lo === hi ? String(lo) : `${lo}/${hi}`;
}
